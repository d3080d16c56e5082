//! The sections the web layer owns: `[server]`, `[session]`, `[ui]` and
//! `[rate_limit]`.

use std::net::SocketAddr;

use ipnet::IpNet;
use secrecy::{ExposeSecret, SecretString};

use crate::i18n::Lang;
use serde::Deserialize;
use url::Url;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSettings {
    pub listen: SocketAddr,
    /// Links, cookies and mail texts are built from it; its path is the prefix.
    /// Defaults to `http://<listen>/`.
    pub public_url: Option<Url>,
    #[serde(deserialize_with = "crate::net::networks")]
    pub trusted_proxies: Vec<IpNet>,
    /// The forwarding header `trusted_proxies` set: "x-forwarded-for" or
    /// "forwarded" (RFC 7239); the other one is ignored.
    pub client_ip_header: crate::web::client_ip::ForwardedHeader,
    /// Clients `/readyz` and `/metrics` answer (others get 404): loopback
    /// and the private ranges by default.
    #[serde(deserialize_with = "crate::net::networks")]
    pub internal_networks: Vec<IpNet>,
    /// Signs CSRF tokens and device cookies. Unset: a random one per start
    /// (forms open during a restart and trusted browsers are then forgotten).
    pub secret: Option<SecretString>,
    /// Connections served at once; more wait in the kernel's queue.
    pub max_connections: usize,
    /// A request's headers and its body must each arrive within this long.
    pub request_timeout_secs: u64,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: None,
            trusted_proxies: Vec::new(),
            client_ip_header: Default::default(),
            internal_networks: crate::web::client_ip::private_networks(),
            secret: None,
            max_connections: 512,
            request_timeout_secs: 10,
        }
    }
}

impl ServerSettings {
    pub fn public_url(&self) -> Url {
        match &self.public_url {
            Some(url) => url.clone(),
            None => {
                let mut url = Url::parse("http://localhost/").unwrap_or_else(|_| unreachable());
                // An IP literal or port never fails to apply to an http URL.
                let _ = url.set_ip_host(self.listen.ip());
                let _ = url.set_port(Some(self.listen.port()));
                url
            }
        }
    }

    /// The path prefix from `public_url`: "" or "/passwort".
    pub fn path_prefix(&self) -> String {
        self.public_url().path().trim_end_matches('/').to_owned()
    }

    /// The signing key from `secret`, if one is set.
    pub fn secret_key(&self) -> Option<[u8; 32]> {
        use sha2::Digest;
        self.secret
            .as_ref()
            .map(|secret| sha2::Sha256::digest(secret.expose_secret().as_bytes()).into())
    }

    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let public_url = self.public_url();
        if public_url.cannot_be_a_base() || !matches!(public_url.scheme(), "http" | "https") {
            problems.push("server.public_url must be an http:// or https:// URL".to_owned());
        }
        if self
            .secret
            .as_ref()
            .is_some_and(|s| s.expose_secret().chars().count() < 32)
        {
            problems.push(
                "server.secret must have at least 32 characters (e.g. `openssl rand -base64 32`)"
                    .to_owned(),
            );
        }
        if self.max_connections == 0 {
            problems.push("server.max_connections must be at least 1".to_owned());
        }
        if !(1..=300).contains(&self.request_timeout_secs) {
            problems.push("server.request_timeout_secs must be between 1 and 300".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

#[allow(clippy::panic)]
fn unreachable() -> Url {
    panic!("a literal URL failed to parse")
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionSettings {
    /// Absolute lifetime of the login between the two steps.
    pub ttl_secs: u64,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self { ttl_secs: 900 }
    }
}

impl SessionSettings {
    pub fn check(&self) -> Result<(), Vec<String>> {
        if self.ttl_secs < 30 || self.ttl_secs > 3600 {
            return Err(vec![
                "session.ttl_secs must be between 30 and 3600".to_owned()
            ]);
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UiSettings {
    /// Shown in the page header and the notification mail.
    pub provider_name: Option<String>,
    /// How to reach support (address, phone or URL), named on error pages
    /// and in the notification mail.
    pub support_contact: Option<String>,
    /// The webmail the success page links to.
    pub webmail_url: Option<Url>,
    /// The time zone clock times are shown in (IANA name).
    pub time_zone: String,
    /// The languages offered (codes such as "de", "en"); empty: every
    /// language of the catalogue.
    pub languages: Vec<String>,
    /// The language of a browser that asks for none of them.
    pub default_language: String,
}

impl Default for UiSettings {
    fn default() -> Self {
        Self {
            provider_name: None,
            support_contact: None,
            webmail_url: None,
            time_zone: "Europe/Berlin".to_owned(),
            languages: Vec::new(),
            default_language: "de".to_owned(),
        }
    }
}

impl UiSettings {
    /// The time zone clock times are shown in.
    pub fn zone(&self) -> Result<jiff::tz::TimeZone, String> {
        jiff::tz::TimeZone::get(&self.time_zone)
            .map_err(|e| format!("ui.time_zone {:?}: {e}", self.time_zone))
    }

    /// The languages offered and the default among them.
    pub fn languages(&self) -> Result<(Vec<Lang>, Lang), Vec<String>> {
        let mut problems = Vec::new();
        let known = || {
            Lang::ALL
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut offered = Vec::new();
        for code in &self.languages {
            match Lang::ALL.iter().find(|l| l.code() == code.as_str()) {
                Some(lang) if !offered.contains(lang) => offered.push(*lang),
                Some(_) => {}
                None => problems.push(format!(
                    "ui.languages: {code:?} is not a language of the catalogue ({})",
                    known()
                )),
            }
        }
        if self.languages.is_empty() {
            offered = Lang::ALL.to_vec();
        }
        let default = Lang::ALL
            .iter()
            .copied()
            .find(|l| l.code() == self.default_language.as_str());
        match default {
            Some(lang) if offered.contains(&lang) => {}
            _ => problems.push(format!(
                "ui.default_language {:?} must be one of the offered languages ({})",
                self.default_language,
                offered
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
        match default {
            Some(default) if problems.is_empty() => Ok((offered, default)),
            _ => Err(problems),
        }
    }

    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if let Err(e) = self.zone() {
            problems.push(e);
        }
        if let Err(found) = self.languages() {
            problems.extend(found);
        }
        if self
            .webmail_url
            .as_ref()
            .is_some_and(|url| !matches!(url.scheme(), "http" | "https"))
        {
            problems.push("ui.webmail_url must be an http:// or https:// URL".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimitSettings {
    /// Login attempts (form and API) per client IP.
    pub per_ip_per_minute: u32,
    pub per_ip_per_hour: u32,
    /// Failed logins per address within the window before delays start.
    pub failures_per_address: u32,
    pub failure_window_secs: u64,
    /// No longer used: an address gets at most `failures_per_address`
    /// failed checks in any `failure_window_secs`. Kept so that older
    /// configuration files still load.
    pub max_backoff_secs: u64,
}

impl Default for RateLimitSettings {
    fn default() -> Self {
        Self {
            per_ip_per_minute: 10,
            per_ip_per_hour: 100,
            failures_per_address: 5,
            failure_window_secs: 900,
            max_backoff_secs: 900,
        }
    }
}

impl RateLimitSettings {
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if self.per_ip_per_minute == 0
            || self.per_ip_per_hour == 0
            || self.failures_per_address == 0
        {
            problems.push("rate_limit counts must be at least 1".to_owned());
        }
        if self.failure_window_secs == 0 || self.max_backoff_secs == 0 {
            problems.push("rate_limit durations must be at least 1 second".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}
