//! What the forms and the JSON API carry, decoded by serde (actix uses
//! serde_urlencoded and serde_json). Public for the fuzz targets.

use serde::Deserialize;

/// Form and JSON bodies larger than this are refused before parsing.
pub const FORM_LIMIT: usize = 4096;

/// `POST /login`. A duplicated or missing field fails decoding (400).
#[derive(Deserialize)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub csrf_token: String,
}

/// `POST /password`.
#[derive(Deserialize)]
pub struct NewPasswordForm {
    pub new_password: String,
    pub confirm_password: String,
    pub csrf_token: String,
    /// Sent by the hidden field that helps password managers; ignored:
    /// only the identity verified at login can be changed.
    #[serde(default, rename = "username")]
    pub _username: Option<String>,
}

/// `POST /forgot`.
#[derive(Deserialize)]
pub struct ForgotForm {
    pub email: String,
    pub csrf_token: String,
}

/// `POST /recovery`.
#[derive(Deserialize)]
pub struct RecoveryForm {
    pub recovery: String,
    pub csrf_token: String,
}

/// `POST /logout`.
#[derive(Deserialize)]
pub struct LogoutForm {
    pub csrf_token: String,
}

/// `POST /api/v1/password`.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct ApiRequest {
    pub email: String,
    pub current_password: String,
    pub new_password: String,
}

/// A form that carries the page's CSRF token.
pub trait CsrfProtected {
    fn csrf_token(&self) -> &str;
}

impl CsrfProtected for LoginForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl CsrfProtected for NewPasswordForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl CsrfProtected for ForgotForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// `POST /recovery/confirm/{token}`: the button, nothing else.
#[derive(Deserialize)]
pub struct ConfirmForm {
    pub csrf_token: String,
}

impl CsrfProtected for ConfirmForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl CsrfProtected for RecoveryForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

impl CsrfProtected for LogoutForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}
