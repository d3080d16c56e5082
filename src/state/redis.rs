//! The state shared by every replica, in Redis (or Valkey). Each decision
//! is one script, run atomically by the server in one round trip, so two
//! replicas can never both spend the last attempt of a budget or both use
//! one session. Time comes from the service's clock (replicas keep theirs
//! in sync with NTP, as every server does).
//!
//! Nothing personal is stored in clear: limit keys, session ids and
//! mailboxes appear only as HMACs under the installation's secret, and a
//! session (it holds the current password, which an LDAP Password Modify
//! needs) is sealed with ChaCha20-Poly1305 under a key derived from the
//! session token, which only the browser's cookie holds. A copy of Redis
//! alone opens no session and reveals no password.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::Script;
use zeroize::Zeroizing;

use super::config::RedisConfig;
use super::{
    Decision, Limits, Outcome, Reserved, Session, Sessions, Settlement, StateError, StateStore,
    SESSIONS_PER_MAILBOX,
};
use crate::auth::Usage;
use crate::change::{
    MailboxLocks, ShownExamples, Unreachable, VerifiedMailbox, VerifiedParts, EXAMPLES_PER_MAILBOX,
    EXAMPLE_MEMORY,
};
use crate::clock::Clock;
use crate::domain::{EmailAddress, MailDomains, Password, PasswordHash};

const GCRA: &str = include_str!("redis/gcra.lua");
const RESERVE: &str = include_str!("redis/reserve.lua");
const SETTLE: &str = include_str!("redis/settle.lua");
const PUT_SESSION: &str = include_str!("redis/put_session.lua");
const TAKE_SESSION: &str = include_str!("redis/take_session.lua");
const END_SESSIONS: &str = include_str!("redis/end_sessions.lua");
const UNLOCK: &str = include_str!("redis/unlock.lua");
const REMEMBER_EXAMPLE: &str = include_str!("redis/remember_example.lua");

struct Scripts {
    gcra: Script,
    reserve: Script,
    settle: Script,
    put_session: Script,
    take_session: Script,
    end_sessions: Script,
    unlock: Script,
    remember_example: Script,
}

pub struct RedisState {
    connection: ConnectionManager,
    prefix: String,
    timeout: Duration,
    clock: Arc<dyn Clock>,
    domains: MailDomains,
    /// Derives key names and session keys from the secret.
    names: crate::token::Signer,
    max_sessions: usize,
    scripts: Scripts,
}

fn unavailable(e: impl std::fmt::Display) -> StateError {
    StateError::Unavailable(format!("redis: {e}"))
}

fn millis(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as u64
}

/// The client for `config`: TLS through rustls with the operator's CA
/// where given; the connection is made lazily and again after a loss.
fn client(config: &RedisConfig) -> Result<redis::Client, StateError> {
    match &config.ca_file {
        None => redis::Client::open(secrecy::ExposeSecret::expose_secret(&config.url))
            .map_err(unavailable),
        Some(ca) => {
            let root_cert = std::fs::read(ca)
                .map_err(|e| unavailable(format!("state.ca_file {}: {e}", ca.display())))?;
            redis::Client::build_with_tls(
                secrecy::ExposeSecret::expose_secret(&config.url),
                redis::TlsCertificates {
                    client_tls: None,
                    root_cert: Some(root_cert),
                },
            )
            .map_err(unavailable)
        }
    }
}

impl RedisState {
    /// Connects lazily: the service starts while Redis is down and serves
    /// (fails closed) until it is back.
    pub fn new(
        config: &RedisConfig,
        clock: Arc<dyn Clock>,
        domains: MailDomains,
        secret: [u8; 32],
        max_sessions: usize,
    ) -> Result<Self, StateError> {
        let manager_config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(config.timeout))
            .set_response_timeout(Some(config.timeout))
            .set_number_of_retries(1)
            .set_max_delay(Duration::from_secs(2));
        let connection = ConnectionManager::new_lazy_with_config(client(config)?, manager_config)
            .map_err(unavailable)?;
        Ok(Self {
            connection,
            prefix: config.key_prefix.clone(),
            timeout: config.timeout,
            clock,
            domains,
            names: crate::token::Signer::new(secret),
            max_sessions,
            scripts: Scripts {
                gcra: Script::new(GCRA),
                reserve: Script::new(RESERVE),
                settle: Script::new(SETTLE),
                put_session: Script::new(PUT_SESSION),
                take_session: Script::new(TAKE_SESSION),
                end_sessions: Script::new(END_SESSIONS),
                unlock: Script::new(UNLOCK),
                remember_example: Script::new(REMEMBER_EXAMPLE),
            },
        })
    }

    /// One round trip, bounded: a Redis that hangs fails the request
    /// closed instead of holding it.
    async fn run<T>(
        &self,
        call: impl std::future::Future<Output = redis::RedisResult<T>>,
    ) -> Result<T, StateError> {
        match tokio::time::timeout(self.timeout, call).await {
            Ok(result) => result.map_err(unavailable),
            Err(_) => Err(unavailable(format!(
                "no answer within {} s",
                self.timeout.as_secs()
            ))),
        }
    }

    fn mac(&self, purpose: &str, value: &str) -> [u8; 32] {
        self.names.digest(purpose, value)
    }

    fn key(&self, kind: &str, value: &str) -> String {
        format!("{}{kind}:{}", self.prefix, hex(&self.mac(kind, value)))
    }

    fn session_key(&self, token: &str) -> String {
        self.key("session", token)
    }

    fn mailbox_key(&self, mailbox: &EmailAddress) -> String {
        self.key("mailbox", mailbox.as_str())
    }

    fn all_sessions_key(&self) -> String {
        format!("{}sessions", self.prefix)
    }

    fn cipher(&self, token: &str) -> ChaCha20Poly1305 {
        ChaCha20Poly1305::new(Key::from_slice(&self.mac("session-key", token)))
    }

    /// The session sealed under the token, bound to its Redis key.
    fn seal(&self, token: &str, key: &str, session: &Session) -> Result<Vec<u8>, StateError> {
        let parts = session.verified.parts();
        self.seal_json(
            token,
            key,
            &serde_json::json!({
                "m": parts.mailbox.as_str(),
                "p": parts.current.expose(),
                "h": parts.stored.as_str(),
                "u": parts.usage.map(|u| [u.used_kib, u.limit_kib]),
                "c": millis(session.created),
            }),
        )
    }

    /// `value` sealed with ChaCha20-Poly1305 under a key only the token
    /// derives, bound to the Redis key it is stored at.
    fn seal_json(
        &self,
        token: &str,
        key: &str,
        value: &serde_json::Value,
    ) -> Result<Vec<u8>, StateError> {
        let plain = Zeroizing::new(serde_json::to_vec(value).map_err(unavailable)?);
        let nonce: [u8; 12] = rand::random();
        let sealed = self
            .cipher(token)
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: key.as_bytes(),
                },
            )
            .map_err(|_| unavailable("sealing a session failed"))?;
        Ok([nonce.as_slice(), &sealed].concat())
    }

    /// The session, if `sealed` opens under this token and key and holds
    /// what a login made; anything else is no session.
    fn open(&self, token: &str, key: &str, sealed: &[u8]) -> Option<Session> {
        let value = self.open_json(token, key, sealed)?;
        let text = |name: &str| value.get(name)?.as_str().map(str::to_owned);
        let usage = value.get("u").and_then(|u| {
            Some(Usage {
                used_kib: u.get(0)?.as_u64()?,
                limit_kib: u.get(1)?.as_u64()?,
            })
        });
        let parts = VerifiedParts {
            mailbox: EmailAddress::parse(&text("m")?, &self.domains).ok()?,
            current: Password::parse(text("p")?).ok()?,
            stored: PasswordHash::parse(&text("h")?).ok()?,
            usage,
        };
        Some(Session {
            verified: Arc::new(VerifiedMailbox::from_parts(parts)),
            created: SystemTime::UNIX_EPOCH + Duration::from_millis(value.get("c")?.as_u64()?),
        })
    }

    fn open_json(&self, token: &str, key: &str, sealed: &[u8]) -> Option<serde_json::Value> {
        let (nonce, sealed) = sealed.split_at_checked(12)?;
        let plain = Zeroizing::new(
            self.cipher(token)
                .decrypt(
                    Nonce::from_slice(nonce),
                    Payload {
                        msg: sealed,
                        aad: key.as_bytes(),
                    },
                )
                .ok()?,
        );
        serde_json::from_slice(&plain).ok()
    }

    /// `[mailbox key (64 hex)][sealed session]`, as stored.
    fn stored_session(&self, token: &str, key: &str, value: Option<Vec<u8>>) -> Option<Session> {
        let value = value?;
        self.open(token, key, value.get(64..)?)
    }
}

#[async_trait]
impl Limits for RedisState {
    async fn take(&self, key: &str, count: u32, period: Duration) -> Result<Decision, StateError> {
        let interval = period / count.max(1);
        let tolerance = period.saturating_sub(interval);
        let mut invocation = self.scripts.gcra.key(self.key("limit", key));
        invocation
            .arg(millis(self.clock.now()))
            .arg(interval.as_millis() as u64)
            .arg(tolerance.as_millis() as u64);
        let wait_ms: i64 = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(if wait_ms < 0 {
            Ok(())
        } else {
            Err(Duration::from_millis(wait_ms as u64).max(Duration::from_millis(1)))
        })
    }

    async fn reserve(
        &self,
        key: &str,
        budget: u32,
        window: Duration,
        hold: Duration,
    ) -> Result<Result<Reserved, Duration>, StateError> {
        let mut invocation = self.scripts.reserve.key(self.key("failures", key));
        invocation
            .key(self.key("pending", key))
            .key(format!("{}reservation-id", self.prefix))
            .arg(millis(self.clock.now()))
            .arg(window.as_millis() as u64)
            .arg(hold.as_millis() as u64)
            .arg(budget);
        let answer: Vec<i64> = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(match answer.as_slice() {
            [1, id, used, oldest] => Ok(Reserved {
                id: *id as u64,
                used: (*used).max(0) as u32,
                oldest: (*oldest >= 0)
                    .then(|| SystemTime::UNIX_EPOCH + Duration::from_millis(*oldest as u64)),
            }),
            [_, wait, ..] => {
                Err(Duration::from_millis((*wait).max(0) as u64).max(Duration::from_secs(1)))
            }
            _ => return Err(unavailable("reserve answered nothing")),
        })
    }

    async fn settle(&self, key: &str, id: u64, settlement: Settlement) -> Result<(), StateError> {
        let outcome = match settlement {
            Settlement::Success => "success",
            Settlement::Failure => "failure",
            Settlement::Void => "void",
        };
        let mut invocation = self.scripts.settle.key(self.key("failures", key));
        invocation
            .key(self.key("pending", key))
            .arg(id)
            .arg(outcome)
            .arg(millis(self.clock.now()));
        let _: i64 = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(())
    }
}

#[async_trait]
impl Sessions for RedisState {
    async fn put_session(
        &self,
        token: &str,
        session: Session,
        ttl: Duration,
    ) -> Result<(), StateError> {
        let now = millis(self.clock.now());
        let until = millis(session.created + ttl);
        if until <= now {
            return Ok(());
        }
        let key = self.session_key(token);
        let mailbox_key = self.mailbox_key(session.verified.mailbox());
        let mut value = mailbox_key.as_bytes()[mailbox_key.len() - 64..].to_vec();
        value.extend(self.seal(token, &key, &session)?);
        let mut invocation = self.scripts.put_session.key(&key);
        invocation
            .key(&mailbox_key)
            .key(self.all_sessions_key())
            .arg(value)
            .arg(now)
            .arg(until)
            .arg(SESSIONS_PER_MAILBOX)
            .arg(self.max_sessions);
        let stored: i64 = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        if stored == 1 {
            Ok(())
        } else {
            Err(StateError::Full)
        }
    }

    async fn peek_session(&self, token: &str) -> Result<Option<Session>, StateError> {
        let key = self.session_key(token);
        let value: Option<Vec<u8>> = self
            .run(
                redis::cmd("GET")
                    .arg(&key)
                    .query_async(&mut self.connection.clone()),
            )
            .await?;
        Ok(self.stored_session(token, &key, value))
    }

    /// `GETDEL` inside the script: of two replicas given the same token at
    /// once, exactly one gets the session.
    async fn take_session(&self, token: &str) -> Result<Option<Session>, StateError> {
        let key = self.session_key(token);
        let mut invocation = self.scripts.take_session.key(&key);
        invocation
            .key(self.all_sessions_key())
            .arg(format!("{}mailbox:", self.prefix));
        let value: Option<Vec<u8>> = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(self.stored_session(token, &key, value))
    }

    async fn remove_session(&self, token: &str) -> Result<(), StateError> {
        self.take_session(token).await.map(drop)
    }

    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), StateError> {
        let mut invocation = self.scripts.end_sessions.key(self.mailbox_key(mailbox));
        invocation.key(self.all_sessions_key());
        let _: i64 = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(())
    }

    /// Sealed under the old token like a session: only the browser that
    /// held it can read a new token out of it.
    async fn put_outcome(
        &self,
        token: &str,
        outcome: Outcome,
        ttl: Duration,
    ) -> Result<(), StateError> {
        let key = self.key("outcome", token);
        let value = match &outcome {
            Outcome::InProgress => serde_json::json!({ "o": "progress" }),
            Outcome::Changed { mailbox, form } => {
                serde_json::json!({ "o": "changed", "m": mailbox.as_str(), "f": hex(form) })
            }
            Outcome::Retry(new_token) => serde_json::json!({ "o": "retry", "t": new_token }),
            Outcome::Ended => serde_json::json!({ "o": "ended" }),
        };
        let sealed = self.seal_json(token, &key, &value)?;
        let mut cmd = redis::cmd("SET");
        cmd.arg(&key)
            .arg(sealed)
            .arg("PX")
            .arg(ttl.as_millis().max(1) as u64);
        let _: () = self
            .run(cmd.query_async(&mut self.connection.clone()))
            .await?;
        Ok(())
    }

    async fn outcome(&self, token: &str) -> Result<Option<Outcome>, StateError> {
        let key = self.key("outcome", token);
        let sealed: Option<Vec<u8>> = self
            .run(
                redis::cmd("GET")
                    .arg(&key)
                    .query_async(&mut self.connection.clone()),
            )
            .await?;
        let Some(value) = sealed.and_then(|sealed| self.open_json(token, &key, &sealed)) else {
            return Ok(None);
        };
        let text = |name: &str| value.get(name).and_then(|v| v.as_str());
        Ok(match text("o") {
            Some("progress") => Some(Outcome::InProgress),
            Some("changed") => text("m")
                .and_then(|m| EmailAddress::parse(m, &self.domains).ok())
                .zip(text("f").and_then(unhex))
                .map(|(mailbox, form)| Outcome::Changed { mailbox, form }),
            Some("retry") => text("t").map(|t| Outcome::Retry(t.to_owned())),
            Some("ended") => Some(Outcome::Ended),
            _ => None,
        })
    }
}

#[async_trait]
impl MailboxLocks for RedisState {
    async fn lock_mailbox(
        &self,
        mailbox: &EmailAddress,
        ttl: Duration,
    ) -> Result<Option<String>, Unreachable> {
        let holder = crate::token::random_token();
        let mut cmd = redis::cmd("SET");
        cmd.arg(self.key("lock", mailbox.as_str()))
            .arg(&holder)
            .arg("NX")
            .arg("PX")
            .arg(ttl.as_millis() as u64);
        let set: Option<String> = self
            .run(cmd.query_async(&mut self.connection.clone()))
            .await?;
        Ok(set.map(|_| holder))
    }

    async fn unlock_mailbox(
        &self,
        mailbox: &EmailAddress,
        holder: &str,
    ) -> Result<(), Unreachable> {
        let mut invocation = self.scripts.unlock.key(self.key("lock", mailbox.as_str()));
        invocation.arg(holder);
        let _: i64 = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(())
    }
}

/// A set per mailbox, under the mailbox's HMAC, expiring with its newest
/// member's memory; a mailbox keeps its last examples only.
#[async_trait]
impl ShownExamples for RedisState {
    async fn remember_example(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<(), Unreachable> {
        let mut invocation = self
            .scripts
            .remember_example
            .key(self.key("examples", mailbox.as_str()));
        invocation
            .arg(hex(&digest))
            .arg(millis(self.clock.now()))
            .arg(EXAMPLES_PER_MAILBOX)
            .arg(EXAMPLE_MEMORY.as_millis() as u64);
        let _: i64 = self
            .run(invocation.invoke_async(&mut self.connection.clone()))
            .await?;
        Ok(())
    }

    async fn was_shown(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<bool, Unreachable> {
        let key = self.key("examples", mailbox.as_str());
        let score: Option<f64> = self
            .run(
                redis::cmd("ZSCORE")
                    .arg(&key)
                    .arg(hex(&digest))
                    .query_async(&mut self.connection.clone()),
            )
            .await?;
        Ok(score.is_some())
    }
}

#[async_trait]
impl StateStore for RedisState {
    /// A write through a script, as every login makes one: a Redis that
    /// answers PING but refuses writes (out of memory with `noeviction`, a
    /// read-only replica, an ACL without scripts) is not ready either.
    async fn ready(&self) -> Result<(), StateError> {
        self.take("readiness-probe", 1_000_000, Duration::from_secs(1))
            .await
            .map(drop)
    }
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if text.len() != 64 {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
