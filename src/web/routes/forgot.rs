//! "Passwort vergessen?": a reset link to the employee's recovery address.
//! Whatever the address (unknown, without a recovery address, limited, or
//! fine), the same page, the same status and the same timing: the work
//! happens after the answer, and only whoever reads the recovery address
//! learns whether a link went out.

use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse};

use super::admin::issue_link;
use crate::audit::Event;
use crate::change::{Origin, Via};
use crate::domain::EmailAddress;
use crate::i18n::arg;
use crate::store::StoreError;
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken};
use crate::web::forms::ForgotForm;
use crate::web::respond::{error_page, html, remember_lang, respond};
use crate::web::views::recovery;
use crate::web::AppState;

/// Mails of this flow per mailbox and hour.
const MAILS_PER_HOUR: u32 = 3;

pub(super) async fn page(
    req: HttpRequest,
    state: Data<AppState>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    if state.recovery.is_none() {
        return error_page(&state, lang, &Failure::NotFound);
    }
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    respond(
        builder,
        recovery::forgot(&state.page(lang, "/forgot"), &csrf, &state.ui.hint_domain),
    )
}

pub(super) async fn submit(
    req: HttpRequest,
    state: Data<AppState>,
    CheckedForm(form): CheckedForm<ForgotForm>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let Some(flow) = &state.recovery else {
        return error_page(&state, lang, &Failure::NotFound);
    };
    let minutes = flow.config.link.as_secs() / 60;
    let origin = state.origin(&req, Via::Recovery, lang);
    // After the answer: nothing in it depends on the address.
    actix_web::rt::spawn(crate::request_deadline::carry({
        let state = state.clone();
        async move { send_link(&state, &form.email, &origin).await }
    }));
    respond(
        html(StatusCode::OK),
        recovery::forgot_sent(&state.page(lang, "/forgot"), minutes),
    )
}

/// The link to the recovery address, if the mailbox has one and neither
/// the client nor the mailbox is past its limit. Each outcome is audited.
async fn send_link(state: &AppState, email: &str, origin: &Origin) {
    let audit = |outcome: &'static str, mailbox: &str| {
        state
            .audit
            .record(Event::Recovery(outcome), origin.subject(mailbox));
    };
    let Some(flow) = &state.recovery else { return };
    let Ok(mailbox) = EmailAddress::parse(email, &state.domains) else {
        return audit("invalid_address", &state.logged_address(email));
    };
    if state.limiter.client_quota(origin.client_ip).await.is_err() {
        return audit("limited", mailbox.as_str());
    }
    let per_mailbox = state
        .shared
        .take(
            &format!("recovery-mail:{mailbox}"),
            MAILS_PER_HOUR,
            Duration::from_secs(3600),
        )
        .await;
    if !matches!(per_mailbox, Ok(Ok(()))) {
        return audit("limited", mailbox.as_str());
    }
    let address = match flow.addresses.read(&mailbox).await {
        Ok(Some(address)) => address,
        Ok(None) => return audit("no_address", mailbox.as_str()),
        Err(StoreError::UnknownUser(_)) => return audit("unknown", mailbox.as_str()),
        Err(e) => {
            tracing::error!(error = %e, "the recovery address cannot be read");
            return audit("unavailable", mailbox.as_str());
        }
    };
    let Ok(link) = issue_link(state, &mailbox, flow.config.link, Some(&address)).await else {
        return audit("unavailable", mailbox.as_str());
    };
    let Some(notifier) = state.changes.notifier() else {
        return audit("mail_off", mailbox.as_str());
    };
    let minutes = flow.config.link.as_secs() / 60;
    let sent = notifier
        .send_recovery(
            &address,
            origin.lang,
            ("mail-forgot-subject", "mail-forgot-body"),
            &[
                ("mailbox", arg(mailbox.as_str())),
                ("link", arg(link.url.as_str())),
                ("minutes", arg(minutes)),
            ],
            state.clock.now(),
            origin.client_ip,
        )
        .await;
    audit(
        if sent { "mailed" } else { "mail_failed" },
        mailbox.as_str(),
    );
}
