//! Recovery addresses in the SQL table, by the operator's statements, on
//! the store's own pool.

use std::sync::Arc;

use async_trait::async_trait;
use sqlx::Row;

use super::query::BoundQuery;
use super::{db_error, text_column, Inner, SqlStore};
use crate::domain::EmailAddress;
use crate::store::recovery::RecoveryAddresses;
use crate::store::StoreError;

pub struct SqlRecovery {
    inner: Arc<Inner>,
    query: BoundQuery,
    update_query: Option<BoundQuery>,
}

impl SqlStore {
    pub fn recovery(&self, query: BoundQuery, update_query: Option<BoundQuery>) -> SqlRecovery {
        SqlRecovery {
            inner: Arc::clone(&self.inner),
            query,
            update_query,
        }
    }
}

#[async_trait]
impl RecoveryAddresses for SqlRecovery {
    async fn read(&self, mailbox: &EmailAddress) -> Result<Option<String>, StoreError> {
        let rows = tokio::time::timeout(
            self.inner.query_timeout,
            self.query.bind(mailbox, "").fetch_all(&self.inner.pool),
        )
        .await
        .map_err(|_| StoreError::Timeout {
            action: "recovery.query",
            secs: self.inner.query_timeout.as_secs(),
        })?
        .map_err(|e| db_error("recovery.query", e, mailbox))?;
        match rows.as_slice() {
            [] => Ok(None),
            [row] => {
                // NULL or an empty column: none.
                if row
                    .try_get_raw(0)
                    .is_ok_and(|v| sqlx::ValueRef::is_null(&v))
                {
                    return Ok(None);
                }
                let value = text_column(row, 0).map_err(|problem| StoreError::BadStoredValue {
                    user: mailbox.to_string(),
                    problem,
                })?;
                let value = value.trim();
                Ok((!value.is_empty()).then(|| value.to_owned()))
            }
            several => Err(StoreError::DuplicateUser {
                user: mailbox.to_string(),
                count: several.len(),
                place: "the rows of recovery.query".to_owned(),
            }),
        }
    }

    /// In a transaction that commits only when exactly one row changed.
    async fn write(&self, mailbox: &EmailAddress, address: &str) -> Result<(), StoreError> {
        let Some(update) = &self.update_query else {
            return Err(StoreError::Config(
                "recovery.update_query is not set".to_owned(),
            ));
        };
        let write = async {
            let mut tx = self
                .inner
                .pool
                .begin()
                .await
                .map_err(|e| db_error("begin", e, mailbox))?;
            let done = update
                .bind(mailbox, address)
                .execute(&mut *tx)
                .await
                .map_err(|e| db_error("recovery.update_query", e, mailbox))?;
            if done.rows_affected() != 1 {
                let _ = tx.rollback().await;
                return Err(StoreError::UpdateMatched {
                    user: mailbox.to_string(),
                    rows: done.rows_affected(),
                });
            }
            tx.commit()
                .await
                .map_err(|e| db_error("commit", e, mailbox))
        };
        tokio::time::timeout(self.inner.query_timeout, write)
            .await
            .map_err(|_| StoreError::Timeout {
                action: "recovery.update_query",
                secs: self.inner.query_timeout.as_secs(),
            })?
    }

    fn writable(&self) -> bool {
        self.update_query.is_some()
    }
}
