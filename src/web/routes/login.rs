//! Step one: the login form, the check of the current password, logout.

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::http::{header, StatusCode};
use actix_web::web::{self, Data};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::audit::{Event, Login};
use crate::change::{ChangeError, LoginOutcome, Origin, VerifiedMailbox, Via};
use crate::domain::{AddressError, EmailAddress, Password};
use crate::i18n::arg;
use crate::state::Settlement;
use crate::web::attempt::Attempt;
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken, DeviceCookie, SessionCookie, DEVICE_LIFETIME};
use crate::web::forms::{LoginForm, LogoutForm};
use crate::web::limits::{address_key, Refusal, Remaining, Ticket};
use crate::web::respond::{error_page, html, remember_lang, respond, see_other};
use crate::web::views::pages::{self, LoginMessage, LoginPage};
use crate::web::views::Lang;
use crate::web::{AppState, CookieName};

#[derive(Deserialize)]
pub(super) struct Notice {
    m: Option<String>,
}

pub(super) async fn page(
    req: HttpRequest,
    state: Data<AppState>,
    notice: web::Query<Notice>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let t = |id: &str| lang.t(id);
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    let message = match notice.m.as_deref() {
        Some("expired") => LoginMessage::Notice(t("session-expired")),
        Some("logged_out") => LoginMessage::Notice(t("logged-out")),
        _ => return builder.body(state.login_pages.render(lang, &csrf)),
    };
    let page = LoginPage {
        message,
        ..LoginPage::plain(&csrf, &state.ui.hint_domain)
    };
    respond(builder, pages::login(&state.page(lang, "/"), &page))
}

pub(super) async fn submit(
    req: HttpRequest,
    state: Data<AppState>,
    CheckedForm(form): CheckedForm<LoginForm>,
    mut csrf: CsrfToken,
    device: DeviceCookie,
) -> HttpResponse {
    let lang = state.lang(&req);
    let LoginForm {
        email, password, ..
    } = form;
    let origin = state.origin(&req, Via::Form, lang);
    // The check runs to its end, with its audit line and its settlement,
    // even when the client drops the connection meanwhile.
    let task = actix_web::rt::spawn(crate::request_deadline::carry({
        let (state, email) = (state.clone(), email.clone());
        async move { attempt_login_once(&state, &email, password, &origin, &device).await }
    }));
    let attempt = task
        .await
        .unwrap_or_else(|_| Attempt::failed(Failure::Internal));
    let failure = match attempt.result {
        Ok(verified) => return logged_in(&state, lang, verified).await,
        Err(failure) => failure,
    };
    if !matches!(
        failure,
        Failure::InvalidAddress(_)
            | Failure::LoginFailed
            | Failure::InvalidPassword(_)
            | Failure::RateLimited(_)
    ) {
        return error_page(&state, lang, &failure);
    }
    let mut builder = html(failure.status());
    let csrf = csrf.issue(&state, &mut builder);
    let mut page = LoginPage {
        email: Some(&email),
        ..LoginPage::plain(&csrf, &state.ui.hint_domain)
    };
    match &failure {
        Failure::InvalidAddress(_) => page.email_error = Some(failure.message(lang)),
        Failure::RateLimited(wait) => {
            builder.insert_header((
                header::RETRY_AFTER,
                failure.retry_after().unwrap_or(1).to_string(),
            ));
            page.message = LoginMessage::Limited(rate_limited(lang, *wait, &state));
        }
        _ => {
            page.message = LoginMessage::Failed {
                message: failure.message(lang),
                warning: attempt
                    .remaining
                    .filter(|left| left.attempts > 0 && left.attempts <= WARN_BELOW)
                    .map(|left| attempts_left(lang, left, &state)),
            }
        }
    }
    respond(builder, pages::login(&state.page(lang, "/"), &page))
}

/// From this many attempts left, a failed login says how many remain.
const WARN_BELOW: u32 = 2;

/// A clock time in the provider's zone, "14:20".
fn clock_time(state: &AppState, at: std::time::SystemTime) -> String {
    jiff::Timestamp::try_from(at)
        .map(|ts| {
            ts.to_zoned_datetime(state.ui.time_zone.clone())
                .strftime("%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// "Noch 2 Versuche, dann ist die Anmeldung hier bis 14:20 Uhr gesperrt."
fn attempts_left(lang: Lang, left: Remaining, state: &AppState) -> String {
    lang.f(
        "attempts-left",
        &[
            ("left", arg(left.attempts)),
            ("clock", arg(clock_time(state, left.blocked_until))),
        ],
    )
}

/// When the next try is possible, as a clock time in the provider's zone
/// as well, and that mail itself is not blocked.
fn rate_limited(lang: Lang, wait: std::time::Duration, state: &AppState) -> String {
    let at = clock_time(state, state.clock.now() + wait);
    crate::i18n::rate_limited_until(lang, wait, &at)
}

/// On to step two, with a session and a device cookie for this mailbox.
async fn logged_in(state: &Data<AppState>, lang: Lang, verified: VerifiedMailbox) -> HttpResponse {
    let device = DeviceCookie::issue(state, verified.mailbox().as_str(), state.clock.now());
    let token = match state.sessions.create(verified).await {
        Ok(token) => token,
        Err(e) => return error_page(state, lang, &Failure::from_state(e)),
    };
    see_other(state, "/password")
        .cookie(state.cookies.make(CookieName::Session, token, None))
        .cookie(state.cookies.make(
            CookieName::Device,
            device,
            Some(CookieDuration::seconds(DEVICE_LIFETIME.as_secs() as i64)),
        ))
        .finish()
}

/// Step one, once for identical attempts in flight: the same client,
/// address and password while the first is still being checked get its
/// answer (the form and the API alike).
pub(super) async fn attempt_login_once(
    state: &AppState,
    email: &str,
    password: String,
    origin: &Origin,
    device: &DeviceCookie,
) -> Attempt {
    use sha2::Digest;
    let mut digest = sha2::Sha256::new();
    digest.update(format!("{:?}", origin.client_ip).as_bytes());
    digest.update([0]);
    digest.update(email.trim().to_lowercase().as_bytes());
    digest.update([0]);
    digest.update(password.as_bytes());
    let key: [u8; 32] = digest.finalize().into();
    state
        .logins_in_flight
        .run(
            key,
            attempt_login(state, email, password, origin, device),
            || Attempt::failed(Failure::Internal),
        )
        .await
}

/// Step one for the form and the API alike: throttling, decided before
/// the check; the generic failure (same status, page and timing for a
/// wrong password, an unknown mailbox and a foreign domain); the check
/// and the audit line.
async fn attempt_login(
    state: &AppState,
    email: &str,
    password: String,
    origin: &Origin,
    device: &DeviceCookie,
) -> Attempt {
    let logged = state.logged_address(email);
    let audit = |login: Login| {
        state
            .audit
            .record(Event::Login(login), origin.subject(&logged))
    };
    let parsed = EmailAddress::parse(email, &state.domains);
    if let Err(e) = &parsed {
        if !matches!(e, AddressError::DomainNotServed(_)) {
            audit(Login::InvalidAddress);
            return Attempt::failed(Failure::InvalidAddress(e.clone()));
        }
    }
    // One budget per credential: with a passwd-file keyed by the local
    // part, alice@ in every domain is one password.
    let key = match &parsed {
        Ok(mailbox) => {
            let sharing = state.changes.store().sharing_credential(mailbox);
            address_key(sharing.first().unwrap_or(mailbox).as_str())
        }
        Err(_) => address_key(email),
    };
    let device_id = device.id_for(state, &key, state.clock.now());
    let ticket = match state
        .limiter
        .admit(origin.client_ip, &key, device_id.as_deref())
        .await
    {
        Ok(ticket) => ticket,
        Err(Refusal::Limited(wait)) => {
            state
                .audit
                .record(Event::RateLimited, origin.subject(&logged));
            return Attempt::failed(Failure::RateLimited(wait));
        }
        Err(Refusal::Unavailable(e)) => return Attempt::failed(Failure::from_state(e)),
    };
    let password = match Password::parse(password) {
        Ok(password) => password,
        Err(e) => {
            ticket.settle(Settlement::Void, state.clock.now()).await;
            audit(Login::InvalidPassword);
            return Attempt::failed(Failure::InvalidPassword(e));
        }
    };
    let outcome = match parsed {
        Ok(mailbox) => {
            state
                .changes
                .login(mailbox, password, origin.client_ip)
                .await
        }
        // No login for a foreign domain (we are no login oracle for it),
        // but as long a wait as one, so timing tells nothing.
        Err(_) => state
            .changes
            .reject_unknown()
            .await
            .map(|()| LoginOutcome::Rejected),
    };
    settled(state, email, outcome, ticket, origin).await
}

/// Settles the attempt's reservation with the check's outcome.
async fn settled(
    state: &AppState,
    email: &str,
    outcome: Result<LoginOutcome, ChangeError>,
    ticket: Ticket,
    origin: &Origin,
) -> Attempt {
    let request_id = origin.request_id.as_str();
    let (settlement, login, result) = match outcome {
        Ok(LoginOutcome::Verified(verified)) => {
            tracing::info!(mailbox = %verified.mailbox(), ip = ?origin.client_ip, request_id, "login accepted");
            (Settlement::Success, Login::Accepted, Ok(verified))
        }
        Ok(LoginOutcome::Rejected) => {
            tracing::info!(mailbox = %state.logged_address(email), ip = ?origin.client_ip, request_id, "login rejected");
            (
                Settlement::Failure,
                Login::Rejected,
                Err(Failure::LoginFailed),
            )
        }
        Err(e) => {
            // A store that cannot be read at login is an outage, not a
            // password that cannot be saved.
            let failure = match Failure::from_change(&e) {
                Failure::NotSaved => Failure::Unavailable,
                other => other,
            };
            (
                Settlement::Void,
                Login::Failed(failure.code()),
                Err(failure),
            )
        }
    };
    let remaining = ticket.settle(settlement, state.clock.now()).await;
    let audited = match &result {
        Ok(verified) => verified.mailbox().as_str().to_owned(),
        Err(_) => state.logged_address(email),
    };
    state
        .audit
        .record(Event::Login(login), origin.subject(&audited));
    Attempt { result, remaining }
}

pub(super) async fn logout(
    state: Data<AppState>,
    _form: CheckedForm<LogoutForm>,
    session: SessionCookie,
) -> HttpResponse {
    if let Some(token) = session.0 {
        if let Err(e) = state.sessions.remove(&token).await {
            tracing::warn!(error = %e, "session not removed at logout");
        }
    }
    see_other(&state, "/?m=logged_out")
        .cookie(state.cookies.removal(CookieName::Session))
        .finish()
}
