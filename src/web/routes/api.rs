//! The JSON API: one request does both steps.

use actix_web::error::{InternalError, JsonPayloadError, PayloadError};
use actix_web::http::StatusCode;
use actix_web::web::{self, Data, Json};
use actix_web::{HttpRequest, HttpResponse};

use super::login::attempt_login_once;
use crate::change::{Authority, Via};
use crate::domain::Password;
use crate::web::errors::Failure;
use crate::web::extract::{same_origin, DeviceCookie};
use crate::web::forms::{ApiRequest, FORM_LIMIT};
use crate::web::respond::json_failure;
use crate::web::views::Lang;
use crate::web::AppState;

pub(super) fn json_config() -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(FORM_LIMIT)
        .content_type_required(true)
        .content_type(|mime| mime.essence_str() == "application/json")
        .error_handler(json_error)
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

/// The JSON shape of every failure of the APIs.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// A stable name: `invalid_credentials`, `policy`, `unavailable`,
    /// `not_saved`, `rate_limited` …
    pub code: String,
    /// In the language of `Accept-Language`.
    pub message: String,
    /// Every rule the new password breaks.
    pub violations: Vec<ViolationBody>,
    /// Seconds to wait, with 429 and 503.
    pub retry_after: Option<u64>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ViolationBody {
    pub code: String,
    pub message: String,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ChangedBody {
    /// Always `changed`.
    pub status: String,
}

/// Change a mailbox's password with its current one (both steps at once).
#[utoipa::path(
    post,
    path = "/api/v1/password",
    request_body = ApiRequest,
    responses(
        (status = 200, description = "Changed and in force", body = ChangedBody),
        (status = 401, description = "Wrong password, unknown mailbox or foreign domain", body = ErrorBody),
        (status = 422, description = "The new password breaks the policy; nothing changed", body = ErrorBody),
        (status = 429, description = "Too many attempts", body = ErrorBody),
        (status = 503, description = "Nothing changed (the mail server or the store is unavailable)", body = ErrorBody),
    ),
    tag = "employee"
)]
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
    let task = actix_web::rt::spawn(crate::request_deadline::carry({
        let state = state.clone();
        async move {
            let verified = attempt_login_once(&state, &email, current_password, &origin, &device)
                .await
                .result?;
            state
                .changes
                .change(Authority::Employee(&verified), &new, &origin)
                .await
                .map_err(|failure| Failure::from_told(failure.told))
        }
    }));
    match task.await {
        Ok(Ok(_)) => HttpResponse::Ok().json(serde_json::json!({ "status": "changed" })),
        Ok(Err(failure)) => json_failure(&failure, lang),
        Err(_) => json_failure(&Failure::Internal, lang),
    }
}
