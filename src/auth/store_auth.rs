use std::net::IpAddr;
use std::sync::Arc;

use async_trait::async_trait;

use super::{AuthError, Authenticator, Verdict};
use crate::domain::{EmailAddress, Password};
use crate::hash::Hasher;
use crate::store::{CredentialStore, StoreError};

/// Verifies against the hash in the credential store itself, for sites
/// where the service cannot reach IMAP (and for `demo`).
pub struct StoreAuthenticator {
    store: Arc<dyn CredentialStore>,
    hasher: Hasher,
}

impl StoreAuthenticator {
    pub fn new(store: Arc<dyn CredentialStore>, hasher: Hasher) -> Self {
        Self { store, hasher }
    }
}

#[async_trait]
impl Authenticator for StoreAuthenticator {
    async fn verify(
        &self,
        mailbox: &EmailAddress,
        password: &Password,
        _client_ip: Option<IpAddr>,
    ) -> Result<Verdict, AuthError> {
        let stored = match self.store.lookup(mailbox).await {
            Ok(hash) => hash,
            // Like a mail server: an unknown mailbox is just a failed login.
            Err(StoreError::UnknownUser(_)) => return Ok(Verdict::Rejected),
            Err(e) => return Err(AuthError::Store(e)),
        };
        Ok(if self.hasher.verify(password, &stored).await? {
            Verdict::Accepted
        } else {
            Verdict::Rejected
        })
    }

    async fn probe(&self) -> Result<(), AuthError> {
        self.store.ready().await.map_err(AuthError::Store)
    }
}
