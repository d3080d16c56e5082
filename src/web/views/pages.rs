use maud::{html, Markup};

use super::components::{alert, csrf_input, error_summary, field, support, Field, Tone};
use super::layout::{layout, PageContext};
use crate::i18n::arg;

/// What to show above the login form.
pub enum LoginMessage {
    None,
    Error(String),
    Notice(String),
}

pub struct LoginPage<'a> {
    pub csrf: &'a str,
    /// The address as typed, to fill in again.
    pub email: Option<&'a str>,
    pub message: LoginMessage,
    /// What is wrong with the address itself.
    pub email_error: Option<String>,
    /// The domain the address hint shows.
    pub hint_domain: &'a str,
    /// A heading of its own (a rate limit), instead of the page title.
    pub heading: Option<String>,
}

impl<'a> LoginPage<'a> {
    /// The form as it first appears.
    pub fn plain(csrf: &'a str, hint_domain: &'a str) -> Self {
        Self {
            csrf,
            email: None,
            message: LoginMessage::None,
            email_error: None,
            hint_domain,
            heading: None,
        }
    }
}

pub fn login(ctx: &PageContext, page: &LoginPage) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let hint = ctx
        .lang
        .f("email-hint", &[("domain", arg(page.hint_domain))]);
    let email_errors: Vec<String> = page.email_error.iter().cloned().collect();
    let failed = matches!(page.message, LoginMessage::Error(_));
    let errors = failed || !email_errors.is_empty();
    let heading = page.heading.clone().unwrap_or_else(|| t("title"));
    let body = html! {
        h1 { (heading) }
        @if page.heading.is_none() {
            p.intro { (t("login-intro")) }
        }
        @if let Some(error) = &page.email_error {
            (error_summary(ctx, &[("email", error.clone())]))
        }
        @match &page.message {
            LoginMessage::Error(text) => {
                (alert(Tone::Error, None, std::slice::from_ref(text)))
                (support(ctx))
            },
            LoginMessage::Notice(text) => (alert(Tone::Notice, None, std::slice::from_ref(text))),
            LoginMessage::None => {},
        }
        form method="post" action=(ctx.url("/login")) novalidate {
            (csrf_input(page.csrf))
            (field(ctx, &Field {
                id: "email",
                label: &t("email-label"),
                kind: "email",
                autocomplete: "username",
                value: page.email,
                hint: Some(&hint),
                errors: &email_errors,
                autofocus: !errors && page.email.is_none(),
            }))
            (field(ctx, &Field {
                id: "password",
                label: &t("current-password-label"),
                kind: "password",
                autocomplete: "current-password",
                value: None,
                hint: None,
                errors: &[],
                autofocus: !errors && page.email.is_some(),
            }))
            button type="submit" { (t("login-button")) }
        }
    };
    layout(ctx, &heading, errors, body)
}

/// A mailbox's storage use, as shown: "1,2 GB", "2 GB", nearly full.
pub struct Storage {
    pub used: String,
    pub limit: String,
    pub nearly_full: bool,
}

pub struct PasswordForm<'a> {
    pub csrf: &'a str,
    pub mailbox: &'a str,
    pub min_length: usize,
    pub max_length: usize,
    pub provider: Option<&'a str>,
    /// Every rule the last try broke, in words.
    pub violations: &'a [String],
    pub mismatch: bool,
    pub storage: Option<Storage>,
    pub session_minutes: u64,
}

pub fn password(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let mismatch: Vec<String> = form
        .mismatch
        .then(|| t("passwords-differ"))
        .into_iter()
        .collect();
    let mut summary: Vec<(&str, String)> = form
        .violations
        .iter()
        .map(|v| ("new_password", v.clone()))
        .collect();
    summary.extend(mismatch.iter().map(|m| ("confirm_password", m.clone())));
    let length_hint = ctx.lang.f(
        "rule-length",
        &[("min", arg(form.min_length)), ("max", arg(form.max_length))],
    );
    let length_hint = length_hint.trim_end_matches(',');
    let body = html! {
        h1 { (t("title")) }
        p.identity {
            (t("logged-in-as")) " "
            strong.address { (form.mailbox) }
        }
        @if let Some(storage) = &form.storage {
            p.storage { (ctx.lang.f("quota", &[("used", arg(storage.used.as_str())), ("limit", arg(storage.limit.as_str()))])) }
            @if storage.nearly_full {
                (alert(Tone::Notice, None, &[t("quota-full")]))
            }
        }
        @if !summary.is_empty() {
            (error_summary(ctx, &summary))
        }
        (rules(ctx, form))
        form method="post" action=(ctx.url("/password")) novalidate {
            (csrf_input(form.csrf))
            // Lets the browser's password manager store the new password
            // for the right account.
            input type="text" name="username" autocomplete="username" value=(form.mailbox) hidden readonly;
            (field(ctx, &Field {
                id: "new_password",
                label: &t("new-password-label"),
                kind: "password",
                autocomplete: "new-password",
                value: None,
                hint: Some(length_hint),
                errors: form.violations,
                autofocus: summary.is_empty(),
            }))
            (field(ctx, &Field {
                id: "confirm_password",
                label: &t("confirm-password-label"),
                kind: "password",
                autocomplete: "new-password",
                value: None,
                hint: None,
                errors: &mismatch,
                autofocus: false,
            }))
            p.hint { (ctx.lang.f("session-valid", &[("minutes", arg(form.session_minutes))])) }
            button type="submit" { (t("change-button")) }
        }
        form.logout method="post" action=(ctx.url("/logout")) {
            (csrf_input(form.csrf))
            button.secondary type="submit" { (t("logout-button")) }
        }
    };
    layout(ctx, &t("change-button"), !summary.is_empty(), body)
}

/// Every rule, before anything is typed.
fn rules(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    html! {
        section.rules aria-labelledby="rules-heading" {
            h2 #rules-heading { (t("rules-heading")) }
            ul {
                li { (ctx.lang.f("rule-length", &[("min", arg(form.min_length)), ("max", arg(form.max_length))])) }
                li { (t("rule-differs")) }
                li { (t("rule-not-name")) }
                @if let Some(provider) = form.provider {
                    li { (ctx.lang.f("rule-not-provider", &[("provider", arg(provider))])) }
                }
                li { (t("rule-not-guessable")) }
            }
            p.hint { (t("rule-tip")) }
        }
    }
}

pub fn success(ctx: &PageContext, mailbox: &str, webmail: Option<&str>) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let body = html! {
        h1 { (t("success-heading")) }
        div.alert.success role="status" {
            p.address { (ctx.lang.f("success-for", &[("mailbox", arg(mailbox))])) }
        }
        p { (t("success-text")) }
        p { (t("success-devices")) }
        @match webmail {
            Some(url) => p { a.button href=(url) { (t("to-webmail")) } },
            None => p { (t("close-window")) },
        }
    };
    layout(ctx, &t("success-heading"), false, body)
}

pub fn error(ctx: &PageContext, heading: &str, message: &str) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let body = html! {
        h1 { (heading) }
        (alert(Tone::Error, None, &[message.to_owned()]))
        (support(ctx))
        p { a href=(ctx.url("/")) { (t("back-to-start")) } }
    };
    layout(ctx, heading, true, body)
}
