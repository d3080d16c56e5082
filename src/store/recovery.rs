//! Where an employee's recovery address lives: beside the password, in the
//! store the operator already keeps it in (PostfixAdmin's `email_other`,
//! an LDAP attribute such as `otherMailbox`). A passwd-file has no place
//! for it.

use async_trait::async_trait;

use super::StoreError;
use crate::domain::EmailAddress;

#[async_trait]
pub trait RecoveryAddresses: Send + Sync {
    /// The mailbox's recovery address, if it has one.
    async fn read(&self, mailbox: &EmailAddress) -> Result<Option<String>, StoreError>;

    /// Stores `address` as the mailbox's recovery address.
    async fn write(&self, mailbox: &EmailAddress, address: &str) -> Result<(), StoreError>;

    /// Whether [`RecoveryAddresses::write`] is configured.
    fn writable(&self) -> bool;
}

/// Where the operator keeps recovery addresses, as checked.
#[derive(Debug, Clone)]
pub enum RecoveryPlace {
    Sql {
        query: super::sql::query::BoundQuery,
        update_query: Option<super::sql::query::BoundQuery>,
    },
    Ldap {
        attribute: String,
        writable: bool,
    },
}
