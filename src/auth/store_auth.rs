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
    /// A hash of a random password made with our settings, until a real
    /// one was seen.
    decoy: tokio::sync::OnceCell<PasswordHash>,
    /// The stored hash looked up last: an unknown mailbox's login is
    /// verified against it, so it costs what the store's real hashes cost
    /// whatever their scheme and parameters (`doveadm pw`'s Argon2 is
    /// dearer than ours), and timing tells nobody which mailboxes exist.
    last_real: std::sync::Mutex<Option<PasswordHash>>,
}

impl StoreAuthenticator {
    pub fn new(store: Arc<dyn CredentialStore>, hasher: Hasher) -> Self {
        Self {
            store,
            hasher,
            decoy: tokio::sync::OnceCell::new(),
            last_real: std::sync::Mutex::new(None),
        }
    }

    /// What an unknown mailbox's login is verified against.
    async fn decoy(&self) -> Result<PasswordHash, AuthError> {
        let seen = self
            .last_real
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        if let Some(real) = seen {
            return Ok(real);
        }
        self.decoy
            .get_or_try_init(|| async {
                let random = crate::token::random_token();
                let password = Password::parse(random).map_err(|_| {
                    AuthError::Hash(crate::hash::HashError::Failed("decoy".to_owned()))
                })?;
                Ok(self.hasher.hash(&password).await?)
            })
            .await
            .cloned()
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
            Ok(hash) => {
                *self.last_real.lock().unwrap_or_else(|p| p.into_inner()) = Some(hash.clone());
                hash
            }
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
        self.hasher.verify(&probe, &decoy).await?;
        Ok(())
    }

    async fn probe(&self) -> Result<(), AuthError> {
        self.store.ready().await.map_err(AuthError::Store)
    }
}
