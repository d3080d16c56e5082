use maud::{html, Markup};

use super::layout::PageContext;
use crate::i18n::arg;

/// A labelled input with its hint and error wired up for screen readers.
pub struct Field<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub kind: &'a str,
    pub autocomplete: &'a str,
    pub value: Option<&'a str>,
    pub hint: Option<&'a str>,
    /// What is wrong with this field, one line each.
    pub errors: &'a [String],
    pub autofocus: bool,
}

pub fn field(ctx: &PageContext, f: &Field) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let hint_id = format!("{}-hint", f.id);
    let error_id = format!("{}-error", f.id);
    let invalid = !f.errors.is_empty();
    let describedby: Vec<&str> = [
        invalid.then_some(error_id.as_str()),
        f.hint.map(|_| hint_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let describedby = describedby.join(" ");
    // A password field gets a show/hide button from toggle.js, if scripts run.
    let toggle = (f.kind == "password").then_some((t("show-password"), t("hide-password")));
    html! {
        div.field.invalid[invalid] {
            label for=(f.id) { (f.label) }
            @if let Some(hint) = f.hint {
                p.hint id=(hint_id) { (hint) }
            }
            @if invalid {
                div.field-error id=(error_id) {
                    @for error in f.errors {
                        p { span.visually-hidden { (t("error-prefix")) " " } (error) }
                    }
                }
            }
            input id=(f.id) name=(f.id) type=(f.kind) autocomplete=(f.autocomplete)
                value=[f.value] required
                autocapitalize="off" spellcheck="false"
                aria-invalid=(if invalid { "true" } else { "false" })
                aria-describedby=[(!describedby.is_empty()).then_some(describedby.as_str())]
                data-show=[toggle.as_ref().map(|(show, _)| show)]
                data-hide=[toggle.as_ref().map(|(_, hide)| hide)]
                autofocus[f.autofocus];
        }
    }
}

pub fn csrf_input(token: &str) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(token); }
}

/// The GOV.UK pattern: what is wrong, at the top, each linked to its
/// field; it takes the focus, so it is read first.
pub fn error_summary(ctx: &PageContext, items: &[(&str, String)]) -> Markup {
    html! {
        div.error-summary role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus {
            h2 #error-summary-title { (ctx.lang.t("error-summary-heading")) }
            ul {
                @for (field, message) in items {
                    li { a href=(format!("#{field}")) { (message) } }
                }
            }
        }
    }
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

/// How to reach support, where configured.
pub fn support(ctx: &PageContext) -> Markup {
    html! {
        @if let Some(contact) = ctx.support {
            p.support { (ctx.lang.f("support", &[("contact", arg(contact))])) }
        }
    }
}
