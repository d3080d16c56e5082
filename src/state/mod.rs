//! What the service remembers between requests: sessions, attempt limits
//! and the secret its cookies are signed with. Behind one trait, so that
//! one process keeps it in memory and several replicas could share it.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::change::VerifiedMailbox;
use crate::domain::EmailAddress;

pub mod config;
pub mod memory;
pub mod redis;

pub use config::{RedisConfig, StateKind, StateSettings};
pub use memory::MemoryState;
pub use redis::RedisState;

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("the shared state is unavailable: {0}")]
    Unavailable(String),
    /// Too many sessions are open; none is pushed out to make room.
    #[error("too many sessions are open")]
    Full,
}

/// An attempt against a quota: allowed, or the wait until it would be.
pub type Decision = Result<(), Duration>;

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

/// A login between the two steps.
#[derive(Debug, Clone)]
pub struct Session {
    pub verified: Arc<VerifiedMailbox>,
    pub created: SystemTime,
}

#[async_trait]
pub trait StateStore: Send + Sync {
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
    ) -> Result<Result<u64, Duration>, StateError>;

    async fn settle(&self, key: &str, id: u64, settlement: Settlement) -> Result<(), StateError>;

    /// Keeps a session for `ttl`; a mailbox holds at most `per_mailbox`
    /// (its own oldest goes), and a full store refuses rather than push
    /// out anyone else's.
    async fn put_session(
        &self,
        token: &str,
        session: Session,
        ttl: Duration,
        per_mailbox: usize,
    ) -> Result<(), StateError>;

    /// The session, left in place.
    async fn peek_session(&self, token: &str) -> Result<Option<Session>, StateError>;

    /// The session, taken out: nobody can use this token again.
    async fn take_session(&self, token: &str) -> Result<Option<Session>, StateError>;

    async fn remove_session(&self, token: &str) -> Result<(), StateError>;

    /// Ends every session of `mailbox` (after its password changed).
    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), StateError>;

    /// The key cookies and CSRF tokens are signed with.
    async fn secret(&self) -> Result<[u8; 32], StateError>;

    /// Takes the change lock of `mailbox` for at most `ttl`: the holder's
    /// token, or `None` while someone else holds it.
    async fn lock_mailbox(
        &self,
        mailbox: &EmailAddress,
        ttl: Duration,
    ) -> Result<Option<String>, StateError>;

    /// Releases the lock if `holder` still holds it.
    async fn unlock_mailbox(&self, mailbox: &EmailAddress, holder: &str) -> Result<(), StateError>;

    /// Reachable, for `/readyz`.
    async fn ready(&self) -> Result<(), StateError> {
        Ok(())
    }
}
