use maud::{html, Markup};

use super::layout::PageContext;

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
    /// The accessible name of a password field's show/hide button.
    pub show_label: Option<&'a str>,
    /// What the script checks while the new password is typed.
    pub live: Option<&'a LiveRules>,
}

/// The rules a browser can check while a new password is typed; the
/// others are judged after sending.
pub struct LiveRules {
    pub min: usize,
    pub max: usize,
    /// Lower-case parts of the address and names the password must not contain.
    pub names: Vec<String>,
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
    let toggle = (f.kind == "password").then(|| (t("show-password"), t("hide-password")));
    let names = f.live.map(|live| live.names.join(" "));
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
                data-show-label=[f.show_label]
                data-min-length=[f.live.map(|live| live.min)]
                data-max-length=[f.live.map(|live| live.max)]
                data-names=[names]
                autofocus[f.autofocus];
        }
    }
}

pub fn csrf_input(token: &str) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(token); }
}

/// GOV.UK's error summary (2022): what is wrong, at the top, each linked
/// to its field; the summary takes the focus and its alert is announced.
pub fn error_summary(ctx: &PageContext, items: &[(&str, String)]) -> Markup {
    html! {
        div.error-summary tabindex="-1" autofocus {
            div role="alert" {
                h2.error-summary-title { (ctx.lang.t("error-summary-heading")) }
                ul {
                    @for (field, message) in items {
                        li { a href=(format!("#{field}")) { (message) } }
                    }
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

/// How to reach support, where configured: addresses and phone numbers
/// in the contact become `mailto:` and `tel:` links.
pub fn support(ctx: &PageContext) -> Markup {
    html! {
        @if let Some(contact) = ctx.support {
            p.support {
                (ctx.lang.t("support-intro")) " "
                @for part in contact_parts(contact) {
                    @match part {
                        ContactPart::Text(text) => (text),
                        ContactPart::Link(href, text) => a href=(href) { (text) },
                    }
                }
            }
        }
    }
}

enum ContactPart<'a> {
    Text(&'a str),
    Link(String, &'a str),
}

/// The contact text cut into plain text and what can be a link: an
/// address (`mailto:`), a web address, or a phone number of at least six
/// digits (`tel:`, digits and a leading `+` only).
fn contact_parts(contact: &str) -> Vec<ContactPart<'_>> {
    let mut parts = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while at < contact.len() {
        let rest = &contact[at..];
        let token_end = rest
            .find(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
            .unwrap_or(rest.len());
        let token = rest[..token_end].trim_end_matches(['.', ':']);
        let phone_len = phone_length(rest);
        let link = if token.contains('@') && !token.starts_with('@') && token.contains('.') {
            Some((format!("mailto:{token}"), token.len()))
        } else if token.starts_with("https://") || token.starts_with("http://") {
            Some((token.to_owned(), token.len()))
        } else if phone_len > 0 {
            let number = &rest[..phone_len];
            let digits: String = number
                .chars()
                .enumerate()
                .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
                .map(|(_, c)| c)
                .collect();
            Some((format!("tel:{digits}"), phone_len))
        } else {
            None
        };
        match link {
            Some((href, len)) => {
                if plain_from < at {
                    parts.push(ContactPart::Text(&contact[plain_from..at]));
                }
                parts.push(ContactPart::Link(href, &contact[at..at + len]));
                at += len;
                plain_from = at;
            }
            None => {
                at += token_end.max(1);
                while at < contact.len() && !contact.is_char_boundary(at) {
                    at += 1;
                }
            }
        }
    }
    if plain_from < contact.len() {
        parts.push(ContactPart::Text(&contact[plain_from..]));
    }
    parts
}

/// The length of a phone number at the start of `text`: a `+` or digit,
/// then digits, spaces, `/` and `-`, with at least six digits, ending on
/// a digit.
fn phone_length(text: &str) -> usize {
    let mut digits = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        match c {
            '+' if i == 0 => {}
            '0'..='9' => {
                digits += 1;
                end = i + 1;
            }
            ' ' | '/' | '-' if i > 0 => {}
            _ => break,
        }
    }
    if digits >= 6 {
        end
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(contact: &str) -> Vec<String> {
        contact_parts(contact)
            .into_iter()
            .filter_map(|p| match p {
                ContactPart::Link(href, text) => Some(format!("{href}={text}")),
                ContactPart::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn addresses_and_phone_numbers_become_links() {
        assert_eq!(
            links("0800 123 456 oder support@example.org."),
            [
                "tel:0800123456=0800 123 456",
                "mailto:support@example.org=support@example.org"
            ]
        );
        assert_eq!(
            links("Hotline +49 30 1234-567"),
            ["tel:+49301234567=+49 30 1234-567"]
        );
        assert_eq!(
            links("https://hilfe.example.org"),
            ["https://hilfe.example.org=https://hilfe.example.org"]
        );
        assert!(links("Raum 12, 3. Stock").is_empty());
        let text: String = contact_parts("Tel. 030 123456; Mo–Fr")
            .into_iter()
            .map(|p| match p {
                ContactPart::Text(t) | ContactPart::Link(_, t) => t.to_owned(),
            })
            .collect();
        assert_eq!(text, "Tel. 030 123456; Mo–Fr");
    }
}
