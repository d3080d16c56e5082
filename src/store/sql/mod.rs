//! Mailboxes in an SQL table that Dovecot's `sql` passdb reads
//! (PostfixAdmin's `mailbox`, iRedMail, custom schemas). The operator
//! writes the two statements with named parameters; we turn each into a
//! bound parameter for the database's syntax, never into text.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::AnyPool;
use sqlx::{Executor, Row};

use super::{CredentialStore, Replaced, StoreError};
use crate::domain::EmailAddress;
use crate::hash::PasswordHash;
use crate::settings::{Settings, StoreSettings};

/// Which SQL dialect the URL names; decides placeholders and locking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Postgres,
    MySql,
    Sqlite,
}

impl Dialect {
    pub fn from_url(url: &str) -> Result<Self, String> {
        let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or("");
        match scheme.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" => Ok(Dialect::Postgres),
            "mysql" | "mariadb" => Ok(Dialect::MySql),
            "sqlite" => Ok(Dialect::Sqlite),
            _ => Err(
                "store.url must start with postgres://, mysql://, mariadb:// or sqlite://"
                    .to_owned(),
            ),
        }
    }

    fn placeholder(self, position: usize) -> String {
        match self {
            Dialect::Postgres => format!("${position}"),
            Dialect::MySql | Dialect::Sqlite => "?".to_owned(),
        }
    }

    /// How a change's transaction starts. A concurrent writer to the same
    /// row makes one of the two fail (PostgreSQL's snapshot check, InnoDB's
    /// deadlock detection under SERIALIZABLE, SQLite's write lock up
    /// front) instead of silently overwriting the other.
    fn begin_statement(self) -> &'static str {
        match self {
            Dialect::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ",
            // The isolation level is set per session when connecting.
            Dialect::MySql => "START TRANSACTION",
            Dialect::Sqlite => "BEGIN IMMEDIATE",
        }
    }
}

/// The values an operator's statement may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    Email,
    LocalPart,
    Domain,
    Hash,
}

impl Param {
    const ALL: [(&'static str, Param); 4] = [
        ("email", Param::Email),
        ("local_part", Param::LocalPart),
        ("domain", Param::Domain),
        ("hash", Param::Hash),
    ];

    fn value<'a>(self, mailbox: &'a EmailAddress, hash: &'a str) -> &'a str {
        match self {
            Param::Email => mailbox.as_str(),
            Param::LocalPart => mailbox.local_part(),
            Param::Domain => mailbox.domain(),
            Param::Hash => hash,
        }
    }
}

/// An operator's statement with its named parameters replaced by the
/// dialect's placeholders, in binding order.
#[derive(Debug, Clone)]
pub struct BoundQuery {
    sql: String,
    params: Vec<Param>,
}

impl BoundQuery {
    /// Finds `:name` outside string literals, quoted identifiers and
    /// comments (`::type` casts stay). Positional placeholders are refused:
    /// they would bind nothing, or the wrong thing.
    pub fn parse(text: &str, dialect: Dialect) -> Result<Self, String> {
        let chars: Vec<char> = text.chars().collect();
        let mut sql = String::with_capacity(text.len());
        let mut params = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            match c {
                '\'' | '"' | '`' => {
                    let end = quoted_end(&chars, i, dialect)
                        .ok_or_else(|| format!("unterminated {c} quote"))?;
                    sql.extend(&chars[i..end]);
                    i = end;
                }
                '-' if next == Some('-') => {
                    let end = chars[i..]
                        .iter()
                        .position(|&c| c == '\n')
                        .map_or(chars.len(), |p| i + p);
                    sql.extend(&chars[i..end]);
                    i = end;
                }
                '#' if dialect == Dialect::MySql => {
                    return Err("use -- or /* */ comments, not #".to_owned());
                }
                '/' if next == Some('*') => {
                    let end = (i + 2..chars.len().saturating_sub(1))
                        .find(|&j| chars[j] == '*' && chars[j + 1] == '/')
                        .map(|j| j + 2)
                        .ok_or("unterminated /* comment")?;
                    sql.extend(&chars[i..end]);
                    i = end;
                }
                ':' if next == Some(':') => {
                    sql.push_str("::");
                    i += 2;
                }
                ':' if next.is_some_and(|n| n.is_ascii_alphabetic() || n == '_') => {
                    let start = i + 1;
                    let end = (start..chars.len())
                        .find(|&j| !(chars[j].is_ascii_alphanumeric() || chars[j] == '_'))
                        .unwrap_or(chars.len());
                    let name: String = chars[start..end].iter().collect();
                    let param = Param::ALL
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, p)| *p)
                        .ok_or_else(|| {
                            format!(
                                "unknown parameter :{name} (known: :email, :local_part, :domain, :hash)"
                            )
                        })?;
                    params.push(param);
                    sql.push_str(&dialect.placeholder(params.len()));
                    i = end;
                }
                '?' if dialect != Dialect::Postgres => {
                    return Err(
                        "use named parameters (:email, :hash …) instead of ? placeholders"
                            .to_owned(),
                    );
                }
                '$' if next.is_some_and(|n| n.is_ascii_digit()) => {
                    return Err(
                        "use named parameters (:email, :hash …) instead of $1 placeholders"
                            .to_owned(),
                    );
                }
                '@' | '$' if dialect == Dialect::Sqlite => {
                    return Err(
                        "use :email-style named parameters; @name and $name are not bound"
                            .to_owned(),
                    );
                }
                _ => {
                    sql.push(c);
                    i += 1;
                }
            }
        }
        let trimmed = sql.trim().trim_end_matches(';').trim_end();
        if trimmed.contains(';') {
            return Err("must be a single statement".to_owned());
        }
        if trimmed.is_empty() {
            return Err("is empty".to_owned());
        }
        Ok(Self {
            sql: trimmed.to_owned(),
            params,
        })
    }

    pub fn sql(&self) -> &str {
        &self.sql
    }

    pub fn params(&self) -> &[Param] {
        &self.params
    }

    fn uses(&self, param: Param) -> bool {
        self.params.contains(&param)
    }

    fn bind<'q>(
        &'q self,
        mailbox: &'q EmailAddress,
        hash: &'q str,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        self.params
            .iter()
            .fold(sqlx::query(&self.sql), |query, param| {
                query.bind(param.value(mailbox, hash))
            })
    }
}

/// Index just past the closing quote that matches the one at `start`.
/// A doubled quote is an escaped quote; MySQL also escapes with `\`.
fn quoted_end(chars: &[char], start: usize, dialect: Dialect) -> Option<usize> {
    let quote = chars[start];
    let mut j = start + 1;
    while j < chars.len() {
        let c = chars[j];
        if c == '\\' && dialect == Dialect::MySql && quote != '`' {
            j += 2;
            continue;
        }
        if c == quote {
            if chars.get(j + 1) == Some(&quote) {
                j += 2;
                continue;
            }
            return Some(j + 1);
        }
        j += 1;
    }
    None
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
    if socket || verified || crate::settings::is_loopback_host(&host) {
        None
    } else {
        Some(host)
    }
}

/// The URL as sqlx takes it: scheme in lower case, MariaDB by MySQL's name.
fn sqlx_url(url: &str) -> String {
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

/// Every problem with the SQL settings, for `Settings::validate`.
pub fn check_settings(store: &StoreSettings) -> Vec<String> {
    compile(store).err().unwrap_or_default()
}

/// The SQL settings as the store runs them.
struct Compiled {
    url: String,
    dialect: Dialect,
    password_query: BoundQuery,
    update_query: BoundQuery,
}

/// Checks and parses the SQL settings in one pass: what the store runs, or
/// every problem at once.
fn compile(store: &StoreSettings) -> Result<Compiled, Vec<String>> {
    let mut problems = Vec::new();
    let dialect = match store.url.as_deref() {
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
        let Some(dialect) = dialect else { continue };
        match BoundQuery::parse(text, dialect) {
            Err(e) => problems.push(format!("store.{key}: {e}")),
            Ok(query) => {
                if !(query.uses(Param::Email)
                    || query.uses(Param::LocalPart) && query.uses(Param::Domain))
                {
                    problems.push(format!(
                        "store.{key} must select the mailbox with :email (or :local_part and :domain)"
                    ));
                }
                if key == "update_query" && !query.uses(Param::Hash) {
                    problems.push("store.update_query must write :hash".to_owned());
                }
                if key == "password_query" && query.uses(Param::Hash) {
                    problems.push("store.password_query cannot use :hash".to_owned());
                }
                queries.push(query);
            }
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
        &store.url,
        dialect,
        <[BoundQuery; 2]>::try_from(queries),
    ) {
        (true, Some(url), Some(dialect), Ok([password_query, update_query])) => Ok(Compiled {
            url: url.clone(),
            dialect,
            password_query,
            update_query,
        }),
        _ => Err(problems),
    }
}

pub struct SqlStore {
    inner: Arc<Inner>,
}

struct Inner {
    pool: AnyPool,
    dialect: Dialect,
    password_query: BoundQuery,
    update_query: BoundQuery,
    query_timeout: Duration,
    /// An address that matches no row, for probing the statements.
    probe_mailbox: EmailAddress,
}

/// Who decides how a change ends once its deadline has passed. Before the
/// COMMIT the caller may cancel it (and then nothing is committed); once
/// the transaction has claimed `COMMITTING`, only its answer tells.
const RUNNING: u8 = 0;
const CANCELLED: u8 = 1;
const COMMITTING: u8 = 2;

impl SqlStore {
    pub fn from_settings(settings: &Settings) -> Result<Self, StoreError> {
        let store = &settings.store;
        let Compiled {
            url,
            dialect,
            password_query,
            update_query,
        } = compile(store).map_err(|problems| StoreError::Config(problems.join("; ")))?;
        let url = sqlx_url(&url);
        sqlx::any::install_default_drivers();
        let mut options = AnyPoolOptions::new()
            .max_connections(store.max_connections)
            .min_connections(0)
            .acquire_timeout(Duration::from_secs(store.connect_timeout_secs))
            .idle_timeout(Duration::from_secs(300));
        if dialect == Dialect::MySql {
            options = options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute("SET SESSION TRANSACTION ISOLATION LEVEL SERIALIZABLE")
                        .await?;
                    Ok(())
                })
            });
        }
        // Lazy: the service starts (and says "not ready") while the
        // database is down, instead of refusing to start.
        let pool = options
            .connect_lazy(&url)
            .map_err(|e| StoreError::Config(format!("store.url: {e}")))?;
        let probe_mailbox = probe_mailbox(&settings.mail.domains)?;
        Ok(Self {
            inner: Arc::new(Inner {
                pool,
                dialect,
                password_query,
                update_query,
                query_timeout: Duration::from_secs(store.query_timeout_secs),
                probe_mailbox,
            }),
        })
    }

    fn timeout(&self, action: &'static str) -> StoreError {
        StoreError::Timeout {
            action,
            secs: self.inner.query_timeout.as_secs(),
        }
    }
}

impl Inner {
    async fn stored_hash<'e, E>(
        &self,
        executor: E,
        mailbox: &EmailAddress,
    ) -> Result<PasswordHash, StoreError>
    where
        E: Executor<'e, Database = sqlx::Any>,
    {
        let rows = self
            .password_query
            .bind(mailbox, "")
            .fetch_all(executor)
            .await
            .map_err(|e| db_error("password_query", e, mailbox))?;
        match rows.as_slice() {
            [] => Err(StoreError::UnknownUser(mailbox.to_string())),
            [row] => {
                let value = text_column(row, 0).map_err(|problem| StoreError::BadStoredValue {
                    user: mailbox.to_string(),
                    problem,
                })?;
                PasswordHash::parse(&value).map_err(|e| StoreError::BadStoredValue {
                    user: mailbox.to_string(),
                    problem: e.to_string(),
                })
            }
            several => Err(StoreError::DuplicateUser {
                user: mailbox.to_string(),
                count: several.len(),
                path: "password_query".into(),
            }),
        }
    }

    /// One change as a task of its own: it is never cancelled in the
    /// middle of a statement (which could leave a pooled connection inside
    /// a transaction); it looks at `state` before the UPDATE and the COMMIT.
    async fn change(
        self: Arc<Self>,
        mailbox: EmailAddress,
        new: PasswordHash,
        expected: Option<PasswordHash>,
        state: Arc<AtomicU8>,
    ) -> Result<Replaced, StoreError> {
        let mailbox = &mailbox;
        let mut tx = self
            .pool
            .begin_with(self.dialect.begin_statement())
            .await
            .map_err(|e| db_error("begin transaction", e, mailbox))?;
        let previous = self.stored_hash(&mut *tx, mailbox).await?;
        if expected.is_some_and(|expected| expected != previous) {
            return Err(StoreError::Conflict {
                user: mailbox.to_string(),
            });
        }
        if state.load(Ordering::SeqCst) == CANCELLED {
            return Err(StoreError::Cancelled);
        }
        let rows = self
            .update_query
            .bind(mailbox, new.as_str())
            .execute(&mut *tx)
            .await
            .map_err(|e| db_error("update_query", e, mailbox))?
            .rows_affected();
        if rows != 1 {
            // Dropping `tx` rolls back.
            return Err(StoreError::UpdateMatched {
                user: mailbox.to_string(),
                rows,
            });
        }
        if state
            .compare_exchange(RUNNING, COMMITTING, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return Err(StoreError::Cancelled);
        }
        match tx.commit().await {
            Ok(()) => Ok(Replaced {
                previous,
                visible_at: SystemTime::now(),
            }),
            // The server answered the COMMIT with an error: nothing committed.
            Err(error @ sqlx::Error::Database(_)) => Err(db_error("commit", error, mailbox)),
            // The answer was lost: the COMMIT may have landed. Ask again on
            // another connection instead of guessing.
            Err(error) => match self.stored_hash(&self.pool, mailbox).await {
                Ok(stored) if stored == new => Ok(Replaced {
                    previous,
                    visible_at: SystemTime::now(),
                }),
                Ok(_) => Err(StoreError::OutcomeUnknown {
                    user: mailbox.to_string(),
                    reason: format!(
                        "commit: {error}; the old hash is still visible, but the COMMIT may yet land"
                    ),
                }),
                Err(check) => Err(StoreError::OutcomeUnknown {
                    user: mailbox.to_string(),
                    reason: format!("commit: {error}; reading it back: {check}"),
                }),
            },
        }
    }

    /// Both statements for an address that has no row, in a transaction
    /// that is rolled back; MySQL tables that cannot roll back are named.
    async fn probe_statements(self: Arc<Self>) -> Result<(), StoreError> {
        let mailbox = &self.probe_mailbox;
        let mut tx = self
            .pool
            .begin_with(self.dialect.begin_statement())
            .await
            .map_err(|e| StoreError::Database {
                action: "connect",
                source: e,
            })?;
        match self.stored_hash(&mut *tx, mailbox).await {
            Ok(_) | Err(StoreError::UnknownUser(_)) => {}
            Err(e) => return Err(e),
        }
        self.update_query
            .bind(mailbox, "{PLAIN}mailpasswd-probe")
            .execute(&mut *tx)
            .await
            .map_err(|e| StoreError::Database {
                action: "update_query",
                source: e,
            })?;
        if self.dialect == Dialect::MySql {
            self.refuse_non_transactional_tables(&mut tx).await?;
        }
        tx.rollback().await.map_err(|e| StoreError::Database {
            action: "rollback",
            source: e,
        })
    }

    /// MyISAM and friends ignore ROLLBACK: "exactly one row or nothing"
    /// cannot hold there.
    async fn refuse_non_transactional_tables(
        &self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    ) -> Result<(), StoreError> {
        let rows = sqlx::query(
            "SELECT t.TABLE_NAME, t.ENGINE FROM information_schema.TABLES t \
             JOIN information_schema.ENGINES e ON e.ENGINE = t.ENGINE \
             WHERE t.TABLE_SCHEMA = DATABASE() AND e.TRANSACTIONS <> 'YES'",
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(|e| StoreError::Database {
            action: "reading table engines",
            source: e,
        })?;
        for row in rows {
            let (Ok(table), Ok(engine)) = (text_column(&row, 0), text_column(&row, 1)) else {
                continue;
            };
            if mentions_identifier(self.update_query.sql(), &table) {
                return Err(StoreError::Config(format!(
                    "update_query writes table {table}, whose engine {engine} cannot roll back; convert it (ALTER TABLE {table} ENGINE=InnoDB)"
                )));
            }
        }
        Ok(())
    }
}

/// Whether `sql` names `identifier` as a whole word (any case).
fn mentions_identifier(sql: &str, identifier: &str) -> bool {
    let sql = sql.to_ascii_lowercase();
    let identifier = identifier.to_ascii_lowercase();
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    sql.match_indices(&identifier).any(|(at, _)| {
        let before = sql[..at].chars().next_back();
        let after = sql[at + identifier.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

/// A syntactically valid address of a served domain that no mailbox has.
fn probe_mailbox(domains: &[String]) -> Result<EmailAddress, StoreError> {
    let served = crate::domain::MailDomains::new(domains)
        .map_err(|e| StoreError::Config(format!("mail.domains: {e}")))?;
    let domain = domains.first().map(|d| d.trim()).unwrap_or("invalid");
    EmailAddress::parse(&format!("mailpasswd-readiness-probe@{domain}"), &served)
        .map_err(|e| StoreError::Config(format!("mail.domains: {e}")))
}

/// Column `index` as text, whether the schema stores it as text or bytes.
fn text_column(row: &AnyRow, index: usize) -> Result<String, String> {
    let bytes = match row.try_get::<Option<String>, _>(index) {
        Ok(text) => text.map(String::into_bytes),
        Err(_) => row
            .try_get::<Option<Vec<u8>>, _>(index)
            .map_err(|e| format!("column {} is not text: {e}", index + 1))?,
    };
    let bytes = bytes.ok_or_else(|| format!("column {} is NULL", index + 1))?;
    String::from_utf8(bytes).map_err(|_| format!("column {} is not UTF-8", index + 1))
}

/// Lost races become a `Conflict` (nothing written, try again); the rest
/// keeps sqlx's cause for the log.
fn db_error(action: &'static str, error: sqlx::Error, mailbox: &EmailAddress) -> StoreError {
    if let sqlx::Error::Database(db) = &error {
        // PostgreSQL/InnoDB serialization failure and deadlock; SQLite busy.
        if matches!(
            db.code().as_deref(),
            // SQLite: BUSY, LOCKED and their extended codes.
            Some("40001" | "40P01" | "5" | "6" | "261" | "262" | "517" | "773")
        ) {
            return StoreError::Conflict {
                user: mailbox.to_string(),
            };
        }
    }
    StoreError::Database {
        action,
        source: error,
    }
}

#[async_trait]
impl CredentialStore for SqlStore {
    async fn lookup(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError> {
        tokio::time::timeout(
            self.inner.query_timeout,
            self.inner.stored_hash(&self.inner.pool, mailbox),
        )
        .await
        .unwrap_or(Err(self.timeout("password_query")))
    }

    async fn replace(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        let state = Arc::new(AtomicU8::new(RUNNING));
        let mut task = tokio::spawn(Arc::clone(&self.inner).change(
            mailbox.clone(),
            new.clone(),
            expected.cloned(),
            Arc::clone(&state),
        ));
        let deadline = self.inner.query_timeout;
        match tokio::time::timeout(deadline, &mut task).await {
            Ok(joined) => joined.unwrap_or(Err(StoreError::Cancelled)),
            Err(_) => {
                if state
                    .compare_exchange(RUNNING, CANCELLED, Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok()
                {
                    // The task will roll back instead of committing.
                    return Err(self.timeout("update"));
                }
                // Its COMMIT is on the way: wait once more for the answer.
                match tokio::time::timeout(deadline, task).await {
                    Ok(joined) => joined.unwrap_or(Err(StoreError::Cancelled)),
                    Err(_) => Err(StoreError::OutcomeUnknown {
                        user: mailbox.to_string(),
                        reason: format!(
                            "the COMMIT was sent but not answered within {} s",
                            2 * deadline.as_secs()
                        ),
                    }),
                }
            }
        }
    }

    /// For check-config: both statements run (see `Inner::probe_statements`).
    async fn probe(&self) -> Result<(), StoreError> {
        let task = tokio::spawn(Arc::clone(&self.inner).probe_statements());
        tokio::time::timeout(self.inner.query_timeout, task)
            .await
            .map_err(|_| self.timeout("probe"))?
            .unwrap_or(Err(StoreError::Cancelled))
    }

    /// For `readyz`, which anyone may call often: only `password_query`,
    /// outside a transaction, so no lock is ever taken.
    async fn ready(&self) -> Result<(), StoreError> {
        match self.lookup(&self.inner.probe_mailbox).await {
            Ok(_) | Err(StoreError::UnknownUser(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(text: &str) -> BoundQuery {
        BoundQuery::parse(text, Dialect::Postgres).unwrap()
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
    fn named_parameters_become_placeholders_in_binding_order() {
        let q =
            pg("UPDATE mailbox SET password = :hash WHERE username = :email AND domain = :domain");
        assert_eq!(
            q.sql(),
            "UPDATE mailbox SET password = $1 WHERE username = $2 AND domain = $3"
        );
        assert_eq!(q.params(), &[Param::Hash, Param::Email, Param::Domain]);
        let q = BoundQuery::parse(
            "SELECT password FROM users WHERE local = :local_part AND dom = :domain OR alias = :email",
            Dialect::MySql,
        )
        .unwrap();
        assert_eq!(
            q.sql(),
            "SELECT password FROM users WHERE local = ? AND dom = ? OR alias = ?"
        );
        assert_eq!(q.params(), &[Param::LocalPart, Param::Domain, Param::Email]);
    }

    #[test]
    fn quotes_comments_and_casts_are_left_alone() {
        let q = pg("SELECT ':email' || \":hash\", x::text FROM t -- :domain\n WHERE /* :hash */ u = :email");
        assert_eq!(
            q.sql(),
            "SELECT ':email' || \":hash\", x::text FROM t -- :domain\n WHERE /* :hash */ u = $1"
        );
        assert_eq!(q.params(), &[Param::Email]);
        let q = BoundQuery::parse(
            "SELECT 'it\\'s :email' FROM t WHERE u = :email",
            Dialect::MySql,
        )
        .unwrap();
        assert_eq!(q.sql(), "SELECT 'it\\'s :email' FROM t WHERE u = ?");
        let q = pg("SELECT 'it''s :email' FROM t WHERE u = :email;");
        assert_eq!(q.sql(), "SELECT 'it''s :email' FROM t WHERE u = $1");
    }

    #[test]
    fn bad_statements_are_refused_with_a_reason() {
        for (text, dialect, reason) in [
            (
                "SELECT password FROM t WHERE u = :mail",
                Dialect::Postgres,
                "unknown parameter :mail",
            ),
            (
                "SELECT password FROM t WHERE u = ?",
                Dialect::MySql,
                "instead of ?",
            ),
            (
                "SELECT password FROM t WHERE u = $1",
                Dialect::Postgres,
                "instead of $1",
            ),
            (
                "SELECT password FROM t WHERE u = @email",
                Dialect::Sqlite,
                "not bound",
            ),
            (
                "SELECT password FROM t WHERE u = ':email",
                Dialect::Postgres,
                "unterminated",
            ),
            (
                "SELECT 1; DROP TABLE t",
                Dialect::Postgres,
                "single statement",
            ),
        ] {
            let err = BoundQuery::parse(text, dialect).unwrap_err();
            assert!(err.contains(reason), "{text}: {err}");
        }
    }

    #[test]
    fn settings_name_missing_and_unsafe_statements() {
        let mut store = StoreSettings {
            kind: crate::settings::StoreKind::Sql,
            path: None,
            username_format: "%u".to_owned(),
            lock_timeout_secs: 10,
            url: None,
            password_query: Some("SELECT password FROM mailbox".to_owned()),
            update_query: Some(
                "UPDATE mailbox SET modified = now() WHERE username = :email".to_owned(),
            ),
            max_connections: 4,
            connect_timeout_secs: 5,
            query_timeout_secs: 10,
        };
        let problems = check_settings(&store);
        assert!(
            problems.iter().any(|p| p.contains("store.url")),
            "{problems:?}"
        );
        store.url = Some("postgres://db/mail".to_owned());
        let problems = check_settings(&store).join("\n");
        assert!(
            problems.contains("store.password_query must select the mailbox"),
            "{problems}"
        );
        store.password_query = Some("SELECT password FROM t WHERE local = :local_part".to_owned());
        let problems = check_settings(&store).join("\n");
        assert!(
            problems.contains("store.password_query must select the mailbox"),
            "a local part alone can name mailboxes in several domains: {problems}"
        );
        assert!(
            problems.contains("store.update_query must write :hash"),
            "{problems}"
        );
        store.url = Some("oracle://db".to_owned());
        assert!(check_settings(&store)
            .join("")
            .contains("must start with postgres://"));
    }
}
