//! The LDAP part of the `[store]` section, checked in one pass.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;
use serde::Deserialize;

use crate::domain::EmailAddress;
use crate::store::sql::config::{default_connect_timeout, default_query_timeout};

/// The `[store]` keys of `kind = "ldap"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LdapSettings {
    pub url: Option<String>,
    /// Upgrade `ldap://` with StartTLS.
    #[serde(default)]
    pub starttls: bool,
    /// The CA that signed the directory's certificate (beside the public roots).
    pub ca_file: Option<PathBuf>,
    /// The service account that searches, reads and restores.
    pub bind_dn: Option<String>,
    pub bind_password: Option<SecretString>,
    pub base_dn: Option<String>,
    /// Finds a mailbox's entry; `:email`, `:local_part`, `:domain`.
    pub filter: Option<String>,
    #[serde(default)]
    pub mode: LdapMode,
    #[serde(default = "default_attribute")]
    pub attribute: String,
    #[serde(default = "default_connect_timeout")]
    pub connect_timeout_secs: u64,
    #[serde(default = "default_query_timeout")]
    pub query_timeout_secs: u64,
}

fn default_attribute() -> String {
    "userPassword".to_owned()
}

impl Default for LdapSettings {
    fn default() -> Self {
        Self {
            url: None,
            starttls: false,
            ca_file: None,
            bind_dn: None,
            bind_password: None,
            base_dn: None,
            filter: None,
            mode: LdapMode::default(),
            attribute: default_attribute(),
            connect_timeout_secs: default_connect_timeout(),
            query_timeout_secs: default_query_timeout(),
        }
    }
}

/// How a new password reaches the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LdapMode {
    /// RFC 3062 Password Modify, bound as the employee: the directory
    /// hashes and applies its own password policy.
    #[default]
    Exop,
    /// The service account replaces the attribute with our hash.
    Replace,
}

/// A checked LDAP store configuration.
#[derive(Clone)]
pub struct LdapConfig {
    pub url: String,
    pub starttls: bool,
    pub ca_file: Option<PathBuf>,
    pub bind_dn: String,
    pub bind_password: SecretString,
    pub base_dn: String,
    pub filter: FilterTemplate,
    pub mode: LdapMode,
    pub attribute: String,
    pub connect_timeout: Duration,
    pub op_timeout: Duration,
}

impl LdapConfig {
    pub fn compile(store: &LdapSettings) -> Result<Self, Vec<String>> {
        let mut problems = Vec::new();
        let mut required = |key: &str, value: &Option<String>| match value {
            Some(v) if !v.trim().is_empty() => v.clone(),
            _ => {
                problems.push(format!("store.{key} is required for store.kind = \"ldap\""));
                String::new()
            }
        };
        let url = required("url", &store.url);
        let bind_dn = required("bind_dn", &store.bind_dn);
        let base_dn = required("base_dn", &store.base_dn);
        let filter = required("filter", &store.filter);
        let bind_password = store.bind_password.clone();
        if bind_password.is_none() {
            problems.push(
                "store.bind_password (or bind_password_file) is required for store.kind = \"ldap\""
                    .to_owned(),
            );
        }
        if !url.is_empty() {
            if let Err(problem) = check_url(&url, store.starttls) {
                problems.push(problem);
            }
        }
        let filter = if filter.is_empty() {
            None
        } else {
            FilterTemplate::parse(&filter)
                .map_err(|problem| problems.push(format!("store.filter: {problem}")))
                .ok()
        };
        if store.attribute.is_empty()
            || !store
                .attribute
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ';')
        {
            problems.push(format!(
                "store.attribute {:?} is not an LDAP attribute name",
                store.attribute
            ));
        }
        if let Some(ca) = &store.ca_file {
            if !ca.is_file() {
                problems.push(format!(
                    "store.ca_file {} is not a readable file",
                    ca.display()
                ));
            }
        }
        match (filter, bind_password) {
            (Some(filter), Some(bind_password)) if problems.is_empty() => Ok(LdapConfig {
                url,
                starttls: store.starttls,
                ca_file: store.ca_file.clone(),
                bind_dn,
                bind_password,
                base_dn,
                filter,
                mode: store.mode,
                attribute: store.attribute.clone(),
                connect_timeout: Duration::from_secs(store.connect_timeout_secs),
                op_timeout: Duration::from_secs(store.query_timeout_secs),
            }),
            _ => Err(problems),
        }
    }

    /// Allowed, but the operator should hear of it.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.mode == LdapMode::Replace {
            warnings.push(
                "store.mode = \"replace\": mailpasswd writes the hash itself, so the directory's own password policy (ppolicy: quality, history, minimum age) is not applied; \"exop\" lets the directory decide"
                    .to_owned(),
            );
        }
        warnings
    }
}

/// Passwords and the service account's credentials never cross a network
/// in plain text: `ldap://` without StartTLS only to loopback.
fn check_url(url: &str, starttls: bool) -> Result<(), String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("store.url is not a URL: {e}"))?;
    match parsed.scheme() {
        "ldaps" => {
            if starttls {
                return Err(
                    "store.starttls = true needs an ldap:// URL (ldaps:// is TLS already)"
                        .to_owned(),
                );
            }
            Ok(())
        }
        "ldapi" => Ok(()),
        "ldap" => {
            let host = parsed.host_str().unwrap_or("");
            if starttls || crate::net::is_loopback_host(host) {
                Ok(())
            } else {
                Err(format!(
                    "store.url: ldap://{host} would send passwords readable on the network; use ldaps:// or starttls = true (plain ldap:// only to loopback)"
                ))
            }
        }
        other => Err(format!(
            "store.url: scheme {other}:// is not LDAP (use ldap://, ldaps:// or ldapi://)"
        )),
    }
}

/// The search filter with its `:email`, `:local_part` and `:domain`
/// parameters found once, when the configuration is read.
#[derive(Debug, Clone)]
pub struct FilterTemplate {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Email,
    Local,
    Domain,
}

impl FilterTemplate {
    pub fn parse(template: &str) -> Result<Self, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut rest = template;
        while let Some(at) = rest.find(':') {
            text.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let name_len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            let part = match &after[..name_len] {
                "email" => Part::Email,
                "local_part" => Part::Local,
                "domain" => Part::Domain,
                "" => {
                    text.push(':');
                    rest = after;
                    continue;
                }
                unknown => {
                    return Err(format!(
                        "unknown parameter :{unknown} (use :email, :local_part, :domain)"
                    ))
                }
            };
            parts.push(Part::Text(std::mem::take(&mut text)));
            parts.push(part);
            rest = &after[name_len..];
        }
        text.push_str(rest);
        parts.push(Part::Text(text));
        parts.retain(|p| *p != Part::Text(String::new()));
        let template = FilterTemplate { parts };
        let has = |p: &Part| template.parts.contains(p);
        if !(has(&Part::Email) || (has(&Part::Local) && has(&Part::Domain))) {
            return Err(
                "must select the entry by :email, or by :local_part and :domain together"
                    .to_owned(),
            );
        }
        let sample = template.fill_with("a", "b.example", "a@b.example", false);
        ldap3::parse_filter(&sample).map_err(|_| format!("{sample:?} is not an LDAP filter"))?;
        Ok(template)
    }

    /// The filter for one mailbox, each value escaped (RFC 4515), so that
    /// an address can never add a condition of its own.
    pub fn for_mailbox(&self, mailbox: &EmailAddress) -> String {
        self.fill_with(
            mailbox.local_part(),
            mailbox.domain(),
            mailbox.as_str(),
            true,
        )
    }

    /// The filter matching any mailbox entry (`*` for each parameter):
    /// `check-config` looks at one to test write access.
    pub fn any_mailbox(&self) -> String {
        self.fill_with("*", "*", "*", false)
    }

    fn fill_with(&self, local_part: &str, domain: &str, email: &str, escape: bool) -> String {
        let value = |v: &str| {
            if escape {
                ldap3::ldap_escape(v).into_owned()
            } else {
                v.to_owned()
            }
        };
        self.parts
            .iter()
            .map(|part| match part {
                Part::Text(text) => text.clone(),
                Part::Email => value(email),
                Part::Local => value(local_part),
                Part::Domain => value(domain),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> LdapSettings {
        LdapSettings {
            url: Some("ldap://127.0.0.1:389".to_owned()),
            bind_dn: Some("cn=mailpasswd,dc=example,dc=org".to_owned()),
            bind_password: Some("secret".into()),
            base_dn: Some("ou=mail,dc=example,dc=org".to_owned()),
            filter: Some("(&(objectClass=inetOrgPerson)(mail=:email))".to_owned()),
            ..LdapSettings::default()
        }
    }

    #[test]
    fn values_are_escaped_so_they_add_no_condition() {
        // Addresses allow only [a-z0-9._-]; the escaping holds without
        // relying on that.
        let filter = FilterTemplate::parse("(&(uid=:local_part)(dc=:domain))").unwrap();
        let made = filter.fill_with("a*)(uid=*", "example.org", "unused", true);
        assert_eq!(made, r"(&(uid=a\2a\29\28uid=\2a)(dc=example.org))");
        assert!(ldap3::parse_filter(&made).is_ok());
    }

    #[test]
    fn parameters_are_found_once_and_values_never_reread() {
        let filter = FilterTemplate::parse("(mail=:email)").unwrap();
        let domains = crate::domain::MailDomains::new(["example.org"]).unwrap();
        let mailbox = EmailAddress::parse("max@example.org", &domains).unwrap();
        assert_eq!(filter.for_mailbox(&mailbox), "(mail=max@example.org)");
        // A value that looks like a parameter stays a value.
        assert_eq!(
            filter.fill_with("x", "y", "x:domain@y", true),
            "(mail=x:domain@y)"
        );
        assert_eq!(filter.any_mailbox(), "(mail=*)");
    }

    #[test]
    fn a_filter_must_select_by_address_and_parse() {
        for (bad, why) in [
            ("(objectClass=inetOrgPerson)", "must select"),
            ("(uid=:local_part)", "must select"),
            ("(mail=:mail)", "unknown parameter"),
            ("(&(mail=:email)", "not an LDAP filter"),
        ] {
            let problem = FilterTemplate::parse(bad).unwrap_err();
            assert!(problem.contains(why), "{bad}: {problem}");
        }
        assert!(FilterTemplate::parse("(&(uid=:local_part)(associatedDomain=:domain))").is_ok());
    }

    #[test]
    fn plain_text_only_to_loopback() {
        let mut store = settings();
        assert!(LdapConfig::compile(&store).is_ok());
        store.url = Some("ldap://ldap.example.org".to_owned());
        let problems = LdapConfig::compile(&store).err().unwrap().join("\n");
        assert!(
            problems.contains("plain ldap:// only to loopback"),
            "{problems}"
        );
        store.starttls = true;
        assert!(LdapConfig::compile(&store).is_ok());
        store.url = Some("ldaps://ldap.example.org".to_owned());
        store.starttls = false;
        assert!(LdapConfig::compile(&store).is_ok());
    }

    #[test]
    fn every_missing_key_is_named_at_once() {
        let problems = LdapConfig::compile(&LdapSettings::default())
            .err()
            .unwrap()
            .join("\n");
        for key in [
            "store.url",
            "store.bind_dn",
            "store.bind_password",
            "store.base_dn",
            "store.filter",
        ] {
            assert!(problems.contains(key), "{key} not named: {problems}");
        }
    }
}
