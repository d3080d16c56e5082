//! The login between the two steps, kept server-side in memory: a random
//! token (256 bits) in an HttpOnly, SameSite=Strict cookie names it. A
//! token is used once: each try of the second form takes the session out,
//! and a failed try puts it back under a fresh token. The lifetime is
//! absolute from the login, whatever happens in between.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use base64::Engine;
use rand::RngCore;

use crate::change::VerifiedMailbox;
use crate::clock::Clock;

/// Sessions kept at most; beyond that the oldest are dropped (a flood of
/// logins must not exhaust memory).
const MAX_SESSIONS: usize = 10_000;

pub struct Session {
    pub verified: Arc<VerifiedMailbox>,
    created: SystemTime,
}

pub struct SessionStore {
    sessions: Mutex<HashMap<String, Session>>,
    ttl: Duration,
    clock: Arc<dyn Clock>,
}

/// 256 random bits, URL-safe. The thread-local generator is a CSPRNG
/// (ChaCha12) seeded and periodically reseeded from the OS, without a
/// system call per token.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

impl SessionStore {
    pub fn new(ttl: Duration, clock: Arc<dyn Clock>) -> Self {
        Self {
            sessions: Mutex::new(HashMap::new()),
            ttl,
            clock,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        self.sessions.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new session for a mailbox that just logged in; returns its token.
    pub fn create(&self, verified: VerifiedMailbox) -> String {
        self.insert(Session {
            verified: Arc::new(verified),
            created: self.clock.now(),
        })
    }

    fn insert(&self, session: Session) -> String {
        let token = random_token();
        let now = self.clock.now();
        let mut map = self.lock();
        let ttl = self.ttl;
        map.retain(|_, s| !expired(s.created, now, ttl));
        if map.len() >= MAX_SESSIONS {
            if let Some(oldest) = map
                .iter()
                .min_by_key(|(_, s)| s.created)
                .map(|(k, _)| k.clone())
            {
                map.remove(&oldest);
            }
        }
        map.insert(token.clone(), session);
        token
    }

    /// The mailbox of a live session, leaving it in place.
    pub fn peek(&self, token: &str) -> Option<Arc<VerifiedMailbox>> {
        let now = self.clock.now();
        let map = self.lock();
        map.get(token)
            .filter(|s| !expired(s.created, now, self.ttl))
            .map(|s| Arc::clone(&s.verified))
    }

    /// Takes a live session out; nobody else can use this token again.
    pub fn take(&self, token: &str) -> Option<Session> {
        let now = self.clock.now();
        let session = self.lock().remove(token)?;
        (!expired(session.created, now, self.ttl)).then_some(session)
    }

    /// Puts a session back after a failed try, under a fresh token.
    pub fn put_back(&self, session: Session) -> String {
        self.insert(session)
    }

    pub fn remove(&self, token: &str) {
        self.lock().remove(token);
    }
}

fn expired(created: SystemTime, now: SystemTime, ttl: Duration) -> bool {
    now.duration_since(created).is_ok_and(|age| age >= ttl)
}
