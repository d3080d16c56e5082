//! The pages of the forgotten-password flow: asking for a link, and the
//! employee's recovery address.

use maud::{html, Markup};

use super::components::{alert, csrf_input, error_summary, field, support, Field, Tone};
use super::layout::{layout, PageContext};
use crate::i18n::arg;

/// "Passwort vergessen?": the address, nothing else.
pub fn forgot(ctx: &PageContext, csrf: &str, hint_domain: &str) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let heading = t("forgot-title");
    let hint = ctx.lang.f("email-hint", &[("domain", arg(hint_domain))]);
    let body = html! {
        h1 { (heading) }
        p.intro { (t("forgot-intro")) }
        form method="post" action=(ctx.url("/forgot")) novalidate data-busy=(t("forgot-busy")) {
            (csrf_input(csrf))
            (field(ctx, &Field {
                id: "email",
                label: &t("email-label"),
                kind: "email",
                autocomplete: "username",
                value: None,
                hint: Some(&hint),
                errors: &[],
                autofocus: true,
                show_label: None,
                live: None,
            }))
            button type="submit" { (t("forgot-button")) }
        }
        p { a href=(ctx.url("/")) { (t("back-to-start")) } }
    };
    layout(ctx, &heading, false, body)
}

/// The same answer whatever the address: whether a link went out is told
/// only to whoever can read the recovery address.
pub fn forgot_sent(ctx: &PageContext, minutes: u64) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let heading = t("forgot-title");
    let body = html! {
        h1 { (heading) }
        (alert(Tone::Notice, None, &[ctx.lang.f("forgot-sent", &[("minutes", arg(minutes))])]))
        p { (t("forgot-no-address")) }
        (support(ctx))
        p { a href=(ctx.url("/")) { (t("back-to-start")) } }
    };
    layout(ctx, &heading, false, body)
}

/// What the recovery page shows.
pub struct RecoveryPage<'a> {
    pub csrf: &'a str,
    pub mailbox: &'a str,
    /// The address stored now, masked.
    pub current: Option<String>,
    /// Whether the employee may set another one here.
    pub writable: bool,
    /// The address as typed, and what is wrong with it.
    pub value: Option<&'a str>,
    pub errors: &'a [String],
}

pub fn recovery(ctx: &PageContext, page: &RecoveryPage) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let heading = t("recovery-title");
    let summary: Vec<(&str, String)> = page
        .errors
        .iter()
        .map(|e| ("recovery", e.clone()))
        .collect();
    let body = html! {
        h1 { (heading) }
        p.identity { (t("logged-in-as")) " " strong.address { (page.mailbox) } }
        @if !summary.is_empty() {
            (error_summary(ctx, &summary))
        }
        p.intro { (t("recovery-intro")) }
        p {
            @match &page.current {
                Some(masked) => (ctx.lang.f("recovery-current", &[("address", arg(masked.as_str()))])),
                None => (t("recovery-none")),
            }
        }
        @if page.writable {
            form method="post" action=(ctx.url("/recovery")) novalidate data-busy=(t("recovery-busy")) {
                (csrf_input(page.csrf))
                (field(ctx, &Field {
                    id: "recovery",
                    label: &t("recovery-label"),
                    kind: "email",
                    autocomplete: "email",
                    value: page.value,
                    hint: None,
                    errors: page.errors,
                    autofocus: summary.is_empty(),
                    show_label: None,
                    live: None,
                }))
                button type="submit" { (t("recovery-button")) }
            }
        } @else {
            (alert(Tone::Notice, None, &[t("recovery-not-writable")]))
        }
        p { a href=(ctx.url("/password")) { (t("back-to-password")) } }
    };
    layout(ctx, &heading, !summary.is_empty(), body)
}

/// A step of the recovery address done: the link went out, or it is stored.
/// The confirmation link's page: a button, because mail scanners and
/// link previews open links that nobody chose to follow.
pub fn recovery_confirm(ctx: &PageContext, csrf: &str, action: &str, question: &str) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let heading = t("recovery-title");
    let body = html! {
        h1 { (heading) }
        p.intro { (question) }
        form method="post" action=(ctx.url(action)) {
            (csrf_input(csrf))
            button type="submit" { (t("recovery-confirm-button")) }
        }
    };
    layout(ctx, &heading, false, body)
}

pub fn recovery_done(ctx: &PageContext, message: &str) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let heading = t("recovery-title");
    let body = html! {
        h1 { (heading) }
        (alert(Tone::Success, None, &[message.to_owned()]))
        p { a href=(ctx.url("/")) { (t("back-to-start")) } }
    };
    layout(ctx, &heading, false, body)
}
