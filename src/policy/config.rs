//! The `[policy]` section.

use std::path::PathBuf;

use serde::Deserialize;

use crate::domain::Password;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicySettings {
    pub min_length: usize,
    pub max_length: usize,
    /// Extra refused passwords, one per line, compared case-insensitively.
    pub common_passwords_file: Option<PathBuf>,
    /// Words no password may contain (e.g. the provider's and customers' names);
    /// `ui.provider_name` is added automatically.
    pub context_words: Vec<String>,
    /// The lowest guessability score accepted (zxcvbn's 0–4: below about
    /// 10^3, 10^6, 10^8, 10^10 guesses, and more); 0 turns the check off.
    pub min_score: u8,
    pub breached: BreachedSettings,
}

impl Default for PolicySettings {
    fn default() -> Self {
        Self {
            min_length: 15,
            max_length: 128,
            common_passwords_file: None,
            context_words: Vec::new(),
            min_score: 3,
            breached: BreachedSettings::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreachedSource {
    Off,
    /// The HIBP downloader's sorted file, or its directory of range files.
    File,
    /// The k-anonymity range API.
    Api,
}

/// What a change does when the breached-password check cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnError {
    /// Go ahead (logged and counted).
    Allow,
    /// Refuse with 503: nothing is changed without the check.
    Refuse,
}

/// The `[policy.breached]` section.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BreachedSettings {
    pub source: BreachedSource,
    pub path: Option<PathBuf>,
    pub url: String,
    pub timeout_secs: u64,
    pub on_error: OnError,
}

impl Default for BreachedSettings {
    fn default() -> Self {
        Self {
            source: BreachedSource::Off,
            path: None,
            url: "https://api.pwnedpasswords.com".to_owned(),
            timeout_secs: 2,
            on_error: OnError::Allow,
        }
    }
}

impl BreachedSettings {
    fn check(&self, problems: &mut Vec<String>) {
        match self.source {
            BreachedSource::Off => {}
            BreachedSource::File if self.path.is_none() => problems.push(
                "policy.breached.path is required for source = \"file\" (the HIBP downloader's file or directory)"
                    .to_owned(),
            ),
            BreachedSource::File => {}
            BreachedSource::Api => match url::Url::parse(&self.url) {
                Ok(url) if url.scheme() == "https" => {}
                Ok(url) if url.scheme() == "http" && crate::net::is_loopback_host(url.host_str().unwrap_or("")) => {}
                _ => problems.push(format!(
                    "policy.breached.url must be an https:// URL (plain http only to loopback), not {:?}",
                    self.url
                )),
            },
        }
        if !(1..=30).contains(&self.timeout_secs) {
            problems.push("policy.breached.timeout_secs must be between 1 and 30".to_owned());
        }
    }
}

impl PolicySettings {
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if self.min_length < 8 {
            problems.push("policy.min_length must be at least 8".to_owned());
        }
        if self.max_length < self.min_length {
            problems.push("policy.max_length must not be below policy.min_length".to_owned());
        }
        if self.min_score > 4 {
            problems.push("policy.min_score must be between 0 and 4".to_owned());
        }
        self.breached.check(&mut problems);
        if self.max_length > Password::MAX_CHARS {
            problems.push(format!(
                "policy.max_length must be at most {}",
                Password::MAX_CHARS
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}
