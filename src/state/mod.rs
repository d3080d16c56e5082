//! What the service remembers between requests: sessions, attempt limits
//! and change locks, one trait per job. One process keeps them in memory;
//! several replicas share them in Redis.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::change::{MailboxLocks, ShownExamples, Unreachable, VerifiedMailbox, WebSessions};
use crate::domain::EmailAddress;

pub mod config;
mod expiring;
pub mod memory;
pub mod redis;

pub use config::{RedisConfig, StateKind, StateSettings};
pub use memory::MemoryState;
pub use redis::RedisState;

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("the shared state is unavailable: {0}")]
    Unavailable(String),
    /// Too many sessions are open, or (in memory) too many addresses have
    /// failure counts; nobody's is pushed out to make room.
    #[error("the state is full (sessions or failure counts)")]
    Full,
}

/// A lock that a panic elsewhere did not poison for good: every map of
/// the state stays consistent between its statements.
fn locked<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// An attempt against a quota: allowed, or the wait until it would be.
pub type Decision = Result<(), Duration>;

/// A failure slot reserved before a check, and the budget as it stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reserved {
    pub id: u64,
    /// Failures in the window and checks in flight before this one.
    pub used: u32,
    /// The oldest of them: the budget refills one window after it.
    pub oldest: Option<SystemTime>,
}

/// How a reserved attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settlement {
    /// The password was right: the key's failures are forgotten.
    Success,
    /// The password was wrong (or the check may have reached the server).
    Failure,
    /// Nothing was checked (an outage): the slot is given back.
    Void,
}

/// What became of a session a form took out, for a second submission of
/// the same form (a double click, a reload) to answer the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The first submission is still at work.
    InProgress,
    /// Its change succeeded, for this mailbox, with the new password
    /// whose keyed digest is `form` (a second submission of another
    /// password is not told that its own was set).
    Changed {
        mailbox: EmailAddress,
        form: [u8; 32],
    },
    /// It was refused and the session lives on under this token.
    Retry(String),
    /// The session ended without a change (the password changed elsewhere).
    Ended,
}

/// A login between the two steps.
#[derive(Debug, Clone)]
pub struct Session {
    pub verified: Arc<VerifiedMailbox>,
    pub created: SystemTime,
}

/// Sessions one mailbox may hold at once: its own oldest goes first, so
/// nobody can push out other people's sessions by logging in often.
pub const SESSIONS_PER_MAILBOX: usize = 5;
/// Sessions kept at most, all mailboxes together; a full store refuses a
/// login rather than push out anyone else's session.
pub const MAX_SESSIONS: usize = 10_000;

/// Attempt limits: rates and failure budgets.
#[async_trait]
pub trait Limits: Send + Sync {
    /// One attempt against `count` per `period` for `key` (GCRA: the
    /// budget refills evenly, bursts up to `count`).
    async fn take(&self, key: &str, count: u32, period: Duration) -> Result<Decision, StateError>;

    /// Reserves one of `budget` failure slots of `key` before a check: the
    /// failures of the last `window` and the checks still in flight count
    /// together, so parallel attempts get no more checks than sequential
    /// ones. An unsettled reservation counts as a failure after `hold`.
    async fn reserve(
        &self,
        key: &str,
        budget: u32,
        window: Duration,
        hold: Duration,
    ) -> Result<Result<Reserved, Duration>, StateError>;

    async fn settle(&self, key: &str, id: u64, settlement: Settlement) -> Result<(), StateError>;
}

/// The logins between the two steps.
#[async_trait]
pub trait Sessions: Send + Sync {
    /// Keeps a session for `ttl`; a mailbox holds at most
    /// [`SESSIONS_PER_MAILBOX`] (its own oldest goes), and a full store
    /// refuses rather than push out anyone else's.
    async fn put_session(
        &self,
        token: &str,
        session: Session,
        ttl: Duration,
    ) -> Result<(), StateError>;

    /// The session, left in place.
    async fn peek_session(&self, token: &str) -> Result<Option<Session>, StateError>;

    /// The session, taken out: nobody can use this token again.
    async fn take_session(&self, token: &str) -> Result<Option<Session>, StateError>;

    async fn remove_session(&self, token: &str) -> Result<(), StateError>;

    /// Ends every session of `mailbox` (after its password changed).
    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), StateError>;

    /// Remembers what became of the session `token` named, for `ttl`.
    async fn put_outcome(
        &self,
        token: &str,
        outcome: Outcome,
        ttl: Duration,
    ) -> Result<(), StateError>;

    /// What became of the session `token` named, if it was taken lately.
    async fn outcome(&self, token: &str) -> Result<Option<Outcome>, StateError>;
}

/// A whole backend: limits, sessions, and the change locks and session
/// ends the change flow asks for.
#[async_trait]
pub trait StateStore: Limits + Sessions + MailboxLocks + WebSessions + ShownExamples {
    /// Reachable, for `/readyz`.
    async fn ready(&self) -> Result<(), StateError> {
        Ok(())
    }
}

impl From<StateError> for Unreachable {
    fn from(e: StateError) -> Self {
        Unreachable(e.to_string())
    }
}

/// The change flow ends web sessions through any backend's [`Sessions`].
#[async_trait]
impl<T: Sessions> WebSessions for T {
    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), Unreachable> {
        Ok(Sessions::end_sessions(self, mailbox).await?)
    }
}
