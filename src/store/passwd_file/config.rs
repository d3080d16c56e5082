//! The `[store]` keys of `kind = "passwd-file"`.

use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswdFileSettings {
    /// Path of the passwd-file; `%d` is replaced by the mailbox's domain.
    pub path: Option<String>,
    /// How the user field of a line is formed: `%u` full address, `%n` local part, `%d` domain.
    #[serde(default = "default_username_format")]
    pub username_format: String,
    /// How long to wait for another writer's lock.
    #[serde(default = "default_lock_timeout")]
    pub lock_timeout_secs: u64,
}

fn default_username_format() -> String {
    "%u".to_owned()
}

fn default_lock_timeout() -> u64 {
    10
}

/// The passwd-file settings as the store runs them.
#[derive(Debug, Clone)]
pub struct PasswdFileConfig {
    pub path_template: String,
    pub username_format: String,
    pub lock_timeout: Duration,
}

impl PasswdFileSettings {
    pub fn at(path: impl Into<String>) -> Self {
        Self {
            path: Some(path.into()),
            username_format: default_username_format(),
            lock_timeout_secs: default_lock_timeout(),
        }
    }

    pub fn check(&self) -> Result<PasswdFileConfig, Vec<String>> {
        let mut problems = Vec::new();
        let literal = self
            .username_format
            .replace("%u", "")
            .replace("%n", "")
            .replace("%d", "");
        if literal.contains('%') || literal.contains(':') {
            problems.push(
                "store.username_format may only combine %u, %n, %d and literal text without ':'"
                    .to_owned(),
            );
        }
        let path = match self.path.as_deref() {
            Some(path) if !path.is_empty() => path,
            _ => {
                problems.push("store.path is required for store.kind = \"passwd-file\"".to_owned());
                ""
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(PasswdFileConfig {
            path_template: path.to_owned(),
            username_format: self.username_format.clone(),
            lock_timeout: Duration::from_secs(self.lock_timeout_secs),
        })
    }
}
