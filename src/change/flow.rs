//! The one change flow every entry point calls (the employee's form and
//! JSON API, `set-password`, and the admin and reset-link routes): lock
//! the mailbox → policy → hash → write → flush → confirm or restore → end
//! the mailbox's sessions → audit line → notification mail. Entry points
//! only say who asks ([`Authority`]) and where from ([`Origin`]), and
//! render the outcome.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::error::{ChangeError, ChangeFailure, Told, Why};
use super::service::{ChangeService, Proof};
use super::verified::VerifiedMailbox;
use crate::audit::{Change, Event, Subject};
use crate::domain::{EmailAddress, Password, PasswordHash};
use crate::i18n::Lang;
use crate::notify::{ChangeMail, ChangedBy};

/// How long a change may hold its mailbox's lock: longer than any change
/// takes (hash queue, store, flush, confirmation and restore), so that a
/// replica that dies mid-change blocks the mailbox only this long.
const LOCK_TTL: Duration = Duration::from_secs(60);
/// How long a change waits for another change of the same mailbox.
const LOCK_WAIT: Duration = Duration::from_secs(10);
const LOCK_RETRY: Duration = Duration::from_millis(100);

/// Who asks for the change, and what that allows.
pub enum Authority<'a> {
    /// The employee, who proved the current password at login.
    Employee(&'a VerifiedMailbox),
    /// An operator on the host (`set-password`); without `enforce_policy`
    /// (`--force`) the policy is skipped, nothing else.
    Operator {
        mailbox: &'a EmailAddress,
        enforce_policy: bool,
    },
    /// The customer's administrator (a token of the admin API): the
    /// policy, without the rules that need the current password.
    Admin { mailbox: &'a EmailAddress },
    /// Whoever holds a reset link for the mailbox, issued while `stored`
    /// was its hash: the change writes only over that one, so a link works
    /// once and dies with any other change.
    ResetLink {
        mailbox: &'a EmailAddress,
        stored: &'a PasswordHash,
    },
}

impl Authority<'_> {
    pub fn mailbox(&self) -> &EmailAddress {
        match self {
            Authority::Employee(verified) => verified.mailbox(),
            Authority::Operator { mailbox, .. }
            | Authority::Admin { mailbox }
            | Authority::ResetLink { mailbox, .. } => mailbox,
        }
    }
}

/// The entry point a change came through, for the audit line and the
/// words of the notification mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Form,
    Api,
    Cli,
    /// The admin API (the customer's control panel).
    Admin,
    /// A reset link an administrator issued.
    ResetLink,
    /// A reset link mailed to the recovery address.
    Recovery,
}

impl Via {
    pub fn name(self) -> &'static str {
        match self {
            Via::Form => "form",
            Via::Api => "api",
            Via::Cli => "cli",
            Via::Admin => "admin",
            Via::ResetLink => "reset_link",
            Via::Recovery => "recovery",
        }
    }
}

/// Where a change came from: for the audit line, the log and the mail.
#[derive(Debug, Clone)]
pub struct Origin {
    pub via: Via,
    pub client_ip: Option<IpAddr>,
    /// Ties the audit line to the request's log lines.
    pub request_id: String,
    /// The language of the notification mail.
    pub lang: Lang,
    /// Who acted for the mailbox: an admin token's name.
    pub by: Option<String>,
    /// Another address the notification goes to (the recovery address).
    pub also_notify: Option<String>,
}

impl Origin {
    /// An operator on the host: no client address, messages in English.
    pub fn cli() -> Self {
        Self {
            via: Via::Cli,
            client_ip: None,
            request_id: crate::token::random_token()[..12].to_owned(),
            lang: Lang::En,
            by: None,
            also_notify: None,
        }
    }

    pub fn subject<'a>(&'a self, mailbox: &'a str) -> Subject<'a> {
        Subject {
            mailbox: Some(mailbox),
            client_ip: self.client_ip,
            request_id: &self.request_id,
            via: Some(self.via.name()),
            by: self.by.as_deref(),
            mail_sessions: None,
            action: None,
        }
    }
}

/// A change that is in force.
#[derive(Debug)]
pub struct Changed {
    pub mailbox: EmailAddress,
    /// When the new password was confirmed (or written, without confirm).
    pub at: SystemTime,
    /// Whether a login with the new password succeeded before we returned.
    pub confirmed: bool,
    /// Whether the mailbox's open mail sessions were ended (`None`: not
    /// configured).
    pub mail_sessions_ended: Option<bool>,
    /// The notification mail on its way (true: sent), for a caller that
    /// must wait for it before it exits; a web response does not.
    pub notification: Option<tokio::task::JoinHandle<bool>>,
}

impl ChangeService {
    /// The change, from lock to mail, audited whatever its outcome.
    #[tracing::instrument(skip_all, fields(mailbox = %authority.mailbox(), via = origin.via.name()))]
    pub async fn change(
        &self,
        authority: Authority<'_>,
        new: &Password,
        origin: &Origin,
    ) -> Result<Changed, ChangeFailure> {
        let mailbox = authority.mailbox().clone();
        match self.change_under_lock(&authority, new, origin).await {
            Ok(written) => {
                tracing::info!(mailbox = %mailbox, ip = ?origin.client_ip, request_id = origin.request_id, "password changed");
                self.end_sessions(&mailbox).await;
                let mail_sessions_ended = self.end_mail_sessions(&mailbox).await;
                let subject = Subject {
                    mail_sessions: mail_sessions_ended
                        .map(|ok| if ok { "ended" } else { "failed" }),
                    ..origin.subject(mailbox.as_str())
                };
                self.audit.record(Event::Change(Change::Changed), subject);
                let notification = self.notify(&mailbox, written.at, origin);
                Ok(Changed {
                    mailbox,
                    at: written.at,
                    confirmed: written.confirmed,
                    mail_sessions_ended,
                    notification,
                })
            }
            Err(error) => {
                let failure = ChangeFailure::from(error);
                if failure.told == Told::NothingChanged(Why::Superseded) {
                    // Someone changed it since this login: no session of
                    // the old password may go on.
                    self.end_sessions(&mailbox).await;
                }
                self.record_refusal(&mailbox, failure.told.code(), origin);
                Err(failure)
            }
        }
    }

    /// The audit and log lines of a change that did not happen (or was
    /// undone), by the outcome's code; also for an entry point that
    /// refuses before the flow (two entries that differ).
    pub fn record_refusal(&self, mailbox: &EmailAddress, code: &'static str, origin: &Origin) {
        tracing::info!(mailbox = %mailbox, outcome = code, request_id = origin.request_id, "password not changed");
        let change = if code == Why::NotConfirmed.code() {
            Change::RolledBack
        } else {
            Change::Refused(code)
        };
        self.audit
            .record(Event::Change(change), origin.subject(mailbox.as_str()));
    }

    /// The policy and the write, under the mailbox's lock that every
    /// replica shares: two changes of one mailbox never run at once,
    /// wherever they arrive (the store's compare-and-swap remains the last
    /// guard).
    async fn change_under_lock(
        &self,
        authority: &Authority<'_>,
        new: &Password,
        origin: &Origin,
    ) -> Result<super::service::Written, ChangeError> {
        let mailbox = authority.mailbox();
        let holder = self.lock(mailbox).await?;
        let written = async {
            let proof = match authority {
                Authority::Employee(verified) => {
                    self.enforce_policy(new, Some(&verified.current), mailbox)
                        .await?;
                    Proof {
                        current: Some(&verified.current),
                        stored: Some(&verified.stored),
                    }
                }
                Authority::Operator { enforce_policy, .. } => {
                    if *enforce_policy {
                        self.enforce_policy(new, None, mailbox).await?;
                    }
                    Proof {
                        current: None,
                        stored: None,
                    }
                }
                Authority::Admin { .. } => {
                    self.enforce_policy(new, None, mailbox).await?;
                    Proof {
                        current: None,
                        stored: None,
                    }
                }
                Authority::ResetLink { stored, .. } => {
                    self.enforce_policy(new, None, mailbox).await?;
                    Proof {
                        current: None,
                        stored: Some(stored),
                    }
                }
            };
            self.write_confirmed(mailbox, new, proof, origin.client_ip)
                .await
        }
        .await;
        if let Err(e) = self
            .locks
            .unlock_mailbox(&self.lock_key(mailbox), &holder)
            .await
        {
            tracing::warn!(mailbox = %mailbox, error = %e, "change lock not released; it expires by itself");
        }
        written
    }

    /// Waits a while for another change of the same mailbox (or of an
    /// address sharing its credential) to end.
    async fn lock(&self, mailbox: &EmailAddress) -> Result<String, ChangeError> {
        let started = tokio::time::Instant::now();
        let mailbox = &self.lock_key(mailbox);
        loop {
            match self.locks.lock_mailbox(mailbox, LOCK_TTL).await {
                Ok(Some(holder)) => return Ok(holder),
                Ok(None) if started.elapsed() < LOCK_WAIT => tokio::time::sleep(LOCK_RETRY).await,
                Ok(None) => return Err(ChangeError::Locked),
                Err(e) => return Err(ChangeError::LockUnavailable(e.0)),
            }
        }
    }

    /// The address the change lock of `mailbox` is taken for: the first
    /// of those sharing its credential.
    fn lock_key(&self, mailbox: &EmailAddress) -> EmailAddress {
        self.store
            .sharing_credential(mailbox)
            .into_iter()
            .next()
            .unwrap_or_else(|| mailbox.clone())
    }

    /// Whoever logged in with the old password must log in again, under
    /// any address that shares it.
    async fn end_sessions(&self, mailbox: &EmailAddress) {
        if let Some(sessions) = &self.web_sessions {
            for address in self.store.sharing_credential(mailbox) {
                if let Err(e) = sessions.end_sessions(&address).await {
                    tracing::error!(mailbox = %address, error = %e, "the web sessions of this mailbox could not be ended");
                }
            }
        }
    }

    /// Programs logged in with the old password (IMAP, POP3) must log in
    /// again; a failure is logged and counted and never undoes the change.
    pub async fn end_mail_sessions(&self, mailbox: &EmailAddress) -> Option<bool> {
        let kicker = self.mail_sessions.as_ref()?;
        let mut all_ended = true;
        for address in self.store.sharing_credential(mailbox) {
            let ended = kicker.kick(&address).await;
            crate::telemetry::metrics::mail_sessions_ended(ended.is_ok());
            if let Err(e) = &ended {
                tracing::error!(mailbox = %address, error = %e, "the mailbox's open mail sessions could not be ended");
                all_ended = false;
            }
        }
        Some(all_ended)
    }

    /// The notification mail goes out on its own task: its outcome is
    /// audited and counted, and never undoes the change.
    fn notify(
        &self,
        mailbox: &EmailAddress,
        at: SystemTime,
        origin: &Origin,
    ) -> Option<tokio::task::JoinHandle<bool>> {
        let notifier = Arc::clone(self.notifier.as_ref()?);
        let audit = Arc::clone(&self.audit);
        let (mailbox, origin) = (mailbox.clone(), origin.clone());
        Some(tokio::spawn(async move {
            let by = match origin.via {
                Via::Admin => ChangedBy::Admin,
                Via::ResetLink | Via::Recovery => ChangedBy::ResetLink,
                Via::Form | Via::Api | Via::Cli => ChangedBy::Owner,
            };
            let mail = ChangeMail {
                lang: origin.lang,
                at,
                client_ip: origin.client_ip,
                by,
                also_to: origin.also_notify.as_deref(),
            };
            let sent = notifier.notify_changed(&mailbox, &mail).await;
            audit.record(
                Event::Notification { sent },
                origin.subject(mailbox.as_str()),
            );
            sent
        }))
    }
}
