//! Recovery addresses in an attribute of the mailbox's entry (e.g.
//! `otherMailbox`), read and replaced by the service account.

use std::sync::Arc;

use async_trait::async_trait;
use ldap3::{Mod, Scope, SearchEntry, SearchOptions};

use super::{describe, LdapStore, SIZE_LIMIT_EXCEEDED};
use crate::domain::EmailAddress;
use crate::store::recovery::RecoveryAddresses;
use crate::store::StoreError;

pub struct LdapRecovery {
    store: Arc<LdapStore>,
    attribute: String,
    writable: bool,
}

impl LdapRecovery {
    pub fn new(store: Arc<LdapStore>, attribute: String, writable: bool) -> Self {
        Self {
            store,
            attribute,
            writable,
        }
    }

    /// The one entry the filter finds, and its values of the attribute.
    async fn entry(&self, mailbox: &EmailAddress) -> Result<(String, Vec<String>), StoreError> {
        let store = &self.store;
        let filter = store.config.filter.for_mailbox(mailbox);
        let mut ldap = store.service().await?;
        let searched = ldap
            .with_search_options(SearchOptions::new().sizelimit(2))
            .with_timeout(store.config.op_timeout)
            .search(
                &store.config.base_dn,
                Scope::Subtree,
                &filter,
                vec![self.attribute.as_str()],
            )
            .await;
        let ldap3::SearchResult(entries, result) = match searched {
            Ok(found) => found,
            Err(source) => {
                store.forget_service().await;
                return Err(store.op_error("search", source));
            }
        };
        if result.rc != 0 && result.rc != SIZE_LIMIT_EXCEEDED {
            return Err(StoreError::Config(format!(
                "searching {} for {filter}: {}",
                store.config.base_dn,
                describe(&result)
            )));
        }
        let mut entries: Vec<SearchEntry> = entries
            .into_iter()
            .filter(|e| !e.is_ref() && !e.is_intermediate())
            .map(SearchEntry::construct)
            .collect();
        if entries.len() > 1 || result.rc == SIZE_LIMIT_EXCEEDED {
            return Err(StoreError::DuplicateUser {
                user: mailbox.to_string(),
                count: entries.len().max(2),
                place: format!("{} (filter {filter})", store.config.base_dn),
            });
        }
        let entry = entries
            .pop()
            .ok_or_else(|| StoreError::UnknownUser(mailbox.to_string()))?;
        let values = entry
            .attrs
            .into_iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(&self.attribute))
            .map(|(_, values)| values)
            .unwrap_or_default();
        Ok((entry.dn, values))
    }
}

#[async_trait]
impl RecoveryAddresses for LdapRecovery {
    async fn read(&self, mailbox: &EmailAddress) -> Result<Option<String>, StoreError> {
        let (dn, values) = self.entry(mailbox).await?;
        match values.as_slice() {
            [] => Ok(None),
            [value] => Ok(Some(value.trim().to_owned()).filter(|v| !v.is_empty())),
            several => Err(StoreError::BadStoredValue {
                user: mailbox.to_string(),
                problem: format!(
                    "{dn} has {} {} values; refusing to guess which one counts",
                    several.len(),
                    self.attribute
                ),
            }),
        }
    }

    async fn write(&self, mailbox: &EmailAddress, address: &str) -> Result<(), StoreError> {
        if !self.writable {
            return Err(StoreError::Config(
                "recovery.writable is off for this directory".to_owned(),
            ));
        }
        let (dn, _) = self.entry(mailbox).await?;
        let store = &self.store;
        let mut ldap = store.service().await?;
        let attribute = self.attribute.as_str();
        let modified = ldap
            .with_timeout(store.config.op_timeout)
            .modify(&dn, vec![Mod::Replace(attribute, [address].into())])
            .await;
        match modified {
            Ok(result) if result.rc == 0 => Ok(()),
            Ok(result) => Err(StoreError::Config(format!(
                "the service account may not write {attribute} of {dn}: {}",
                describe(&result)
            ))),
            Err(source) => {
                store.forget_service().await;
                Err(store.op_error("modify", source))
            }
        }
    }

    fn writable(&self) -> bool {
        self.writable
    }
}
