//! The `[store]` section: which credential store, and how to reach it.
//! A tagged enum: each kind owns its keys (in its own `config.rs`), so a
//! key of another kind is an error that names it.

use serde::Deserialize;

use super::ldap::config::{LdapConfig, LdapSettings};
use super::passwd_file::config::{PasswdFileConfig, PasswdFileSettings};
use super::sql::config::{compile, unverified_network_warning, SqlConfig, SqlSettings};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    PasswdFile,
    Sql,
    Ldap,
}

impl StoreKind {
    pub fn name(self) -> &'static str {
        match self {
            StoreKind::PasswdFile => "passwd-file",
            StoreKind::Sql => "sql",
            StoreKind::Ldap => "ldap",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum StoreSettings {
    PasswdFile(PasswdFileSettings),
    Sql(SqlSettings),
    Ldap(LdapSettings),
}

/// A checked `[store]` section.
pub enum StoreConfig {
    PasswdFile(PasswdFileConfig),
    Sql(SqlConfig),
    Ldap(LdapConfig),
}

impl StoreSettings {
    pub fn kind(&self) -> StoreKind {
        match self {
            StoreSettings::PasswdFile(_) => StoreKind::PasswdFile,
            StoreSettings::Sql(_) => StoreKind::Sql,
            StoreSettings::Ldap(_) => StoreKind::Ldap,
        }
    }

    /// What the store runs with, or every problem at once.
    pub fn check(&self) -> Result<StoreConfig, Vec<String>> {
        match self {
            StoreSettings::PasswdFile(s) => s.check().map(StoreConfig::PasswdFile),
            StoreSettings::Sql(s) => compile(s).map(StoreConfig::Sql),
            StoreSettings::Ldap(s) => LdapConfig::compile(s).map(StoreConfig::Ldap),
        }
    }

    /// Risks that are allowed but the operator should hear of.
    pub fn warnings(&self) -> Vec<String> {
        match self {
            StoreSettings::Sql(s) => s
                .url
                .as_ref()
                .and_then(|url| {
                    unverified_network_warning(secrecy::ExposeSecret::expose_secret(url))
                })
                .into_iter()
                .collect(),
            StoreSettings::Ldap(s) => LdapConfig::compile(s)
                .map(|ldap| ldap.warnings())
                .unwrap_or_default(),
            StoreSettings::PasswdFile(_) => Vec::new(),
        }
    }
}
