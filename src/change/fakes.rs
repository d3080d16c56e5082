//! Test doubles of our own traits, so that the flow's rollback paths can
//! be tested without servers. The e2e suite runs the real backends.

use std::collections::HashMap;
use std::io::Write;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use async_trait::async_trait;

use super::ports::{ShownExamples, Unreachable, WebSessions};
use crate::auth::{AuthError, Authenticator, Verdict};
use crate::auth_cache::{AuthCacheFlusher, FlushError};
use crate::domain::{EmailAddress, Password, PasswordHash};
use crate::store::{CredentialStore, Replaced, StoreError};

/// What the fake store does on its next writes.
#[derive(Default)]
pub enum WriteFault {
    #[default]
    None,
    /// The first write fails before anything is stored.
    Fail,
    /// The first write's outcome is unknown.
    Unknown,
    /// After the first write, someone else stores this value.
    OverwrittenBy(PasswordHash),
    /// The restore after the first write fails.
    RestoreFails,
    /// After the first write, another program puts its older copy back
    /// (an unlocked `sed -i` of a passwd-file).
    RevertedByOldCopy,
}

/// A credential store in memory, with compare-and-swap like the real ones.
#[derive(Default)]
pub struct FakeStore {
    pub hashes: Mutex<HashMap<String, PasswordHash>>,
    pub fault: Mutex<WriteFault>,
    pub writes: Mutex<usize>,
}

impl FakeStore {
    pub fn with(mailbox: &EmailAddress, hash: PasswordHash) -> Self {
        let store = Self::default();
        store.set(mailbox, hash);
        store
    }

    pub fn set(&self, mailbox: &EmailAddress, hash: PasswordHash) {
        lock(&self.hashes).insert(mailbox.as_str().to_owned(), hash);
    }

    pub fn get(&self, mailbox: &EmailAddress) -> Option<PasswordHash> {
        lock(&self.hashes).get(mailbox.as_str()).cloned()
    }

    pub fn fail_next(&self, fault: WriteFault) {
        *lock(&self.fault) = fault;
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[async_trait]
impl CredentialStore for FakeStore {
    async fn lookup(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError> {
        self.get(mailbox)
            .ok_or_else(|| StoreError::UnknownUser(mailbox.to_string()))
    }

    async fn replace(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        let write = {
            let mut writes = lock(&self.writes);
            *writes += 1;
            *writes
        };
        let user = mailbox.to_string();
        match (&*lock(&self.fault), write) {
            (WriteFault::Fail, 1) => {
                return Err(StoreError::io(
                    "write",
                    "/fake",
                    std::io::Error::other("disk full"),
                ))
            }
            (WriteFault::Unknown, 1) => {
                return Err(StoreError::OutcomeUnknown {
                    user,
                    reason: "connection lost at commit".to_owned(),
                })
            }
            (WriteFault::RestoreFails, 2) => {
                return Err(StoreError::Timeout {
                    action: "restore",
                    secs: 1,
                })
            }
            _ => {}
        }
        let previous = self.lookup(mailbox).await?;
        if expected.is_some_and(|e| *e != previous) {
            return Err(StoreError::Superseded { user });
        }
        self.set(mailbox, new.clone());
        match (&*lock(&self.fault), write) {
            (WriteFault::OverwrittenBy(other), 1) => self.set(mailbox, other.clone()),
            (WriteFault::RevertedByOldCopy, 1) => self.set(mailbox, previous.clone()),
            _ => {}
        }
        Ok(Replaced::visible_now(previous, new.clone()))
    }

    async fn probe(&self) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Checks passwords against the fake store's hashes, as Dovecot would,
/// unless told to refuse every confirmation.
pub struct FakeAuthenticator {
    pub store: Arc<FakeStore>,
    pub refuse_confirm: bool,
}

#[async_trait]
impl Authenticator for FakeAuthenticator {
    async fn verify(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        _client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        let Some(hash) = self.store.get(mailbox) else {
            return Ok(Verdict::Rejected);
        };
        Ok(match crate::hash::verify_blocking(password, &hash)? {
            true => Verdict::Accepted,
            false => Verdict::Rejected,
        })
    }

    async fn confirm(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        if self.refuse_confirm {
            return Ok(Verdict::Rejected);
        }
        self.verify(mailbox, password, client_ip).await
    }

    async fn reject_unknown(&self) -> Result<(), AuthError> {
        Ok(())
    }

    async fn probe(&self) -> Result<(), AuthError> {
        Ok(())
    }
}

/// A flush that always fails after a successful preflight.
pub struct BrokenFlusher;

#[async_trait]
impl AuthCacheFlusher for BrokenFlusher {
    async fn flush(&self, _mailbox: &EmailAddress) -> Result<(), FlushError> {
        Err(FlushError::Status(500))
    }

    async fn probe(&self) -> Result<(), FlushError> {
        Ok(())
    }
}

/// Remembers whose web sessions were ended.
#[derive(Default)]
pub struct EndedSessions(pub Mutex<Vec<String>>);

#[async_trait]
impl WebSessions for EndedSessions {
    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), Unreachable> {
        lock(&self.0).push(mailbox.to_string());
        Ok(())
    }
}

/// An audit sink whose lines a test can read.
#[derive(Clone, Default)]
pub struct AuditLines(pub Arc<Mutex<Vec<u8>>>);

impl Write for AuditLines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        lock(&self.0).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl AuditLines {
    pub fn lines(&self) -> Vec<serde_json::Value> {
        String::from_utf8_lossy(&lock(&self.0))
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

pub fn start_of_test_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_800_000_000)
}

/// The examples shown, per mailbox, forever.
#[derive(Default)]
pub struct Examples(Mutex<Vec<(String, [u8; 32])>>);

#[async_trait]
impl ShownExamples for Examples {
    async fn remember_example(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<(), Unreachable> {
        lock(&self.0).push((mailbox.to_string(), digest));
        Ok(())
    }

    async fn was_shown(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<bool, Unreachable> {
        Ok(lock(&self.0)
            .iter()
            .any(|(m, d)| m == mailbox.as_str() && *d == digest))
    }
}
