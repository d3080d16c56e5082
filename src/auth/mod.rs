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

    /// Is the server there and speaking the expected protocol?
    async fn probe(&self) -> Result<(), AuthError>;
}

pub fn from_settings(
    settings: &AuthSettings,
    store: Arc<dyn CredentialStore>,
    hasher: Hasher,
) -> Result<Arc<dyn Authenticator>, crate::tls::TlsSetupError> {
    Ok(match settings.method {
        AuthMethod::Imap => Arc::new(ImapAuthenticator::from_settings(&settings.imap)?),
        AuthMethod::Store => Arc::new(StoreAuthenticator::new(store, hasher)),
    })
}
