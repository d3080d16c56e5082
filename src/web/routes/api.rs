//! The JSON API: one request does both steps.

use actix_web::error::{InternalError, JsonPayloadError, PayloadError};
use actix_web::http::header;
use actix_web::http::StatusCode;
use actix_web::web::{self, Data, Json};
use actix_web::{HttpRequest, HttpResponse};

use super::login::attempt_login;
use crate::change::{Authority, Via};
use crate::domain::Password;
use crate::web::errors::Failure;
use crate::web::extract::{same_origin, DeviceCookie};
use crate::web::forms::{ApiRequest, FORM_LIMIT};
use crate::web::views::Lang;
use crate::web::AppState;

pub(super) fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(FORM_LIMIT)
        .content_type_required(true)
        .content_type(|mime| mime.essence_str() == "application/json")
        .error_handler(json_error)
}

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
        JsonPayloadError::Payload(PayloadError::Io(ref e))
            if e.kind() == std::io::ErrorKind::TimedOut =>
        {
            Failure::RequestTimeout
        }
        _ => Failure::BadRequest,
    };
    let lang = req
        .app_data::<Data<AppState>>()
        .map_or(Lang::En, |s| s.lang(req));
    InternalError::from_response(err, json_failure(&failure, lang)).into()
}

pub(super) async fn change_password(
    req: HttpRequest,
    state: Data<AppState>,
    body: Json<ApiRequest>,
    device: DeviceCookie,
) -> HttpResponse {
    let lang = state.lang(&req);
    if !same_origin(&req, &state) {
        return json_failure(&Failure::Csrf, lang);
    }
    let ApiRequest {
        email,
        current_password,
        new_password,
    } = body.into_inner();
    let origin = state.origin(&req, Via::Api, lang);
    let new = match Password::parse(new_password) {
        Ok(p) => p,
        Err(e) => {
            let mut response = json_failure(&Failure::InvalidPassword(e), lang);
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return response;
        }
    };
    // Login and change run to their end (audit lines, settlement, the
    // change and its mail) whatever the client does meanwhile.
    let task = actix_web::rt::spawn({
        let state = state.clone();
        async move {
            let verified =
                attempt_login(&state, &email, current_password, &origin, &device).await?;
            state
                .changes
                .change(Authority::Employee(&verified), &new, &origin)
                .await
                .map_err(|failure| Failure::from_told(failure.told))
        }
    });
    match task.await {
        Ok(Ok(_)) => HttpResponse::Ok().json(serde_json::json!({ "status": "changed" })),
        Ok(Err(failure)) => json_failure(&failure, lang),
        Err(_) => json_failure(&Failure::Internal, lang),
    }
}
