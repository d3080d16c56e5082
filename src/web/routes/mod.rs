use std::sync::Arc;

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::error::{InternalError, JsonPayloadError, UrlencodedError};
use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::middleware::DefaultHeaders;
use actix_web::web::{self, Data, Form, Json, ServiceConfig};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use maud::Markup;
use serde::Deserialize;
use subtle::ConstantTimeEq;
use zeroize::Zeroize;

use super::errors::Failure;
use super::forms::{ApiRequest, LoginForm, LogoutForm, NewPasswordForm};
use super::limits::address_key;
use super::session::random_token;
use super::views::pages::{self, LoginMessage, PasswordForm};
use super::views::Lang;
use super::AppState;
use crate::audit::{submitted, Event};
use crate::change::LoginOutcome;
use crate::domain::{AddressError, EmailAddress, Password};

/// Form bodies larger than this are refused before parsing.
pub const FORM_LIMIT: usize = 4096;
const STYLESHEET: &str = include_str!("static/style.css");
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

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

/// All routes, below the prefix of `server.public_url`.
pub fn configure(prefix: String) -> impl FnOnce(&mut ServiceConfig) {
    move |cfg: &mut ServiceConfig| {
        cfg.app_data(
            web::FormConfig::default()
                .limit(FORM_LIMIT)
                .error_handler(form_error),
        )
        .app_data(
            web::JsonConfig::default()
                .limit(FORM_LIMIT)
                .content_type_required(true)
                .content_type(|mime| mime.essence_str() == "application/json")
                .error_handler(json_error),
        )
        .service(
            web::scope(&prefix)
                .route("", web::get().to(login_page))
                .route("/", web::get().to(login_page))
                .route("/login", web::post().to(login))
                .route("/password", web::get().to(password_page))
                .route("/password", web::post().to(change_password))
                .route("/logout", web::post().to(logout))
                .route("/healthz", web::get().to(healthz))
                .route("/readyz", web::get().to(readyz))
                .route("/metrics", web::get().to(metrics))
                .route("/static/style.css", web::get().to(stylesheet))
                .route("/api/v1/password", web::post().to(api_change_password)),
        )
        .default_service(web::to(not_found));
    }
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

/// The CSRF token of this browser, and the cookie to set if it is new.
/// (Double-submit: the form must carry the value of our SameSite=Strict,
/// HttpOnly cookie, which another site can neither read nor set.)
fn csrf_token(req: &HttpRequest, state: &AppState, builder: &mut HttpResponseBuilder) -> String {
    match state.cookies.read(req, "csrf").filter(|t| t.len() == 43) {
        Some(token) => token,
        None => {
            let token = random_token();
            builder.cookie(state.cookies.make("csrf", token.clone(), None));
            token
        }
    }
}

fn csrf_ok(req: &HttpRequest, state: &AppState, submitted: &str) -> bool {
    // Browsers say where a request comes from; only our own pages may post.
    let site = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok());
    if matches!(site, Some("cross-site" | "same-site")) {
        return false;
    }
    match state.cookies.read(req, "csrf") {
        Some(cookie) => {
            !submitted.is_empty() && bool::from(cookie.as_bytes().ct_eq(submitted.as_bytes()))
        }
        None => false,
    }
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
            "lang",
            lang.code().to_owned(),
            Some(CookieDuration::days(365)),
        ));
    }
}

fn error_page(state: &AppState, lang: Lang, failure: &Failure) -> HttpResponse {
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
        Failure::Unavailable | Failure::NotConfirmed => t.unavailable_heading,
        _ => t.error_heading,
    };
    let markup = pages::error(&state.page(lang, "/"), heading, &failure.message(lang));
    if let Some(secs) = failure.retry_after() {
        builder.insert_header((header::RETRY_AFTER, secs.to_string()));
    }
    respond(builder, markup)
}

/// Back to the login, with the stale session cookie cleared.
fn session_expired(state: &AppState) -> HttpResponse {
    see_other(state, "/?m=expired")
        .cookie(state.cookies.removal("session"))
        .finish()
}

/// The second form, with what the last try broke.
fn password_form(
    state: &AppState,
    lang: Lang,
    csrf: &str,
    mailbox: &str,
    violations: &[String],
    mismatch: bool,
) -> Markup {
    let policy = state.changes.policy();
    let form = PasswordForm {
        csrf,
        mailbox,
        min_length: policy.min_length(),
        max_length: policy.max_length(),
        violations,
        mismatch,
    };
    pages::password(&state.page(lang, "/password"), &form)
}

#[derive(Deserialize)]
struct Notice {
    m: Option<String>,
}

async fn login_page(
    req: HttpRequest,
    state: Data<AppState>,
    notice: web::Query<Notice>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let t = lang.t();
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf_token(&req, &state, &mut builder);
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

async fn login(req: HttpRequest, state: Data<AppState>, form: Form<LoginForm>) -> HttpResponse {
    let lang = state.lang(&req);
    let LoginForm {
        email,
        password,
        csrf_token: submitted,
    } = form.into_inner();
    if !csrf_ok(&req, &state, &submitted) {
        return error_page(&state, lang, &Failure::Csrf);
    }
    let client_ip = state.client_ip(&req);
    let rerender = |status: StatusCode, failure: &Failure, email_error: bool| {
        let mut builder = html(status);
        let csrf = csrf_token(&req, &state, &mut builder);
        let message = failure.message(lang);
        let markup = if email_error {
            pages::login(
                &state.page(lang, "/"),
                &csrf,
                Some(&email),
                LoginMessage::None,
                Some(&message),
            )
        } else {
            pages::login(
                &state.page(lang, "/"),
                &csrf,
                Some(&email),
                LoginMessage::Error(message),
                None,
            )
        };
        respond(builder, markup)
    };
    let request_id = request_id();
    match attempt_login(&state, &email, password, client_ip, &request_id).await {
        Ok(verified) => {
            let token = state.sessions.create(verified);
            see_other(&state, "/password")
                .cookie(state.cookies.make("session", token, None))
                .finish()
        }
        Err(failure @ Failure::InvalidAddress(_)) => rerender(failure.status(), &failure, true),
        Err(failure @ (Failure::LoginFailed | Failure::InvalidPassword(_))) => {
            rerender(failure.status(), &failure, false)
        }
        Err(failure) => error_page(&state, lang, &failure),
    }
}

/// A short id tying a request's audit line to its log lines.
fn request_id() -> String {
    random_token()[..12].to_owned()
}

/// Step one for the form and the API alike: throttling, the generic
/// failure (same status, page and timing for a wrong password, an unknown
/// mailbox and a foreign domain), the IMAP check and the audit line.
async fn attempt_login(
    state: &AppState,
    email: &str,
    password: String,
    client_ip: Option<std::net::IpAddr>,
    request_id: &str,
) -> Result<crate::change::VerifiedMailbox, Failure> {
    let audit = |outcome: &str, mailbox: &str| {
        state.audit.record(&Event {
            event: "login",
            outcome,
            mailbox: Some(submitted(mailbox)),
            client_ip,
            request_id,
        })
    };
    let parsed = EmailAddress::parse(email, &state.domains);
    if let Err(e) = &parsed {
        if !matches!(e, AddressError::DomainNotServed(_)) {
            audit("invalid_address", email);
            return Err(Failure::InvalidAddress(e.clone()));
        }
    }
    let key = address_key(email);
    if let Err(wait) = state.limiter.check_attempt(client_ip, &key) {
        state.audit.record(&Event {
            event: "rate_limit",
            outcome: "limited",
            mailbox: Some(submitted(email)),
            client_ip,
            request_id,
        });
        return Err(Failure::RateLimited(wait));
    }
    let password = Password::parse(password).map_err(|e| {
        audit("invalid_password", email);
        Failure::InvalidPassword(e)
    })?;
    let mailbox = match parsed {
        Ok(m) => m,
        Err(_) => {
            // No IMAP login for a foreign domain (we are no login oracle for
            // it), but as long a wait as one, so timing tells nothing.
            tokio::time::sleep(state.failure_timing.typical()).await;
            state.limiter.record_failure(&key);
            audit("rejected", email);
            return Err(Failure::LoginFailed);
        }
    };
    let started = std::time::Instant::now();
    match state
        .changes
        .login(mailbox.clone(), password, client_ip)
        .await
    {
        Ok(LoginOutcome::Verified(verified)) => {
            state.limiter.record_success(&key);
            audit("accepted", mailbox.as_str());
            tracing::info!(mailbox = %mailbox, ip = ?client_ip, request_id, "login accepted");
            Ok(verified)
        }
        Ok(LoginOutcome::Rejected) => {
            state.failure_timing.observe(started.elapsed());
            state.limiter.record_failure(&key);
            audit("rejected", mailbox.as_str());
            tracing::info!(mailbox = %mailbox, ip = ?client_ip, request_id, "login rejected");
            Err(Failure::LoginFailed)
        }
        Err(e) => {
            let failure = Failure::from_change(e);
            audit(failure.code(), mailbox.as_str());
            Err(failure)
        }
    }
}

async fn password_page(req: HttpRequest, state: Data<AppState>) -> HttpResponse {
    let lang = state.lang(&req);
    let Some(token) = state.cookies.read(&req, "session") else {
        return see_other(&state, "/").finish();
    };
    let Some(verified) = state.sessions.peek(&token) else {
        return session_expired(&state);
    };
    let mut builder = html(StatusCode::OK);
    remember_lang(&req, &state, lang, &mut builder);
    let csrf = csrf_token(&req, &state, &mut builder);
    let markup = password_form(&state, lang, &csrf, verified.mailbox().as_str(), &[], false);
    respond(builder, markup)
}

async fn change_password(
    req: HttpRequest,
    state: Data<AppState>,
    form: Form<NewPasswordForm>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let NewPasswordForm {
        new_password,
        mut confirm_password,
        csrf_token: submitted,
        ..
    } = form.into_inner();
    if !csrf_ok(&req, &state, &submitted) {
        return error_page(&state, lang, &Failure::Csrf);
    }
    let Some(token) = state.cookies.read(&req, "session") else {
        return see_other(&state, "/").finish();
    };
    // Taken out: a replayed or parallel submission finds nothing.
    let Some(session) = state.sessions.take(&token) else {
        return session_expired(&state);
    };
    let verified = Arc::clone(&session.verified);
    let mailbox = verified.mailbox().clone();
    let client_ip = state.client_ip(&req);
    let request_id = request_id();

    let mismatch = new_password != confirm_password;
    confirm_password.zeroize();
    let outcome = if mismatch {
        let mut new_password = new_password;
        new_password.zeroize();
        Err(Failure::Mismatch)
    } else {
        match Password::parse(new_password) {
            Err(e) => Err(Failure::InvalidPassword(e)),
            Ok(new) => state
                .changes
                .change_password(&verified, &new, client_ip)
                .await
                .map_err(Failure::from_change),
        }
    };
    match outcome {
        Ok(changed) => {
            tracing::info!(mailbox = %mailbox, ip = ?client_ip, request_id, "password changed");
            drop(session);
            record_change(&state, "changed", &mailbox, client_ip, &request_id);
            notify_after_response(
                &state,
                mailbox.clone(),
                lang,
                changed.at,
                client_ip,
                request_id,
            );
            let markup = pages::success(&state.page(lang, "/"), verified.mailbox().as_str());
            let mut builder = html(StatusCode::OK);
            builder.cookie(state.cookies.removal("session"));
            respond(builder, markup)
        }
        Err(failure) => {
            tracing::info!(mailbox = %mailbox, outcome = failure.code(), request_id, "password not changed");
            record_change(
                &state,
                change_outcome(&failure),
                &mailbox,
                client_ip,
                &request_id,
            );
            // Nothing changed: the employee may try again, with a new token.
            let new_token = state.sessions.put_back(session);
            let mut builder = html(failure.status());
            builder.cookie(state.cookies.make("session", new_token, None));
            match failure {
                Failure::Policy(_) | Failure::Mismatch | Failure::InvalidPassword(_) => {
                    let csrf = csrf_token(&req, &state, &mut builder);
                    let mut violations: Vec<String> = failure
                        .violations(lang)
                        .into_iter()
                        .map(|(_, m)| m)
                        .collect();
                    if let Failure::InvalidPassword(_) = failure {
                        violations.push(failure.message(lang));
                    }
                    let mismatch = matches!(failure, Failure::Mismatch);
                    // A refused new password is an unprocessable entity, like a policy violation.
                    builder.status(StatusCode::UNPROCESSABLE_ENTITY);
                    let markup =
                        password_form(&state, lang, &csrf, mailbox.as_str(), &violations, mismatch);
                    respond(builder, markup)
                }
                other => error_response(builder, &state, lang, &other),
            }
        }
    }
}

async fn logout(req: HttpRequest, state: Data<AppState>, form: Form<LogoutForm>) -> HttpResponse {
    let lang = state.lang(&req);
    if !csrf_ok(&req, &state, &form.csrf_token) {
        return error_page(&state, lang, &Failure::Csrf);
    }
    if let Some(token) = state.cookies.read(&req, "session") {
        state.sessions.remove(&token);
    }
    see_other(&state, "/?m=logged_out")
        .cookie(state.cookies.removal("session"))
        .finish()
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::plaintext())
        .body("ok\n")
}

async fn readyz(state: Data<AppState>) -> HttpResponse {
    let flush = async {
        match state.changes.cache_flush() {
            Some(flusher) => flusher.probe().await,
            None => Ok(()),
        }
    };
    let (store, auth, flush) = tokio::join!(
        state.changes.store().ready(),
        state.changes.authenticator().probe(),
        flush
    );
    let mut problems = Vec::new();
    if let Err(e) = flush {
        problems.push(format!("auth cache flush: {e}"));
    }
    if let Err(e) = store {
        problems.push(format!("credential store: {e}"));
    }
    if let Err(e) = auth {
        problems.push(format!("mail server: {e}"));
    }
    if problems.is_empty() {
        HttpResponse::Ok()
            .content_type(ContentType::plaintext())
            .body("ready\n")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type(ContentType::plaintext())
            .body(format!("not ready: {}\n", problems.join("; ")))
    }
}

async fn metrics() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(crate::telemetry::metrics::render())
}

async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLESHEET)
}

async fn not_found(req: HttpRequest, state: Data<AppState>) -> HttpResponse {
    error_page(&state, state.lang(&req), &Failure::NotFound)
}

fn form_error(err: UrlencodedError, req: &HttpRequest) -> actix_web::Error {
    let failure = match err {
        UrlencodedError::Overflow { .. } => Failure::TooLarge,
        UrlencodedError::ContentType => Failure::UnsupportedMediaType,
        _ => Failure::BadRequest,
    };
    tracing::info!(error = %err, "form refused");
    let response = match req.app_data::<Data<AppState>>() {
        Some(state) => error_page(state, state.lang(req), &failure),
        None => HttpResponse::build(failure.status()).finish(),
    };
    InternalError::from_response(err, response).into()
}

// --- JSON API -------------------------------------------------------------

fn json_failure(failure: &Failure, lang: Lang) -> HttpResponse {
    let violations: Vec<serde_json::Value> = failure
        .violations(lang)
        .into_iter()
        .map(|(code, message)| serde_json::json!({ "code": code, "message": message }))
        .collect();
    let mut builder = HttpResponse::build(failure.status());
    let mut error = serde_json::json!({
        "code": failure.code(),
        "message": failure.message(lang),
        "violations": violations,
    });
    if let Some(secs) = failure.retry_after() {
        builder.insert_header((header::RETRY_AFTER, secs.to_string()));
        error["retry_after"] = serde_json::json!(secs);
    }
    builder.json(serde_json::json!({ "error": error }))
}

fn json_error(err: JsonPayloadError, req: &HttpRequest) -> actix_web::Error {
    let failure = match err {
        JsonPayloadError::ContentType => Failure::UnsupportedMediaType,
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            Failure::TooLarge
        }
        _ => Failure::BadRequest,
    };
    let lang = req
        .app_data::<Data<AppState>>()
        .map_or(Lang::En, |s| s.lang(req));
    InternalError::from_response(err, json_failure(&failure, lang)).into()
}

async fn api_change_password(
    req: HttpRequest,
    state: Data<AppState>,
    body: Json<ApiRequest>,
) -> HttpResponse {
    let lang = state.lang(&req);
    let ApiRequest {
        email,
        current_password,
        new_password,
    } = body.into_inner();
    let client_ip = state.client_ip(&req);
    let request_id = request_id();
    let new = match Password::parse(new_password) {
        Ok(p) => p,
        Err(e) => {
            let mut response = json_failure(&Failure::InvalidPassword(e), lang);
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return response;
        }
    };
    let verified =
        match attempt_login(&state, &email, current_password, client_ip, &request_id).await {
            Ok(v) => v,
            Err(failure) => return json_failure(&failure, lang),
        };
    let mailbox = verified.mailbox().clone();
    match state
        .changes
        .change_password(&verified, &new, client_ip)
        .await
    {
        Ok(changed) => {
            tracing::info!(mailbox = %mailbox, ip = ?client_ip, request_id, "password changed via API");
            record_change(&state, "changed", &mailbox, client_ip, &request_id);
            notify_after_response(&state, mailbox, lang, changed.at, client_ip, request_id);
            HttpResponse::Ok().json(serde_json::json!({ "status": "changed" }))
        }
        Err(e) => {
            let failure = Failure::from_change(e);
            record_change(
                &state,
                change_outcome(&failure),
                &mailbox,
                client_ip,
                &request_id,
            );
            json_failure(&failure, lang)
        }
    }
}

/// The audit name of a failed change: a rollback is its own event.
fn change_outcome(failure: &Failure) -> &'static str {
    match failure {
        Failure::NotConfirmed => "rolled_back",
        other => other.code(),
    }
}

fn record_change(
    state: &AppState,
    outcome: &str,
    mailbox: &EmailAddress,
    client_ip: Option<std::net::IpAddr>,
    request_id: &str,
) {
    state.audit.record(&Event {
        event: if outcome == "rolled_back" {
            "rollback"
        } else {
            "change"
        },
        outcome,
        mailbox: Some(mailbox.as_str()),
        client_ip,
        request_id,
    });
}

/// The notification mail goes out after the response; its outcome is
/// audited and counted, and never undoes the change.
fn notify_after_response(
    state: &Data<AppState>,
    mailbox: EmailAddress,
    lang: Lang,
    at: std::time::SystemTime,
    client_ip: Option<std::net::IpAddr>,
    request_id: String,
) {
    let Some(notifier) = state.notifier.clone() else {
        return;
    };
    let audit = Arc::clone(&state.audit);
    actix_web::rt::spawn(async move {
        let sent = notifier.notify_changed(&mailbox, lang, at, client_ip).await;
        audit.record(&Event {
            event: "notification",
            outcome: if sent { "sent" } else { "failed" },
            mailbox: Some(mailbox.as_str()),
            client_ip,
            request_id: &request_id,
        });
    });
}
