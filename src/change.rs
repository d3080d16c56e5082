//! The rules of one password change, and nothing of HTTP:
//! verify the current password → policy → hash → write → confirm with the
//! new password → restore the old hash if the mail server does not take it.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use crate::auth::{AuthError, Authenticator, Usage, Verdict};
use crate::auth_cache::AuthCacheFlusher;
use crate::domain::PasswordHash;
use crate::domain::{EmailAddress, Password};
use crate::hash::{HashError, Hasher};
use crate::policy::{PasswordPolicy, PolicyError, Violation};
use crate::store::{Accepts, CredentialStore, Replaced, StoreError};

/// Proof that the current password of this mailbox was checked. Only
/// [`ChangeService::login`] makes one, so a change can only ever apply to
/// the identity that logged in, whatever a later form says.
pub struct VerifiedMailbox {
    mailbox: EmailAddress,
    current: Password,
    /// The stored hash when the login was checked: a change writes only
    /// over this one, so a session opened before another change of the
    /// same mailbox (here, by another replica or by `set-password`) cannot
    /// overwrite it.
    stored: PasswordHash,
    /// Storage use, where the mail server reported a quota at login.
    usage: Option<Usage>,
}

impl VerifiedMailbox {
    pub fn mailbox(&self) -> &EmailAddress {
        &self.mailbox
    }

    pub fn usage(&self) -> Option<Usage> {
        self.usage
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

impl VerifiedMailbox {
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

#[derive(Debug)]
pub enum LoginOutcome {
    Verified(VerifiedMailbox),
    Rejected,
}

/// Everything that can stop a change; each leaves the store as it was.
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
    #[error("the mail server did not accept the new password ({reason}), and restoring the old one failed: {restore}")]
    RestoreFailed { reason: String, restore: StoreError },
}

/// What the change may rely on: the current password (a store that
/// changes it as the employee proves it) and the stored value the login
/// saw (nothing is written over another one).
#[derive(Clone, Copy)]
struct Proof<'a> {
    current: Option<&'a Password>,
    stored: Option<&'a PasswordHash>,
}

#[derive(Debug, Clone)]
pub struct ConfirmPolicy {
    /// Log in with the new password before reporting success.
    pub enabled: bool,
    /// Give up (and restore) after this long.
    pub timeout: Duration,
    pub retry_interval: Duration,
}

impl Default for ConfirmPolicy {
    fn default() -> Self {
        Self {
            enabled: true,
            timeout: Duration::from_secs(5),
            retry_interval: Duration::from_millis(250),
        }
    }
}

/// Serialises changes of one mailbox within this process, so a confirm
/// never sees another change's password. (Across processes the store lock
/// and the conditional restore keep the file consistent.)
#[derive(Default)]
struct MailboxLocks(Mutex<HashMap<EmailAddress, Arc<tokio::sync::Mutex<()>>>>);

impl MailboxLocks {
    fn get(&self, mailbox: &EmailAddress) -> Arc<tokio::sync::Mutex<()>> {
        let mut map = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        map.retain(|_, lock| Arc::strong_count(lock) > 1);
        Arc::clone(map.entry(mailbox.clone()).or_default())
    }
}

#[derive(Debug, Clone)]
pub struct Changed {
    pub mailbox: EmailAddress,
    /// When the new password was confirmed (or written, without confirm).
    pub at: SystemTime,
    /// Whether a login with the new password succeeded before we returned.
    pub confirmed: bool,
}

pub struct ChangeService {
    authenticator: Arc<dyn Authenticator>,
    store: Arc<dyn CredentialStore>,
    hasher: Hasher,
    policy: Arc<PasswordPolicy>,
    confirm: ConfirmPolicy,
    cache_flush: Option<Arc<dyn AuthCacheFlusher>>,
    locks: MailboxLocks,
}

impl ChangeService {
    pub fn new(
        authenticator: Arc<dyn Authenticator>,
        store: Arc<dyn CredentialStore>,
        hasher: Hasher,
        policy: PasswordPolicy,
        confirm: ConfirmPolicy,
    ) -> Self {
        Self {
            authenticator,
            store,
            hasher,
            policy: Arc::new(policy),
            confirm,
            cache_flush: None,
            locks: MailboxLocks::default(),
        }
    }

    /// Flush Dovecot's auth cache after every write (and restore).
    pub fn with_cache_flush(mut self, flusher: Option<Arc<dyn AuthCacheFlusher>>) -> Self {
        self.cache_flush = flusher;
        self
    }

    pub fn cache_flush(&self) -> Option<&Arc<dyn AuthCacheFlusher>> {
        self.cache_flush.as_ref()
    }

    pub fn policy(&self) -> &PasswordPolicy {
        &self.policy
    }

    pub fn store(&self) -> &Arc<dyn CredentialStore> {
        &self.store
    }

    pub fn authenticator(&self) -> &Arc<dyn Authenticator> {
        &self.authenticator
    }

    /// Step one: is this the mailbox's current password? A mailbox the
    /// store does not have is refused without asking the mail server, as
    /// slowly as a wrong password.
    #[tracing::instrument(skip(self, current), fields(mailbox = %mailbox))]
    pub async fn login(
        &self,
        mailbox: EmailAddress,
        current: Password,
        client_ip: Option<IpAddr>,
    ) -> Result<LoginOutcome, ChangeError> {
        let stored = match self.store.lookup(&mailbox).await {
            Ok(stored) => Ok(stored),
            Err(StoreError::UnknownUser(_)) => {
                tracing::info!(mailbox = %mailbox, "no entry in the credential store");
                self.reject_unknown().await?;
                return Ok(LoginOutcome::Rejected);
            }
            // An entry the store cannot use is the owner's to hear of: a
            // wrong password gets the same answer as for any mailbox.
            Err(e @ (StoreError::DuplicateUser { .. } | StoreError::BadStoredValue { .. })) => {
                Err(e)
            }
            Err(e) => return Err(ChangeError::Store(e)),
        };
        match self
            .authenticator
            .verify_reading_quota(&mailbox, &current, client_ip)
            .await?
        {
            (Verdict::Accepted, usage) => Ok(LoginOutcome::Verified(VerifiedMailbox {
                mailbox,
                current,
                stored: stored.map_err(ChangeError::Store)?,
                usage,
            })),
            (Verdict::Rejected, _) => Ok(LoginOutcome::Rejected),
        }
    }

    /// The answer for a mailbox that does not exist (or a domain not
    /// served): refused after as long as a wrong password takes.
    pub async fn reject_unknown(&self) -> Result<(), ChangeError> {
        Ok(self.authenticator.reject_unknown().await?)
    }

    /// Step two, for the mailbox that logged in.
    #[tracing::instrument(skip(self, verified, new), fields(mailbox = %verified.mailbox))]
    pub async fn change_password(
        &self,
        verified: &VerifiedMailbox,
        new: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Changed, ChangeError> {
        self.enforce_policy(new, Some(&verified.current), &verified.mailbox)
            .await?;
        let proof = Proof {
            current: Some(&verified.current),
            stored: Some(&verified.stored),
        };
        self.write_confirmed(&verified.mailbox, new, proof, client_ip)
            .await
    }

    /// The operator's path (`set-password`): no current password, policy
    /// unless forced, same write and confirmation as the web flow.
    pub async fn set_password(
        &self,
        mailbox: &EmailAddress,
        new: &Password,
        enforce_policy: bool,
    ) -> Result<Changed, ChangeError> {
        if enforce_policy {
            self.enforce_policy(new, None, mailbox).await?;
        }
        let proof = Proof {
            current: None,
            stored: None,
        };
        self.write_confirmed(mailbox, new, proof, None).await
    }

    /// The rules `new` breaks for the mailbox that logged in, without
    /// changing anything (for a form whose two entries differ).
    pub async fn check_policy(
        &self,
        verified: &VerifiedMailbox,
        new: &Password,
    ) -> Result<Vec<Violation>, ChangeError> {
        Ok(Arc::clone(&self.policy)
            .evaluate(new, Some(&verified.current), Some(&verified.mailbox))
            .await?)
    }

    async fn enforce_policy(
        &self,
        new: &Password,
        current: Option<&Password>,
        mailbox: &EmailAddress,
    ) -> Result<(), ChangeError> {
        let violations = Arc::clone(&self.policy)
            .evaluate(new, current, Some(mailbox))
            .await?;
        if violations.is_empty() {
            Ok(())
        } else {
            Err(ChangeError::Policy(violations))
        }
    }

    /// Writes `new` (over what the login saw, when given), makes Dovecot
    /// see it and confirms it, or undoes it.
    async fn write_confirmed(
        &self,
        mailbox: &EmailAddress,
        new: &Password,
        proof: Proof<'_>,
        client_ip: Option<IpAddr>,
    ) -> Result<Changed, ChangeError> {
        let lock = self.locks.get(mailbox);
        let _serialised = lock.lock().await;
        if let Some(flusher) = &self.cache_flush {
            if let Err(e) = flusher.preflight().await {
                crate::telemetry::metrics::cache_flush(false);
                return Err(ChangeError::FlushUnavailable(e));
            }
        }
        let replaced = self.write(mailbox, new, proof).await?;
        tracing::info!(mailbox = %mailbox, "new password written");
        // Until the flush, Dovecot may still take the old password: a
        // change that cannot be made effective is undone.
        if let Err(e) = self.flush_auth_cache(mailbox).await {
            let reason = format!("Dovecot's auth cache could not be flushed: {e}");
            tracing::error!(mailbox = %mailbox, %reason, "restoring the old password");
            return self.restore(mailbox, &replaced, reason).await;
        }
        if !self.confirm.enabled {
            return Ok(Changed {
                mailbox: mailbox.clone(),
                at: SystemTime::now(),
                confirmed: false,
            });
        }
        match self
            .confirm_login(mailbox, new, client_ip, replaced.visible_at)
            .await
        {
            Ok(()) => Ok(Changed {
                mailbox: mailbox.clone(),
                at: SystemTime::now(),
                confirmed: true,
            }),
            Err(reason) => {
                tracing::error!(mailbox = %mailbox, %reason, "new password not accepted, restoring the old one");
                self.restore(mailbox, &replaced, reason).await
            }
        }
    }

    /// Logs in with the new password once the mail server can see it,
    /// retrying for a short while (a cache or a slow re-read may lag).
    async fn confirm_login(
        &self,
        mailbox: &EmailAddress,
        new: &Password,
        client_ip: Option<IpAddr>,
        visible_at: SystemTime,
    ) -> Result<(), String> {
        let started = Instant::now();
        if let Ok(wait) = visible_at.duration_since(SystemTime::now()) {
            tokio::time::sleep(wait + Duration::from_millis(5)).await;
        }
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let verdict = self.authenticator.confirm(mailbox, new, client_ip).await;
            tracing::debug!(mailbox = %mailbox, attempt, ?verdict, waited_ms = started.elapsed().as_millis() as u64, "confirming login");
            let last = match verdict {
                Ok(Verdict::Accepted) => return Ok(()),
                Ok(Verdict::Rejected) => "the new password was refused".to_owned(),
                Err(e) => e.to_string(),
            };
            if started.elapsed() + self.confirm.retry_interval >= self.confirm.timeout {
                return Err(last);
            }
            tokio::time::sleep(self.confirm.retry_interval).await;
        }
    }

    /// Flushes the mailbox's auth-cache entry, if a flush is configured.
    async fn flush_auth_cache(
        &self,
        mailbox: &EmailAddress,
    ) -> Result<(), crate::auth_cache::FlushError> {
        let Some(flusher) = &self.cache_flush else {
            return Ok(());
        };
        let flushed = flusher.flush(mailbox).await;
        crate::telemetry::metrics::cache_flush(flushed.is_ok());
        flushed
    }

    /// Hashes `new` and stores the hash, or hands the password to a store
    /// that hashes it by its own rules.
    async fn write(
        &self,
        mailbox: &EmailAddress,
        new: &Password,
        proof: Proof<'_>,
    ) -> Result<Replaced, ChangeError> {
        let new_hash = match self.store.accepts() {
            Accepts::Hash => Some(self.hasher.hash(new).await?),
            Accepts::Password => None,
        };
        let started = std::time::Instant::now();
        let replaced = match &new_hash {
            Some(hash) => self.store.replace(mailbox, hash, proof.stored).await,
            None => {
                self.store
                    .set_password(mailbox, proof.current, new, proof.stored)
                    .await
            }
        };
        crate::telemetry::metrics::store_write(started.elapsed());
        replaced.map_err(|e| match e {
            StoreError::Superseded { .. } => ChangeError::Superseded,
            StoreError::Refused { rule, text, .. } => {
                tracing::info!(mailbox = %mailbox, %text, "the directory's password policy refused the new password");
                ChangeError::Policy(vec![Violation::Directory(rule)])
            }
            other => ChangeError::Store(other),
        })
    }

    async fn restore(
        &self,
        mailbox: &EmailAddress,
        replaced: &Replaced,
        reason: String,
    ) -> Result<Changed, ChangeError> {
        match self
            .store
            .replace(mailbox, &replaced.previous, Some(&replaced.written))
            .await
        {
            Ok(_) => {
                // The failed confirmation may have left the new hash or a
                // failure in the cache; best effort, the old hash is back.
                if let Err(e) = self.flush_auth_cache(mailbox).await {
                    tracing::warn!(mailbox = %mailbox, error = %e, "auth cache not flushed after the restore");
                }
                Err(ChangeError::NotConfirmed { reason })
            }
            // Neither the old value nor ours is stored: someone else wrote
            // meanwhile, and theirs stands, as for a change that finds the
            // password changed since the login.
            Err(StoreError::Superseded { .. }) => {
                tracing::warn!(mailbox = %mailbox, %reason, "not confirmed, and the password was changed elsewhere meanwhile; that change stands");
                Err(ChangeError::Superseded)
            }
            Err(restore) => {
                tracing::error!(mailbox = %mailbox, error = %restore, "restoring the old password failed");
                Err(ChangeError::RestoreFailed { reason, restore })
            }
        }
    }
}
