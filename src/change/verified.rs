//! Proof that the current password of a mailbox was checked.

use crate::auth::Usage;
use crate::domain::{EmailAddress, Password, PasswordHash};

/// Proof that the current password of this mailbox was checked. Only
/// [`super::ChangeService::login`] makes one, so a change can only ever
/// apply to the identity that logged in, whatever a later form says.
#[derive(Clone)]
pub struct VerifiedMailbox {
    pub(super) mailbox: EmailAddress,
    pub(super) current: Password,
    /// The stored hash when the login was checked: a change writes only
    /// over this one, so a session opened before another change of the
    /// same mailbox (here, by another replica or by `set-password`) cannot
    /// overwrite it.
    pub(super) stored: PasswordHash,
    /// Storage use, where the mail server reported a quota at login.
    pub(super) usage: Option<Usage>,
}

impl VerifiedMailbox {
    pub fn mailbox(&self) -> &EmailAddress {
        &self.mailbox
    }

    pub fn usage(&self) -> Option<Usage> {
        self.usage
    }

    pub(crate) fn parts(&self) -> VerifiedParts {
        VerifiedParts {
            mailbox: self.mailbox.clone(),
            current: self.current.clone(),
            stored: self.stored.clone(),
            usage: self.usage,
        }
    }

    pub(crate) fn from_parts(parts: VerifiedParts) -> Self {
        Self {
            mailbox: parts.mailbox,
            current: parts.current,
            stored: parts.stored,
            usage: parts.usage,
        }
    }
}

impl std::fmt::Debug for VerifiedMailbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VerifiedMailbox({})", self.mailbox)
    }
}

/// A [`VerifiedMailbox`] taken apart, for a state store shared by several
/// replicas to keep between the two steps. Only a login makes the parts;
/// a store gives back exactly what it was given (sealed, see
/// `state::redis`), so a change still applies only to who logged in.
pub struct VerifiedParts {
    pub mailbox: EmailAddress,
    pub current: Password,
    pub stored: PasswordHash,
    pub usage: Option<Usage>,
}

#[derive(Debug)]
pub enum LoginOutcome {
    Verified(VerifiedMailbox),
    Rejected,
}
