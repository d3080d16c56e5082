//! Step one: the login form, the check of the current password, logout.

use actix_web::http::StatusCode;
use actix_web::web::{self, Data};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;

use super::{error_page, html, remember_lang, respond, see_other, Requester};
use crate::audit::submitted;
use crate::audit::{Event, Login, Subject};
use crate::change::{LoginOutcome, VerifiedMailbox};
use crate::domain::{AddressError, EmailAddress, Password};
use crate::web::errors::Failure;
use crate::web::extract::{CheckedForm, CsrfToken, SessionCookie};
use crate::web::forms::{LoginForm, LogoutForm};
use crate::web::limits::address_key;
use crate::web::views::pages::{self, LoginMessage};
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
    let t = lang.t();
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf.issue(&state, &mut builder);
    let message = match notice.m.as_deref() {
        Some("expired") => LoginMessage::Notice(t.session_expired.to_owned()),
        Some("logged_out") => LoginMessage::Notice(t.logged_out.to_owned()),
        _ => return builder.body(state.login_pages.render(lang, &csrf)),
    };
    respond(
        builder,
        pages::login(&state.page(lang, "/"), &csrf, None, message, None),
    )
}

pub(super) async fn submit(
    req: HttpRequest,
    state: Data<AppState>,
    CheckedForm(form): CheckedForm<LoginForm>,
    mut csrf: CsrfToken,
) -> HttpResponse {
    let lang = state.lang(&req);
    let LoginForm {
        email, password, ..
    } = form;
    let requester = Requester::of(&req, &state);
    match attempt_login(&state, &email, password, &requester).await {
        Ok(verified) => {
            let token = state.sessions.create(verified);
            see_other(&state, "/password")
                .cookie(state.cookies.make(CookieName::Session, token, None))
                .finish()
        }
        Err(
            failure @ (Failure::InvalidAddress(_)
            | Failure::LoginFailed
            | Failure::InvalidPassword(_)),
        ) => {
            let mut builder = html(failure.status());
            let csrf = csrf.issue(&state, &mut builder);
            let message = failure.message(lang);
            let (notice, email_error) = match failure {
                Failure::InvalidAddress(_) => (LoginMessage::None, Some(message.as_str())),
                _ => (LoginMessage::Error(message.clone()), None),
            };
            let markup = pages::login(
                &state.page(lang, "/"),
                &csrf,
                Some(&email),
                notice,
                email_error,
            );
            respond(builder, markup)
        }
        Err(failure) => error_page(&state, lang, &failure),
    }
}

/// Step one for the form and the API alike: throttling, the generic
/// failure (same status, page and timing for a wrong password, an unknown
/// mailbox and a foreign domain), the IMAP check and the audit line.
pub(super) async fn attempt_login(
    state: &AppState,
    email: &str,
    password: String,
    requester: &Requester,
) -> Result<VerifiedMailbox, Failure> {
    let (client_ip, request_id) = (requester.client_ip, requester.request_id.as_str());
    let audit = |login: Login, mailbox: &str| {
        state.audit.record(
            Event::Login(login),
            Subject {
                mailbox: Some(submitted(mailbox)),
                client_ip,
                request_id,
            },
        )
    };
    let parsed = EmailAddress::parse(email, &state.domains);
    if let Err(e) = &parsed {
        if !matches!(e, AddressError::DomainNotServed(_)) {
            audit(Login::InvalidAddress, email);
            return Err(Failure::InvalidAddress(e.clone()));
        }
    }
    let key = address_key(email);
    if let Err(wait) = state.limiter.check_attempt(client_ip, &key) {
        state.audit.record(
            Event::RateLimited,
            Subject {
                mailbox: Some(submitted(email)),
                client_ip,
                request_id,
            },
        );
        return Err(Failure::RateLimited(wait));
    }
    let password = Password::parse(password).map_err(|e| {
        audit(Login::InvalidPassword, email);
        Failure::InvalidPassword(e)
    })?;
    let Ok(mailbox) = parsed else {
        // No IMAP login for a foreign domain (we are no login oracle for
        // it), but as long a wait as one, so timing tells nothing.
        tokio::time::sleep(state.failure_timing.typical()).await;
        state.limiter.record_failure(&key);
        audit(Login::Rejected, email);
        return Err(Failure::LoginFailed);
    };
    verify(state, mailbox, password, &key, requester).await
}

/// The check itself, for an address of a served domain.
async fn verify(
    state: &AppState,
    mailbox: EmailAddress,
    password: Password,
    key: &str,
    requester: &Requester,
) -> Result<VerifiedMailbox, Failure> {
    let (client_ip, request_id) = (requester.client_ip, requester.request_id.as_str());
    let audit = |login: Login| {
        state
            .audit
            .record(Event::Login(login), requester.subject(mailbox.as_str()))
    };
    let started = std::time::Instant::now();
    match state
        .changes
        .login(mailbox.clone(), password, client_ip)
        .await
    {
        Ok(LoginOutcome::Verified(verified)) => {
            state.limiter.record_success(key);
            audit(Login::Accepted);
            tracing::info!(mailbox = %mailbox, ip = ?client_ip, request_id, "login accepted");
            Ok(verified)
        }
        Ok(LoginOutcome::Rejected) => {
            state.failure_timing.observe(started.elapsed());
            state.limiter.record_failure(key);
            audit(Login::Rejected);
            tracing::info!(mailbox = %mailbox, ip = ?client_ip, request_id, "login rejected");
            Err(Failure::LoginFailed)
        }
        Err(e) => {
            let failure = Failure::from_change(e);
            audit(Login::Failed(failure.code()));
            Err(failure)
        }
    }
}

pub(super) async fn logout(
    state: Data<AppState>,
    _form: CheckedForm<LogoutForm>,
    session: SessionCookie,
) -> HttpResponse {
    if let Some(token) = session.0 {
        state.sessions.remove(&token);
    }
    see_other(&state, "/?m=logged_out")
        .cookie(state.cookies.removal(CookieName::Session))
        .finish()
}
