//! Telling Dovecot to forget what its auth cache knows about a mailbox,
//! and to end a mailbox's open mail sessions after a change.
//! With `auth_cache_size` set, an `sql` passdb keeps accepting the old
//! password (and, after a mistyped login, refusing the new one) for up to
//! `auth_cache_ttl`; a change is only "active at once" after a flush.

use std::sync::Arc;

use async_trait::async_trait;
use url::Url;

use crate::domain::EmailAddress;

mod command;
pub mod config;
mod doveadm_api;

pub use command::FlushCommand;
pub use config::{AuthCacheSettings, CacheFlush, FlushConfig, MailSessionsSettings};
pub use doveadm_api::{ApiVersion, DoveadmApi};

#[derive(Debug, thiserror::Error)]
pub enum FlushError {
    #[error("doveadm API at {url}: {reason}")]
    Http { url: Url, reason: String },
    #[error("doveadm API refused the API key (HTTP 401); check doveadm_api_key")]
    Unauthorized,
    #[error("doveadm API answered HTTP {0}")]
    Status(u16),
    #[error("doveadm API: {0}")]
    Refused(String),
    #[error("{program}: {reason}")]
    Command { program: String, reason: String },
    #[error("setup: {0}")]
    Setup(String),
}

#[async_trait]
pub trait AuthCacheFlusher: Send + Sync {
    /// Drops the cached passdb entries of `mailbox`.
    async fn flush(&self, mailbox: &EmailAddress) -> Result<(), FlushError>;
    /// Reachable and allowed, without flushing anything.
    async fn probe(&self) -> Result<(), FlushError>;

    /// Before a write: whether a flush can be made at all (known without
    /// asking again), so that nothing is written that could not be made
    /// effective.
    async fn preflight(&self) -> Result<(), FlushError> {
        Ok(())
    }

    /// What answers, for `check-config` (e.g. the Dovecot version).
    async fn describe(&self) -> Option<String> {
        None
    }
}

/// Ends a mailbox's open IMAP/POP3 sessions (doveadm `kick`), so that
/// programs logged in with the old password must log in again.
#[async_trait]
pub trait SessionKicker: Send + Sync {
    async fn kick(&self, mailbox: &EmailAddress) -> Result<(), FlushError>;
    /// Reachable and allowed, without ending anything.
    async fn probe(&self) -> Result<(), FlushError>;
}

/// The kicker a checked `[mail_sessions]` section describes, if any.
pub fn kicker_from_config(
    config: FlushConfig,
) -> Result<Option<Arc<dyn SessionKicker>>, FlushError> {
    Ok(doveadm_from_config(config)?.map(|doveadm| match doveadm {
        Doveadm::Api(api) => Arc::new(api) as Arc<dyn SessionKicker>,
        Doveadm::Command(command) => Arc::new(command),
    }))
}

/// The flusher a checked `[auth_cache]` section describes, if any.
pub fn from_config(config: FlushConfig) -> Result<Option<Arc<dyn AuthCacheFlusher>>, FlushError> {
    Ok(doveadm_from_config(config)?.map(|doveadm| match doveadm {
        Doveadm::Api(api) => Arc::new(api) as Arc<dyn AuthCacheFlusher>,
        Doveadm::Command(command) => Arc::new(command),
    }))
}

/// Either way to reach doveadm; each both flushes and kicks.
enum Doveadm {
    Api(DoveadmApi),
    Command(FlushCommand),
}

fn doveadm_from_config(config: FlushConfig) -> Result<Option<Doveadm>, FlushError> {
    Ok(match config {
        FlushConfig::None => None,
        FlushConfig::DoveadmApi {
            url,
            api_key,
            ca_file,
            timeout,
        } => Some(Doveadm::Api(DoveadmApi::new(
            url,
            secrecy::ExposeSecret::expose_secret(&api_key),
            ca_file.as_deref(),
            timeout,
        )?)),
        FlushConfig::Command {
            program,
            args,
            timeout,
        } => Some(Doveadm::Command(FlushCommand::new(program, args, timeout))),
    })
}
