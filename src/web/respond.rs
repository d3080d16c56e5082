//! How a handler answers: HTML responses, redirects built from the public
//! URL, and the error page of a [`Failure`].

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};
use maud::Markup;

use super::errors::Failure;
use super::views::pages;
use super::views::Lang;
use super::{AppState, CookieName};

pub fn html(status: StatusCode) -> HttpResponseBuilder {
    let mut builder = HttpResponse::build(status);
    builder.content_type(ContentType::html());
    builder
}

pub fn respond(mut builder: HttpResponseBuilder, markup: Markup) -> HttpResponse {
    builder.body(markup.into_string())
}

pub fn see_other(state: &AppState, path: &str) -> HttpResponseBuilder {
    let mut builder = HttpResponse::SeeOther();
    builder.insert_header((header::LOCATION, state.absolute(path)));
    builder
}

/// Remembers an explicit language choice (`?lang=`) for later pages.
pub fn remember_lang(
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

pub fn error_page(state: &AppState, lang: Lang, failure: &Failure) -> HttpResponse {
    error_response(html(failure.status()), state, lang, failure)
}

/// The page for a failure, with `Retry-After` where one applies.
pub fn error_response(
    mut builder: HttpResponseBuilder,
    state: &AppState,
    lang: Lang,
    failure: &Failure,
) -> HttpResponse {
    let t = |id: &str| lang.t(id);
    let heading = match failure {
        Failure::Unavailable
        | Failure::NotSaved
        | Failure::NotConfirmed
        | Failure::Overloaded
        | Failure::CheckUnavailable
        | Failure::Uncertain => t("unavailable-heading"),
        Failure::Csrf => t("forbidden-heading"),
        Failure::NotFound => t("not-found-heading"),
        Failure::RateLimited(_) | Failure::Busy => t("rate-limited-heading"),
        Failure::LinkGone(_) => t("link-gone-heading"),
        _ => t("error-heading"),
    };
    let markup = pages::error(&state.page(lang, "/"), &heading, &failure.message(lang));
    if let Some(secs) = failure.retry_after() {
        builder.insert_header((header::RETRY_AFTER, secs.to_string()));
    }
    respond(builder, markup)
}

/// The JSON answer for a failure: `{"error": {"code", "message",
/// "violations": [{"code", "message"}], "retry_after"?}}`.
pub fn json_failure(failure: &Failure, lang: Lang) -> HttpResponse {
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
