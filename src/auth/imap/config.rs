//! The `[auth.imap]` section: the mail server that checks passwords.

use std::path::PathBuf;

use serde::Deserialize;

use crate::net::is_loopback_host;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImapSecurity {
    Tls,
    Starttls,
    Plain,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImapMechanism {
    Auto,
    Login,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImapSettings {
    pub host: Option<String>,
    /// Defaults to 993 for `tls`, 143 otherwise.
    pub port: Option<u16>,
    pub security: ImapSecurity,
    pub ca_file: Option<PathBuf>,
    pub connect_timeout_secs: u64,
    /// Budget for the whole check: connect, greeting, TLS, login.
    pub timeout_secs: u64,
    /// Send the employee's IP in an IMAP `ID` command (`x-originating-ip`).
    /// Dovecot honours it only from `login_trusted_networks`, and ignores it
    /// otherwise; where honoured, its auth penalty hits the employee's IP
    /// instead of this service's.
    pub send_client_ip: bool,
    /// `auto`: AUTHENTICATE PLAIN where offered, else LOGIN; `login`: always LOGIN.
    pub mechanism: ImapMechanism,
    /// IMAP logins in flight at once, across all requests.
    pub max_in_flight: usize,
}

impl Default for ImapSettings {
    fn default() -> Self {
        Self {
            host: None,
            port: None,
            security: ImapSecurity::Tls,
            ca_file: None,
            connect_timeout_secs: 5,
            // Above Dovecot's longest auth penalty (15 s after a few
            // failures from one address) plus its auth_failure_delay (2 s):
            // an employee's typos must not turn into "mail server down".
            timeout_secs: 20,
            send_client_ip: true,
            mechanism: ImapMechanism::Auto,
            max_in_flight: 20,
        }
    }
}

impl ImapSettings {
    pub fn effective_port(&self) -> u16 {
        self.port.unwrap_or(match self.security {
            ImapSecurity::Tls => 993,
            ImapSecurity::Starttls | ImapSecurity::Plain => 143,
        })
    }

    /// Every problem with the section (needed when IMAP checks passwords
    /// or confirms a change).
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        match self.host.as_deref() {
            None | Some("") => {
                problems.push("auth.imap.host is required when auth.method = \"imap\"".to_owned())
            }
            Some(host) => {
                if self.security == ImapSecurity::Plain && !is_loopback_host(host) {
                    problems.push(format!(
                        "auth.imap.security = \"plain\" is only allowed to a loopback address, not {host}; use \"tls\" or \"starttls\""
                    ));
                }
            }
        }
        if self.connect_timeout_secs == 0 || self.timeout_secs == 0 {
            problems.push("auth.imap timeouts must be at least 1 second".to_owned());
        }
        if self.max_in_flight == 0 {
            problems.push("auth.imap.max_in_flight must be at least 1".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}
