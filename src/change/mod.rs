//! The rules of a password change and the one flow every entry point
//! calls; nothing of HTTP or of terminals. What a person is told about an
//! outcome is decided here ([`Told`]), once.

mod error;
mod flow;
mod ports;
mod service;
mod verified;

#[cfg(test)]
mod fakes;
#[cfg(test)]
mod tests;

pub use error::{ChangeError, ChangeFailure, Told, Why};
pub use flow::{Authority, Changed, Origin, Via};
pub use ports::{
    example_letters, LocalLocks, MailboxLocks, ShownExamples, Unreachable, WebSessions,
    EXAMPLES_PER_MAILBOX, EXAMPLE_MEMORY,
};
pub use service::{ChangeService, ConfirmPolicy};
pub use verified::{LoginOutcome, VerifiedMailbox, VerifiedParts};
