//! The `[state]` section: where sessions, limits and change locks live.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StateKind {
    /// This process's memory: one replica.
    #[default]
    Memory,
    /// Redis (or Valkey), shared by every replica.
    Redis,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StateSettings {
    pub kind: StateKind,
    /// `redis://[:password@]host:port/db` or `rediss://…`; may hold a password.
    pub url: Option<SecretString>,
    pub key_prefix: String,
    /// The CA that signed Redis's certificate (for `rediss://`), instead of the system's roots.
    pub ca_file: Option<PathBuf>,
    /// How long one Redis round trip may take before the request fails closed.
    pub timeout_secs: u64,
}

impl Default for StateSettings {
    fn default() -> Self {
        Self {
            kind: StateKind::Memory,
            url: None,
            key_prefix: "mailpasswd:".to_owned(),
            ca_file: None,
            timeout_secs: 2,
        }
    }
}

/// A checked Redis configuration.
#[derive(Debug, Clone)]
pub struct RedisConfig {
    pub url: SecretString,
    pub key_prefix: String,
    pub ca_file: Option<PathBuf>,
    pub timeout: Duration,
}

impl StateSettings {
    /// The Redis configuration, if `kind = "redis"`, or every problem.
    pub fn check(&self) -> Result<Option<RedisConfig>, Vec<String>> {
        if self.kind == StateKind::Memory {
            return Ok(None);
        }
        let mut problems = Vec::new();
        let url = self
            .url
            .as_ref()
            .map(|url| url.expose_secret().to_owned())
            .unwrap_or_default();
        match url::Url::parse(&url) {
            Err(_) if url.is_empty() => problems.push(
                "state.url is required for state.kind = \"redis\" (or state.url_file)".to_owned(),
            ),
            Err(e) => problems.push(format!("state.url is not a URL: {e}")),
            Ok(parsed) => match parsed.scheme() {
                "rediss" | "unix" | "redis+unix" => {}
                "redis" => {
                    let host = parsed.host_str().unwrap_or("");
                    if !crate::net::is_loopback_host(host) {
                        problems.push(format!(
                            "state.url: redis://{host} would carry sessions and the Redis password readable on the network; use rediss:// (plain redis:// only to loopback)"
                        ));
                    }
                }
                other => problems.push(format!(
                    "state.url: {other}:// is not Redis (use redis://, rediss:// or unix://)"
                )),
            },
        }
        if self.key_prefix.is_empty() {
            problems.push("state.key_prefix must not be empty (keys of other applications would mix with ours)".to_owned());
        }
        if self.timeout_secs == 0 {
            problems.push("state.timeout_secs must be at least 1".to_owned());
        }
        if let Some(ca) = &self.ca_file {
            if !ca.is_file() {
                problems.push(format!(
                    "state.ca_file {} is not a readable file",
                    ca.display()
                ));
            }
        }
        if problems.is_empty() {
            Ok(Some(RedisConfig {
                url: url.into(),
                key_prefix: self.key_prefix.clone(),
                ca_file: self.ca_file.clone(),
                timeout: Duration::from_secs(self.timeout_secs),
            }))
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redis_needs_a_url_and_plain_text_only_to_loopback() {
        let mut settings = StateSettings {
            kind: StateKind::Redis,
            ..StateSettings::default()
        };
        assert!(settings.check().unwrap_err()[0].contains("state.url is required"));
        settings.url = Some("redis://127.0.0.1:6379/0".into());
        assert!(settings.check().unwrap().is_some());
        settings.url = Some("redis://redis.internal:6379".into());
        assert!(settings.check().unwrap_err()[0].contains("rediss://"));
        settings.url = Some("rediss://redis.internal:6380".into());
        assert!(settings.check().is_ok());
        assert!(StateSettings::default().check().unwrap().is_none());
    }
}
