use maud::{html, Markup};

/// A labelled input with its hint and error wired up for screen readers.
pub struct Field<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub kind: &'a str,
    pub autocomplete: &'a str,
    pub value: Option<&'a str>,
    pub hint: Option<&'a str>,
    pub error: Option<&'a str>,
    pub autofocus: bool,
    pub extra_describedby: Option<&'a str>,
}

pub fn field(f: &Field) -> Markup {
    let hint_id = format!("{}-hint", f.id);
    let error_id = format!("{}-error", f.id);
    let describedby: Vec<&str> = [
        f.error.map(|_| error_id.as_str()),
        f.hint.map(|_| hint_id.as_str()),
        f.extra_describedby,
    ]
    .into_iter()
    .flatten()
    .collect();
    let describedby = describedby.join(" ");
    html! {
        div.field.invalid[f.error.is_some()] {
            label for=(f.id) { (f.label) }
            @if let Some(hint) = f.hint {
                p.hint id=(hint_id) { (hint) }
            }
            @if let Some(error) = f.error {
                p.field-error id=(error_id) { (error) }
            }
            input id=(f.id) name=(f.id) type=(f.kind) autocomplete=(f.autocomplete)
                value=[f.value] required
                autocapitalize="off" spellcheck="false"
                aria-invalid=[f.error.map(|_| "true")]
                aria-describedby=[(!describedby.is_empty()).then_some(describedby.as_str())]
                autofocus[f.autofocus];
        }
    }
}

pub fn csrf_input(token: &str) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(token); }
}

#[derive(Clone, Copy)]
pub enum Tone {
    Error,
    Notice,
    Success,
}

/// A message box; errors are announced to screen readers at once.
pub fn alert(tone: Tone, heading: Option<&str>, lines: &[String]) -> Markup {
    let (class, role) = match tone {
        Tone::Error => ("alert error", "alert"),
        Tone::Notice => ("alert notice", "status"),
        Tone::Success => ("alert success", "status"),
    };
    html! {
        div class=(class) role=(role) id="messages" tabindex="-1" {
            @if let Some(h) = heading {
                p.alert-heading { (h) }
            }
            @if lines.len() == 1 && heading.is_none() {
                p { (lines[0]) }
            } @else if !lines.is_empty() {
                ul {
                    @for line in lines {
                        li { (line) }
                    }
                }
            }
        }
    }
}
