use std::net::IpAddr;
use std::sync::Arc;

use async_trait::async_trait;

use super::{AuthError, Authenticator, Verdict};
use crate::domain::{EmailAddress, Password, PasswordHash};
use crate::hash::Hasher;
use crate::store::{CredentialStore, StoreError};

/// Verifies against the hash in the credential store itself, for sites
/// where the service cannot reach IMAP (and for `demo`).
pub struct StoreAuthenticator {
    store: Arc<dyn CredentialStore>,
    hasher: Hasher,
    /// A hash of a random password made like the real ones: an unknown
    /// mailbox costs the same verification as a wrong password.
    decoy: tokio::sync::OnceCell<PasswordHash>,
}

impl StoreAuthenticator {
    pub fn new(store: Arc<dyn CredentialStore>, hasher: Hasher) -> Self {
        Self {
            store,
            hasher,
            decoy: tokio::sync::OnceCell::new(),
        }
    }

    async fn decoy(&self) -> Result<&PasswordHash, AuthError> {
        self.decoy
            .get_or_try_init(|| async {
                let random = crate::token::random_token();
                let password = Password::parse(random).map_err(|_| {
                    AuthError::Hash(crate::hash::HashError::Failed("decoy".to_owned()))
                })?;
                Ok(self.hasher.hash(&password).await?)
            })
            .await
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
            Err(StoreError::UnknownUser(_)) => {
                self.reject_unknown().await?;
                return Ok(Verdict::Rejected);
            }
            Err(e) => return Err(AuthError::Store(e)),
        };
        Ok(if self.hasher.verify(password, &stored).await? {
            Verdict::Accepted
        } else {
            Verdict::Rejected
        })
    }

    async fn reject_unknown(&self) -> Result<(), AuthError> {
        let decoy = self.decoy().await?;
        let probe = Password::parse(crate::token::random_token())
            .map_err(|_| AuthError::Hash(crate::hash::HashError::Failed("decoy".to_owned())))?;
        self.hasher.verify(&probe, decoy).await?;
        Ok(())
    }

    async fn probe(&self) -> Result<(), AuthError> {
        self.store.ready().await.map_err(AuthError::Store)
    }
}
