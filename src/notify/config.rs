//! The `[notify]` section: the mail sent after a change.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::Mailbox;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::net::is_loopback_host;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SmtpSecurity {
    Tls,
    Starttls,
    Plain,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NotifySettings {
    /// Send a mail to the mailbox after each change.
    pub enabled: bool,
    pub smtp_host: String,
    /// Defaults to 465 for `tls`, 587 for `starttls`, 25 for `plain`.
    pub smtp_port: Option<u16>,
    pub smtp_security: SmtpSecurity,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<SecretString>,
    pub ca_file: Option<PathBuf>,
    /// Sender, e.g. `"Passwort-Service <noreply@example.org>"`.
    pub from: String,
    /// Also informed of every change (e.g. the provider's security team).
    pub security_address: Option<String>,
    pub timeout_secs: u64,
}

impl Default for NotifySettings {
    fn default() -> Self {
        Self {
            enabled: false,
            smtp_host: "localhost".to_owned(),
            smtp_port: None,
            smtp_security: SmtpSecurity::Starttls,
            smtp_username: None,
            smtp_password: None,
            ca_file: None,
            from: String::new(),
            security_address: None,
            timeout_secs: 10,
        }
    }
}

/// A checked, enabled `[notify]` section.
#[derive(Debug, Clone)]
pub struct NotifyConfig {
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: SmtpSecurity,
    pub credentials: Option<(String, String)>,
    pub ca_file: Option<PathBuf>,
    pub from: Mailbox,
    pub security_address: Option<Mailbox>,
    pub timeout: Duration,
}

impl NotifySettings {
    pub fn effective_port(&self) -> u16 {
        self.smtp_port.unwrap_or(match self.smtp_security {
            SmtpSecurity::Tls => 465,
            SmtpSecurity::Starttls => 587,
            SmtpSecurity::Plain => 25,
        })
    }

    /// `None` when notifications are off; else what to send with, or every
    /// problem at once.
    pub fn check(&self) -> Result<Option<NotifyConfig>, Vec<String>> {
        if !self.enabled {
            return Ok(None);
        }
        let mut problems = Vec::new();
        let from = self.from.parse::<Mailbox>().map_err(|_| {
            problems.push(format!(
                "notify.from must be a mail address such as \"Passwort-Service <noreply@example.org>\", not {:?}",
                self.from
            ));
        });
        let security_address = match &self.security_address {
            None => Ok(None),
            Some(address) => address.parse::<Mailbox>().map(Some).map_err(|_| {
                problems.push(format!(
                    "notify.security_address is not a mail address: {address:?}"
                ));
            }),
        };
        if self.smtp_security == SmtpSecurity::Plain && !is_loopback_host(&self.smtp_host) {
            problems.push(format!(
                "notify.smtp_security = \"plain\" is only allowed to a loopback address, not {}",
                self.smtp_host
            ));
        }
        let credentials = match (&self.smtp_username, &self.smtp_password) {
            (Some(user), Some(password)) => {
                Some((user.clone(), password.expose_secret().to_owned()))
            }
            (None, None) => None,
            _ => {
                problems
                    .push("notify.smtp_username and notify.smtp_password go together".to_owned());
                None
            }
        };
        if self.timeout_secs == 0 {
            problems.push("notify.timeout_secs must be at least 1".to_owned());
        }
        match (from, security_address) {
            (Ok(from), Ok(security_address)) if problems.is_empty() => Ok(Some(NotifyConfig {
                smtp_host: self.smtp_host.clone(),
                smtp_port: self.effective_port(),
                smtp_security: self.smtp_security,
                credentials,
                ca_file: self.ca_file.clone(),
                from,
                security_address,
                timeout: Duration::from_secs(self.timeout_secs),
            })),
            _ => Err(problems),
        }
    }
}
