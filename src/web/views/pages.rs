use maud::{html, Markup};

use super::components::{alert, csrf_input, field, Field, Tone};
use super::layout::{layout, PageContext};
use crate::i18n::fill;

/// What to show above the login form.
pub enum LoginMessage {
    None,
    Error(String),
    Notice(String),
}

pub fn login(
    ctx: &PageContext,
    csrf: &str,
    email: Option<&str>,
    message: LoginMessage,
    email_error: Option<&str>,
) -> Markup {
    let t = ctx.lang.t();
    let body = html! {
        h1 { (t.title) }
        p.intro { (t.login_intro) }
        @match &message {
            LoginMessage::Error(text) => (alert(Tone::Error, None, std::slice::from_ref(text))),
            LoginMessage::Notice(text) => (alert(Tone::Notice, None, std::slice::from_ref(text))),
            LoginMessage::None => {},
        }
        form method="post" action=(ctx.url("/login")) novalidate {
            (csrf_input(csrf))
            (field(&Field {
                id: "email",
                label: t.email_label,
                kind: "email",
                autocomplete: "username",
                value: email,
                hint: Some(t.email_hint),
                error: email_error,
                autofocus: email.is_none() || email_error.is_some(),
                extra_describedby: None,
            }))
            (field(&Field {
                id: "password",
                label: t.current_password_label,
                kind: "password",
                autocomplete: "current-password",
                value: None,
                hint: None,
                error: None,
                autofocus: email.is_some() && email_error.is_none(),
                extra_describedby: matches!(message, LoginMessage::Error(_)).then_some("messages"),
            }))
            button type="submit" { (t.login_button) }
        }
    };
    layout(ctx, t.login_button, body)
}

pub struct PasswordForm<'a> {
    pub csrf: &'a str,
    pub mailbox: &'a str,
    pub min_length: usize,
    pub max_length: usize,
    /// Every rule the last try broke, in words.
    pub violations: &'a [String],
    pub mismatch: bool,
}

pub fn password(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = ctx.lang.t();
    let (min, max) = (form.min_length.to_string(), form.max_length.to_string());
    let new_error = (!form.violations.is_empty()).then_some(t.violations_heading);
    let confirm_error = form.mismatch.then_some(t.passwords_differ);
    let body = html! {
        h1 { (t.title) }
        p.identity {
            (t.logged_in_as) " "
            strong { (form.mailbox) }
        }
        @if !form.violations.is_empty() {
            (alert(Tone::Error, Some(t.violations_heading), form.violations))
        } @else if form.mismatch {
            (alert(Tone::Error, None, &[t.passwords_differ.to_owned()]))
        }
        section.rules aria-labelledby="rules-heading" id="rules" {
            h2 id="rules-heading" { (t.rules_heading) }
            ul {
                li { (fill(t.rule_length, &[("min", &min), ("max", &max)])) }
                li { (t.rule_not_name) }
                li { (t.rule_not_common) }
            }
            p.hint { (t.rule_tip) }
        }
        form method="post" action=(ctx.url("/password")) novalidate {
            (csrf_input(form.csrf))
            // Lets the browser's password manager store the new password
            // for the right account.
            input type="text" name="username" autocomplete="username" value=(form.mailbox) hidden readonly;
            (field(&Field {
                id: "new_password",
                label: t.new_password_label,
                kind: "password",
                autocomplete: "new-password",
                value: None,
                hint: None,
                error: None,
                autofocus: true,
                extra_describedby: Some(if new_error.is_some() { "messages rules" } else { "rules" }),
            }))
            (field(&Field {
                id: "confirm_password",
                label: t.confirm_password_label,
                kind: "password",
                autocomplete: "new-password",
                value: None,
                hint: None,
                error: confirm_error,
                autofocus: false,
                extra_describedby: None,
            }))
            button type="submit" { (t.change_button) }
        }
        form.logout method="post" action=(ctx.url("/logout")) {
            (csrf_input(form.csrf))
            button.secondary type="submit" { (t.logout_button) }
        }
    };
    layout(ctx, t.change_button, body)
}

pub fn success(ctx: &PageContext, mailbox: &str) -> Markup {
    let t = ctx.lang.t();
    let body = html! {
        div.alert.success role="status" {
            p.alert-heading { (t.success_heading) }
            p { strong { (mailbox) } }
        }
        p { (t.success_text) }
        p { (t.success_devices) }
        p { a href=(ctx.url("/")) { (t.back_to_start) } }
    };
    layout(ctx, t.success_heading, body)
}

pub fn error(ctx: &PageContext, heading: &str, message: &str) -> Markup {
    let t = ctx.lang.t();
    let body = html! {
        h1 { (heading) }
        (alert(Tone::Error, None, &[message.to_owned()]))
        p { a href=(ctx.url("/")) { (t.back_to_start) } }
    };
    layout(ctx, heading, body)
}
