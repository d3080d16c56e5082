//! Builds the running parts from a `Settings` value.

use std::sync::Arc;
use std::time::Duration;

use crate::auth;
use crate::change::{ChangeService, ConfirmPolicy};
use crate::domain::{MailDomains, PasswordPolicy};
use crate::hash::{HashConfig, Hasher};
use crate::settings::Settings;
use crate::store;

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{0}")]
    Config(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Tls(#[from] crate::tls::TlsSetupError),
    #[error(transparent)]
    PolicyFile(#[from] crate::domain::PolicyFileError),
}

/// The parts every front end (CLI, web) shares.
pub struct Core {
    pub domains: MailDomains,
    pub hasher: Hasher,
    pub changes: Arc<ChangeService>,
}

pub fn build_core(settings: &Settings) -> Result<Core, BuildError> {
    let domains = MailDomains::new(&settings.mail.domains)
        .map_err(|e| BuildError::Config(format!("mail.domains: {e}")))?;
    let hash_config = HashConfig::try_from(&settings.hash)
        .map_err(|e| BuildError::Config(format!("hash: {e}")))?;
    let mut policy = PasswordPolicy::new(
        settings.policy.min_length,
        settings.policy.max_length,
        hash_config.max_password_bytes(),
    );
    if let Some(path) = &settings.policy.common_passwords_file {
        policy = policy.with_common_file(path)?;
    }
    let hasher = Hasher::new(hash_config);
    let store = store::from_settings(settings)?;
    let authenticator = auth::from_settings(settings, Arc::clone(&store), hasher.clone())?;
    let confirm = ConfirmPolicy {
        enabled: settings.auth.confirm,
        timeout: Duration::from_secs(settings.auth.confirm_timeout_secs),
        ..ConfirmPolicy::default()
    };
    let changes = Arc::new(ChangeService::new(
        authenticator,
        store,
        hasher.clone(),
        policy,
        confirm,
    ));
    Ok(Core {
        domains,
        hasher,
        changes,
    })
}
