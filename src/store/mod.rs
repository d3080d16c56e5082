//! Where the hash that Dovecot checks lives.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use async_trait::async_trait;

use crate::domain::{EmailAddress, MailDomains, Password, PasswordHash};
use crate::policy::DirectoryRule;

pub mod config;
pub mod ldap;
pub mod passwd_file;
pub mod recovery;
pub mod sql;

pub use config::{StoreConfig, StoreKind, StoreSettings};
pub use ldap::{LdapRecovery, LdapStore};
pub use passwd_file::PasswdFileStore;
pub use recovery::{RecoveryAddresses, RecoveryPlace};
pub use sql::SqlStore;

/// What a successful write tells the caller.
#[derive(Debug, Clone)]
pub struct Replaced {
    /// The hash that was there before, for a restore.
    pub previous: PasswordHash,
    /// The value now stored (a restore writes only over this one).
    pub written: PasswordHash,
    /// From this moment on the mail server reads the new hash (a
    /// passwd-file is re-read by Dovecot at most once a second).
    pub visible_at: SystemTime,
}

impl Replaced {
    /// A write the mail server sees at once (a database, a directory).
    pub fn visible_now(previous: PasswordHash, written: PasswordHash) -> Self {
        Self {
            previous,
            written,
            visible_at: SystemTime::now(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the mailbox {0} has no entry in the credential store")]
    UnknownUser(String),
    #[error(
        "the mailbox {user} has {count} entries in {place}; refusing to guess which one counts"
    )]
    DuplicateUser {
        user: String,
        /// At least this many ("2" may mean "2 or more" for a directory).
        count: usize,
        place: String,
    },
    #[error("another change of {user} got in the way; nothing was written")]
    Conflict { user: String },
    #[error("the stored password of {user} is no longer the one expected (changed since it was read); nothing was written")]
    Superseded { user: String },
    #[error("{path} line {line}: {problem}")]
    Corrupt {
        path: PathBuf,
        line: usize,
        problem: String,
    },
    #[error("another process holds the lock on {0} for too long")]
    LockTimeout(PathBuf),
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the store task was cancelled")]
    Cancelled,
    #[error("update_query would change {rows} rows for {user}, not exactly one; rolled back, nothing changed")]
    UpdateMatched { user: String, rows: u64 },
    #[error("the stored password of {user} cannot be used: {problem}")]
    BadStoredValue { user: String, problem: String },
    #[error("database: {action}: {source}")]
    Database {
        action: &'static str,
        #[source]
        source: sqlx::Error,
    },
    #[error("directory: {action}: {source}")]
    Directory {
        action: &'static str,
        #[source]
        source: Box<::ldap3::LdapError>,
    },
    /// The directory applied its own password policy and said no; nothing
    /// was written.
    #[error("the directory refused the new password of {user}: {rule:?} ({text})")]
    Refused {
        user: String,
        rule: DirectoryRule,
        text: String,
    },
    #[error("{action} took longer than {secs} s")]
    Timeout { action: &'static str, secs: u64 },
    #[error("whether the new password of {user} was stored is unknown ({reason})")]
    OutcomeUnknown { user: String, reason: String },
    #[error("store configuration: {0}")]
    Config(String),
}

impl StoreError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        StoreError::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

/// What a store writes: a hash we make, or the password itself, which the
/// store hashes by its own rules (an LDAP Password Modify).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    Hash,
    Password,
}

#[async_trait]
pub trait CredentialStore: Send + Sync {
    fn accepts(&self) -> Accepts {
        Accepts::Hash
    }

    /// The stored hash of one mailbox.
    async fn lookup(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError>;

    /// Writes `new` for `mailbox`. With `expected`, only if the stored hash
    /// is still exactly that (a restore must not undo a newer change).
    async fn replace(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError>;

    /// For a store that [`Accepts::Password`]: sets `new`, proving
    /// `current` where given (without, the store's own account sets it).
    /// With `expected`, only if the stored value is still exactly that.
    async fn set_password(
        &self,
        mailbox: &EmailAddress,
        _current: Option<&Password>,
        _new: &Password,
        _expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        Err(StoreError::Config(format!(
            "this store takes hashes, not passwords (mailbox {mailbox})"
        )))
    }

    /// The served addresses whose password is this mailbox's own, sorted,
    /// the mailbox included: a passwd-file keyed by the local part (`%n`)
    /// gives `alice@` in every domain one line. The failure budget, the
    /// change lock and the end of sessions hold for all of them at once.
    fn sharing_credential(&self, mailbox: &EmailAddress) -> Vec<EmailAddress> {
        vec![mailbox.clone()]
    }

    /// Readable and writable, for `check-config`.
    async fn probe(&self) -> Result<(), StoreError>;

    /// Cheap enough for `readyz`, which anyone may call often.
    async fn ready(&self) -> Result<(), StoreError> {
        self.probe().await
    }
}

/// The store a checked `[store]` section describes; `domains` are the
/// served ones (per-domain files and probes need them).
pub fn from_config(
    config: StoreConfig,
    domains: &MailDomains,
) -> Result<Arc<dyn CredentialStore>, StoreError> {
    Ok(with_recovery(config, domains, None)?.0)
}

/// A store, and where it keeps recovery addresses (if configured).
pub type WithRecovery = (Arc<dyn CredentialStore>, Option<Arc<dyn RecoveryAddresses>>);

/// The store, and where it keeps recovery addresses when `place` names
/// one that fits its kind.
pub fn with_recovery(
    config: StoreConfig,
    domains: &MailDomains,
    place: Option<RecoveryPlace>,
) -> Result<WithRecovery, StoreError> {
    let misplaced = |kind: &str| {
        StoreError::Config(format!(
            "recovery addresses cannot be kept in a {kind} store (see [recovery])"
        ))
    };
    match (config, place) {
        (StoreConfig::PasswdFile(_), Some(_)) => Err(misplaced("passwd-file")),
        (StoreConfig::PasswdFile(c), None) => {
            Ok((Arc::new(PasswdFileStore::from_config(c, domains)), None))
        }
        (StoreConfig::Sql(c), place) => {
            let store = SqlStore::new(c, domains)?;
            let recovery: Option<Arc<dyn RecoveryAddresses>> = match place {
                None => None,
                Some(RecoveryPlace::Sql {
                    query,
                    update_query,
                }) => Some(Arc::new(store.recovery(query, update_query))),
                Some(RecoveryPlace::Ldap { .. }) => return Err(misplaced("sql")),
            };
            Ok((Arc::new(store), recovery))
        }
        (StoreConfig::Ldap(c), place) => {
            let store = Arc::new(LdapStore::new(c, domains)?);
            let recovery: Option<Arc<dyn RecoveryAddresses>> = match place {
                None => None,
                Some(RecoveryPlace::Ldap {
                    attribute,
                    writable,
                }) => Some(Arc::new(LdapRecovery::new(
                    Arc::clone(&store),
                    attribute,
                    writable,
                ))),
                Some(RecoveryPlace::Sql { .. }) => return Err(misplaced("ldap")),
            };
            Ok((store, recovery))
        }
    }
}
