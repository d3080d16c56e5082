//! The `[auth_cache]` section: how Dovecot's auth cache learns of a change
//! (an `sql` passdb with `auth_cache_size` keeps the old password working
//! until its TTL).

use std::path::PathBuf;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

use crate::net::is_loopback_host;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CacheFlush {
    None,
    DoveadmApi,
    Command,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthCacheSettings {
    pub flush: CacheFlush,
    /// The doveadm HTTP API, e.g. `http://127.0.0.1:8080/doveadm/v1`.
    pub api_url: Option<Url>,
    /// Dovecot's `doveadm_api_key`.
    pub api_key: Option<SecretString>,
    pub ca_file: Option<PathBuf>,
    /// Program and arguments; the mailbox is appended. Never run through a shell.
    pub command: Vec<String>,
    pub timeout_secs: u64,
}

impl Default for AuthCacheSettings {
    fn default() -> Self {
        Self {
            flush: CacheFlush::None,
            api_url: None,
            api_key: None,
            ca_file: None,
            command: Vec::new(),
            timeout_secs: 5,
        }
    }
}

/// A checked `[auth_cache]` section.
pub enum FlushConfig {
    None,
    DoveadmApi {
        url: Url,
        api_key: SecretString,
        ca_file: Option<PathBuf>,
        timeout: Duration,
    },
    Command {
        program: PathBuf,
        args: Vec<String>,
        timeout: Duration,
    },
}

impl AuthCacheSettings {
    /// How to flush, or every problem at once.
    pub fn check(&self) -> Result<FlushConfig, Vec<String>> {
        let mut problems = Vec::new();
        let timeout = Duration::from_secs(self.timeout_secs);
        let config = match self.flush {
            CacheFlush::None => Some(FlushConfig::None),
            CacheFlush::DoveadmApi => self.check_api(&mut problems, timeout),
            CacheFlush::Command => match self.command.split_first() {
                Some((program, args)) if !program.is_empty() => Some(FlushConfig::Command {
                    program: PathBuf::from(program),
                    args: args.to_vec(),
                    timeout,
                }),
                _ => {
                    problems.push(
                        "auth_cache.command must name a program, e.g. [\"/usr/bin/doveadm\", \"auth\", \"cache\", \"flush\", \"--\"]"
                            .to_owned(),
                    );
                    None
                }
            },
        };
        if self.timeout_secs == 0 {
            problems.push("auth_cache.timeout_secs must be at least 1".to_owned());
        }
        match config {
            Some(config) if problems.is_empty() => Ok(config),
            _ => Err(problems),
        }
    }

    fn check_api(&self, problems: &mut Vec<String>, timeout: Duration) -> Option<FlushConfig> {
        let url = match &self.api_url {
            None => {
                problems
                    .push("auth_cache.api_url is required for flush = \"doveadm-api\"".to_owned());
                None
            }
            Some(url) if !url.username().is_empty() || url.password().is_some() => {
                problems.push(
                    "auth_cache.api_url must not carry credentials; the key goes into auth_cache.api_key(_file)"
                        .to_owned(),
                );
                None
            }
            Some(url) => {
                let host = url.host_str().unwrap_or("");
                if url.scheme() == "http" && !is_loopback_host(host) {
                    problems.push(format!(
                        "auth_cache.api_url: plain http sends the doveadm API key readable; only allowed to a loopback address, not {host} (use https)"
                    ));
                    None
                } else if !matches!(url.scheme(), "http" | "https") {
                    problems
                        .push("auth_cache.api_url must be an http:// or https:// URL".to_owned());
                    None
                } else {
                    Some(url.clone())
                }
            }
        };
        let api_key = match &self.api_key {
            Some(key) if !key.expose_secret().is_empty() => Some(key.clone()),
            _ => {
                problems.push(
                    "auth_cache.api_key (or auth_cache.api_key_file) is required for flush = \"doveadm-api\""
                        .to_owned(),
                );
                None
            }
        };
        Some(FlushConfig::DoveadmApi {
            url: url?,
            api_key: api_key?,
            ca_file: self.ca_file.clone(),
            timeout,
        })
    }
}
