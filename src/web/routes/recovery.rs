//! The employee's recovery address, after login: shown masked, and a new
//! one stored only once its owner followed the link mailed to it (30
//! minutes, once). The mailbox hears of the change.

use std::time::{Duration, UNIX_EPOCH};

use actix_web::http::StatusCode;
use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use crate::audit::Event;
use crate::change::{Origin, Via};
use crate::domain::EmailAddress;
use crate::i18n::arg;
use crate::recovery::{acceptable, masked, Recovery};
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken, SessionCookie};
use crate::web::forms::{ConfirmForm, RecoveryForm};
use crate::web::respond::{error_page, html, remember_lang, respond, see_other};
use crate::web::views::recovery::{self, RecoveryPage};
use crate::web::views::Lang;
use crate::web::AppState;

const CONFIRM: &str = "recovery-confirm";
/// Confirmation links per mailbox and hour.
const PER_HOUR: u32 = 3;

/// The logged-in mailbox, and the flow; `Err` is the answer to give.
async fn logged_in<'a>(
    state: &'a AppState,
    lang: Lang,
    session: &SessionCookie,
) -> Result<(EmailAddress, &'a Recovery), HttpResponse> {
    let Some(flow) = &state.recovery else {
        return Err(error_page(state, lang, &Failure::NotFound));
    };
    let Some(token) = &session.0 else {
        return Err(see_other(state, "/").finish());
    };
    match state.sessions.peek(token).await {
        Ok(Some(verified)) => Ok((verified.mailbox().clone(), flow)),
        Ok(None) => Err(see_other(state, "/?m=expired").finish()),
        Err(e) => Err(error_page(state, lang, &Failure::from_state(e))),
    }
}

/// A digest of the stored recovery address and password hash: a
/// confirmation link works only while both are still the ones it was made
/// against. A password change kills pending links, so an intruder whose
/// session ended with it cannot confirm an address of theirs afterwards.
async fn fingerprint(
    state: &AppState,
    flow: &Recovery,
    mailbox: &EmailAddress,
) -> Result<String, Failure> {
    let current = flow.addresses.read(mailbox).await.map_err(|e| {
        tracing::error!(error = %e, "the recovery address cannot be read");
        Failure::Unavailable
    })?;
    let stored = state.changes.store().lookup(mailbox).await.map_err(|e| {
        tracing::error!(error = %e, "the stored password cannot be read");
        Failure::Unavailable
    })?;
    Ok(state.signer.fingerprint(&format!(
        "recovery:{}\n{}",
        current.as_deref().unwrap_or(""),
        stored.as_str()
    )))
}

/// What the page is rendered for: the request, its language, the
/// logged-in mailbox and the flow.
#[derive(Clone, Copy)]
struct For<'a> {
    state: &'a AppState,
    req: &'a HttpRequest,
    lang: Lang,
    mailbox: &'a EmailAddress,
    flow: &'a Recovery,
}

async fn render(
    at: For<'_>,
    csrf: &mut CsrfToken,
    (value, errors): (Option<&str>, &[String]),
    status: StatusCode,
) -> HttpResponse {
    let For {
        state,
        req,
        lang,
        mailbox,
        flow,
    } = at;
    let current = match flow.addresses.read(mailbox).await {
        Ok(current) => current,
        Err(e) => {
            tracing::error!(error = %e, "the recovery address cannot be read");
            return error_page(state, lang, &Failure::Unavailable);
        }
    };
    let mut builder = html(status);
    remember_lang(req, state, lang, &mut builder);
    let csrf = csrf.issue(state, &mut builder);
    let page = RecoveryPage {
        csrf: &csrf,
        mailbox: mailbox.as_str(),
        current: current.as_deref().map(masked),
        writable: flow.addresses.writable(),
        value,
        errors,
    };
    respond(
        builder,
        recovery::recovery(&state.page(lang, "/recovery"), &page),
    )
}

pub(super) async fn page(
    req: HttpRequest,
    state: Data<AppState>,
    session: SessionCookie,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let (mailbox, flow) = match logged_in(&state, lang, &session).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    render(
        For {
            state: &state,
            req: &req,
            lang,
            mailbox: &mailbox,
            flow,
        },
        &mut csrf,
        (None, &[]),
        StatusCode::OK,
    )
    .await
}

pub(super) async fn submit(
    req: HttpRequest,
    state: Data<AppState>,
    session: SessionCookie,
    CheckedForm(form): CheckedForm<RecoveryForm>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let (mailbox, flow) = match logged_in(&state, lang, &session).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let at = For {
        state: &state,
        req: &req,
        lang,
        mailbox: &mailbox,
        flow,
    };
    let origin = state.origin(&req, Via::Recovery, lang);
    let audit = |outcome: &'static str| {
        state
            .audit
            .record(Event::Recovery(outcome), origin.subject(mailbox.as_str()));
    };
    if !flow.addresses.writable() {
        return render(at, &mut csrf, (None, &[]), StatusCode::FORBIDDEN).await;
    }
    let address = match acceptable(&form.recovery, &mailbox, flow.config.allow_same_domain) {
        Ok(address) => address,
        Err(unfit) => {
            audit("address_refused");
            let error = lang.t(&format!("recovery-unfit-{}", unfit.code()));
            let value = Some(form.recovery.as_str());
            return render(
                at,
                &mut csrf,
                (value, &[error]),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match request_confirmation(at, &address, &origin).await {
        Ok(()) => audit("address_requested"),
        Err((outcome, failure)) => {
            audit(outcome);
            return error_page(&state, lang, &failure);
        }
    }
    let minutes = flow.config.link.as_secs() / 60;
    let message = lang.f(
        "recovery-sent",
        &[
            ("address", arg(masked(&address))),
            ("minutes", arg(minutes)),
        ],
    );
    respond(
        html(StatusCode::OK),
        recovery::recovery_done(&state.page(lang, "/recovery"), &message),
    )
}

/// Within the mailbox's hourly quota, the confirmation link mailed to the
/// new address; else the audit outcome and what the page says.
async fn request_confirmation(
    at: For<'_>,
    address: &str,
    origin: &Origin,
) -> Result<(), (&'static str, Failure)> {
    let For {
        state,
        mailbox,
        flow,
        ..
    } = at;
    let limited = state
        .shared
        .take(
            &format!("recovery-confirm:{mailbox}"),
            PER_HOUR,
            Duration::from_secs(3600),
        )
        .await;
    match limited {
        Ok(Ok(())) => {}
        Ok(Err(wait)) => return Err(("limited", Failure::RateLimited(wait))),
        Err(e) => return Err(("unavailable", Failure::from_state(e))),
    }
    let bound_to = fingerprint(state, flow, mailbox)
        .await
        .map_err(|failure| ("unavailable", failure))?;
    if mail_confirmation(state, flow, mailbox, address, &bound_to, origin).await {
        Ok(())
    } else {
        Err(("mail_failed", Failure::Unavailable))
    }
}

/// The confirmation link, to the new address only.
async fn mail_confirmation(
    state: &AppState,
    flow: &Recovery,
    mailbox: &EmailAddress,
    address: &str,
    bound_to: &str,
    origin: &Origin,
) -> bool {
    let Some(notifier) = state.changes.notifier() else {
        return false;
    };
    let expires = (state.clock.now() + flow.config.link)
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
        .to_string();
    let token = state
        .signer
        .issue_fields(CONFIRM, &[mailbox.as_str(), address, &expires, bound_to]);
    let link = state.absolute(&format!("/recovery/confirm/{token}"));
    notifier
        .send_recovery(
            address,
            origin.lang,
            ("mail-confirm-subject", "mail-confirm-body"),
            &[
                ("mailbox", arg(mailbox.as_str())),
                ("link", arg(link)),
                ("minutes", arg(flow.config.link.as_secs() / 60)),
            ],
            state.clock.now(),
            origin.client_ip,
        )
        .await
}

/// A confirmation link of ours that has not expired: the mailbox, the new
/// address and the fingerprint of the address it was made against; else
/// the audit outcome.
fn opened(state: &AppState, token: &str) -> Result<(EmailAddress, String, String), &'static str> {
    let fields = state
        .signer
        .open_fields(CONFIRM, token)
        .ok_or("confirmation_altered")?;
    let [mailbox, address, expires, was] = fields.as_slice() else {
        return Err("confirmation_altered");
    };
    let now = state
        .clock
        .now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    if expires.parse::<u64>().map_or(true, |e| e <= now) {
        return Err("confirmation_expired");
    }
    let mailbox =
        EmailAddress::parse(mailbox, &state.domains).map_err(|_| "confirmation_altered")?;
    Ok((mailbox, address.clone(), was.clone()))
}

/// The mailbox and new address of a confirmation link that still works;
/// else the audit outcome, or what is down.
async fn still_valid(
    state: &AppState,
    flow: &Recovery,
    token: &str,
) -> Result<(EmailAddress, String), Result<&'static str, Failure>> {
    let (mailbox, address, was) = opened(state, token).map_err(Ok)?;
    match fingerprint(state, flow, &mailbox).await {
        Ok(now) if now == was => Ok((mailbox, address)),
        Ok(_) => Err(Ok("confirmation_used")),
        Err(failure) => Err(Err(failure)),
    }
}

/// The 410 page of a confirmation link that no longer works.
fn link_gone(state: &AppState, origin: &Origin, lang: Lang, outcome: &'static str) -> HttpResponse {
    state
        .audit
        .record(Event::Recovery(outcome), origin.subject("-"));
    let page = recovery::recovery_done(&state.page(lang, "/"), &lang.t("recovery-expired"));
    respond(html(StatusCode::GONE), page)
}

/// A confirmation link that still holds: the flow, who opened it, the
/// mailbox and the address to store; otherwise the page to show instead.
async fn open_link<'a>(
    req: &HttpRequest,
    state: &'a AppState,
    lang: Lang,
    token: &str,
) -> Result<(&'a Recovery, Origin, EmailAddress, String), HttpResponse> {
    let Some(flow) = &state.recovery else {
        return Err(error_page(state, lang, &Failure::NotFound));
    };
    let origin = state.origin(req, Via::Recovery, lang);
    match still_valid(state, flow, token).await {
        Ok((mailbox, address)) => Ok((flow, origin, mailbox, address)),
        Err(Ok(outcome)) => Err(link_gone(state, &origin, lang, outcome)),
        Err(Err(failure)) => Err(error_page(state, lang, &failure)),
    }
}

/// The confirmation link as opened: a question and a button. Nothing is
/// stored on a GET, which mail scanners and link previews make too.
pub(super) async fn confirm_page(
    req: HttpRequest,
    state: Data<AppState>,
    token: Path<String>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let (_, _, mailbox, address) = match open_link(&req, &state, lang, &token).await {
        Ok(opened) => opened,
        Err(instead) => return instead,
    };
    let question = lang.f(
        "recovery-confirm-question",
        &[
            ("address", arg(address.as_str())),
            ("mailbox", arg(mailbox.as_str())),
        ],
    );
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    let action = format!("/recovery/confirm/{}", token.as_str());
    respond(
        builder,
        recovery::recovery_confirm(&state.page(lang, "/"), &csrf, &action, &question),
    )
}

/// The button on the confirmation page: the address is stored now, once.
pub(super) async fn confirm(
    req: HttpRequest,
    state: Data<AppState>,
    token: Path<String>,
    CheckedForm(_): CheckedForm<ConfirmForm>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let (flow, origin, mailbox, address) = match open_link(&req, &state, lang, &token).await {
        Ok(opened) => opened,
        Err(instead) => return instead,
    };
    let address = address.as_str();
    if let Err(e) = flow.addresses.write(&mailbox, address).await {
        tracing::error!(error = %e, "the recovery address cannot be stored");
        return error_page(&state, lang, &Failure::NotSaved);
    }
    state.audit.record(
        Event::Recovery("address_changed"),
        origin.subject(mailbox.as_str()),
    );
    // The mailbox hears of it: a stolen session could redirect the resets.
    if let Some(notifier) = state.changes.notifier() {
        let args = [
            ("mailbox", arg(mailbox.as_str())),
            ("address", arg(masked(address))),
        ];
        let ids = (
            "mail-recovery-changed-subject",
            "mail-recovery-changed-body",
        );
        let now = state.clock.now();
        notifier
            .send_recovery(mailbox.as_str(), lang, ids, &args, now, origin.client_ip)
            .await;
    }
    let message = lang.f("recovery-saved", &[("address", arg(masked(address)))]);
    respond(
        html(StatusCode::OK),
        recovery::recovery_done(&state.page(lang, "/"), &message),
    )
}
