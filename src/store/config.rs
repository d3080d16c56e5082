//! The `[store]` section: which credential store, and how to reach it.
//! One flat section for every kind, so the TOML stays as operators know it;
//! `check()` reads the keys of the chosen kind.

use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use super::ldap::config::{LdapConfig, LdapMode};
use super::sql::config::{compile, unverified_network_warning, SqlConfig};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoreKind {
    PasswdFile,
    Sql,
    Ldap,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreSettings {
    pub kind: StoreKind,
    /// Path of the passwd-file; `%d` is replaced by the mailbox's domain.
    pub path: Option<String>,
    /// How the user field of a line is formed: `%u` full address, `%n` local part, `%d` domain.
    #[serde(default = "default_username_format")]
    pub username_format: String,
    /// How long to wait for another writer's lock.
    #[serde(default = "default_lock_timeout")]
    pub lock_timeout_secs: u64,
    /// `postgres://…`, `mysql://…` or `sqlite://PATH`; may hold a password.
    pub url: Option<String>,
    /// Returns the stored hash; named parameters `:email`, `:local_part`, `:domain`.
    pub password_query: Option<String>,
    /// Writes `:hash`; must change exactly one row.
    pub update_query: Option<String>,
    #[serde(default = "default_max_connections")]
    pub max_connections: u32,
    #[serde(default = "default_connect_timeout")]
    pub connect_timeout_secs: u64,
    #[serde(default = "default_query_timeout")]
    pub query_timeout_secs: u64,
    /// LDAP: upgrade `ldap://` with StartTLS.
    #[serde(default)]
    pub starttls: bool,
    /// LDAP: the CA that signed the directory's certificate (beside the public roots).
    pub ca_file: Option<PathBuf>,
    /// LDAP: the service account that searches, reads and restores.
    pub bind_dn: Option<String>,
    pub bind_password: Option<String>,
    pub base_dn: Option<String>,
    /// LDAP: finds a mailbox's entry; `:email`, `:local_part`, `:domain`.
    pub filter: Option<String>,
    #[serde(default)]
    pub mode: LdapMode,
    #[serde(default = "default_attribute")]
    pub attribute: String,
}

fn default_attribute() -> String {
    "userPassword".to_owned()
}

fn default_max_connections() -> u32 {
    4
}

fn default_connect_timeout() -> u64 {
    5
}

fn default_query_timeout() -> u64 {
    10
}

fn default_username_format() -> String {
    "%u".to_owned()
}

fn default_lock_timeout() -> u64 {
    10
}

impl std::fmt::Debug for StoreSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreSettings")
            .field("kind", &self.kind)
            .field("path", &self.path)
            .field("url", &self.url.as_ref().map(|_| "<redacted>"))
            .field("password_query", &self.password_query)
            .field("update_query", &self.update_query)
            .field("bind_dn", &self.bind_dn)
            .field(
                "bind_password",
                &self.bind_password.as_ref().map(|_| "<redacted>"),
            )
            .field("base_dn", &self.base_dn)
            .field("filter", &self.filter)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

/// The passwd-file settings as the store runs them.
#[derive(Debug, Clone)]
pub struct PasswdFileConfig {
    pub path_template: String,
    pub username_format: String,
    pub lock_timeout: Duration,
}

/// A checked `[store]` section.
pub enum StoreConfig {
    PasswdFile(PasswdFileConfig),
    Sql(SqlConfig),
    Ldap(LdapConfig),
}

impl StoreSettings {
    /// Every key at its default, for tests.
    #[cfg(test)]
    pub(crate) fn of_kind(kind: StoreKind) -> Self {
        let kind = match kind {
            StoreKind::PasswdFile => "passwd-file",
            StoreKind::Sql => "sql",
            StoreKind::Ldap => "ldap",
        };
        serde_json::from_value(serde_json::json!({ "kind": kind })).expect("defaults")
    }

    /// What the store runs with, or every problem at once.
    pub fn check(&self) -> Result<StoreConfig, Vec<String>> {
        let mut problems = Vec::new();
        let format_ok = self
            .username_format
            .replace("%u", "")
            .replace("%n", "")
            .replace("%d", "");
        if format_ok.contains('%') || format_ok.contains(':') {
            problems.push(
                "store.username_format may only combine %u, %n, %d and literal text without ':'"
                    .to_owned(),
            );
        }
        let config = match self.kind {
            StoreKind::PasswdFile => match &self.path {
                None => {
                    problems
                        .push("store.path is required for store.kind = \"passwd-file\"".to_owned());
                    None
                }
                Some(path) => Some(StoreConfig::PasswdFile(PasswdFileConfig {
                    path_template: path.clone(),
                    username_format: self.username_format.clone(),
                    lock_timeout: Duration::from_secs(self.lock_timeout_secs),
                })),
            },
            StoreKind::Sql => match compile(self) {
                Ok(sql) => Some(StoreConfig::Sql(sql)),
                Err(sql_problems) => {
                    problems.extend(sql_problems);
                    None
                }
            },
            StoreKind::Ldap => match LdapConfig::compile(self) {
                Ok(ldap) => Some(StoreConfig::Ldap(ldap)),
                Err(ldap_problems) => {
                    problems.extend(ldap_problems);
                    None
                }
            },
        };
        match config {
            Some(config) if problems.is_empty() => Ok(config),
            _ => Err(problems),
        }
    }

    /// Risks that are allowed but the operator should hear of.
    pub fn warnings(&self) -> Vec<String> {
        match self.kind {
            StoreKind::Sql => self
                .url
                .as_deref()
                .and_then(unverified_network_warning)
                .into_iter()
                .collect(),
            StoreKind::Ldap => LdapConfig::compile(self)
                .map(|ldap| ldap.warnings())
                .unwrap_or_default(),
            StoreKind::PasswdFile => Vec::new(),
        }
    }
}
