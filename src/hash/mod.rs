//! Dovecot password schemes: producing `{SCHEME}…` strings Dovecot verifies,
//! and verifying the ones it stores. Hashing is CPU- and memory-heavy, so it
//! runs on the blocking pool behind a semaphore sized to the cores: memory
//! stays bounded (argon2 m × permits) whatever the load.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{self, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use crate::request_deadline::WaitLine;

pub mod config;

pub use config::{HashConfig, HashScheme, HashSettings};

use crate::domain::{Password, PasswordHash, Scheme};

/// BLF-CRYPT (bcrypt) ignores everything after this many bytes.
pub const BCRYPT_MAX_BYTES: usize = 72;

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("unsupported password scheme {0:?} in the credential store")]
    Unsupported(String),
    #[error("malformed {scheme} hash in the credential store")]
    Malformed { scheme: &'static str },
    #[error("hashing failed: {0}")]
    Failed(String),
    #[error("the hashing task was cancelled")]
    Cancelled,
    #[error("too many passwords are waiting to be hashed")]
    Busy,
}

impl HashConfig {
    /// Bytes past which the scheme silently ignores input.
    pub fn max_password_bytes(&self) -> Option<usize> {
        match self {
            HashConfig::BlfCrypt { .. } => Some(BCRYPT_MAX_BYTES),
            _ => None,
        }
    }

    /// Hashes on the calling thread; use [`Hasher::hash`] from async code.
    pub fn hash_blocking(&self, password: &Password) -> Result<PasswordHash, HashError> {
        let pw = password.expose();
        let hashed = match self {
            HashConfig::Argon2id(params) => {
                let failed = |e: String| HashError::Failed(e);
                let salt = SaltString::generate(&mut OsRng);
                let mut salt_buf = [0u8; 64];
                let raw_salt = salt
                    .as_salt()
                    .decode_b64(&mut salt_buf)
                    .map_err(|e| failed(e.to_string()))?;
                let mut out = [0u8; 32];
                argon2_raw(
                    Algorithm::Argon2id,
                    Version::V0x13,
                    params.clone(),
                    pw.as_bytes(),
                    raw_salt,
                    &mut out,
                )
                .map_err(|e| failed(e.to_string()))?;
                let hash = password_hash::Output::new(&out).map_err(|e| failed(e.to_string()))?;
                format!(
                    "{{ARGON2ID}}$argon2id$v=19$m={},t={},p={}${}${}",
                    params.m_cost(),
                    params.t_cost(),
                    params.p_cost(),
                    salt.as_str(),
                    hash
                )
            }
            HashConfig::Sha512Crypt { rounds } => {
                let params = sha_crypt::Sha512Params::new(*rounds)
                    .map_err(|e| HashError::Failed(format!("{e:?}")))?;
                let crypt = sha_crypt::sha512_simple(pw, &params)
                    .map_err(|e| HashError::Failed(format!("{e:?}")))?;
                format!("{{SHA512-CRYPT}}{crypt}")
            }
            HashConfig::BlfCrypt { cost } => {
                // Refuses (never truncates) input past 72 bytes.
                let parts = bcrypt::non_truncating_hash_with_result(pw, *cost)
                    .map_err(|e| HashError::Failed(e.to_string()))?;
                format!(
                    "{{BLF-CRYPT}}{}",
                    parts.format_for_version(bcrypt::Version::TwoY)
                )
            }
        };
        PasswordHash::parse(&hashed).map_err(|e| HashError::Failed(e.to_string()))
    }
}

/// Verifies on the calling thread. `Ok(false)` is a wrong password; an
/// unknown or broken stored hash is an error, never "wrong password".
pub fn verify_blocking(password: &Password, hash: &PasswordHash) -> Result<bool, HashError> {
    let pw = password.expose();
    let body = hash.body();
    let kind = match hash.scheme() {
        Scheme::Argon2 => Kind::Argon2,
        Scheme::Sha512Crypt => Kind::Sha512,
        Scheme::Sha256Crypt => Kind::Sha256,
        Scheme::BlfCrypt => Kind::Bcrypt,
        Scheme::Crypt => crypt_kind(body)?,
        Scheme::Unsupported => {
            return Err(HashError::Unsupported(
                hash.scheme_name().unwrap_or_default(),
            ))
        }
    };
    match kind {
        Kind::Argon2 => {
            let parsed = argon2::PasswordHash::new(body)
                .ok()
                .filter(|p| p.hash.is_some() && p.salt.is_some())
                .ok_or(HashError::Malformed { scheme: "ARGON2" })?;
            argon2_matches(pw, &parsed).ok_or(HashError::Malformed { scheme: "ARGON2" })
        }
        Kind::Sha512 => sha_crypt_matches(pw, body, "$6$", "SHA512-CRYPT"),
        Kind::Sha256 => sha_crypt_matches(pw, body, "$5$", "SHA256-CRYPT"),
        Kind::Bcrypt => {
            // Dovecot's crypt(3) compares only the first 72 bytes; a longer
            // input must not log in where Dovecot would refuse it, nor the reverse.
            bcrypt::verify(pw, body).map_err(|_| HashError::Malformed {
                scheme: "BLF-CRYPT",
            })
        }
    }
}

/// `$6$[rounds=N$]salt$hash` (or `$5$`), compared in constant time.
fn sha_crypt_matches(
    pw: &str,
    body: &str,
    id: &str,
    scheme: &'static str,
) -> Result<bool, HashError> {
    use subtle::ConstantTimeEq;
    let malformed = || HashError::Malformed { scheme };
    let rest = body.strip_prefix(id).ok_or_else(malformed)?;
    let (rounds, rest) = match rest.strip_prefix("rounds=") {
        Some(r) => {
            let (n, rest) = r.split_once('$').ok_or_else(malformed)?;
            let n: usize = n.parse().map_err(|_| malformed())?;
            // crypt(3) clamps out-of-range round counts.
            (n.clamp(sha_crypt::ROUNDS_MIN, sha_crypt::ROUNDS_MAX), rest)
        }
        None => (sha_crypt::ROUNDS_DEFAULT, rest),
    };
    let (salt, expected) = rest.split_once('$').ok_or_else(malformed)?;
    // crypt(3) uses at most 16 salt characters.
    let salt = &salt.as_bytes()[..salt.len().min(16)];
    let computed = if id == "$6$" {
        let params = sha_crypt::Sha512Params::new(rounds).map_err(|_| malformed())?;
        sha_crypt::sha512_crypt_b64(pw.as_bytes(), salt, &params)
    } else {
        let params = sha_crypt::Sha256Params::new(rounds).map_err(|_| malformed())?;
        sha_crypt::sha256_crypt_b64(pw.as_bytes(), salt, &params)
    }
    .map_err(|_| malformed())?;
    Ok(computed.as_bytes().ct_eq(expected.as_bytes()).into())
}

/// Argon2 scratch memory (m KiB per hash) is reused instead of freed: a
/// fresh 19 MiB block would be faulted in page by page for every hash, and
/// freed blocks would stay resident until the allocator hands them back.
/// At most one block per hashing worker is in use at once, so at most that
/// many are kept; a block may serve any hash that needs no more memory.
static ARGON2_MEMORY: std::sync::Mutex<Vec<Vec<argon2::Block>>> = std::sync::Mutex::new(Vec::new());
/// Hashing workers, set by [`Hasher::new`]; the number of blocks kept.
static ARGON2_BLOCKS_KEPT: AtomicUsize = AtomicUsize::new(1);

fn argon2_raw(
    algorithm: Algorithm,
    version: Version,
    params: Params,
    pw: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> argon2::Result<()> {
    let blocks = params.block_count();
    let pool = || ARGON2_MEMORY.lock().unwrap_or_else(|p| p.into_inner());
    let mut memory = {
        let mut kept = pool();
        let fitting = kept
            .iter()
            .enumerate()
            .filter(|(_, m)| m.len() >= blocks)
            .min_by_key(|(_, m)| m.len())
            .map(|(i, _)| i);
        match fitting {
            Some(i) => kept.swap_remove(i),
            None => vec![argon2::Block::default(); blocks],
        }
    };
    let result = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        pw,
        salt,
        out,
        &mut memory[..blocks],
    );
    let mut kept = pool();
    kept.push(memory);
    let limit = ARGON2_BLOCKS_KEPT.load(Ordering::Relaxed).max(1);
    while kept.len() > limit {
        // The smallest goes: the larger ones serve every hash it served.
        if let Some(smallest) = (0..kept.len()).min_by_key(|&i| kept[i].len()) {
            kept.swap_remove(smallest);
        }
    }
    result
}

/// `None` when the PHC string cannot be used; else whether it matches.
fn argon2_matches(pw: &str, parsed: &argon2::PasswordHash) -> Option<bool> {
    use subtle::ConstantTimeEq;
    let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
    let version = parsed
        .version
        .map_or(Ok(Version::V0x13), Version::try_from)
        .ok()?;
    let expected = parsed.hash?;
    let params = Params::try_from(parsed).ok()?;
    let mut salt_buf = [0u8; 64];
    let salt = parsed.salt?.decode_b64(&mut salt_buf).ok()?;
    let mut out = vec![0u8; expected.len()];
    argon2_raw(algorithm, version, params, pw.as_bytes(), salt, &mut out).ok()?;
    Some(out.ct_eq(expected.as_bytes()).into())
}

enum Kind {
    Argon2,
    Sha512,
    Sha256,
    Bcrypt,
}

fn crypt_kind(body: &str) -> Result<Kind, HashError> {
    if body.starts_with("$6$") {
        Ok(Kind::Sha512)
    } else if body.starts_with("$5$") {
        Ok(Kind::Sha256)
    } else if body.starts_with("$2y$") || body.starts_with("$2b$") || body.starts_with("$2a$") {
        Ok(Kind::Bcrypt)
    } else if body.starts_with("$argon2") {
        Ok(Kind::Argon2)
    } else {
        Err(HashError::Unsupported("CRYPT (DES or MD5)".to_owned()))
    }
}

/// Hashes that may wait per core before more are refused outright: a
/// waiting hash holds no Argon2 memory, only its request, so the bound is
/// generous and time (the request's deadline) is what limits the queue.
const QUEUE_PER_CORE: usize = 512;
/// How long a hash may wait for its turn outside a web request (the CLI).
const QUEUE_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Hashing and verification off the async executor, one per core at
/// once, behind a queue bounded by a generous count and by the deadline of
/// the request that waits: a burst is served in turn, and only what could
/// not finish in time gets "busy".
#[derive(Clone)]
pub struct Hasher {
    config: Arc<HashConfig>,
    permits: Arc<Semaphore>,
    line: Arc<WaitLine>,
}

impl Hasher {
    pub fn new(config: HashConfig) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        ARGON2_BLOCKS_KEPT.fetch_max(cores, Ordering::Relaxed);
        Self {
            config: Arc::new(config),
            permits: Arc::new(Semaphore::new(cores)),
            line: Arc::new(WaitLine::new(cores, cores * QUEUE_PER_CORE)),
        }
    }

    pub fn config(&self) -> &HashConfig {
        &self.config
    }

    pub async fn hash(&self, password: &Password) -> Result<PasswordHash, HashError> {
        let config = Arc::clone(&self.config);
        let password = password.clone();
        let started = std::time::Instant::now();
        let hashed = self.run(move || config.hash_blocking(&password)).await;
        crate::telemetry::metrics::hash(started.elapsed());
        hashed
    }

    pub async fn verify(
        &self,
        password: &Password,
        hash: &PasswordHash,
    ) -> Result<bool, HashError> {
        let password = password.clone();
        let hash = hash.clone();
        self.run(move || verify_blocking(&password, &hash)).await
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T, HashError> + Send + 'static,
    ) -> Result<T, HashError> {
        let place = self.line.join(QUEUE_WAIT).ok_or(HashError::Busy)?;
        let acquired = tokio::time::timeout(place.wait, self.permits.acquire()).await;
        drop(place);
        let _permit = acquired
            .map_err(|_| HashError::Busy)?
            .map_err(|_| HashError::Cancelled)?;
        let started = std::time::Instant::now();
        let done = tokio::task::spawn_blocking(work).await;
        self.line.served(started.elapsed());
        done.map_err(|_| HashError::Cancelled)?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pw(s: &str) -> Password {
        Password::parse(s.into()).unwrap()
    }

    fn settings(scheme: HashScheme) -> HashSettings {
        HashSettings {
            scheme,
            memory_kib: 1024,
            iterations: 1,
            bcrypt_cost: 4,
            sha512_rounds: 1000,
            ..HashSettings::default()
        }
    }

    #[test]
    fn every_scheme_round_trips() {
        for scheme in [
            HashScheme::Argon2id,
            HashScheme::Sha512Crypt,
            HashScheme::BlfCrypt,
        ] {
            let config = settings(scheme).check().unwrap();
            let h = config
                .hash_blocking(&pw("Grüße \"quoted\" \\ {5}"))
                .unwrap();
            assert!(
                verify_blocking(&pw("Grüße \"quoted\" \\ {5}"), &h).unwrap(),
                "{h:?}"
            );
            assert!(
                !verify_blocking(&pw("Grüße \"quoted\" \\ {6}"), &h).unwrap(),
                "{h:?}"
            );
        }
    }

    #[test]
    fn prefixes_are_dovecots() {
        let a = settings(HashScheme::Argon2id).check().unwrap();
        assert!(a
            .hash_blocking(&pw("x"))
            .unwrap()
            .as_str()
            .starts_with("{ARGON2ID}$argon2id$v=19$m=1024,t=1,p=1$"));
        let s = settings(HashScheme::Sha512Crypt).check().unwrap();
        assert!(s
            .hash_blocking(&pw("x"))
            .unwrap()
            .as_str()
            .starts_with("{SHA512-CRYPT}$6$rounds=1000$"));
        let b = settings(HashScheme::BlfCrypt).check().unwrap();
        assert!(b
            .hash_blocking(&pw("x"))
            .unwrap()
            .as_str()
            .starts_with("{BLF-CRYPT}$2y$04$"));
    }

    #[test]
    fn bcrypt_refuses_rather_than_truncates() {
        let b = settings(HashScheme::BlfCrypt).check().unwrap();
        assert!(b.hash_blocking(&pw(&"a".repeat(73))).is_err());
        assert_eq!(b.max_password_bytes(), Some(72));
    }

    #[test]
    fn verifies_hashes_made_by_doveadm() {
        // `doveadm pw -s SCHEME -p test`, Dovecot 2.3.19 on Debian 12.
        let made_by_doveadm = [
            "{SHA256-CRYPT}$5$V5FimbxPOiOKatUr$XeltuW6WobjOE9xKAR7z3FB7/7BR.wIQBkyH.pU3me5",
            "{SHA512-CRYPT}$6$JqVc49FTWeyqsSdv$l7IiuQDuuSmkJV3GqY.rJDAJkfMUFOA2yoRzn8wGA5MxeFk0Xr6D7gEw4siWq057YPskFfLsRAEQqwvYPOAxV.",
            "{ARGON2I}$argon2i$v=19$m=32768,t=4,p=1$fxcmjnY8MmQfjDLNGo5WYA$o6G+nVDliOGqLvufGS20Qu9Hrgpyk+GFdw61Tyof6no",
            "{BLF-CRYPT}$2y$05$f2ckloiBAcQdC0Bg/1LYe.1/BsVVUG56S0Jd34sJ5h3VfguViOTvi",
            // crypt(3) style without a prefix, as older passwd-files have it.
            "$6$JqVc49FTWeyqsSdv$l7IiuQDuuSmkJV3GqY.rJDAJkfMUFOA2yoRzn8wGA5MxeFk0Xr6D7gEw4siWq057YPskFfLsRAEQqwvYPOAxV.",
            "{CRYPT}$2y$05$f2ckloiBAcQdC0Bg/1LYe.1/BsVVUG56S0Jd34sJ5h3VfguViOTvi",
        ];
        for stored in made_by_doveadm {
            let h = PasswordHash::parse(stored).unwrap();
            assert!(verify_blocking(&pw("test"), &h).unwrap(), "{stored}");
            assert!(!verify_blocking(&pw("Test"), &h).unwrap(), "{stored}");
        }
    }

    #[test]
    fn unknown_or_broken_hash_is_an_error_not_a_mismatch() {
        let plain = PasswordHash::parse("{PLAIN}secret").unwrap();
        assert!(matches!(
            verify_blocking(&pw("secret"), &plain),
            Err(HashError::Unsupported(_))
        ));
        let broken = PasswordHash::parse("{ARGON2ID}$argon2id$garbage").unwrap();
        assert!(matches!(
            verify_blocking(&pw("x"), &broken),
            Err(HashError::Malformed { .. })
        ));
    }
}
