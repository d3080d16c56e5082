//! The route table and what every handler shares: security headers,
//! responses, error pages, and the end of a change (audit, notification).

use std::net::IpAddr;
use std::sync::Arc;

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::error::{InternalError, PayloadError, UrlencodedError};
use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::middleware::DefaultHeaders;
use actix_web::web::{self, Data, ServiceConfig};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use maud::Markup;

use super::errors::Failure;
use super::views::pages;
use super::views::Lang;
use super::{AppState, CookieName};
use crate::audit::{Change, Event, Subject};
use crate::change::{ChangeError, Changed, VerifiedMailbox};
use crate::domain::{EmailAddress, Password};
use crate::token::random_token;

mod api;
pub(super) mod deadline;
mod login;
mod password;
mod probes;

pub use deadline::body_deadline;
pub use probes::Readiness;

/// Form bodies larger than this are refused before parsing.
pub const FORM_LIMIT: usize = 4096;
const STYLESHEET: &str = include_str!("../static/style.css");
/// The show/hide buttons of the password fields (the pages work without).
const TOGGLE_SCRIPT: &str = include_str!("../static/toggle.js");
const FAVICON: &str = include_str!("../static/favicon.svg");
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Security headers on every response, errors included.
pub fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CSP))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add(("cross-origin-opener-policy", "same-origin"))
        .add((header::CACHE_CONTROL, "no-store"));
    if https {
        headers.add((header::STRICT_TRANSPORT_SECURITY, "max-age=31536000"))
    } else {
        headers
    }
}

/// All routes, below the prefix of `server.public_url`, and also without
/// it: a proxy may pass the prefix on or strip it (nginx
/// `proxy_pass http://app/;`, Traefik `StripPrefix`), and both work with
/// no setting. Links, redirects and cookies always carry the prefix.
pub fn configure(prefix: String) -> impl FnOnce(&mut ServiceConfig) {
    move |cfg: &mut ServiceConfig| {
        cfg.app_data(
            web::FormConfig::default()
                .limit(FORM_LIMIT)
                .error_handler(form_error),
        )
        .app_data(api::json_config());
        // W3C "A Well-Known URL for Changing Passwords": password managers
        // send people here (when the service owns the host's root).
        if prefix.is_empty() {
            cfg.route(
                "/.well-known/change-password",
                web::get().to(change_password_url),
            );
        }
        cfg.service(routes(&prefix));
        if !prefix.is_empty() {
            cfg.service(routes(""));
        }
        cfg.default_service(web::to(not_found));
    }
}

fn routes(prefix: &str) -> actix_web::Scope {
    web::scope(prefix)
        .route("", web::get().to(login::page))
        .route("/", web::get().to(login::page))
        .route("/login", web::post().to(login::submit))
        .route("/password", web::get().to(password::page))
        .route("/password", web::post().to(password::submit))
        .route("/logout", web::post().to(login::logout))
        .route("/healthz", web::get().to(probes::healthz))
        .route("/readyz", web::get().to(probes::readyz))
        .route("/metrics", web::get().to(probes::metrics))
        .route("/static/style.css", web::get().to(stylesheet))
        .route("/static/toggle.js", web::get().to(toggle_script))
        .route("/static/favicon.svg", web::get().to(favicon))
        .route("/api/v1/password", web::post().to(api::change_password))
}

async fn change_password_url(state: Data<AppState>) -> HttpResponse {
    HttpResponse::Found()
        .insert_header((header::LOCATION, state.absolute("/")))
        .finish()
}

fn html(status: StatusCode) -> HttpResponseBuilder {
    let mut builder = HttpResponse::build(status);
    builder.content_type(ContentType::html());
    builder
}

fn respond(mut builder: HttpResponseBuilder, markup: Markup) -> HttpResponse {
    builder.body(markup.into_string())
}

fn see_other(state: &AppState, path: &str) -> HttpResponseBuilder {
    let mut builder = HttpResponse::SeeOther();
    builder.insert_header((header::LOCATION, state.absolute(path)));
    builder
}

/// Remembers an explicit language choice (`?lang=`) for later pages.
fn remember_lang(
    req: &HttpRequest,
    state: &AppState,
    lang: Lang,
    builder: &mut HttpResponseBuilder,
) {
    if req.query_string().contains("lang=") {
        builder.cookie(state.cookies.make(
            CookieName::Lang,
            lang.code().to_owned(),
            Some(CookieDuration::days(365)),
        ));
    }
}

pub(super) fn error_page(state: &AppState, lang: Lang, failure: &Failure) -> HttpResponse {
    error_response(html(failure.status()), state, lang, failure)
}

/// The page for a failure, with `Retry-After` where one applies.
fn error_response(
    mut builder: HttpResponseBuilder,
    state: &AppState,
    lang: Lang,
    failure: &Failure,
) -> HttpResponse {
    let t = lang.t();
    let heading = match failure {
        Failure::Unavailable
        | Failure::NotConfirmed
        | Failure::Overloaded
        | Failure::CheckUnavailable
        | Failure::Uncertain => t.unavailable_heading,
        Failure::Csrf => t.forbidden_heading,
        Failure::NotFound => t.not_found_heading,
        Failure::RateLimited(_) | Failure::Busy => t.rate_limited_heading,
        _ => t.error_heading,
    };
    let markup = pages::error(&state.page(lang, "/"), heading, &failure.message(lang));
    if let Some(secs) = failure.retry_after() {
        builder.insert_header((header::RETRY_AFTER, secs.to_string()));
    }
    respond(builder, markup)
}

/// A short id tying a request's audit line to its log lines.
fn request_id() -> String {
    random_token()[..12].to_owned()
}

/// Who a request is, for its log and audit lines.
struct Requester {
    client_ip: Option<IpAddr>,
    request_id: String,
}

impl Requester {
    fn of(req: &HttpRequest, state: &AppState) -> Self {
        Self {
            client_ip: state.client_ip(req),
            request_id: request_id(),
        }
    }

    fn subject<'a>(&'a self, mailbox: &'a str) -> Subject<'a> {
        Subject {
            mailbox: Some(mailbox),
            client_ip: self.client_ip,
            request_id: &self.request_id,
        }
    }
}

/// How long a change may hold its mailbox's lock: longer than any change
/// takes (hash queue, store, flush, confirmation and restore), so that a
/// replica that dies mid-change blocks the mailbox only this long.
const CHANGE_LOCK_TTL: std::time::Duration = std::time::Duration::from_secs(60);
/// How long a change waits for another change of the same mailbox.
const CHANGE_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The change, under the mailbox's lock that every replica shares: two
/// changes of one mailbox never run at once, wherever they arrive (the
/// store's compare-and-swap remains the last guard). Without the shared
/// state, nothing changes (503); with the lock held too long, 429.
async fn change_under_lock(
    state: &AppState,
    requester: &Requester,
    verified: &VerifiedMailbox,
    new: &Password,
) -> Result<Result<Changed, ChangeError>, Failure> {
    let mailbox = verified.mailbox();
    let waited = std::time::Instant::now();
    let holder = loop {
        match state.shared.lock_mailbox(mailbox, CHANGE_LOCK_TTL).await {
            Ok(Some(holder)) => break holder,
            Ok(None) if waited.elapsed() < CHANGE_LOCK_WAIT => {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Ok(None) => return Err(refused_change(state, requester, mailbox, Failure::Busy)),
            Err(e) => {
                return Err(refused_change(
                    state,
                    requester,
                    mailbox,
                    Failure::from_state(e),
                ))
            }
        }
    };
    let changed = state
        .changes
        .change_password(verified, new, requester.client_ip)
        .await;
    if let Err(e) = state.shared.unlock_mailbox(mailbox, &holder).await {
        tracing::warn!(mailbox = %mailbox, error = %e, "change lock not released; it expires by itself");
    }
    Ok(changed)
}

/// The end of every change, from the form and the API alike: the log
/// line, the audit line and, after a success, the end of every other
/// session of the mailbox and the notification mail.
async fn finish_change(
    state: &Data<AppState>,
    requester: &Requester,
    mailbox: &EmailAddress,
    lang: Lang,
    outcome: Result<Changed, ChangeError>,
) -> Result<Changed, Failure> {
    let request_id = requester.request_id.as_str();
    match outcome {
        Ok(changed) => {
            tracing::info!(mailbox = %mailbox, ip = ?requester.client_ip, request_id, "password changed");
            state.audit.record(
                Event::Change(Change::Changed),
                requester.subject(mailbox.as_str()),
            );
            end_sessions(state, mailbox).await;
            notify_after_response(state, mailbox.clone(), lang, &changed, requester);
            Ok(changed)
        }
        Err(e) => {
            let failure = Failure::from_change(e);
            if matches!(failure, Failure::Superseded) {
                // Someone changed it since this login: no session of the
                // old password may go on.
                end_sessions(state, mailbox).await;
            }
            Err(refused_change(state, requester, mailbox, failure))
        }
    }
}

/// Whoever logged in with the old password must log in again.
async fn end_sessions(state: &AppState, mailbox: &EmailAddress) {
    if let Err(e) = state.sessions.end_all(mailbox).await {
        tracing::error!(mailbox = %mailbox, error = %e, "the other sessions of this mailbox could not be ended");
    }
}

/// Logs and audits a change that did not happen (or was undone).
fn refused_change(
    state: &AppState,
    requester: &Requester,
    mailbox: &EmailAddress,
    failure: Failure,
) -> Failure {
    tracing::info!(mailbox = %mailbox, outcome = failure.code(), request_id = requester.request_id, "password not changed");
    let change = match failure {
        Failure::NotConfirmed => Change::RolledBack,
        ref other => Change::Refused(other.code()),
    };
    state
        .audit
        .record(Event::Change(change), requester.subject(mailbox.as_str()));
    failure
}

/// The notification mail goes out after the response; its outcome is
/// audited and counted, and never undoes the change.
fn notify_after_response(
    state: &Data<AppState>,
    mailbox: EmailAddress,
    lang: Lang,
    changed: &Changed,
    requester: &Requester,
) {
    let Some(notifier) = state.notifier.clone() else {
        return;
    };
    let audit = Arc::clone(&state.audit);
    let (at, client_ip, request_id) = (
        changed.at,
        requester.client_ip,
        requester.request_id.clone(),
    );
    actix_web::rt::spawn(async move {
        let sent = notifier.notify_changed(&mailbox, lang, at, client_ip).await;
        audit.record(
            Event::Notification { sent },
            Subject {
                mailbox: Some(mailbox.as_str()),
                client_ip,
                request_id: &request_id,
            },
        );
    });
}

fn asset(content_type: &'static str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(body)
}

async fn stylesheet() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLESHEET)
}

async fn toggle_script() -> HttpResponse {
    asset("text/javascript; charset=utf-8", TOGGLE_SCRIPT)
}

async fn favicon() -> HttpResponse {
    asset("image/svg+xml", FAVICON)
}

async fn not_found(req: HttpRequest, state: Data<AppState>) -> HttpResponse {
    error_page(&state, state.lang(&req), &Failure::NotFound)
}

fn form_error(err: UrlencodedError, req: &HttpRequest) -> actix_web::Error {
    let failure = match err {
        UrlencodedError::Overflow { .. } => Failure::TooLarge,
        UrlencodedError::ContentType => Failure::UnsupportedMediaType,
        UrlencodedError::Payload(PayloadError::Io(ref e))
            if e.kind() == std::io::ErrorKind::TimedOut =>
        {
            Failure::RequestTimeout
        }
        _ => Failure::BadRequest,
    };
    tracing::info!(error = %err, "form refused");
    let response = match req.app_data::<Data<AppState>>() {
        Some(state) => error_page(state, state.lang(req), &failure),
        None => HttpResponse::build(failure.status()).finish(),
    };
    InternalError::from_response(err, response).into()
}
