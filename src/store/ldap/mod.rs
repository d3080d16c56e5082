//! An LDAP directory (OpenLDAP, 389 DS) as the credential store, read by
//! Dovecot's `ldap` passdb (binding as the user, or reading the attribute).
//!
//! A service account finds each mailbox's entry (exactly one, by the
//! configured filter) and reads its password value, kept for a restore.
//! `exop` mode changes the password as the employee with an RFC 3062
//! Password Modify, so the directory hashes it and applies its own policy;
//! `replace` mode writes our hash with the service account. Every write
//! that replaces a known value deletes exactly that value and adds the new
//! one in one modify, which the directory applies atomically or not at
//! all: a compare-and-swap.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use ldap3::exop::PasswordModify;
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, LdapError, LdapResult, Mod, Scope};
use ldap3::{SearchEntry, SearchOptions};
use rustls::ClientConfig;
use secrecy::ExposeSecret;

use super::{Accepts, CredentialStore, Replaced, StoreError};
use crate::domain::{EmailAddress, MailDomains, Password, PasswordHash, Scheme};

pub mod config;
mod ppolicy;
mod recovery;

pub use config::{LdapConfig, LdapMode};
pub use recovery::LdapRecovery;

const NO_SUCH_ATTRIBUTE: u32 = 16;
const INVALID_CREDENTIALS: u32 = 49;
const SIZE_LIMIT_EXCEEDED: u32 = 4;

pub struct LdapStore {
    config: LdapConfig,
    tls: Arc<ClientConfig>,
    /// The service account's bound connection, shared by all requests
    /// (LDAP multiplexes operations) and made again once it closes.
    service: tokio::sync::Mutex<Option<Ldap>>,
    /// An address of a served domain that no entry has, for `check-config`.
    probe_mailbox: EmailAddress,
    /// Set when a write showed the service account lacks `manage` (see
    /// `written_or_refused`), until a write succeeds: `readyz` says so.
    missing_manage: ppolicy::MissingManage,
}

/// One mailbox's entry, as the service account sees it.
struct Entry {
    dn: String,
    /// The value byte for byte, as a modify must name it to delete it.
    raw: String,
    /// The same without the NUL bytes slapd's argon2 module appends to its
    /// hashes (they end the C string it verifies, so they carry nothing).
    value: PasswordHash,
}

impl LdapStore {
    pub fn new(config: LdapConfig, domains: &MailDomains) -> Result<Self, StoreError> {
        let tls = crate::tls::client_config(config.ca_file.as_deref())
            .map_err(|e| StoreError::Config(e.to_string()))?;
        Ok(Self {
            config,
            tls,
            service: tokio::sync::Mutex::new(None),
            probe_mailbox: domains.probe_address(),
            missing_manage: ppolicy::MissingManage::default(),
        })
    }

    fn secs(&self) -> u64 {
        self.config.op_timeout.as_secs()
    }

    /// A new connection (TLS as configured), not yet bound.
    async fn connect(&self) -> Result<Ldap, StoreError> {
        let settings = LdapConnSettings::new()
            .set_conn_timeout(self.config.connect_timeout)
            .set_starttls(self.config.starttls)
            .set_config(Arc::clone(&self.tls));
        let (connection, ldap) = LdapConnAsync::with_settings(settings, &self.config.url)
            .await
            .map_err(|source| StoreError::Directory {
                action: "connect",
                source: Box::new(source),
            })?;
        ldap3::drive!(connection);
        Ok(ldap)
    }

    /// The service account's connection, bound; made once and shared.
    async fn service(&self) -> Result<Ldap, StoreError> {
        let mut slot = self.service.lock().await;
        if let Some(ldap) = slot.as_mut() {
            if !ldap.is_closed() {
                return Ok(ldap.clone());
            }
        }
        *slot = None;
        let mut ldap = self.connect().await?;
        let bound = ldap
            .with_timeout(self.config.op_timeout)
            .simple_bind(
                &self.config.bind_dn,
                self.config.bind_password.expose_secret(),
            )
            .await;
        match bound {
            Ok(result) if result.rc == 0 => {}
            Ok(result) => {
                return Err(StoreError::Config(format!(
                    "the service account {} cannot bind: {}",
                    self.config.bind_dn,
                    describe(&result)
                )))
            }
            Err(source) => return Err(self.op_error("service account bind", source)),
        }
        *slot = Some(ldap.clone());
        Ok(ldap)
    }

    /// After an error that may have left the shared connection unusable.
    async fn forget_service(&self) {
        *self.service.lock().await = None;
    }

    fn op_error(&self, action: &'static str, source: LdapError) -> StoreError {
        match source {
            LdapError::Timeout { .. } => StoreError::Timeout {
                action,
                secs: self.secs(),
            },
            source => StoreError::Directory {
                action,
                source: Box::new(source),
            },
        }
    }

    /// The one entry the filter finds for `mailbox`, with its password.
    async fn find(&self, mailbox: &EmailAddress) -> Result<Entry, StoreError> {
        let filter = self.config.filter.for_mailbox(mailbox);
        let mut ldap = self.service().await?;
        let searched = ldap
            .with_search_options(SearchOptions::new().sizelimit(2))
            .with_timeout(self.config.op_timeout)
            .search(
                &self.config.base_dn,
                Scope::Subtree,
                &filter,
                vec![self.config.attribute.as_str()],
            )
            .await;
        let ldap3::SearchResult(entries, result) = match searched {
            Ok(found) => found,
            Err(source) => {
                self.forget_service().await;
                return Err(self.op_error("search", source));
            }
        };
        if result.rc != 0 && result.rc != SIZE_LIMIT_EXCEEDED {
            return Err(StoreError::Config(format!(
                "searching {} for {filter}: {}",
                self.config.base_dn,
                describe(&result)
            )));
        }
        let mut entries: Vec<SearchEntry> = entries
            .into_iter()
            .filter(|entry| !entry.is_ref() && !entry.is_intermediate())
            .map(SearchEntry::construct)
            .collect();
        if entries.len() > 1 || result.rc == SIZE_LIMIT_EXCEEDED {
            return Err(StoreError::DuplicateUser {
                user: mailbox.to_string(),
                count: entries.len().max(2),
                place: format!("{} (filter {filter})", self.config.base_dn),
            });
        }
        let entry = entries
            .pop()
            .ok_or_else(|| StoreError::UnknownUser(mailbox.to_string()))?;
        let raw = self.password_value(mailbox, &entry)?;
        let value = PasswordHash::parse(raw.trim_end_matches('\0')).map_err(|e| {
            StoreError::BadStoredValue {
                user: mailbox.to_string(),
                problem: e.to_string(),
            }
        })?;
        Ok(Entry {
            dn: entry.dn,
            raw,
            value,
        })
    }

    /// The entry's single password value, exactly as stored.
    fn password_value(
        &self,
        mailbox: &EmailAddress,
        entry: &SearchEntry,
    ) -> Result<String, StoreError> {
        let bad = |problem: String| StoreError::BadStoredValue {
            user: mailbox.to_string(),
            problem,
        };
        let attribute = &self.config.attribute;
        let named = |name: &String| name.eq_ignore_ascii_case(attribute);
        if entry.bin_attrs.keys().any(named) {
            return Err(bad(format!("{attribute} of {} is not text", entry.dn)));
        }
        let values = entry
            .attrs
            .iter()
            .find(|(name, _)| named(name))
            .map(|(_, values)| values.as_slice())
            .unwrap_or_default();
        match values {
            [value] => Ok(value.clone()),
            [] => Err(bad(format!(
                "{} has no {attribute} the service account can read (its ACL needs read and write on {attribute})",
                entry.dn
            ))),
            several => Err(bad(format!(
                "{} has {} {attribute} values; refusing to guess which one counts",
                entry.dn,
                several.len()
            ))),
        }
    }

    /// Deletes exactly `old` and adds `new` as the service account: the
    /// directory applies both or neither.
    async fn swap(
        &self,
        mailbox: &EmailAddress,
        dn: &str,
        old: &str,
        new: &str,
    ) -> Result<(), StoreError> {
        let attribute = self.config.attribute.as_str();
        let mut ldap = self.service().await?;
        let modified = ldap
            .with_controls(vec![ppolicy::request()])
            .with_timeout(self.config.op_timeout)
            .modify(
                dn,
                vec![
                    Mod::Delete(attribute, [old].into()),
                    Mod::Add(attribute, [new].into()),
                ],
            )
            .await;
        let result = match modified {
            Ok(result) => result,
            Err(LdapError::Timeout { .. }) => {
                return Err(StoreError::OutcomeUnknown {
                    user: mailbox.to_string(),
                    reason: format!(
                        "the directory did not answer the modify of {dn} within {} s",
                        self.secs()
                    ),
                })
            }
            Err(source) => {
                self.forget_service().await;
                return Err(StoreError::Directory {
                    action: "modify",
                    source: Box::new(source),
                });
            }
        };
        self.written_or_refused(mailbox, dn, &result, "the service account")
    }

    /// The outcome of a password write the directory answered.
    fn written_or_refused(
        &self,
        mailbox: &EmailAddress,
        dn: &str,
        result: &LdapResult,
        who: &str,
    ) -> Result<(), StoreError> {
        match result.rc {
            0 => {
                self.missing_manage.note(None);
                Ok(())
            }
            NO_SUCH_ATTRIBUTE => Err(StoreError::Superseded {
                user: mailbox.to_string(),
            }),
            // OpenLDAP's Password Modify when the old password stopped
            // verifying between the employee's bind and the request:
            // someone else changed it, not a rule of the directory.
            ppolicy::UNWILLING_TO_PERFORM if result.text.contains("verify old password") => {
                Err(StoreError::Superseded {
                    user: mailbox.to_string(),
                })
            }
            // Not the provider's policy: the operator's ACL. Told as such,
            // and kept for readyz until a write succeeds.
            _ if self.config.mode == LdapMode::Replace && ppolicy::wants_old_password(result) => {
                let problem = format!(
                    "{who} has write but not manage access to {} (ppolicy treats its replace as the user's own change and wants the old password; give it `manage`, see the README): {}",
                    self.config.attribute,
                    describe(result)
                );
                self.missing_manage.note(Some(problem.clone()));
                Err(StoreError::Config(problem))
            }
            rc if ppolicy::is_access_problem(rc) => Err(StoreError::Config(format!(
                "{who} may not change {} of {dn}: {} (see the README for the ACL)",
                self.config.attribute,
                describe(result)
            ))),
            _ => match ppolicy::refusal(result) {
                Some(rule) => Err(StoreError::Refused {
                    user: mailbox.to_string(),
                    rule,
                    text: describe(result),
                }),
                None => Err(StoreError::Config(format!(
                    "changing the password of {dn}: {}",
                    describe(result)
                ))),
            },
        }
    }

    /// A connection of its own, bound as the employee with `current`.
    async fn bind_as_employee(
        &self,
        mailbox: &EmailAddress,
        dn: &str,
        current: &Password,
    ) -> Result<Ldap, StoreError> {
        let mut ldap = self.connect().await?;
        let bound = ldap
            .with_timeout(self.config.op_timeout)
            .simple_bind(dn, current.expose())
            .await
            .map_err(|source| self.op_error("bind as the employee", source))?;
        match bound.rc {
            0 => Ok(ldap),
            // The password that logged in no longer binds: changed (or
            // locked) since.
            INVALID_CREDENTIALS => Err(StoreError::Superseded {
                user: mailbox.to_string(),
            }),
            _ => Err(StoreError::Config(format!(
                "binding as {dn}: {}",
                describe(&bound)
            ))),
        }
    }

    /// RFC 3062 Password Modify: bound as the employee with `current`, or
    /// (without it, for `set-password`) as the service account.
    async fn password_modify(
        &self,
        mailbox: &EmailAddress,
        dn: &str,
        current: Option<&Password>,
        new: &Password,
    ) -> Result<(), StoreError> {
        let (mut ldap, request, who) = match current {
            Some(current) => {
                let ldap = self.bind_as_employee(mailbox, dn, current).await?;
                let request = PasswordModify {
                    user_id: None,
                    old_pass: Some(current.expose()),
                    new_pass: Some(new.expose()),
                };
                (ldap, request, "the employee")
            }
            None => {
                let request = PasswordModify {
                    user_id: Some(dn),
                    old_pass: None,
                    new_pass: Some(new.expose()),
                };
                (self.service().await?, request, "the service account")
            }
        };
        let answered = ldap
            .with_controls(vec![ppolicy::request()])
            .with_timeout(self.config.op_timeout)
            .extended(request)
            .await;
        if current.is_some() {
            // Best effort: the connection was the employee's alone.
            let _ = ldap.unbind().await;
        }
        match answered {
            Ok(ldap3::result::ExopResult(_, result)) => {
                self.written_or_refused(mailbox, dn, &result, who)
            }
            Err(LdapError::Timeout { .. }) => Err(StoreError::OutcomeUnknown {
                user: mailbox.to_string(),
                reason: format!(
                    "the directory did not answer the Password Modify within {} s",
                    self.secs()
                ),
            }),
            Err(source) => Err(StoreError::OutcomeUnknown {
                user: mailbox.to_string(),
                reason: format!("the Password Modify got no answer: {source}"),
            }),
        }
    }

    /// Our hash in the notation the directory verifies: `{CRYPT}` for the
    /// crypt(3) schemes, `{ARGON2}` for slapd's argon2 module.
    fn directory_value(hash: &PasswordHash) -> String {
        match hash.scheme() {
            Scheme::Sha512Crypt | Scheme::Sha256Crypt | Scheme::BlfCrypt => {
                format!("{{CRYPT}}{}", hash.body())
            }
            Scheme::Argon2 => format!("{{ARGON2}}{}", hash.body()),
            // A value read from the directory (a restore) goes back as it was.
            Scheme::Crypt | Scheme::Unsupported => hash.as_str().to_owned(),
        }
    }

    fn superseded_unless(
        mailbox: &EmailAddress,
        stored: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<(), StoreError> {
        if expected.is_some_and(|expected| expected != stored) {
            Err(StoreError::Superseded {
                user: mailbox.to_string(),
            })
        } else {
            Ok(())
        }
    }
}

fn describe(result: &LdapResult) -> String {
    if result.text.is_empty() {
        format!("LDAP result {}", result.rc)
    } else {
        format!("LDAP result {} ({})", result.rc, result.text)
    }
}

#[async_trait]
impl CredentialStore for LdapStore {
    fn accepts(&self) -> Accepts {
        match self.config.mode {
            LdapMode::Exop => Accepts::Password,
            LdapMode::Replace => Accepts::Hash,
        }
    }

    async fn lookup(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError> {
        Ok(self.find(mailbox).await?.value)
    }

    async fn replace(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        let entry = self.find(mailbox).await?;
        Self::superseded_unless(mailbox, &entry.value, expected)?;
        let value = Self::directory_value(new);
        self.swap(mailbox, &entry.dn, &entry.raw, &value).await?;
        let written = PasswordHash::parse(&value).map_err(|e| StoreError::BadStoredValue {
            user: mailbox.to_string(),
            problem: e.to_string(),
        })?;
        Ok(Replaced::visible_now(entry.value, written))
    }

    async fn set_password(
        &self,
        mailbox: &EmailAddress,
        current: Option<&Password>,
        new: &Password,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        let entry = self.find(mailbox).await?;
        Self::superseded_unless(mailbox, &entry.value, expected)?;
        self.password_modify(mailbox, &entry.dn, current, new)
            .await?;
        // What the directory made of it, for a restore that writes only
        // over this value.
        let written = self
            .find(mailbox)
            .await
            .map_err(|e| StoreError::OutcomeUnknown {
                user: mailbox.to_string(),
                reason: format!(
                    "the directory took the new password, but reading it back failed: {e}"
                ),
            })?
            .value;
        Ok(Replaced::visible_now(entry.value, written))
    }

    /// Binds, searches for an address no entry has, and checks that the
    /// service account may write the attribute by deleting a value that
    /// does not exist: refused for lack of rights (50), or "no such value"
    /// (16) with nothing written.
    async fn probe(&self) -> Result<(), StoreError> {
        match self.find(&self.probe_mailbox).await {
            Err(StoreError::UnknownUser(_)) => {}
            Ok(_) | Err(StoreError::DuplicateUser { .. }) => {
                return Err(StoreError::Config(format!(
                    "the filter finds an entry for {}, an address that should not exist: is store.filter too wide?",
                    self.probe_mailbox
                )))
            }
            Err(e) => return Err(e),
        }
        let mut ldap = self.service().await?;
        let any = self.config.filter.any_mailbox();
        let ldap3::SearchResult(entries, _) = ldap
            .with_search_options(SearchOptions::new().sizelimit(1))
            .with_timeout(self.config.op_timeout)
            .search(&self.config.base_dn, Scope::Subtree, &any, vec!["1.1"])
            .await
            .map_err(|source| self.op_error("search", source))?;
        let Some(entry) = entries
            .into_iter()
            .find(|e| !e.is_ref() && !e.is_intermediate())
            .map(SearchEntry::construct)
        else {
            return Err(StoreError::Config(format!(
                "no entry under {} matches {any}: cannot check write access to {}",
                self.config.base_dn, self.config.attribute
            )));
        };
        let attribute = self.config.attribute.as_str();
        let marker = format!("mailpasswd-write-probe-{}", crate::token::random_token());
        let result = ldap
            .with_timeout(self.config.op_timeout)
            .modify(
                &entry.dn,
                vec![Mod::Delete(attribute, [marker.as_str()].into())],
            )
            .await
            .map_err(|source| self.op_error("modify", source))?;
        match result.rc {
            NO_SUCH_ATTRIBUTE => Ok(()),
            rc if ppolicy::is_access_problem(rc) => Err(StoreError::Config(format!(
                "the service account {} may not write {attribute} (tried on {}): {}",
                self.config.bind_dn,
                entry.dn,
                describe(&result)
            ))),
            _ => Err(StoreError::Config(format!(
                "checking write access to {attribute} of {}: {}",
                entry.dn,
                describe(&result)
            ))),
        }
    }

    /// The service account is bound and the base entry answers (and no
    /// write showed it lacks `manage`).
    async fn ready(&self) -> Result<(), StoreError> {
        if let Some(problem) = self.missing_manage.known() {
            return Err(StoreError::Config(problem));
        }
        let mut ldap = self.service().await?;
        let searched = ldap
            .with_timeout(self.config.op_timeout.min(Duration::from_secs(3)))
            .search(
                &self.config.base_dn,
                Scope::Base,
                "(objectClass=*)",
                vec!["1.1"],
            )
            .await;
        match searched {
            Ok(ldap3::SearchResult(_, result)) if result.rc == 0 => Ok(()),
            Ok(ldap3::SearchResult(_, result)) => Err(StoreError::Config(format!(
                "reading {}: {}",
                self.config.base_dn,
                describe(&result)
            ))),
            Err(source) => {
                self.forget_service().await;
                Err(self.op_error("search", source))
            }
        }
    }
}
