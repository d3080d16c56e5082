//! The `[recovery]` section: the forgotten-password flow, and where the
//! recovery address lives in the store the operator already keeps.

use std::time::Duration;

use serde::Deserialize;

use crate::store::config::StoreSettings;
use crate::store::sql::config::compile_statement;
use crate::store::sql::query::{Dialect, Param};
use crate::store::RecoveryPlace;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RecoverySettings {
    pub enabled: bool,
    /// SQL stores: the recovery address; `:email` (or `:local_part`, `:domain`).
    pub query: Option<String>,
    /// SQL stores: writes `:recovery`; unset: employees cannot change it here.
    pub update_query: Option<String>,
    /// LDAP stores: the attribute holding it (the service account reads and writes it).
    pub attribute: Option<String>,
    /// How long a link mailed to the recovery address works.
    pub link_minutes: u64,
    /// Whether a recovery address may be in the mailbox's own domain.
    pub allow_same_domain: bool,
}

impl Default for RecoverySettings {
    fn default() -> Self {
        Self {
            enabled: false,
            query: None,
            update_query: None,
            attribute: None,
            link_minutes: 30,
            allow_same_domain: false,
        }
    }
}

/// A checked `[recovery]` section.
#[derive(Debug, Clone)]
pub struct RecoveryConfig {
    pub place: RecoveryPlace,
    pub link: Duration,
    pub allow_same_domain: bool,
}

impl RecoverySettings {
    /// What the flow runs with (`None`: off, also for a passwd-file, which
    /// has no place for the address; see [`RecoverySettings::warning`]).
    pub fn check(&self, store: &StoreSettings) -> Result<Option<RecoveryConfig>, Vec<String>> {
        if !self.enabled {
            return Ok(None);
        }
        let mut problems = Vec::new();
        if !(5..=24 * 60).contains(&self.link_minutes) {
            problems.push("recovery.link_minutes must be between 5 and 1440".to_owned());
        }
        let place = match store {
            StoreSettings::PasswdFile(_) => return Ok(None),
            StoreSettings::Sql(sql) => self.sql_place(sql.url.as_ref(), &mut problems),
            StoreSettings::Ldap(_) => match self.attribute.as_deref() {
                Some(a)
                    if !a.is_empty()
                        && a.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ';') =>
                {
                    Some(RecoveryPlace::Ldap {
                        attribute: a.to_owned(),
                        writable: true,
                    })
                }
                _ => {
                    problems.push(
                        "recovery.attribute must name the LDAP attribute of the recovery address (e.g. \"otherMailbox\")"
                            .to_owned(),
                    );
                    None
                }
            },
        };
        match place {
            Some(place) if problems.is_empty() => Ok(Some(RecoveryConfig {
                place,
                link: Duration::from_secs(self.link_minutes * 60),
                allow_same_domain: self.allow_same_domain,
            })),
            _ => Err(problems),
        }
    }

    fn sql_place(
        &self,
        url: Option<&secrecy::SecretString>,
        problems: &mut Vec<String>,
    ) -> Option<RecoveryPlace> {
        let dialect =
            url.and_then(|u| Dialect::from_url(secrecy::ExposeSecret::expose_secret(u)).ok())?;
        let Some(query) = self.query.as_deref() else {
            problems.push(
                "recovery.query is required with an SQL store (e.g. SELECT email_other FROM mailbox WHERE username = :email AND active = 1)"
                    .to_owned(),
            );
            return None;
        };
        let query = compile_statement("recovery.query", query, dialect, None, problems)?;
        let update_query = match self.update_query.as_deref() {
            None => None,
            Some(text) => Some(compile_statement(
                "recovery.update_query",
                text,
                dialect,
                Some(Param::Recovery),
                problems,
            )?),
        };
        Some(RecoveryPlace::Sql {
            query,
            update_query,
        })
    }

    /// Allowed, but the operator should hear of it.
    pub fn warning(&self, store: &StoreSettings) -> Option<String> {
        (self.enabled && matches!(store, StoreSettings::PasswdFile(_))).then(|| {
            "recovery.enabled is ignored: a passwd-file has no place for recovery addresses, so the forgotten-password flow is off (administrators can still issue reset links)"
                .to_owned()
        })
    }
}
