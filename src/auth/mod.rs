//! Checking a mailbox password: by an IMAP login against the mail server
//! (the source of truth), or against the stored hash.

use std::net::IpAddr;
use std::sync::Arc;

use async_trait::async_trait;

use crate::domain::{EmailAddress, Password};
use crate::hash::{HashError, Hasher};
use crate::store::{CredentialStore, StoreError};

pub mod config;
pub mod imap;
mod store_auth;

pub use config::{AuthMethod, AuthSettings};
pub use imap::{ImapAuthenticator, ImapTarget};
pub use store_auth::StoreAuthenticator;

/// A mailbox's storage use as the server reports it (RFC 9208 STORAGE,
/// in units of 1024 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    pub used_kib: u64,
    pub limit_kib: u64,
}

/// A wrong password is an answer, not an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Rejected,
}

/// The check could not be made: the password is neither right nor wrong.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("cannot connect to the IMAP server {server}: {reason}")]
    Connect { server: String, reason: String },
    #[error("the IMAP server {0} did not answer in time")]
    Timeout(String),
    #[error("the IMAP server closed the connection ({0})")]
    Bye(String),
    #[error("the IMAP server answered something unexpected ({0})")]
    Protocol(String),
    #[error("the IMAP server does not offer STARTTLS; refusing to send a password in the clear")]
    StartTlsUnavailable,
    #[error(
        "the IMAP server refuses LOGIN on this connection (LOGINDISABLED) and offers no AUTH=PLAIN"
    )]
    LoginDisabled,
    #[error("TLS with the IMAP server failed: {0}")]
    Tls(String),
    #[error("the IMAP server reports a temporary failure ({0})")]
    Unavailable(String),
    #[error("the credential store could not be read: {0}")]
    Store(#[source] StoreError),
    #[error(transparent)]
    Hash(#[from] HashError),
    #[error("too many logins in flight at the mail server")]
    Busy,
    #[error("the login check was cancelled")]
    Cancelled,
}

#[async_trait]
pub trait Authenticator: Send + Sync {
    /// Does this password open this mailbox right now?
    async fn verify(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError>;

    /// Like [`Authenticator::verify`], and, after a success, the mailbox's
    /// storage use where the server reports a quota (in the same session:
    /// no second login).
    async fn verify_reading_quota(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<(Verdict, Option<Usage>), AuthError> {
        Ok((self.verify(mailbox, password, client_ip).await?, None))
    }

    /// The check of a new password just written, before success is
    /// reported. A flood of logins must not starve it.
    async fn confirm(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        self.verify(mailbox, password, client_ip).await
    }

    /// Takes as long as refusing a wrong password does, for a mailbox
    /// that is not checked at all (unknown, or of a foreign domain).
    async fn reject_unknown(&self) -> Result<(), AuthError>;

    /// Is the server there and speaking the expected protocol?
    async fn probe(&self) -> Result<(), AuthError>;
}

/// How long refused logins took lately, so that a refusal made without
/// asking can take as long. It draws from the refusals seen rather than
/// averaging them: Dovecot's own delays come in narrow bands, and an
/// average with jitter would stand out from them.
#[derive(Default)]
pub struct FailureTiming(std::sync::Mutex<FailureSamples>);

/// The most recent refusal times, oldest overwritten first.
#[derive(Default)]
pub struct FailureSamples {
    samples: Vec<std::time::Duration>,
    next: usize,
}

/// Refusal times kept.
const FAILURE_SAMPLES: usize = 64;

impl FailureTiming {
    pub fn observe(&self, took: std::time::Duration) {
        let took = took.min(std::time::Duration::from_secs(10));
        let mut kept = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if kept.samples.len() < FAILURE_SAMPLES {
            kept.samples.push(took);
        } else {
            let at = kept.next;
            kept.samples[at] = took;
            kept.next = (at + 1) % FAILURE_SAMPLES;
        }
    }

    /// One of the refusal times seen, at random; `None` before any.
    pub fn typical(&self) -> Option<std::time::Duration> {
        use rand::seq::SliceRandom;
        let kept = self.0.lock().unwrap_or_else(|p| p.into_inner());
        kept.samples.choose(&mut rand::thread_rng()).copied()
    }
}

/// The authenticator `[auth]` describes; `domains` give the address of no
/// mailbox that measures how long a refusal takes.
pub fn from_settings(
    settings: &AuthSettings,
    domains: &crate::domain::MailDomains,
    store: Arc<dyn CredentialStore>,
    hasher: Hasher,
) -> Result<Arc<dyn Authenticator>, crate::tls::TlsSetupError> {
    Ok(match settings.method {
        AuthMethod::Imap => Arc::new(ImapAuthenticator::from_settings(
            &settings.imap,
            domains.probe_address().as_str(),
        )?),
        AuthMethod::Store => Arc::new(StoreAuthenticator::new(store, hasher)),
    })
}
