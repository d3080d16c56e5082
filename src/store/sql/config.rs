//! The SQL part of the `[store]` section, checked and compiled in one pass.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::query::{BoundQuery, Dialect, Param};

/// The `[store]` keys of `kind = "sql"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SqlSettings {
    /// `postgres://…`, `mysql://…` or `sqlite://PATH`; may hold a password.
    pub url: Option<SecretString>,
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

pub(crate) fn default_connect_timeout() -> u64 {
    5
}

pub(crate) fn default_query_timeout() -> u64 {
    10
}

impl Default for SqlSettings {
    fn default() -> Self {
        Self {
            url: None,
            password_query: None,
            update_query: None,
            max_connections: default_max_connections(),
            connect_timeout_secs: default_connect_timeout(),
            query_timeout_secs: default_query_timeout(),
        }
    }
}

/// The host a database URL reaches over the network without a verified TLS
/// connection, if any: the database password and every new hash would then
/// cross that network readable or open to a man in the middle. Sockets and
/// loopback are fine; so are PostgreSQL `sslmode=verify-full|verify-ca`
/// and MySQL `ssl-mode=VERIFY_IDENTITY|VERIFY_CA`. The URL is read by
/// sqlx's own parser (with its `PGHOST`/`PGSSLMODE` defaults), so the
/// answer is about the connection sqlx will really make.
pub fn unverified_network_host(url: &str) -> Option<String> {
    use sqlx::mysql::{MySqlConnectOptions, MySqlSslMode};
    use sqlx::postgres::{PgConnectOptions, PgSslMode};
    use std::str::FromStr;
    let (host, socket, verified) = match Dialect::from_url(url).ok()? {
        Dialect::Sqlite => return None,
        Dialect::Postgres => {
            let options = PgConnectOptions::from_str(&sqlx_url(url)).ok()?;
            (
                options.get_host().to_owned(),
                options.get_socket().is_some(),
                matches!(
                    options.get_ssl_mode(),
                    PgSslMode::VerifyCa | PgSslMode::VerifyFull
                ),
            )
        }
        Dialect::MySql => {
            let options = MySqlConnectOptions::from_str(&sqlx_url(url)).ok()?;
            (
                options.get_host().to_owned(),
                options.get_socket().is_some(),
                matches!(
                    options.get_ssl_mode(),
                    MySqlSslMode::VerifyCa | MySqlSslMode::VerifyIdentity
                ),
            )
        }
    };
    if socket || verified || crate::net::is_loopback_host(&host) {
        None
    } else {
        Some(host)
    }
}

/// The URL as sqlx takes it: scheme in lower case, MariaDB by MySQL's name.
pub(super) fn sqlx_url(url: &str) -> String {
    let (scheme, rest) = url.split_once(':').unwrap_or((url, ""));
    match scheme.to_ascii_lowercase().as_str() {
        "mariadb" => format!("mysql:{rest}"),
        scheme => format!("{scheme}:{rest}"),
    }
}

/// The warning for [`unverified_network_host`], for the log and `check-config`.
pub fn unverified_network_warning(url: &str) -> Option<String> {
    unverified_network_host(url).map(|host| {
        format!(
            "store.url reaches {host} without verifying its TLS certificate; add \
             sslmode=verify-full&sslrootcert=… (PostgreSQL) or \
             ssl-mode=VERIFY_IDENTITY&ssl-ca=… (MySQL/MariaDB)"
        )
    })
}

/// The SQL settings as the store runs them.
pub struct SqlConfig {
    pub(super) url: String,
    pub(super) dialect: Dialect,
    pub(super) password_query: BoundQuery,
    pub(super) update_query: BoundQuery,
    pub(super) max_connections: u32,
    pub(super) connect_timeout: Duration,
    pub(super) query_timeout: Duration,
}

/// Checks and parses the SQL settings in one pass: what the store runs, or
/// every problem at once.
pub fn compile(store: &SqlSettings) -> Result<SqlConfig, Vec<String>> {
    let mut problems = Vec::new();
    let url = store.url.as_ref().map(|url| url.expose_secret().to_owned());
    let dialect = match url.as_deref() {
        None | Some("") => {
            problems.push(
                "store.url (or store.url_file) is required for store.kind = \"sql\"".to_owned(),
            );
            None
        }
        Some(url) => match Dialect::from_url(url) {
            Ok(d) => Some(d),
            Err(e) => {
                problems.push(e);
                None
            }
        },
    };
    let mut queries = Vec::new();
    for (key, text) in [
        ("password_query", &store.password_query),
        ("update_query", &store.update_query),
    ] {
        let Some(text) = text else {
            problems.push(format!("store.{key} is required for store.kind = \"sql\""));
            continue;
        };
        if let Some(dialect) = dialect {
            queries.extend(compile_query(key, text, dialect, &mut problems));
        }
    }
    if store.max_connections == 0 {
        problems.push("store.max_connections must be at least 1".to_owned());
    }
    if store.connect_timeout_secs == 0 || store.query_timeout_secs == 0 {
        problems.push("store timeouts must be at least 1 second".to_owned());
    }
    match (
        problems.is_empty(),
        &url,
        dialect,
        <[BoundQuery; 2]>::try_from(queries),
    ) {
        (true, Some(url), Some(dialect), Ok([password_query, update_query])) => Ok(SqlConfig {
            url: url.clone(),
            dialect,
            password_query,
            update_query,
            max_connections: store.max_connections,
            connect_timeout: Duration::from_secs(store.connect_timeout_secs),
            query_timeout: Duration::from_secs(store.query_timeout_secs),
        }),
        _ => Err(problems),
    }
}

/// One of the two statements, with what it must and must not use.
fn compile_query(
    key: &str,
    text: &str,
    dialect: Dialect,
    problems: &mut Vec<String>,
) -> Option<BoundQuery> {
    let writes = (key == "update_query").then_some(Param::Hash);
    compile_statement(&format!("store.{key}"), text, dialect, writes, problems)
}

/// An operator's statement: it selects the mailbox by address, and writes
/// `writes` (a hash or a recovery address) or, when reading, nothing.
pub(crate) fn compile_statement(
    key: &str,
    text: &str,
    dialect: Dialect,
    writes: Option<Param>,
    problems: &mut Vec<String>,
) -> Option<BoundQuery> {
    let query = BoundQuery::parse(text, dialect)
        .map_err(|e| problems.push(format!("{key}: {e}")))
        .ok()?;
    if !(query.uses(Param::Email) || query.uses(Param::LocalPart) && query.uses(Param::Domain)) {
        problems.push(format!(
            "{key} must select the mailbox with :email (or :local_part and :domain)"
        ));
    }
    for (param, name) in [(Param::Hash, ":hash"), (Param::Recovery, ":recovery")] {
        match (writes == Some(param), query.uses(param)) {
            (true, false) => problems.push(format!("{key} must write {name}")),
            (false, true) => problems.push(format!("{key} cannot use {name}")),
            _ => {}
        }
    }
    Some(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems_of(store: &SqlSettings) -> Vec<String> {
        compile(store).err().unwrap_or_default()
    }

    #[test]
    fn only_unverified_network_connections_are_warned_about() {
        for (url, warned) in [
            (
                "postgres://u:secret@db.example.org/mail",
                Some("db.example.org"),
            ),
            (
                "postgres://u@db.example.org/mail?sslmode=require",
                Some("db.example.org"),
            ),
            (
                "postgres://u@db.example.org/mail?sslmode=verify-full&sslrootcert=/ca.pem",
                None,
            ),
            ("postgresql://u@10.0.0.5:5433/mail?sslmode=verify-ca", None),
            ("postgres://u@%2Fvar%2Frun%2Fpostgresql/mail", None),
            ("postgres://u@/mail?host=/var/run/postgresql", None),
            ("postgres://u@127.0.0.1/mail", None),
            (
                "mysql://u:secret@db.example.org/vmail",
                Some("db.example.org"),
            ),
            (
                "mariadb://u@db.example.org/vmail?ssl-mode=REQUIRED",
                Some("db.example.org"),
            ),
            (
                "mysql://u@db.example.org/vmail?ssl-mode=VERIFY_IDENTITY&ssl-ca=/ca.pem",
                None,
            ),
            ("mysql://u@localhost/vmail", None),
            ("mysql://u@x/vmail?socket=/run/mysqld/mysqld.sock", None),
            ("sqlite:///var/lib/mail/users.db", None),
            // sqlx's rules, not a look-alike: the host parameter wins, the
            // last of repeated parameters counts, names are case-sensitive.
            (
                "postgres://u@localhost/mail?host=db.example.org",
                Some("db.example.org"),
            ),
            (
                "postgres://u@db.example.org/mail?sslmode=verify-full&sslmode=disable",
                Some("db.example.org"),
            ),
            (
                "postgres://u@db.example.org/mail?SSLMODE=verify-full",
                Some("db.example.org"),
            ),
            (
                "postgres://u@db.example.org/mail?ssl-mode=verify-full",
                None,
            ),
            ("PostgreSQL://u@[2001:db8::5]/mail", Some("[2001:db8::5]")),
            ("postgres://u@[::1]/mail", None),
            ("MariaDB://u@db.example.org/vmail?sslmode=VERIFY_CA", None),
        ] {
            assert_eq!(unverified_network_host(url).as_deref(), warned, "{url}");
        }
        let warning = unverified_network_warning("mysql://u:secret@db.example.org/vmail").unwrap();
        assert!(!warning.contains("secret"), "{warning}");
    }

    #[test]
    fn settings_name_missing_and_unsafe_statements() {
        let mut store = SqlSettings {
            password_query: Some("SELECT password FROM mailbox".to_owned()),
            update_query: Some(
                "UPDATE mailbox SET modified = now() WHERE username = :email".to_owned(),
            ),
            ..SqlSettings::default()
        };
        let problems = problems_of(&store);
        assert!(
            problems.iter().any(|p| p.contains("store.url")),
            "{problems:?}"
        );
        store.url = Some("postgres://db/mail".into());
        let problems = problems_of(&store).join("\n");
        assert!(
            problems.contains("store.password_query must select the mailbox"),
            "{problems}"
        );
        store.password_query = Some("SELECT password FROM t WHERE local = :local_part".to_owned());
        let problems = problems_of(&store).join("\n");
        assert!(
            problems.contains("store.password_query must select the mailbox"),
            "a local part alone can name mailboxes in several domains: {problems}"
        );
        assert!(
            problems.contains("store.update_query must write :hash"),
            "{problems}"
        );
        store.url = Some("oracle://db".into());
        assert!(problems_of(&store)
            .join("")
            .contains("must start with postgres://"));
    }
}
