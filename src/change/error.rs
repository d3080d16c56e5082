//! Everything that can stop a change, and the one place that decides what
//! a person is told about it: the pages, the JSON APIs and the CLI only
//! render the [`Told`] this file makes.

use crate::auth::AuthError;
use crate::hash::HashError;
use crate::policy::{PolicyError, Violation};
use crate::store::StoreError;

/// Everything that can stop a change; each leaves the store as it was,
/// except where the variant says the outcome is unknown.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the new password breaks {} rule(s)", .0.len())]
    Policy(Vec<Violation>),
    #[error(transparent)]
    PolicyUnavailable(#[from] PolicyError),
    #[error("cannot check the password: {0}")]
    Auth(#[from] AuthError),
    #[error("cannot write the new password: {0}")]
    Store(#[from] StoreError),
    #[error(transparent)]
    Hash(#[from] HashError),
    #[error("the password was changed since this login; nothing was written")]
    Superseded,
    #[error("Dovecot's auth cache cannot be flushed, so nothing was written: {0}")]
    FlushUnavailable(crate::auth_cache::FlushError),
    #[error("the mail server did not accept the new password ({reason}); the old password was restored and still works")]
    NotConfirmed { reason: String },
    #[error("the new password did not take effect ({reason}): another program put an older copy of the credential store back, so the old password stands")]
    RevertedElsewhere { reason: String },
    #[error("the mail server did not accept the new password ({reason}), and restoring the old one failed: {restore}")]
    RestoreFailed { reason: String, restore: StoreError },
    #[error("another change of this mailbox is still running; nothing was written")]
    Locked,
    #[error("the change lock cannot be taken ({0}); nothing was written")]
    LockUnavailable(String),
}

/// What a person is told about a change that did not simply succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Told {
    /// Nothing changed: the new password breaks these rules.
    Refused(Vec<Violation>),
    /// Nothing changed (or the change was undone), for this reason.
    NothingChanged(Why),
    /// Whether the new password was stored cannot be said.
    Unknown,
}

/// Why nothing changed, in the terms a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The mail server or the shared state cannot be reached.
    Unavailable,
    /// The credential store cannot take the new password now (a full
    /// disk, a read-only directory, a database that is down); the old one
    /// stays.
    NotSaved,
    /// Too many logins in flight, or another change of this mailbox.
    Busy,
    /// Too many hashes waiting.
    Overloaded,
    /// A required check of the new password cannot be made now.
    CheckUnavailable,
    /// The mailbox has no usable entry in the credential store.
    NotInStore,
    /// The password changed since this login (elsewhere).
    Superseded,
    /// Written, not accepted by the mail server, and undone.
    NotConfirmed,
    Internal,
}

impl Told {
    /// Stable names, for the JSON API and the audit log.
    pub fn code(&self) -> &'static str {
        match self {
            Told::Refused(_) => "policy",
            Told::Unknown => "uncertain",
            Told::NothingChanged(why) => why.code(),
        }
    }
}

impl Why {
    pub fn code(self) -> &'static str {
        match self {
            Why::Unavailable => "unavailable",
            Why::NotSaved => "not_saved",
            Why::Busy => "busy",
            Why::Overloaded => "overloaded",
            Why::CheckUnavailable => "check_unavailable",
            Why::NotInStore => "not_in_store",
            Why::Superseded => "superseded",
            Why::NotConfirmed => "not_confirmed",
            Why::Internal => "internal",
        }
    }
}

impl ChangeError {
    /// What a person is told, with the cause logged once, here.
    pub fn classify(&self) -> Told {
        use Why::*;
        let why = match self {
            ChangeError::Policy(violations) => return Told::Refused(violations.clone()),
            ChangeError::RestoreFailed { reason, restore } => {
                tracing::error!(%reason, %restore, "CHANGE NOT CONFIRMED AND ROLLBACK FAILED: the new password may be stored");
                return Told::Unknown;
            }
            ChangeError::Store(e @ StoreError::OutcomeUnknown { .. }) => {
                tracing::error!(error = %e, "the change may or may not have been stored");
                return Told::Unknown;
            }
            ChangeError::FlushUnavailable(e) => {
                tracing::error!(error = %e, "auth cache flush impossible; nothing written");
                Unavailable
            }
            ChangeError::Superseded => {
                tracing::warn!("the password changed since this login; nothing written");
                Superseded
            }
            ChangeError::RevertedElsewhere { .. } => NotSaved, // logged at the restore
            ChangeError::Hash(HashError::Busy)
            | ChangeError::Auth(AuthError::Hash(HashError::Busy)) => {
                tracing::warn!("too many hashes waiting");
                Overloaded
            }
            ChangeError::PolicyUnavailable(e) => {
                tracing::error!(error = %e, "password not checked against breached passwords; refused (on_error = \"refuse\")");
                CheckUnavailable
            }
            ChangeError::Store(
                e @ (StoreError::UnknownUser(_)
                | StoreError::UpdateMatched { .. }
                | StoreError::BadStoredValue { .. }
                | StoreError::DuplicateUser { .. }),
            ) => {
                tracing::error!(error = %e, "the mailbox passed the login but its entry in the credential store cannot be changed");
                NotInStore
            }
            ChangeError::NotConfirmed { reason } => {
                tracing::error!(%reason, "change not confirmed by the mail server, rolled back");
                NotConfirmed
            }
            ChangeError::Auth(AuthError::Busy) => {
                tracing::warn!("too many IMAP logins in flight");
                Busy
            }
            ChangeError::Locked => {
                tracing::warn!("another change of this mailbox held the lock too long");
                Busy
            }
            ChangeError::LockUnavailable(e) => {
                tracing::error!(error = %e, "change lock unavailable");
                Unavailable
            }
            ChangeError::Auth(e) => {
                tracing::error!(error = %e, "mail server unavailable");
                Unavailable
            }
            ChangeError::Store(e) => {
                tracing::error!(error = %e, "the new password cannot be stored");
                NotSaved
            }
            ChangeError::Hash(e) => {
                tracing::error!(error = %e, "hashing failed");
                Internal
            }
        };
        Told::NothingChanged(why)
    }
}

/// A change that did not happen (or whose outcome is unknown): what the
/// person is told, and the cause for the operator's log.
#[derive(Debug)]
pub struct ChangeFailure {
    pub told: Told,
    pub error: ChangeError,
}

impl std::fmt::Display for ChangeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl From<ChangeError> for ChangeFailure {
    fn from(error: ChangeError) -> Self {
        Self {
            told: error.classify(),
            error,
        }
    }
}
