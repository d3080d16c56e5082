//! The `[hash]` section: which scheme new passwords get, and its cost.

use argon2::Params;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum HashScheme {
    #[serde(rename = "ARGON2ID")]
    Argon2id,
    #[serde(rename = "SHA512-CRYPT")]
    Sha512Crypt,
    #[serde(rename = "BLF-CRYPT")]
    BlfCrypt,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HashSettings {
    pub scheme: HashScheme,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// Rounds for SHA512-CRYPT (glibc's default is 5000).
    pub sha512_rounds: u32,
    /// Cost for BLF-CRYPT (each step doubles the time).
    pub bcrypt_cost: u32,
}

impl Default for HashSettings {
    fn default() -> Self {
        Self {
            scheme: HashScheme::Argon2id,
            memory_kib: 19456,
            iterations: 2,
            parallelism: 1,
            sha512_rounds: 5000,
            bcrypt_cost: 10,
        }
    }
}

/// Validated parameters for producing hashes.
#[derive(Debug, Clone)]
pub enum HashConfig {
    Argon2id(Params),
    Sha512Crypt { rounds: usize },
    BlfCrypt { cost: u32 },
}

impl HashSettings {
    /// The parameters new hashes are made with, or why they cannot be.
    pub fn check(&self) -> Result<HashConfig, Vec<String>> {
        self.parameters().map_err(|e| vec![format!("hash: {e}")])
    }

    fn parameters(&self) -> Result<HashConfig, String> {
        match self.scheme {
            HashScheme::Argon2id => {
                if self.memory_kib > 4 * 1024 * 1024 {
                    return Err("memory_kib above 4 GiB".to_owned());
                }
                Params::new(self.memory_kib, self.iterations, self.parallelism, None)
                    .map(HashConfig::Argon2id)
                    .map_err(|e| format!("invalid ARGON2ID parameters: {e}"))
            }
            HashScheme::Sha512Crypt => {
                if !(1000..=10_000_000).contains(&self.sha512_rounds) {
                    return Err("sha512_rounds must be between 1000 and 10000000".to_owned());
                }
                Ok(HashConfig::Sha512Crypt {
                    rounds: self.sha512_rounds as usize,
                })
            }
            HashScheme::BlfCrypt => {
                if !(4..=31).contains(&self.bcrypt_cost) {
                    return Err("bcrypt_cost must be between 4 and 31".to_owned());
                }
                Ok(HashConfig::BlfCrypt {
                    cost: self.bcrypt_cost,
                })
            }
        }
    }
}
