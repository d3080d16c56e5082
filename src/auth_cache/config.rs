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

/// `[mail_sessions]`: how a mailbox's open IMAP/POP3 sessions end after a
/// change (doveadm `kick`), reaching Dovecot the way the flush does.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailSessionsSettings {
    pub end: CacheFlush,
    /// The doveadm HTTP API, e.g. `http://127.0.0.1:8080/doveadm/v1`.
    pub api_url: Option<Url>,
    /// Dovecot's `doveadm_api_key`.
    pub api_key: Option<SecretString>,
    pub ca_file: Option<PathBuf>,
    /// Program and arguments; the mailbox is appended. Never run through a shell.
    pub command: Vec<String>,
    pub timeout_secs: u64,
}

impl Default for MailSessionsSettings {
    fn default() -> Self {
        Self {
            end: CacheFlush::None,
            api_url: None,
            api_key: None,
            ca_file: None,
            command: vec![
                "/usr/bin/doveadm".to_owned(),
                "kick".to_owned(),
                "--".to_owned(),
            ],
            timeout_secs: 5,
        }
    }
}

impl MailSessionsSettings {
    /// How sessions end, or every problem at once.
    pub fn check(&self) -> Result<FlushConfig, Vec<String>> {
        Reach {
            section: "mail_sessions",
            mode_key: "end",
            example: "[\"/usr/bin/doveadm\", \"kick\", \"--\"]",
            mode: self.end,
            api_url: &self.api_url,
            api_key: &self.api_key,
            ca_file: &self.ca_file,
            command: &self.command,
            timeout_secs: self.timeout_secs,
        }
        .check()
    }
}

impl AuthCacheSettings {
    /// How to flush, or every problem at once.
    pub fn check(&self) -> Result<FlushConfig, Vec<String>> {
        Reach {
            section: "auth_cache",
            mode_key: "flush",
            example: "[\"/usr/bin/doveadm\", \"auth\", \"cache\", \"flush\", \"--\"]",
            mode: self.flush,
            api_url: &self.api_url,
            api_key: &self.api_key,
            ca_file: &self.ca_file,
            command: &self.command,
            timeout_secs: self.timeout_secs,
        }
        .check()
    }
}

/// How a section reaches Dovecot's doveadm: its HTTP API or a command.
struct Reach<'a> {
    section: &'static str,
    mode_key: &'static str,
    example: &'static str,
    mode: CacheFlush,
    api_url: &'a Option<Url>,
    api_key: &'a Option<SecretString>,
    ca_file: &'a Option<PathBuf>,
    command: &'a [String],
    timeout_secs: u64,
}

impl Reach<'_> {
    fn check(&self) -> Result<FlushConfig, Vec<String>> {
        let section = self.section;
        let mut problems = Vec::new();
        let timeout = Duration::from_secs(self.timeout_secs);
        let config = match self.mode {
            CacheFlush::None => Some(FlushConfig::None),
            CacheFlush::DoveadmApi => self.check_api(&mut problems, timeout),
            CacheFlush::Command => match self.command.split_first() {
                Some((program, args)) if !program.is_empty() => Some(FlushConfig::Command {
                    program: PathBuf::from(program),
                    args: args.to_vec(),
                    timeout,
                }),
                _ => {
                    problems.push(format!(
                        "{section}.command must name a program, e.g. {}",
                        self.example
                    ));
                    None
                }
            },
        };
        if self.timeout_secs == 0 {
            problems.push(format!("{section}.timeout_secs must be at least 1"));
        }
        match config {
            Some(config) if problems.is_empty() => Ok(config),
            _ => Err(problems),
        }
    }

    fn check_api(&self, problems: &mut Vec<String>, timeout: Duration) -> Option<FlushConfig> {
        let (section, mode_key) = (self.section, self.mode_key);
        let url = match self.api_url {
            None => {
                problems.push(format!(
                    "{section}.api_url is required for {mode_key} = \"doveadm-api\""
                ));
                None
            }
            Some(url) if !url.username().is_empty() || url.password().is_some() => {
                problems.push(format!(
                    "{section}.api_url must not carry credentials; the key goes into {section}.api_key(_file)"
                ));
                None
            }
            Some(url) => {
                let host = url.host_str().unwrap_or("");
                if url.scheme() == "http" && !is_loopback_host(host) {
                    problems.push(format!(
                        "{section}.api_url: plain http sends the doveadm API key readable; only allowed to a loopback address, not {host} (use https)"
                    ));
                    None
                } else if !matches!(url.scheme(), "http" | "https") {
                    problems.push(format!(
                        "{section}.api_url must be an http:// or https:// URL"
                    ));
                    None
                } else {
                    Some(url.clone())
                }
            }
        };
        let api_key = match self.api_key {
            Some(key) if !key.expose_secret().is_empty() => Some(key.clone()),
            _ => {
                problems.push(format!(
                    "{section}.api_key (or {section}.api_key_file) is required for {mode_key} = \"doveadm-api\""
                ));
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
