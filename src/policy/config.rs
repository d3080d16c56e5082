//! The `[policy]` section.

use std::path::PathBuf;

use serde::Deserialize;

use crate::domain::Password;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicySettings {
    pub min_length: usize,
    pub max_length: usize,
    /// Extra refused passwords, one per line, compared case-insensitively.
    pub common_passwords_file: Option<PathBuf>,
    /// Words no password may contain (e.g. the provider's and customers' names);
    /// `ui.provider_name` is added automatically.
    pub context_words: Vec<String>,
}

impl Default for PolicySettings {
    fn default() -> Self {
        Self {
            min_length: 15,
            max_length: 128,
            common_passwords_file: None,
            context_words: Vec::new(),
        }
    }
}

impl PolicySettings {
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if self.min_length < 8 {
            problems.push("policy.min_length must be at least 8".to_owned());
        }
        if self.max_length < self.min_length {
            problems.push("policy.max_length must not be below policy.min_length".to_owned());
        }
        if self.max_length > Password::MAX_CHARS {
            problems.push(format!(
                "policy.max_length must be at most {}",
                Password::MAX_CHARS
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}
