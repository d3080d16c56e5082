//! The `[auth]` section: how the current password is checked, and
//! whether a change is confirmed by a login with the new one.

use serde::Deserialize;

use super::imap::config::ImapSettings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMethod {
    Imap,
    Store,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthSettings {
    pub method: AuthMethod,
    /// After writing, log in with the new password before reporting success.
    pub confirm: bool,
    /// How long to keep trying that confirming login before restoring the old hash.
    pub confirm_timeout_secs: u64,
    pub imap: ImapSettings,
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            method: AuthMethod::Imap,
            confirm: true,
            confirm_timeout_secs: 5,
            imap: ImapSettings::default(),
        }
    }
}

impl AuthSettings {
    pub fn check(&self) -> Result<(), Vec<String>> {
        // With `store`, confirmation goes through the store authenticator.
        if self.method == AuthMethod::Imap {
            self.imap.check()
        } else {
            Ok(())
        }
    }
}
