//! Typed configuration: defaults → TOML file → `MAILPASSWD_<SECTION>__<KEY>`
//! environment variables → `*_file` secrets. Unknown keys are errors that
//! name the key, so a typo never silently falls back to a default.

//!
//! Each section's type, defaults and rules live beside the code that uses
//! them (`store::config`, `auth::config` …); this file only loads the
//! whole and asks every section to check itself.

use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Toml};
use figment::value::{Dict, Value};
use figment::Figment;
use serde::Deserialize;

pub use crate::admin::config::AdminSettings;
pub use crate::audit::AuditSettings;
pub use crate::auth::config::{AuthMethod, AuthSettings};
pub use crate::auth::imap::config::{ImapMechanism, ImapSecurity, ImapSettings};
pub use crate::auth_cache::config::{AuthCacheSettings, CacheFlush, MailSessionsSettings};
pub use crate::domain::config::MailSettings;
pub use crate::hash::config::{HashScheme, HashSettings};
pub use crate::notify::config::{NotifySettings, SmtpSecurity};
pub use crate::policy::config::PolicySettings;
pub use crate::recovery::config::RecoverySettings;
pub use crate::state::config::{StateKind, StateSettings};
pub use crate::store::config::{StoreKind, StoreSettings};
pub use crate::web::config::{RateLimitSettings, ServerSettings, SessionSettings, UiSettings};

/// Where the configuration is read from when `--config` is not given.
pub const DEFAULT_CONFIG_PATH: &str = "/etc/mailpasswd/config.toml";
/// Environment variable naming the configuration file.
pub const CONFIG_ENV: &str = "MAILPASSWD_CONFIG";
const ENV_PREFIX: &str = "MAILPASSWD_";

/// Keys whose value may instead come from a file named by `<key>_file`
/// (Docker/systemd credentials), as `section.key` paths.
pub const SECRET_KEYS: &[&str] = &[
    "notify.smtp_password",
    "store.url",
    "store.bind_password",
    "auth_cache.api_key",
    "mail_sessions.api_key",
    "server.secret",
    "state.url",
];

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
    #[serde(default)]
    pub mail_sessions: MailSessionsSettings,
    #[serde(default)]
    pub state: StateSettings,
    #[serde(default)]
    pub admin: AdminSettings,
    #[serde(default)]
    pub recovery: RecoverySettings,
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
                // MAILPASSWD_CONFIG names the file; MAILPASSWD_LOG and
                // MAILPASSWD_LOG_FORMAT the log filter and format.
                .ignore(&["config", "log", "log_format"]),
        );
        let value: Value = figment
            .extract()
            .map_err(|e| SettingsError::Invalid(describe_figment_error(e)))?;
        let value = secrets_from_env(value, SECRET_KEYS);
        let value = resolve_secret_files(value, SECRET_KEYS)?;
        let store_kind = value
            .find_ref("store.kind")
            .and_then(|kind| kind.as_str())
            .map(str::to_owned);
        let settings: Settings = Figment::from(figment::providers::Serialized::defaults(value))
            .extract()
            .map_err(|e| {
                let mut problem = describe_figment_error(e);
                // The keys of `[store]` depend on its kind: say which.
                if let (Some(kind), true) = (&store_kind, problem.contains("unknown key `store.")) {
                    problem.push_str(&format!(" (not a key of store.kind = \"{kind}\")"));
                }
                SettingsError::Invalid(problem)
            })?;
        settings.validate()?;
        Ok(settings)
    }

    /// Every problem at once, so an operator fixes the file in one go.
    pub fn validate(&self) -> Result<(), SettingsError> {
        let mut problems = Vec::new();
        let mut collect = |checked: Result<(), Vec<String>>| {
            if let Err(found) = checked {
                problems.extend(found);
            }
        };
        collect(self.mail.check().map(drop));
        collect(self.auth.check());
        collect(self.store.check().map(drop));
        collect(self.auth_cache.check().map(drop));
        collect(self.mail_sessions.check().map(drop));
        collect(self.hash.check().map(drop));
        collect(self.policy.check());
        collect(self.session.check());
        collect(self.notify.check().map(drop));
        collect(self.rate_limit.check());
        collect(self.server.check());
        collect(self.ui.check());
        collect(self.state.check().map(drop));
        collect(self.admin.check());
        collect(self.recovery.check(&self.store).map(drop));
        if self.recovery.enabled
            && !self.notify.enabled
            && !matches!(self.store, StoreSettings::PasswdFile(_))
        {
            problems.push(
                "recovery.enabled needs [notify] enabled: the links go out by mail".to_owned(),
            );
        }
        if self.store.kind() == StoreKind::Ldap && self.auth.method == AuthMethod::Store {
            problems.push(
                "auth.method = \"store\" cannot check passwords kept in LDAP (the directory hashes them its own way); use auth.method = \"imap\""
                    .to_owned(),
            );
        }
        if self.state.kind == StateKind::Redis && self.server.secret.is_none() {
            problems.push(
                "state.kind = \"redis\" needs server.secret (or server.secret_file), the same on every replica: it keys and seals what Redis holds, so it must not be kept in Redis"
                    .to_owned(),
            );
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(SettingsError::Problems(problems))
        }
    }

    /// Risks that are allowed but the operator should hear of: logged at
    /// start-up, printed as notes by `check-config`.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if matches!(self.store.kind(), StoreKind::Sql | StoreKind::Ldap)
            && self.auth_cache.flush == CacheFlush::None
        {
            warnings.push(
                "auth_cache.flush = \"none\": if Dovecot's auth_cache_size is set, the old password keeps working until auth_cache_ttl"
                    .to_owned(),
            );
        }
        warnings.extend(self.store.warnings());
        if let StoreSettings::PasswdFile(file) = &self.store {
            warnings.extend(file.size_warnings(&self.mail.domains));
        }
        warnings.extend(self.recovery.warning(&self.store));
        if self.server.secret.is_none()
            && (self.admin.tokens_file.is_some() || self.recovery.enabled)
        {
            warnings.push(
                "server.secret is not set: a random one is made at each start, so every reset link issued before a restart stops working"
                    .to_owned(),
            );
        }
        if matches!(&self.store, StoreSettings::Ldap(ldap) if ldap.mode == crate::store::ldap::config::LdapMode::Replace)
            && self.hash.scheme == HashScheme::Argon2id
        {
            warnings.push(
                "store.mode = \"replace\" with hash.scheme = \"ARGON2ID\" writes {ARGON2} values: Dovecot 2.4 verifies them, Dovecot 2.3 only with auth_bind (its password lookups cannot); use SHA512-CRYPT or BLF-CRYPT otherwise"
                    .to_owned(),
            );
        }
        warnings
    }

    /// The path prefix from `server.public_url`: "" or "/passwort".
    pub fn path_prefix(&self) -> String {
        self.server.path_prefix()
    }
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

/// Takes secrets (and the paths of their files) from the environment as
/// the strings they are: figment would read `73915566` as a number, refuse
/// it for a string field and print it in the error.
fn secrets_from_env(value: Value, secret_keys: &[&str]) -> Value {
    let Value::Dict(tag, mut root) = value else {
        return value;
    };
    for key in secret_keys {
        for key in [key.to_string(), format!("{key}_file")] {
            let name = format!("{ENV_PREFIX}{}", key.replace('.', "__").to_uppercase());
            let Ok(raw) = std::env::var(&name) else {
                continue;
            };
            let mut parts: Vec<&str> = key.split('.').collect();
            let Some(leaf) = parts.pop() else { continue };
            insert_at(&mut root, &parts, leaf, Value::from(raw));
        }
    }
    Value::Dict(tag, root)
}

/// Sets `path.leaf` in `root`, making the tables on the way.
fn insert_at(root: &mut Dict, path: &[&str], leaf: &str, value: Value) {
    match path.split_first() {
        None => {
            root.insert(leaf.to_owned(), value);
        }
        Some((first, rest)) => {
            let entry = root
                .entry((*first).to_owned())
                .or_insert_with(|| Value::from(Dict::new()));
            if !matches!(entry, Value::Dict(..)) {
                *entry = Value::from(Dict::new());
            }
            if let Value::Dict(_, next) = entry {
                insert_at(next, rest, leaf, value);
            }
        }
    }
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
    fn redis_state_needs_a_configured_secret() {
        let redis =
            format!("{MINIMAL}\n[state]\nkind = \"redis\"\nurl = \"redis://127.0.0.1:6379/0\"\n");
        let err = Settings::from_toml_str(&redis).unwrap_err().to_string();
        assert!(err.contains("needs server.secret"), "{err}");
        let with_secret = format!("[server]\nsecret = \"{}\"\n{redis}", "s".repeat(32));
        assert!(Settings::from_toml_str(&with_secret).is_ok());
    }

    #[test]
    fn ldap_replace_with_argon2_is_warned_of() {
        let ldap = |scheme: &str| {
            MINIMAL.replace(
                "kind = \"passwd-file\"\n        path = \"/tmp/users\"",
                &format!(
                    "kind = \"ldap\"\n        url = \"ldap://127.0.0.1:389\"\n        \
                     bind_dn = \"cn=mailpasswd,dc=example,dc=org\"\n        bind_password = \"x\"\n        \
                     base_dn = \"dc=example,dc=org\"\n        filter = \"(mail=:email)\"\n        \
                     mode = \"replace\"\n        [hash]\n        scheme = \"{scheme}\""
                ),
            )
        };
        let warned = |scheme| {
            Settings::from_toml_str(&ldap(scheme))
                .unwrap()
                .warnings()
                .concat()
                .contains("writes {ARGON2} values")
        };
        assert!(warned("ARGON2ID"));
        assert!(!warned("SHA512-CRYPT"));
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

    #[test]
    fn a_key_of_another_store_kind_is_named_with_the_kind() {
        let toml = MINIMAL.replace(
            "path = \"/tmp/users\"",
            "path = \"/tmp/users\"\nbind_dn = \"cn=mailpasswd,dc=example,dc=org\"",
        );
        let err = Settings::from_toml_str(&toml).unwrap_err().to_string();
        assert!(
            err.contains("`store.bind_dn`") && err.contains("store.kind = \"passwd-file\""),
            "{err}"
        );
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
        if section.starts_with("store.") {
            // No kind of store has tables of its own.
            return Vec::new();
        }
        if section == "store" {
            // Each kind has keys of its own.
            let mut keys = vec!["kind".to_owned()];
            for kind in ["passwd-file", "sql", "ldap"] {
                let base = BASE.replace("kind = \"passwd-file\"", &format!("kind = \"{kind}\""));
                keys.extend(probe(&base, section));
            }
            keys.sort();
            keys.dedup();
            return keys;
        }
        probe(BASE, section)
    }

    fn probe(base: &str, section: &str) -> Vec<String> {
        let header = format!("[{section}]\n");
        let toml = if section.is_empty() {
            format!("zzz_probe = 1\n{base}")
        } else if base.contains(&header) {
            base.replace(&header, &format!("{header}zzz_probe = 1\n"))
        } else {
            format!("{base}{header}zzz_probe = 1\n")
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
