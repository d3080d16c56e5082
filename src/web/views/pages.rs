use maud::{html, Markup};

use super::components::{alert, csrf_input, error_summary, field, support, Field, LiveRules, Tone};
use super::layout::{layout, PageContext};
use crate::i18n::arg;

/// What to show above the login form.
pub enum LoginMessage {
    None,
    /// The check failed: an error summary pointing at the password field,
    /// and a warning when few attempts are left.
    Failed {
        message: String,
        warning: Option<String>,
    },
    Notice(String),
    /// Too many attempts: the message, and no form until the stated time.
    Limited(String),
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
        }
    }
}

pub fn login(ctx: &PageContext, page: &LoginPage) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    if let LoginMessage::Limited(text) = &page.message {
        return limited(ctx, text);
    }
    let failed = match &page.message {
        LoginMessage::Failed { message, .. } => Some(message.clone()),
        _ => None,
    };
    let mut summary: Vec<(&str, String)> = Vec::new();
    if let Some(error) = &page.email_error {
        summary.push(("email", error.clone()));
    }
    if let Some(message) = &failed {
        summary.push(("password", message.clone()));
    }
    let heading = t("title");
    let body = html! {
        h1 { (heading) }
        p.intro { (t("login-intro")) }
        @if !summary.is_empty() {
            (error_summary(ctx, &summary))
        }
        @match &page.message {
            LoginMessage::Failed { warning: Some(warning), .. } => {
                (alert(Tone::Notice, None, std::slice::from_ref(warning)))
            },
            LoginMessage::Notice(text) => (alert(Tone::Notice, None, std::slice::from_ref(text))),
            _ => {},
        }
        (login_form(ctx, page, failed.as_deref(), summary.is_empty()))
        @if ctx.recovery {
            p.forgot { a href=(ctx.url("/forgot")) { (t("forgot-link")) } }
        }
        @if failed.is_some() {
            (support(ctx))
        }
    };
    layout(ctx, &heading, !summary.is_empty(), body)
}

/// The address and the current password, each field with its error;
/// `focus` puts the cursor into the first one to fill.
fn login_form(ctx: &PageContext, page: &LoginPage, failed: Option<&str>, focus: bool) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let hint = ctx
        .lang
        .f("email-hint", &[("domain", arg(page.hint_domain))]);
    let email_errors: Vec<String> = page.email_error.iter().cloned().collect();
    let password_errors: Vec<String> = failed.iter().map(|m| (*m).to_owned()).collect();
    html! {
        form method="post" action=(ctx.url("/login")) novalidate data-busy=(t("login-busy")) {
            (csrf_input(page.csrf))
            (field(ctx, &Field {
                id: "email",
                label: &t("email-label"),
                kind: "email",
                autocomplete: "username",
                value: page.email,
                hint: Some(&hint),
                errors: &email_errors,
                autofocus: focus && page.email.is_none(),
                show_label: None,
                live: None,
            }))
            (field(ctx, &Field {
                id: "password",
                label: &t("current-password-label"),
                kind: "password",
                autocomplete: "current-password",
                value: None,
                hint: None,
                errors: &password_errors,
                autofocus: focus && page.email.is_some(),
                show_label: Some(&t("show-current-password")),
                live: None,
            }))
            button type="submit" { (t("login-button")) }
        }
    }
}

/// Too many attempts: when it is possible again, and no form until then.
fn limited(ctx: &PageContext, text: &str) -> Markup {
    let heading = ctx.lang.t("rate-limited-heading");
    let body = html! {
        h1 { (heading) }
        (alert(Tone::Error, None, &[text.to_owned()]))
        (support(ctx))
    };
    layout(ctx, &heading, true, body)
}

/// A mailbox's storage use, as shown: "1,2 GB", "2 GB", nearly full.
pub struct Storage {
    pub used: String,
    pub limit: String,
    pub nearly_full: bool,
}

/// What the last try of the new-password form got wrong, by field.
#[derive(Default)]
pub struct FormErrors {
    pub new_password: Vec<String>,
    pub confirm_password: Vec<String>,
}

impl FormErrors {
    pub fn is_empty(&self) -> bool {
        self.new_password.is_empty() && self.confirm_password.is_empty()
    }
}

pub struct PasswordForm<'a> {
    pub csrf: &'a str,
    /// Where the form is sent: `/password`, or a reset link's own path.
    pub action: &'a str,
    /// The mailbox, shown and given to the password manager.
    pub mailbox: &'a str,
    /// Below the mailbox: "Angemeldet als" and a logout button (not for a
    /// reset link).
    pub logged_in: bool,
    pub provider: Option<&'a str>,
    pub errors: &'a FormErrors,
    pub storage: Option<Storage>,
    pub session_minutes: Option<u64>,
    /// Whether the current password has to differ (the employee knows it).
    pub knows_current: bool,
    /// A fresh example passphrase, never accepted itself.
    pub example: &'a str,
    pub live: LiveRules,
}

pub fn password(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let mut summary: Vec<(&str, String)> = form
        .errors
        .new_password
        .iter()
        .map(|v| ("new_password", v.clone()))
        .collect();
    summary.extend(
        form.errors
            .confirm_password
            .iter()
            .map(|m| ("confirm_password", m.clone())),
    );
    let length_hint = ctx
        .lang
        .f("new-password-hint", &[("min", arg(form.live.min))]);
    let heading = t("password-title");
    let body = html! {
        h1 { (heading) }
        @if !form.logged_in {
            p.intro { (t("reset-intro")) }
        }
        (identity(ctx, form))
        @if !summary.is_empty() {
            (error_summary(ctx, &summary))
        }
        (rules(ctx, form))
        form method="post" action=(ctx.url(form.action)) novalidate data-busy=(t("change-busy")) {
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
                hint: Some(&length_hint),
                errors: &form.errors.new_password,
                autofocus: summary.is_empty(),
                show_label: Some(&t("show-new-password")),
                live: Some(&form.live),
            }))
            (field(ctx, &Field {
                id: "confirm_password",
                label: &t("confirm-password-label"),
                kind: "password",
                autocomplete: "new-password",
                value: None,
                hint: None,
                errors: &form.errors.confirm_password,
                autofocus: false,
                show_label: Some(&t("show-confirm-password")),
                live: None,
            }))
            @if let Some(minutes) = form.session_minutes {
                p.hint { (ctx.lang.f("session-valid", &[("minutes", arg(minutes))])) }
            }
            button type="submit" { (t("change-button")) }
        }
        @if form.logged_in {
            (after_login(ctx, form))
        }
    };
    layout(ctx, &heading, !summary.is_empty(), body)
}

/// Below the form of a logged-in employee: the recovery address, logout.
fn after_login(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    html! {
        @if ctx.recovery {
            p { a href=(ctx.url("/recovery")) { (t("recovery-link")) } }
        }
        form.logout method="post" action=(ctx.url("/logout")) {
            (csrf_input(form.csrf))
            button.secondary type="submit" { (t("logout-button")) }
        }
    }
}

/// Whose password it is, and the mailbox's storage use where known.
fn identity(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    html! {
        p.identity {
            @if form.logged_in { (t("logged-in-as")) " " }
            strong.address { (form.mailbox) }
        }
        @if let Some(storage) = &form.storage {
            p.storage { (ctx.lang.f("quota", &[("used", arg(storage.used.as_str())), ("limit", arg(storage.limit.as_str()))])) }
            @if storage.nearly_full {
                (alert(Tone::Notice, None, &[t("quota-full")]))
            }
        }
    }
}

/// Every rule, before anything is typed; the ones a browser can check
/// are marked while typing (announced politely).
fn rules(ctx: &PageContext, form: &PasswordForm) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let (min, max) = (form.live.min, form.live.max);
    html! {
        section.rules aria-labelledby="rules-heading" {
            h2 #rules-heading { (t("rules-heading")) }
            ul data-live-rules data-met=(t("rule-met")) aria-live="polite" {
                li data-rule="length" {
                    (ctx.lang.f("rule-length", &[("min", arg(min)), ("max", arg(max))]))
                    " " span.rule-state {}
                }
                @if form.knows_current {
                    li { (t("rule-differs")) }
                }
                li data-rule="name" { (t("rule-not-name")) " " span.rule-state {} }
                @if let Some(provider) = form.provider {
                    li { (ctx.lang.f("rule-not-provider", &[("provider", arg(provider))])) }
                }
                li { (t("rule-not-guessable")) }
            }
            p.hint { (ctx.lang.f("rule-tip", &[("example", arg(form.example))])) }
        }
    }
}

/// What the success page says besides the change itself.
pub struct SuccessFacts<'a> {
    pub webmail: Option<&'a str>,
    /// A confirmation mail went to the mailbox.
    pub mailed: bool,
}

pub fn success(ctx: &PageContext, mailbox: &str, facts: &SuccessFacts) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let heading = t("success-heading");
    let body = html! {
        h1 { (heading) }
        div.alert.success role="status" {
            p.address { (ctx.lang.f("success-for", &[("mailbox", arg(mailbox))])) }
        }
        p { (t("success-text")) }
        p { (t("success-sessions")) }
        @if facts.mailed {
            p { (ctx.lang.f("success-mail", &[("mailbox", arg(mailbox))])) }
        }
        @match facts.webmail {
            Some(url) => p { a.button href=(url) { (t("to-webmail")) } },
            None => p { (t("close-window")) },
        }
    };
    layout(ctx, &heading, false, body)
}

pub fn error(ctx: &PageContext, heading: &str, message: &str) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let body = html! {
        h1 { (heading) }
        (alert(Tone::Error, None, &[message.to_owned()]))
        (support(ctx))
        p { a.button href=(ctx.url("/")) { (t("back-to-start")) } }
    };
    layout(ctx, heading, true, body)
}
