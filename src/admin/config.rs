//! The `[admin]` section: the customer menu's API.

use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminSettings {
    /// The `[[token]]` file; unset: the admin routes answer 404.
    pub tokens_file: Option<PathBuf>,
    /// Requests per token and minute.
    pub per_token_per_minute: u32,
    /// Networks the admin API answers (the hosting panel's); empty: any.
    #[serde(deserialize_with = "crate::net::networks")]
    pub allow_from: Vec<ipnet::IpNet>,
}

impl Default for AdminSettings {
    fn default() -> Self {
        Self {
            tokens_file: None,
            per_token_per_minute: 60,
            allow_from: Vec::new(),
        }
    }
}

impl AdminSettings {
    pub fn check(&self) -> Result<(), Vec<String>> {
        if self.per_token_per_minute == 0 {
            return Err(vec![
                "admin.per_token_per_minute must be at least 1".to_owned()
            ]);
        }
        Ok(())
    }
}
