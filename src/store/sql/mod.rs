//! Mailboxes in an SQL table that Dovecot's `sql` passdb reads
//! (PostfixAdmin's `mailbox`, iRedMail, custom schemas). The operator
//! writes the two statements with named parameters; we turn each into a
//! bound parameter for the database's syntax, never into text.

pub mod config;
pub mod query;
mod recovery;

pub use recovery::SqlRecovery;

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::AnyPool;
use sqlx::{Executor, Row};

pub use config::{unverified_network_warning, SqlConfig};
use query::{BoundQuery, Dialect};

use super::{CredentialStore, Replaced, StoreError};
use crate::domain::{EmailAddress, MailDomains, PasswordHash};

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
    /// A lazy pool for the compiled settings; `domains` give the address
    /// (of no mailbox) that probes run with.
    pub fn new(config: SqlConfig, domains: &MailDomains) -> Result<Self, StoreError> {
        let SqlConfig {
            url,
            dialect,
            password_query,
            update_query,
            max_connections,
            connect_timeout,
            query_timeout,
        } = config;
        let url = config::sqlx_url(&url);
        sqlx::any::install_default_drivers();
        let mut options = AnyPoolOptions::new()
            .max_connections(max_connections)
            .min_connections(0)
            .acquire_timeout(connect_timeout)
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
        Ok(Self {
            inner: Arc::new(Inner {
                pool,
                dialect,
                password_query,
                update_query,
                query_timeout,
                probe_mailbox: domains.probe_address(),
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
                place: "the rows of password_query".to_owned(),
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
            return Err(StoreError::Superseded {
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
            Ok(()) => Ok(Replaced::visible_now(previous, new)),
            // The server answered the COMMIT with an error: nothing committed.
            Err(error @ sqlx::Error::Database(_)) => Err(db_error("commit", error, mailbox)),
            // The answer was lost: the COMMIT may have landed. Ask again on
            // another connection instead of guessing.
            Err(error) => match self.stored_hash(&self.pool, mailbox).await {
                Ok(stored) if stored == new => Ok(Replaced::visible_now(previous, new)),
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
