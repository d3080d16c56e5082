//! The rules of one password change, and nothing of HTTP or terminals:
//! verify the current password; then hash → write → flush → confirm with
//! the new password → restore the old hash if the mail server does not
//! take it. The flow around them (lock, sessions, audit, mail) is in
//! `flow.rs`.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use super::error::ChangeError;
use super::ports::{example_letters, LocalLocks, MailboxLocks, ShownExamples, WebSessions};
use super::verified::{LoginOutcome, VerifiedMailbox};
use crate::audit::Audit;
use crate::auth::{Authenticator, Verdict};
use crate::auth_cache::{AuthCacheFlusher, SessionKicker};
use crate::clock::{Clock, SystemClock};
use crate::domain::PasswordHash;
use crate::domain::{EmailAddress, Password};
use crate::hash::Hasher;
use crate::notify::Notifier;
use crate::policy::suggest::{self, Words};
use crate::policy::{PasswordPolicy, Violation};
use crate::store::{Accepts, CredentialStore, Replaced, StoreError};

/// What a write may rely on: the current password (a store that changes
/// it as the employee proves it) and the stored value the login saw
/// (nothing is written over another one).
#[derive(Clone, Copy)]
pub(super) struct Proof<'a> {
    pub current: Option<&'a Password>,
    pub stored: Option<&'a PasswordHash>,
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

/// A new password written and, unless confirmation is off, accepted by
/// the mail server.
pub(super) struct Written {
    pub at: SystemTime,
    pub confirmed: bool,
}

/// The one object every entry point calls: the login check and the
/// change flow, with the parts they work on.
pub struct ChangeService {
    pub(super) authenticator: Arc<dyn Authenticator>,
    pub(super) store: Arc<dyn CredentialStore>,
    pub(super) hasher: Hasher,
    pub(super) policy: Arc<PasswordPolicy>,
    pub(super) confirm: ConfirmPolicy,
    pub(super) cache_flush: Option<Arc<dyn AuthCacheFlusher>>,
    pub(super) mail_sessions: Option<Arc<dyn SessionKicker>>,
    pub(super) locks: Arc<dyn MailboxLocks>,
    pub(super) web_sessions: Option<Arc<dyn WebSessions>>,
    pub(super) examples: Option<Arc<dyn ShownExamples>>,
    pub(super) audit: Arc<Audit>,
    pub(super) notifier: Option<Arc<Notifier>>,
    pub(super) clock: Arc<dyn Clock>,
}

impl ChangeService {
    /// A service with this process's change locks, audit lines on
    /// standard error, no sessions to end and no mail; the `with_*`
    /// methods add the rest.
    pub fn new(
        authenticator: Arc<dyn Authenticator>,
        store: Arc<dyn CredentialStore>,
        hasher: Hasher,
        policy: PasswordPolicy,
        confirm: ConfirmPolicy,
    ) -> Self {
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        Self {
            authenticator,
            store,
            hasher,
            policy: Arc::new(policy),
            confirm,
            cache_flush: None,
            mail_sessions: None,
            locks: Arc::new(LocalLocks::new(Arc::clone(&clock))),
            web_sessions: None,
            examples: None,
            audit: Arc::new(Audit::to_stderr()),
            notifier: None,
            clock,
        }
    }

    /// Flush Dovecot's auth cache after every write (and restore).
    pub fn with_cache_flush(mut self, flusher: Option<Arc<dyn AuthCacheFlusher>>) -> Self {
        self.cache_flush = flusher;
        self
    }

    /// End the mailbox's open mail sessions after every change.
    pub fn with_mail_sessions(mut self, kicker: Option<Arc<dyn SessionKicker>>) -> Self {
        self.mail_sessions = kicker;
        self
    }

    pub fn mail_sessions(&self) -> Option<&Arc<dyn SessionKicker>> {
        self.mail_sessions.as_ref()
    }

    /// The change locks every replica (and the CLI) shares, the web
    /// sessions a change ends and the examples the pages showed.
    pub fn with_shared_state(
        mut self,
        locks: Arc<dyn MailboxLocks>,
        web_sessions: Arc<dyn WebSessions>,
        examples: Arc<dyn ShownExamples>,
    ) -> Self {
        self.locks = locks;
        self.web_sessions = Some(web_sessions);
        self.examples = Some(examples);
        self
    }

    /// A fresh example passphrase for `mailbox`'s page, remembered so that
    /// it is never accepted as that mailbox's password.
    pub async fn show_example(&self, mailbox: &EmailAddress, words: Words) -> String {
        let example = suggest::passphrase(4, " ", words);
        if let Some(examples) = &self.examples {
            if let Err(e) = examples
                .remember_example(mailbox, example_digest(&example))
                .await
            {
                tracing::warn!(error = %e, "an example could not be remembered");
            }
        }
        example
    }

    pub fn with_audit(mut self, audit: Arc<Audit>) -> Self {
        self.audit = audit;
        self
    }

    pub fn with_notifier(mut self, notifier: Option<Arc<Notifier>>) -> Self {
        self.notifier = notifier;
        self
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
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

    /// Whether a change sends a notification mail.
    pub fn sends_mail(&self) -> bool {
        self.notifier.is_some()
    }

    /// The mailer, for the forgotten-password flow's own mails.
    pub fn notifier(&self) -> Option<&Arc<Notifier>> {
        self.notifier.as_ref()
    }

    pub fn audit(&self) -> &Arc<Audit> {
        &self.audit
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

    pub(super) async fn enforce_policy(
        &self,
        new: &Password,
        current: Option<&Password>,
        mailbox: &EmailAddress,
    ) -> Result<(), ChangeError> {
        let mut violations = Arc::clone(&self.policy)
            .evaluate(new, current, Some(mailbox))
            .await?;
        if let Some(examples) = &self.examples {
            match examples
                .was_shown(mailbox, example_digest(new.expose()))
                .await
            {
                Ok(true) => violations.push(Violation::ShownExample),
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "shown examples cannot be asked"),
            }
        }
        if violations.is_empty() {
            Ok(())
        } else {
            Err(ChangeError::Policy(violations))
        }
    }

    /// Writes `new` (over what the login saw, when given), makes Dovecot
    /// see it and confirms it, or undoes it.
    pub(super) async fn write_confirmed(
        &self,
        mailbox: &EmailAddress,
        new: &Password,
        proof: Proof<'_>,
        client_ip: Option<IpAddr>,
    ) -> Result<Written, ChangeError> {
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
            return Err(self.restore(mailbox, &replaced, reason).await);
        }
        if !self.confirm.enabled {
            return Ok(Written {
                at: self.clock.now(),
                confirmed: false,
            });
        }
        match self
            .confirm_login(mailbox, new, client_ip, replaced.visible_at)
            .await
        {
            Ok(()) => Ok(Written {
                at: self.clock.now(),
                confirmed: true,
            }),
            Err(reason) => {
                tracing::error!(mailbox = %mailbox, %reason, "new password not accepted, restoring the old one");
                Err(self.restore(mailbox, &replaced, reason).await)
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
            // Named for the load bench, whose floor includes this wait.
            tracing::debug!(mailbox = %mailbox, visibility_wait_ms = wait.as_millis() as u64, "waiting until the mail server can see the change");
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

    /// Puts the previous value back, over ours only; says what the
    /// person is to be told.
    async fn restore(
        &self,
        mailbox: &EmailAddress,
        replaced: &Replaced,
        reason: String,
    ) -> ChangeError {
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
                ChangeError::NotConfirmed { reason }
            }
            // Neither the old value nor ours is stored: someone else wrote
            // meanwhile, and theirs stands, as for a change that finds the
            // password changed since the login.
            Err(StoreError::Superseded { .. }) => {
                // The old value back is an older copy of the store put
                // over ours, not another change: nothing changed.
                if self.store.lookup(mailbox).await.ok().as_ref() == Some(&replaced.previous) {
                    tracing::error!(mailbox = %mailbox, %reason, "another program put an older copy of the credential store back over the new password; the old password stands (see README, \"Other writers of the passwd-file\")");
                    return ChangeError::RevertedElsewhere { reason };
                }
                tracing::warn!(mailbox = %mailbox, %reason, "not confirmed, and the password was changed elsewhere meanwhile; that change stands");
                ChangeError::Superseded
            }
            Err(restore) => {
                tracing::error!(mailbox = %mailbox, error = %restore, "restoring the old password failed");
                ChangeError::RestoreFailed { reason, restore }
            }
        }
    }
}

/// What a shown example is remembered by: a digest of its letters and
/// digits, so case and separators make no other example.
fn example_digest(password: &str) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(example_letters(password).as_bytes()).into()
}
