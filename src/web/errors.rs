//! Every way a request can fail, mapped to HTTP and to words in one place.
//! Users read a calm message in their language; the log gets the cause
//! chain; neither sees a password.

use actix_web::http::StatusCode;

use crate::auth::AuthError;
use crate::change::ChangeError;
use crate::domain::{AddressError, PasswordError};
use crate::hash::HashError;
use crate::i18n::{address_error, password_error, violation, Lang};
use crate::policy::Violation;
use crate::state::StateError;
use crate::store::StoreError;

#[derive(Debug)]
pub enum Failure {
    /// Missing or wrong CSRF token: nothing was checked.
    Csrf,
    InvalidAddress(AddressError),
    InvalidPassword(PasswordError),
    /// Wrong password, unknown mailbox or foreign domain: one answer for all.
    LoginFailed,
    Policy(Vec<Violation>),
    /// The two entries differ; the rules the first one breaks come along.
    Mismatch(Vec<Violation>),
    /// The mail server or the store cannot be reached: nothing changed.
    Unavailable,
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
            Failure::Policy(_) | Failure::Mismatch(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Failure::Unavailable | Failure::NotConfirmed | Failure::Uncertain => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Failure::NotInStore | Failure::Superseded => StatusCode::CONFLICT,
            Failure::Overloaded | Failure::CheckUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Failure::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Failure::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Failure::RateLimited(_) | Failure::Busy => StatusCode::TOO_MANY_REQUESTS,
            Failure::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Failure::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::NotFound => StatusCode::NOT_FOUND,
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
            Failure::InvalidPassword(_) => "invalid_password",
            Failure::Policy(_) => "policy",
            Failure::Mismatch(_) => "mismatch",
            Failure::Unavailable => "unavailable",
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
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let t = lang.t();
        match self {
            Failure::Csrf => t.forbidden.to_owned(),
            Failure::InvalidAddress(e) => address_error(lang, e),
            Failure::InvalidPassword(e) => password_error(lang, e),
            Failure::LoginFailed => t.login_failed.to_owned(),
            Failure::Policy(_) => t.violations_heading.to_owned(),
            Failure::Mismatch(_) => t.passwords_differ.to_owned(),
            Failure::Unavailable => t.unavailable.to_owned(),
            Failure::NotConfirmed => t.not_confirmed.to_owned(),
            Failure::Uncertain => match lang {
                Lang::De => "Wir konnten nicht feststellen, ob Ihr neues Passwort gespeichert wurde. Bitte melden Sie sich in Ihrem E-Mail-Programm mit dem neuen Passwort an; klappt das nicht, gilt Ihr bisheriges Passwort weiter. Im Zweifel hilft der Support.".to_owned(),
                Lang::En => "We could not find out whether your new password was saved. Please log in to your mail with the new password; if that fails, your previous password still works. If in doubt, contact support.".to_owned(),
            },
            Failure::NotInStore => match lang {
                Lang::De => "Für dieses Postfach kann das Passwort hier nicht geändert werden. Bitte wenden Sie sich an den Support.".to_owned(),
                Lang::En => "The password of this mailbox cannot be changed here. Please contact support.".to_owned(),
            },
            Failure::Internal => t.internal.to_owned(),
            Failure::Overloaded => match lang {
                Lang::De => "Gerade ändern sehr viele ihr Passwort. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Sekunden erneut.".to_owned(),
                Lang::En => "Very many people are changing passwords right now. Your password was not changed. Please try again in a few seconds.".to_owned(),
            },
            Failure::Superseded => match lang {
                Lang::De => "Das Passwort dieses Postfachs wurde inzwischen geändert. Bitte melden Sie sich mit dem aktuellen Passwort neu an.".to_owned(),
                Lang::En => "The password of this mailbox has been changed in the meantime. Please log in again with the current password.".to_owned(),
            },
            Failure::CheckUnavailable => match lang {
                Lang::De => "Ob das neue Passwort bei Datenlecks bekannt geworden ist, kann gerade nicht geprüft werden. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut.".to_owned(),
                Lang::En => "Whether the new password appeared in data breaches cannot be checked right now. Your password was not changed. Please try again in a few minutes.".to_owned(),
            },
            Failure::RequestTimeout => match lang {
                Lang::De => "Die Anfrage kam zu langsam an. Bitte versuchen Sie es noch einmal.".to_owned(),
                Lang::En => "The request arrived too slowly. Please try again.".to_owned(),
            },
            Failure::RateLimited(wait) => crate::i18n::rate_limited(lang, *wait),
            Failure::Busy => crate::i18n::rate_limited(lang, Self::BUSY_RETRY),
            Failure::TooLarge => t.too_large.to_owned(),
            Failure::BadRequest | Failure::UnsupportedMediaType => t.bad_request.to_owned(),
            Failure::NotFound => t.not_found.to_owned(),
        }
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
                tracing::warn!("the session store is full");
                Failure::Overloaded
            }
            StateError::Unavailable(_) => {
                tracing::error!(error = %error, "state store unavailable");
                Failure::Unavailable
            }
        }
    }

    /// Classifies a failed change and logs its cause.
    pub fn from_change(error: ChangeError) -> Self {
        match error {
            ChangeError::FlushUnavailable(ref e) => {
                tracing::error!(error = %e, "auth cache flush impossible; nothing written");
                Failure::Unavailable
            }
            ChangeError::Superseded => {
                tracing::warn!("the password changed since this login; nothing written");
                Failure::Superseded
            }
            ChangeError::Hash(HashError::Busy)
            | ChangeError::Auth(AuthError::Hash(HashError::Busy)) => {
                tracing::warn!("too many hashes waiting");
                Failure::Overloaded
            }
            ChangeError::Policy(violations) => Failure::Policy(violations),
            ChangeError::PolicyUnavailable(ref e) => {
                tracing::error!(error = %e, "password not checked against breached passwords; refused (on_error = \"refuse\")");
                Failure::CheckUnavailable
            }
            ChangeError::Store(StoreError::UnknownUser(ref user)) => {
                tracing::error!(mailbox = %user, "passed the login but has no entry in the credential store");
                Failure::NotInStore
            }
            ChangeError::Store(ref e @ StoreError::UpdateMatched { .. }) => {
                tracing::error!(error = %e, "update_query does not match exactly one row");
                Failure::NotInStore
            }
            ChangeError::Store(ref e @ StoreError::BadStoredValue { .. }) => {
                tracing::error!(error = %e, "the stored password cannot be read back");
                Failure::NotInStore
            }
            ChangeError::Store(ref e @ StoreError::DuplicateUser { .. }) => {
                tracing::error!(error = %e, "credential store is ambiguous");
                Failure::NotInStore
            }
            ChangeError::NotConfirmed { ref reason } => {
                tracing::error!(%reason, "change not confirmed by the mail server, rolled back");
                Failure::NotConfirmed
            }
            ChangeError::RestoreFailed {
                ref reason,
                ref restore,
            } => {
                tracing::error!(%reason, %restore, "CHANGE NOT CONFIRMED AND ROLLBACK FAILED: the new password may be stored");
                Failure::Uncertain
            }
            ChangeError::Store(ref e @ StoreError::OutcomeUnknown { .. }) => {
                tracing::error!(error = %e, "the change may or may not have been stored");
                Failure::Uncertain
            }
            ChangeError::Auth(AuthError::Busy) => {
                tracing::warn!("too many IMAP logins in flight");
                Failure::Busy
            }
            ChangeError::Auth(ref e) => {
                tracing::error!(error = %e, "mail server unavailable");
                Failure::Unavailable
            }
            ChangeError::Store(ref e) => {
                tracing::error!(error = %e, "credential store unavailable");
                Failure::Unavailable
            }
            ChangeError::Hash(ref e) => {
                tracing::error!(error = %e, "hashing failed");
                Failure::Internal
            }
        }
    }
}
