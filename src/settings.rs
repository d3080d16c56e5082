//! Typed configuration: defaults → TOML file → `MAILPASSWD_<SECTION>__<KEY>`
//! environment variables → `*_file` secrets. Unknown keys are errors that
//! name the key, so a typo never silently falls back to a default.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Toml};
use figment::value::{Dict, Value};
use figment::Figment;
use ipnet::IpNet;
use serde::Deserialize;
use url::Url;

/// Where the configuration is read from when `--config` is not given.
pub const DEFAULT_CONFIG_PATH: &str = "/etc/mailpasswd/config.toml";
/// Environment variable naming the configuration file.
pub const CONFIG_ENV: &str = "MAILPASSWD_CONFIG";
const ENV_PREFIX: &str = "MAILPASSWD_";

/// Keys whose value may instead come from a file named by `<key>_file`
/// (Docker/systemd credentials), as `section.key` paths.
pub const SECRET_KEYS: &[&str] = &["notify.smtp_password", "store.url", "auth_cache.api_key"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub server: ServerSettings,
    pub mail: MailSettings,
    #[serde(default)]
    pub auth: AuthSettings,
    pub store: StoreSettings,
    #[serde(default)]
    pub hash: HashSettings,
    #[serde(default)]
    pub policy: PolicySettings,
    #[serde(default)]
    pub session: SessionSettings,
    #[serde(default)]
    pub ui: UiSettings,
    #[serde(default)]
    pub notify: NotifySettings,
    #[serde(default)]
    pub rate_limit: RateLimitSettings,
    #[serde(default)]
    pub audit: AuditSettings,
    #[serde(default)]
    pub auth_cache: AuthCacheSettings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CacheFlush {
    None,
    DoveadmApi,
    Command,
}

/// How Dovecot's auth cache learns of a change (an `sql` passdb with
/// `auth_cache_size` keeps the old password working until its TTL).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthCacheSettings {
    pub flush: CacheFlush,
    /// The doveadm HTTP API, e.g. `http://127.0.0.1:8080/doveadm/v1`.
    pub api_url: Option<Url>,
    /// Dovecot's `doveadm_api_key`.
    pub api_key: Option<String>,
    pub ca_file: Option<PathBuf>,
    /// Program and arguments; the mailbox is appended. Never run through a shell.
    pub command: Vec<String>,
    pub timeout_secs: u64,
}

impl Default for AuthCacheSettings {
    fn default() -> Self {
        Self {
            flush: CacheFlush::None,
            api_url: None,
            api_key: None,
            ca_file: None,
            command: Vec::new(),
            timeout_secs: 5,
        }
    }
}

impl std::fmt::Debug for AuthCacheSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthCacheSettings")
            .field("flush", &self.flush)
            .field("api_url", &self.api_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("command", &self.command)
            .finish_non_exhaustive()
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
    /// The longest delay an address can be given.
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

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditSettings {
    /// Append JSON lines to this file; unset: standard error.
    pub path: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionSettings {
    /// Absolute lifetime of the login between the two steps.
    pub ttl_secs: u64,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self { ttl_secs: 300 }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UiSettings {
    /// Shown in the page header and the notification mail.
    pub provider_name: Option<String>,
    /// How to reach support, named in the notification mail (address, phone or URL).
    pub support_contact: Option<String>,
}

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
    pub smtp_password: Option<String>,
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

impl NotifySettings {
    pub fn effective_port(&self) -> u16 {
        self.smtp_port.unwrap_or(match self.smtp_security {
            SmtpSecurity::Tls => 465,
            SmtpSecurity::Starttls => 587,
            SmtpSecurity::Plain => 25,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSettings {
    pub listen: SocketAddr,
    /// Links, cookies and mail texts are built from it; its path is the prefix.
    /// Defaults to `http://<listen>/`.
    pub public_url: Option<Url>,
    pub trusted_proxies: Vec<IpNet>,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: None,
            trusted_proxies: Vec::new(),
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
}

#[allow(clippy::panic)]
fn unreachable() -> Url {
    panic!("a literal URL failed to parse")
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// Only addresses in these domains are accepted.
    pub domains: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    Imap,
    Store,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthSettings {
    pub method: AuthMethod,
    /// After writing, log in with the new password before reporting success.
    pub confirm: bool,
    /// How long to keep trying that confirming login before restoring the old hash.
    pub confirm_timeout_secs: u64,
    pub imap: ImapSettings,
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            method: AuthMethod::Imap,
            confirm: true,
            confirm_timeout_secs: 5,
            imap: ImapSettings::default(),
        }
    }
}

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
            timeout_secs: 10,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoreKind {
    PasswdFile,
    Sql,
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

impl std::fmt::Debug for StoreSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreSettings")
            .field("kind", &self.kind)
            .field("path", &self.path)
            .field("url", &self.url.as_ref().map(|_| "<redacted>"))
            .field("password_query", &self.password_query)
            .field("update_query", &self.update_query)
            .finish_non_exhaustive()
    }
}

fn default_username_format() -> String {
    "%u".to_owned()
}

fn default_lock_timeout() -> u64 {
    10
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum HashScheme {
    #[serde(rename = "ARGON2ID")]
    Argon2id,
    #[serde(rename = "SHA512-CRYPT")]
    Sha512Crypt,
    #[serde(rename = "BLF-CRYPT")]
    BlfCrypt,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HashSettings {
    pub scheme: HashScheme,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// Rounds for SHA512-CRYPT (glibc's default is 5000).
    pub sha512_rounds: u32,
    /// Cost for BLF-CRYPT (each step doubles the time).
    pub bcrypt_cost: u32,
}

impl Default for HashSettings {
    fn default() -> Self {
        Self {
            scheme: HashScheme::Argon2id,
            memory_kib: 19456,
            iterations: 2,
            parallelism: 1,
            sha512_rounds: 5000,
            bcrypt_cost: 10,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicySettings {
    pub min_length: usize,
    pub max_length: usize,
    /// Extra refused passwords, one per line, compared case-insensitively.
    pub common_passwords_file: Option<PathBuf>,
    /// Words no password may contain (e.g. the provider's and customers' names);
    /// `ui.provider_name` is added automatically.
    pub context_words: Vec<String>,
}

impl Default for PolicySettings {
    fn default() -> Self {
        Self {
            min_length: 15,
            max_length: 128,
            common_passwords_file: None,
            context_words: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("configuration file {path} not found (set --config or MAILPASSWD_CONFIG)")]
    Missing { path: PathBuf },
    #[error("configuration: {0}")]
    Invalid(String),
    #[error("configuration has {} problem(s): {}", .0.len(), .0.join("; "))]
    Problems(Vec<String>),
}

impl Settings {
    /// Loads the file (which must exist) and the environment overrides.
    pub fn load(path: &Path) -> Result<Self, SettingsError> {
        if !path.is_file() {
            return Err(SettingsError::Missing {
                path: path.to_owned(),
            });
        }
        Self::from_figment(Figment::new().merge(Toml::file_exact(path)))
    }

    /// Parses TOML text plus the environment overrides (used by `demo` and tests).
    pub fn from_toml_str(toml: &str) -> Result<Self, SettingsError> {
        Self::from_figment(Figment::new().merge(Toml::string(toml)))
    }

    fn from_figment(base: Figment) -> Result<Self, SettingsError> {
        let figment = base.merge(
            Env::prefixed(ENV_PREFIX)
                .split("__")
                // MAILPASSWD_CONFIG names the file; MAILPASSWD_LOG the log filter.
                .ignore(&["config", "log"]),
        );
        let value: Value = figment
            .extract()
            .map_err(|e| SettingsError::Invalid(describe_figment_error(e)))?;
        let value = resolve_secret_files(value, SECRET_KEYS)?;
        let settings: Settings = Figment::from(figment::providers::Serialized::defaults(value))
            .extract()
            .map_err(|e| SettingsError::Invalid(describe_figment_error(e)))?;
        settings.validate()?;
        Ok(settings)
    }

    /// Every problem at once, so an operator fixes the file in one go.
    pub fn validate(&self) -> Result<(), SettingsError> {
        let mut problems = Vec::new();
        if self.mail.domains.is_empty() {
            problems.push("mail.domains must list at least one domain".to_owned());
        }
        for domain in &self.mail.domains {
            if let Err(e) = crate::domain::MailDomains::check_domain(domain) {
                problems.push(format!("mail.domains: {e}"));
            }
        }
        if self.auth.method == AuthMethod::Imap || self.auth.confirm {
            self.validate_imap(&mut problems);
        }
        if self.store.kind == StoreKind::PasswdFile && self.store.path.is_none() {
            problems.push("store.path is required for store.kind = \"passwd-file\"".to_owned());
        }
        if self.store.kind == StoreKind::Sql {
            problems.extend(crate::store::sql::check_settings(&self.store));
        }
        self.validate_auth_cache(&mut problems);
        let format_ok = self
            .store
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
        if let Err(e) = crate::hash::HashConfig::try_from(&self.hash) {
            problems.push(format!("hash: {e}"));
        }
        let p = &self.policy;
        if p.min_length < 8 {
            problems.push("policy.min_length must be at least 8".to_owned());
        }
        if p.max_length < p.min_length {
            problems.push("policy.max_length must not be below policy.min_length".to_owned());
        }
        if p.max_length > crate::domain::Password::MAX_CHARS {
            problems.push(format!(
                "policy.max_length must be at most {}",
                crate::domain::Password::MAX_CHARS
            ));
        }
        if self.session.ttl_secs < 30 || self.session.ttl_secs > 3600 {
            problems.push("session.ttl_secs must be between 30 and 3600".to_owned());
        }
        self.validate_notify(&mut problems);
        let r = &self.rate_limit;
        if r.per_ip_per_minute == 0 || r.per_ip_per_hour == 0 || r.failures_per_address == 0 {
            problems.push("rate_limit counts must be at least 1".to_owned());
        }
        if r.failure_window_secs == 0 || r.max_backoff_secs == 0 {
            problems.push("rate_limit durations must be at least 1 second".to_owned());
        }
        let public_url = self.server.public_url();
        if public_url.cannot_be_a_base() || !matches!(public_url.scheme(), "http" | "https") {
            problems.push("server.public_url must be an http:// or https:// URL".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(SettingsError::Problems(problems))
        }
    }

    fn validate_notify(&self, problems: &mut Vec<String>) {
        let n = &self.notify;
        if !n.enabled {
            return;
        }
        if n.from.parse::<lettre::message::Mailbox>().is_err() {
            problems.push(format!(
                "notify.from must be a mail address such as \"Passwort-Service <noreply@example.org>\", not {:?}",
                n.from
            ));
        }
        if let Some(address) = &n.security_address {
            if address.parse::<lettre::message::Mailbox>().is_err() {
                problems.push(format!(
                    "notify.security_address is not a mail address: {address:?}"
                ));
            }
        }
        if n.smtp_security == SmtpSecurity::Plain && !is_loopback_host(&n.smtp_host) {
            problems.push(format!(
                "notify.smtp_security = \"plain\" is only allowed to a loopback address, not {}",
                n.smtp_host
            ));
        }
        if n.smtp_username.is_some() != n.smtp_password.is_some() {
            problems.push("notify.smtp_username and notify.smtp_password go together".to_owned());
        }
        if n.timeout_secs == 0 {
            problems.push("notify.timeout_secs must be at least 1".to_owned());
        }
    }

    fn validate_auth_cache(&self, problems: &mut Vec<String>) {
        let c = &self.auth_cache;
        match c.flush {
            CacheFlush::None => {}
            CacheFlush::DoveadmApi => {
                match &c.api_url {
                    None => problems.push(
                        "auth_cache.api_url is required for flush = \"doveadm-api\"".to_owned(),
                    ),
                    Some(url) if !url.username().is_empty() || url.password().is_some() => {
                        problems.push(
                            "auth_cache.api_url must not carry credentials; the key goes into auth_cache.api_key(_file)"
                                .to_owned(),
                        );
                    }
                    Some(url) => {
                        let host = url.host_str().unwrap_or("");
                        if url.scheme() == "http" && !is_loopback_host(host) {
                            problems.push(format!(
                                "auth_cache.api_url: plain http sends the doveadm API key readable; only allowed to a loopback address, not {host} (use https)"
                            ));
                        } else if !matches!(url.scheme(), "http" | "https") {
                            problems.push(
                                "auth_cache.api_url must be an http:// or https:// URL".to_owned(),
                            );
                        }
                    }
                }
                if c.api_key.as_deref().unwrap_or("").is_empty() {
                    problems.push(
                        "auth_cache.api_key (or auth_cache.api_key_file) is required for flush = \"doveadm-api\""
                            .to_owned(),
                    );
                }
            }
            CacheFlush::Command => {
                if c.command.first().is_none_or(|p| p.is_empty()) {
                    problems.push(
                        "auth_cache.command must name a program, e.g. [\"/usr/bin/doveadm\", \"auth\", \"cache\", \"flush\", \"--\"]"
                            .to_owned(),
                    );
                }
            }
        }
        if c.timeout_secs == 0 {
            problems.push("auth_cache.timeout_secs must be at least 1".to_owned());
        }
    }

    /// Risks that are allowed but the operator should hear of: logged at
    /// start-up, printed as notes by `check-config`.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.store.kind != StoreKind::Sql {
            return warnings;
        }
        if self.auth_cache.flush == CacheFlush::None {
            warnings.push(
                "auth_cache.flush = \"none\": if Dovecot's auth_cache_size is set, the old password keeps working until auth_cache_ttl"
                    .to_owned(),
            );
        }
        warnings.extend(
            self.store
                .url
                .as_deref()
                .and_then(crate::store::sql::unverified_network_warning),
        );
        warnings
    }

    /// The path prefix from `server.public_url`: "" or "/passwort".
    pub fn path_prefix(&self) -> String {
        self.server
            .public_url()
            .path()
            .trim_end_matches('/')
            .to_owned()
    }

    fn validate_imap(&self, problems: &mut Vec<String>) {
        let imap = &self.auth.imap;
        if self.auth.method == AuthMethod::Store {
            // Confirmation then goes through the store authenticator.
            return;
        }
        match imap.host.as_deref() {
            None | Some("") => {
                problems.push("auth.imap.host is required when auth.method = \"imap\"".to_owned())
            }
            Some(host) => {
                if imap.security == ImapSecurity::Plain && !is_loopback_host(host) {
                    problems.push(format!(
                        "auth.imap.security = \"plain\" is only allowed to a loopback address, not {host}; use \"tls\" or \"starttls\""
                    ));
                }
            }
        }
        if imap.connect_timeout_secs == 0 || imap.timeout_secs == 0 {
            problems.push("auth.imap timeouts must be at least 1 second".to_owned());
        }
        if imap.max_in_flight == 0 {
            problems.push("auth.imap.max_in_flight must be at least 1".to_owned());
        }
    }
}

/// Plain-text IMAP is acceptable only where the traffic cannot leave the host.
pub fn is_loopback_host(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<std::net::IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

fn describe_figment_error(error: figment::Error) -> String {
    error
        .into_iter()
        .map(|e| {
            let key = e.path.join(".");
            let kind = match &e.kind {
                figment::error::Kind::UnknownField(field, _) => {
                    // Figment's path sometimes already ends in the field.
                    let full = if key.is_empty() {
                        field.clone()
                    } else if e.path.last() == Some(field) {
                        key
                    } else {
                        format!("{key}.{field}")
                    };
                    return format!("unknown key `{full}`");
                }
                other => other.to_string(),
            };
            if key.is_empty() {
                kind
            } else {
                format!("`{key}`: {kind}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Replaces `key_file = "/path"` by `key = "<contents of /path>"` for the
/// listed secret keys. Setting both is an error: which one wins would surprise.
pub fn resolve_secret_files(value: Value, secret_keys: &[&str]) -> Result<Value, SettingsError> {
    let Value::Dict(tag, mut root) = value else {
        return Ok(value);
    };
    for key in secret_keys {
        let mut parts: Vec<&str> = key.split('.').collect();
        let Some(leaf) = parts.pop() else { continue };
        let Some(dict) = dict_at(&mut root, &parts) else {
            continue;
        };
        let file_key = format!("{leaf}_file");
        let Some(file_value) = dict.remove(&file_key) else {
            continue;
        };
        if dict.contains_key(leaf) {
            return Err(SettingsError::Invalid(format!(
                "set either `{key}` or `{key}_file`, not both"
            )));
        }
        let Some(path) = file_value.as_str() else {
            return Err(SettingsError::Invalid(format!(
                "`{key}_file` must be a path"
            )));
        };
        let contents = std::fs::read_to_string(path).map_err(|e| {
            SettingsError::Invalid(format!("`{key}_file`: cannot read {path}: {e}"))
        })?;
        let secret = contents.trim_end_matches(['\n', '\r']).to_owned();
        dict.insert(leaf.to_owned(), Value::from(secret));
    }
    Ok(Value::Dict(tag, root))
}

fn dict_at<'a>(root: &'a mut Dict, path: &[&str]) -> Option<&'a mut Dict> {
    let mut current = root;
    for part in path {
        match current.get_mut(*part) {
            Some(Value::Dict(_, next)) => current = next,
            _ => return None,
        }
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
        [mail]
        domains = ["example.org"]
        [auth.imap]
        host = "127.0.0.1"
        security = "plain"
        [store]
        kind = "passwd-file"
        path = "/tmp/users"
    "#;

    #[test]
    fn minimal_config_gets_safe_defaults() {
        let s = Settings::from_toml_str(MINIMAL).unwrap();
        assert_eq!(s.hash.scheme, HashScheme::Argon2id);
        assert_eq!(s.hash.memory_kib, 19456);
        assert_eq!(s.policy.min_length, 15);
        assert_eq!(s.auth.imap.effective_port(), 143);
        assert!(s.auth.confirm);
    }

    #[test]
    fn unknown_key_is_named_once_with_its_whole_path() {
        for (extra, named) in [
            ("[policy]\nmin_lenght = 12\n", "`policy.min_lenght`"),
            ("[auth.imap.tls]\n", "`auth.imap.tls`"),
            ("[polcy]\n", "`polcy`"),
        ] {
            let toml = format!("{MINIMAL}\n{extra}");
            let err = Settings::from_toml_str(&toml).unwrap_err().to_string();
            assert!(err.contains(&format!("unknown key {named}")), "{err}");
        }
    }

    #[test]
    fn warnings_name_sql_risks_only() {
        assert!(Settings::from_toml_str(MINIMAL)
            .unwrap()
            .warnings()
            .is_empty());
        let sql = MINIMAL.replace(
            "kind = \"passwd-file\"\n        path = \"/tmp/users\"",
            "kind = \"sql\"\n        url = \"mysql://u:secret@db.example.org/mail\"\n        \
             password_query = \"SELECT password FROM mailbox WHERE username = :email\"\n        \
             update_query = \"UPDATE mailbox SET password = :hash WHERE username = :email\"",
        );
        let warnings = Settings::from_toml_str(&sql).unwrap().warnings();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].contains("auth_cache.flush = \"none\""),
            "{warnings:?}"
        );
        assert!(
            warnings[1].contains("reaches db.example.org"),
            "{warnings:?}"
        );
        assert!(!warnings.concat().contains("secret"), "{warnings:?}");
    }

    #[test]
    fn plain_imap_to_remote_host_is_refused() {
        let toml = MINIMAL.replace("127.0.0.1", "mail.example.org");
        let err = Settings::from_toml_str(&toml).unwrap_err().to_string();
        assert!(err.contains("only allowed to a loopback"), "{err}");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let toml = r#"
            [mail]
            domains = []
            [store]
            kind = "passwd-file"
            [policy]
            min_length = 4
        "#;
        let err = Settings::from_toml_str(toml).unwrap_err();
        let SettingsError::Problems(problems) = err else {
            panic!("expected problems, got {err}")
        };
        assert!(problems.len() >= 4, "{problems:?}");
    }

    #[test]
    fn secret_file_replaces_key_and_refuses_both() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("s");
        std::fs::write(&secret, "hunter2\n").unwrap();
        let toml = format!("[a]\nb_file = \"{}\"\n", secret.display());
        let value: Value = Figment::from(Toml::string(&toml)).extract().unwrap();
        let value = resolve_secret_files(value, &["a.b"]).unwrap();
        assert_eq!(value.clone().find("a.b").unwrap().as_str(), Some("hunter2"));
        assert!(value.find("a.b_file").is_none());

        let toml = format!("[a]\nb = \"x\"\nb_file = \"{}\"\n", secret.display());
        let value: Value = Figment::from(Toml::string(&toml)).extract().unwrap();
        assert!(resolve_secret_files(value, &["a.b"]).is_err());
    }
}

#[cfg(test)]
mod auth_cache_tests {
    use super::*;

    const BASE: &str = "[mail]\ndomains = [\"example.org\"]\n[auth]\nmethod = \"store\"\n[store]\nkind = \"passwd-file\"\npath = \"/tmp/users\"\n";

    fn problems(extra: &str) -> String {
        match Settings::from_toml_str(&format!("{BASE}{extra}")) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn doveadm_api_needs_url_and_key_and_tls_off_loopback() {
        let p = problems("[auth_cache]\nflush = \"doveadm-api\"\n");
        assert!(p.contains("auth_cache.api_url is required"), "{p}");
        assert!(p.contains("auth_cache.api_key"), "{p}");
        let p = problems("[auth_cache]\nflush = \"doveadm-api\"\napi_url = \"http://mail.example.org:8080/doveadm/v1\"\napi_key = \"k\"\n");
        assert!(p.contains("plain http sends the doveadm API key"), "{p}");
        for url in [
            "https://mail.example.org:8080/doveadm/v1",
            "http://127.0.0.1:8080/doveadm/v1",
        ] {
            let p = problems(&format!(
                "[auth_cache]\nflush = \"doveadm-api\"\napi_url = \"{url}\"\napi_key = \"k\"\n"
            ));
            assert_eq!(p, "", "{url}");
        }
    }

    #[test]
    fn command_flush_needs_a_program() {
        let p = problems("[auth_cache]\nflush = \"command\"\n");
        assert!(p.contains("auth_cache.command must name a program"), "{p}");
        assert_eq!(
            problems("[auth_cache]\nflush = \"command\"\ncommand = [\"/usr/bin/doveadm\", \"auth\", \"cache\", \"flush\", \"--\"]\n"),
            ""
        );
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let s = Settings::from_toml_str(&format!(
            "{}\n[auth_cache]\nflush = \"doveadm-api\"\napi_url = \"http://127.0.0.1:8080/\"\napi_key = \"api-canary\"\n",
            BASE.replace(
                "kind = \"passwd-file\"\npath = \"/tmp/users\"",
                "kind = \"sql\"\nurl = \"postgres://u:db-canary@h/m\"\npassword_query = \"SELECT password FROM t WHERE u = :email\"\nupdate_query = \"UPDATE t SET password = :hash WHERE u = :email\""
            )
        ))
        .unwrap();
        let debug = format!("{s:?}");
        assert!(!debug.contains("canary"), "{debug}");
    }
}

#[cfg(test)]
mod reference_tests {
    use super::*;

    const BASE: &str = "[mail]\ndomains = [\"example.org\"]\n[store]\nkind = \"passwd-file\"\npath = \"/tmp/users\"\n";

    /// The keys serde expects at `section` (a dotted path, "" for the top),
    /// read from the error for an unknown probe key.
    fn expected_at(section: &str) -> Vec<String> {
        let header = format!("[{section}]\n");
        let toml = if section.is_empty() {
            format!("zzz_probe = 1\n{BASE}")
        } else if BASE.contains(&header) {
            BASE.replace(&header, &format!("{header}zzz_probe = 1\n"))
        } else {
            format!("{BASE}{header}zzz_probe = 1\n")
        };
        let err = Figment::from(Toml::string(&toml))
            .extract::<Settings>()
            .unwrap_err();
        err.into_iter()
            .find_map(|e| match e.kind {
                figment::error::Kind::UnknownField(_, expected) => {
                    Some(expected.iter().map(|s| s.to_string()).collect())
                }
                _ => None,
            })
            .unwrap_or_default()
    }

    /// Every leaf key of `Settings`, dotted.
    fn settings_keys(section: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for field in expected_at(section) {
            let path = if section.is_empty() {
                field.clone()
            } else {
                format!("{section}.{field}")
            };
            let nested = expected_at(&path);
            if nested.is_empty() {
                keys.push(path);
            } else {
                keys.extend(settings_keys(&path));
            }
        }
        keys
    }

    /// Every key in the README's configuration table.
    fn readme_keys() -> Vec<String> {
        let readme = include_str!("../README.md");
        let start = readme.find("## Configuration reference").unwrap();
        let table = &readme[start..];
        let table = &table[..table[3..].find("\n## ").map_or(table.len(), |e| e + 3)];
        table
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .flat_map(|l| {
                let cell = l.split(" |").next().unwrap_or("");
                format!("`{cell}")
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn readme_reference_and_settings_list_the_same_keys() {
        let mut code = settings_keys("");
        let mut docs = readme_keys();
        code.sort();
        docs.sort();
        assert!(code.len() > 40, "{code:?}");
        let undocumented: Vec<_> = code.iter().filter(|k| !docs.contains(k)).collect();
        let unknown: Vec<_> = docs.iter().filter(|k| !code.contains(k)).collect();
        assert!(
            undocumented.is_empty(),
            "keys missing from the README: {undocumented:?}"
        );
        assert!(
            unknown.is_empty(),
            "README keys that do not exist: {unknown:?}"
        );
    }
}
