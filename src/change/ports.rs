//! What the change flow needs from the shared state, as narrow traits the
//! state backends implement (memory here, Redis for several replicas):
//! the change lock of a mailbox and the end of its web sessions.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;

use crate::clock::Clock;
use crate::domain::EmailAddress;

/// The shared state could not be asked; nothing was decided.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unreachable(pub String);

/// Serialises the changes of one mailbox, wherever they start.
#[async_trait]
pub trait MailboxLocks: Send + Sync {
    /// Takes the lock of `mailbox` for at most `ttl`: the holder's token,
    /// or `None` while someone else holds it.
    async fn lock_mailbox(
        &self,
        mailbox: &EmailAddress,
        ttl: Duration,
    ) -> Result<Option<String>, Unreachable>;

    /// Releases the lock if `holder` still holds it.
    async fn unlock_mailbox(&self, mailbox: &EmailAddress, holder: &str)
        -> Result<(), Unreachable>;
}

/// Ends the web sessions of a mailbox whose password changed.
#[async_trait]
pub trait WebSessions: Send + Sync {
    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), Unreachable>;
}

/// Examples of passphrases shown on the pages: whoever saw a page knows
/// its example, so none of them is accepted as a password for that
/// mailbox. Kept as keyed digests of their letters and digits only, so a
/// variant in case or separators is refused too.
#[async_trait]
pub trait ShownExamples: Send + Sync {
    async fn remember_example(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<(), Unreachable>;

    async fn was_shown(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<bool, Unreachable>;
}

/// How long a shown example stays refused, and how many per mailbox.
pub const EXAMPLE_MEMORY: Duration = Duration::from_secs(30 * 24 * 3600);
pub const EXAMPLES_PER_MAILBOX: usize = 50;

/// The letters and digits of a password, lower-cased: what makes an
/// example the same example.
pub fn example_letters(password: &str) -> String {
    password
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The change locks of one process.
pub struct LocalLocks {
    clock: Arc<dyn Clock>,
    /// Holder and end of each lock.
    held: Mutex<HashMap<EmailAddress, (String, SystemTime)>>,
}

impl LocalLocks {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            held: Mutex::new(HashMap::new()),
        }
    }
}

#[async_trait]
impl MailboxLocks for LocalLocks {
    async fn lock_mailbox(
        &self,
        mailbox: &EmailAddress,
        ttl: Duration,
    ) -> Result<Option<String>, Unreachable> {
        let now = self.clock.now();
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.retain(|_, (_, until)| *until > now);
        if held.contains_key(mailbox) {
            return Ok(None);
        }
        let holder = crate::token::random_token();
        held.insert(mailbox.clone(), (holder.clone(), now + ttl));
        Ok(Some(holder))
    }

    async fn unlock_mailbox(
        &self,
        mailbox: &EmailAddress,
        holder: &str,
    ) -> Result<(), Unreachable> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if held.get(mailbox).is_some_and(|(h, _)| h == holder) {
            held.remove(mailbox);
        }
        Ok(())
    }
}
