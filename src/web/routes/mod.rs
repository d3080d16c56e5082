//! The route table, security headers and the static assets.

use actix_web::http::header;
use actix_web::middleware::DefaultHeaders;
use actix_web::web::{self, Data, ServiceConfig};
use actix_web::{HttpRequest, HttpResponse};

use super::errors::Failure;
use super::respond::error_page;
use super::AppState;

mod admin;
mod api;
pub(super) mod deadline;
mod forgot;
mod login;
mod openapi;
mod password;
mod probes;
mod recovery;
mod reset;

pub use deadline::body_deadline;

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
        // Forms are read as bytes and checked before decoding (see
        // `CheckedForm`).
        cfg.app_data(web::PayloadConfig::new(crate::web::forms::FORM_LIMIT))
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
        .route(
            "/api/v1/admin/mailboxes/{email}/password",
            web::put().to(admin::set_password),
        )
        .route(
            "/api/v1/admin/mailboxes/{email}/reset-link",
            web::post().to(admin::reset_link),
        )
        .route(
            "/api/v1/admin/mailboxes/{email}/end-sessions",
            web::post().to(admin::end_sessions),
        )
        .route("/api/v1/openapi.json", web::get().to(openapi::document))
        .route("/forgot", web::get().to(forgot::page))
        .route("/forgot", web::post().to(forgot::submit))
        .route("/recovery", web::get().to(recovery::page))
        .route("/recovery", web::post().to(recovery::submit))
        .route(
            "/recovery/confirm/{token}",
            web::get().to(recovery::confirm_page),
        )
        .route(
            "/recovery/confirm/{token}",
            web::post().to(recovery::confirm),
        )
        .route("/reset/{token}", web::get().to(reset::page))
        .route("/reset/{token}", web::post().to(reset::submit))
}

async fn change_password_url(state: Data<AppState>) -> HttpResponse {
    HttpResponse::Found()
        .insert_header((header::LOCATION, state.absolute("/")))
        .finish()
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
