//! Every way a request can fail, mapped to HTTP and to words in one place.
//! Users read a calm message in their language; the log gets the cause
//! chain; neither sees a password.

use actix_web::http::StatusCode;

use crate::change::{ChangeError, Told, Why};
use crate::domain::{AddressError, PasswordError};
use crate::i18n::{address_error, password_error, violation, Lang};
use crate::policy::Violation;
use crate::state::StateError;

#[derive(Debug, Clone)]
pub enum Failure {
    /// Missing or wrong CSRF token: nothing was checked.
    Csrf,
    InvalidAddress(AddressError),
    InvalidPassword(PasswordError),
    /// The new-password form came with an empty field.
    EmptyFields {
        new: bool,
        confirm: bool,
    },
    /// Wrong password, unknown mailbox or foreign domain: one answer for all.
    LoginFailed,
    Policy(Vec<Violation>),
    /// The two entries differ; the rules the first one breaks come along.
    Mismatch(Vec<Violation>),
    /// The mail server or the store cannot be reached: nothing changed.
    Unavailable,
    /// The store cannot take the new password now: nothing changed.
    NotSaved,
    /// Written, not accepted by the mail server, and rolled back.
    NotConfirmed,
    /// We cannot tell whether the new password was stored.
    Uncertain,
    /// Passed the IMAP login but has no entry in our store.
    NotInStore,
    Internal,
    /// Too many attempts: try again after this long.
    RateLimited(std::time::Duration),
    /// Too many logins in flight at the mail server.
    Busy,
    /// Too many hashes waiting, or no room for another session: 503.
    Overloaded,
    /// The password changed since this login (elsewhere): log in again.
    Superseded,
    /// The request did not arrive in time.
    RequestTimeout,
    /// A required check of the new password cannot be made now.
    CheckUnavailable,
    TooLarge,
    BadRequest,
    UnsupportedMediaType,
    NotFound,
    /// The admin API: no token, or none of ours.
    Unauthorized,
    /// The admin API: a token of ours, not for this domain or action.
    Forbidden,
    /// The admin API: the store has no such mailbox.
    NoSuchMailbox,
    /// A reset link that is expired, used or altered.
    LinkGone(&'static str),
}

impl Failure {
    pub fn status(&self) -> StatusCode {
        match self {
            Failure::Csrf => StatusCode::FORBIDDEN,
            Failure::InvalidAddress(AddressError::DomainNotServed(_)) | Failure::LoginFailed => {
                StatusCode::UNAUTHORIZED
            }
            Failure::InvalidAddress(_) | Failure::InvalidPassword(_) | Failure::BadRequest => {
                StatusCode::BAD_REQUEST
            }
            Failure::Policy(_) | Failure::Mismatch(_) | Failure::EmptyFields { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Failure::Unavailable
            | Failure::NotSaved
            | Failure::NotConfirmed
            | Failure::Uncertain => StatusCode::SERVICE_UNAVAILABLE,
            Failure::NotInStore | Failure::Superseded => StatusCode::CONFLICT,
            Failure::Overloaded | Failure::CheckUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Failure::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Failure::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Failure::RateLimited(_) | Failure::Busy => StatusCode::TOO_MANY_REQUESTS,
            Failure::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Failure::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::NotFound | Failure::NoSuchMailbox => StatusCode::NOT_FOUND,
            Failure::Unauthorized => StatusCode::UNAUTHORIZED,
            Failure::Forbidden => StatusCode::FORBIDDEN,
            Failure::LinkGone(_) => StatusCode::GONE,
        }
    }

    /// Stable names for the JSON API.
    pub fn code(&self) -> &'static str {
        match self {
            Failure::Csrf => "csrf",
            Failure::InvalidAddress(AddressError::DomainNotServed(_)) | Failure::LoginFailed => {
                "invalid_credentials"
            }
            Failure::InvalidAddress(_) => "invalid_email",
            Failure::InvalidPassword(_) | Failure::EmptyFields { .. } => "invalid_password",
            Failure::Policy(_) => "policy",
            Failure::Mismatch(_) => "mismatch",
            Failure::Unavailable => "unavailable",
            Failure::NotSaved => "not_saved",
            Failure::NotConfirmed => "not_confirmed",
            Failure::Uncertain => "uncertain",
            Failure::NotInStore => "not_in_store",
            Failure::Internal => "internal",
            Failure::RateLimited(_) => "rate_limited",
            Failure::Busy => "busy",
            Failure::Overloaded => "overloaded",
            Failure::Superseded => "superseded",
            Failure::RequestTimeout => "request_timeout",
            Failure::CheckUnavailable => "check_unavailable",
            Failure::TooLarge => "too_large",
            Failure::BadRequest => "bad_request",
            Failure::UnsupportedMediaType => "unsupported_media_type",
            Failure::NotFound => "not_found",
            Failure::Unauthorized => "unauthorized",
            Failure::Forbidden => "forbidden",
            Failure::NoSuchMailbox => "no_such_mailbox",
            Failure::LinkGone(code) => code,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let id = match self {
            Failure::InvalidAddress(e) => return address_error(lang, e),
            Failure::InvalidPassword(e) => return password_error(lang, e),
            Failure::RateLimited(wait) => return crate::i18n::rate_limited(lang, *wait),
            Failure::Busy => return crate::i18n::rate_limited(lang, Self::BUSY_RETRY),
            Failure::Csrf => "forbidden",
            Failure::LoginFailed => "login-failed",
            Failure::Policy(_) => "violations-heading",
            Failure::Mismatch(_) => "passwords-differ",
            Failure::EmptyFields { new: true, .. } => "new-password-empty",
            Failure::EmptyFields { .. } => "confirm-password-empty",
            Failure::Unavailable => "unavailable",
            Failure::NotSaved => "not-saved",
            Failure::NotConfirmed => "not-confirmed",
            Failure::Uncertain => "uncertain",
            Failure::NotInStore => "not-in-store",
            Failure::Internal => "internal",
            Failure::Overloaded => "overloaded",
            Failure::Superseded => "superseded",
            Failure::CheckUnavailable => "check-unavailable",
            Failure::RequestTimeout => "request-timeout",
            Failure::TooLarge => "too-large",
            Failure::BadRequest | Failure::UnsupportedMediaType => "bad-request",
            Failure::NotFound => "not-found",
            Failure::Unauthorized => "admin-unauthorized",
            Failure::Forbidden => "admin-forbidden",
            Failure::NoSuchMailbox => "admin-no-such-mailbox",
            Failure::LinkGone(_) => "link-gone",
        };
        lang.t(id)
    }

    pub const BUSY_RETRY: std::time::Duration = std::time::Duration::from_secs(5);

    /// Seconds for a `Retry-After` header, for the failures that have one.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            Failure::RateLimited(wait) => Some(wait.as_secs() + u64::from(wait.subsec_nanos() > 0)),
            Failure::Busy | Failure::Overloaded => Some(Self::BUSY_RETRY.as_secs()),
            _ => None,
        }
    }

    /// Every violated rule in words (empty for other failures).
    pub fn violations(&self, lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            Failure::Policy(list) | Failure::Mismatch(list) => list
                .iter()
                .map(|v| (v.code(), violation(lang, v)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The state store (sessions, limits) failed: nothing was checked.
    pub fn from_state(error: StateError) -> Self {
        match error {
            StateError::Full => {
                tracing::warn!("the state is full (sessions or failure counts)");
                Failure::Overloaded
            }
            StateError::Unavailable(_) => {
                tracing::error!(error = %error, "state store unavailable");
                Failure::Unavailable
            }
        }
    }

    /// A failed change as the person is told about it.
    pub fn from_change(error: &ChangeError) -> Self {
        Self::from_told(error.classify())
    }

    pub fn from_told(told: Told) -> Self {
        match told {
            Told::Refused(violations) => Failure::Policy(violations),
            Told::Unknown => Failure::Uncertain,
            Told::NothingChanged(why) => match why {
                Why::Unavailable => Failure::Unavailable,
                Why::NotSaved => Failure::NotSaved,
                Why::Busy => Failure::Busy,
                Why::Overloaded => Failure::Overloaded,
                Why::CheckUnavailable => Failure::CheckUnavailable,
                Why::NotInStore => Failure::NotInStore,
                Why::Superseded => Failure::Superseded,
                Why::NotConfirmed => Failure::NotConfirmed,
                Why::Internal => Failure::Internal,
            },
        }
    }
}
