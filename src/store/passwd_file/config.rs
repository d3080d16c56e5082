//! The `[store]` keys of `kind = "passwd-file"`.

use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswdFileSettings {
    /// Path of the passwd-file; `%d` is replaced by the mailbox's domain.
    pub path: Option<String>,
    /// How the user field of a line is formed: `%u` full address, `%n` local part, `%d` domain.
    #[serde(default = "default_username_format")]
    pub username_format: String,
    /// How long to wait for another writer's lock.
    #[serde(default = "default_lock_timeout")]
    pub lock_timeout_secs: u64,
}

fn default_username_format() -> String {
    "%u".to_owned()
}

fn default_lock_timeout() -> u64 {
    10
}

/// The passwd-file settings as the store runs them.
#[derive(Debug, Clone)]
pub struct PasswdFileConfig {
    pub path_template: String,
    pub username_format: String,
    pub lock_timeout: Duration,
}

impl PasswdFileSettings {
    pub fn at(path: impl Into<String>) -> Self {
        Self {
            path: Some(path.into()),
            username_format: default_username_format(),
            lock_timeout_secs: default_lock_timeout(),
        }
    }

    pub fn check(&self) -> Result<PasswdFileConfig, Vec<String>> {
        let mut problems = Vec::new();
        let literal = self
            .username_format
            .replace("%u", "")
            .replace("%n", "")
            .replace("%d", "");
        if literal.contains('%') || literal.contains(':') {
            problems.push(
                "store.username_format may only combine %u, %n, %d and literal text without ':'"
                    .to_owned(),
            );
        }
        let path = match self.path.as_deref() {
            Some(path) if !path.is_empty() => path,
            _ => {
                problems.push("store.path is required for store.kind = \"passwd-file\"".to_owned());
                ""
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(PasswdFileConfig {
            path_template: path.to_owned(),
            username_format: self.username_format.clone(),
            lock_timeout: Duration::from_secs(self.lock_timeout_secs),
        })
    }
}

/// Lines past which a passwd-file is slow to rewrite (about 44 ms a change
/// at 100,000 lines) and heavy for Dovecot to re-read after each change.
pub const LINES_WORTH_A_WARNING: usize = 100_000;

impl PasswdFileSettings {
    /// The files (one per domain with `%d`) too large to serve well, for
    /// `check-config`; a file that cannot be read is the probe's business.
    pub fn size_warnings(&self, domains: &[String]) -> Vec<String> {
        let Some(template) = self.path.as_deref() else {
            return Vec::new();
        };
        let mut paths: Vec<String> = domains
            .iter()
            .map(|domain| template.replace("%d", &domain.to_ascii_lowercase()))
            .collect();
        paths.sort();
        paths.dedup();
        paths
            .into_iter()
            .filter_map(|path| {
                let lines = count_lines(std::path::Path::new(&path)).ok()?;
                (lines > LINES_WORTH_A_WARNING).then(|| {
                    format!(
                        "{path} has {lines} lines: every change rewrites the whole file and Dovecot re-reads it; \
                         above {LINES_WORTH_A_WARNING} lines use one file per domain (%d in store.path) or an SQL store, \
                         and raise Dovecot's vsz_limit for service auth (see the README, \"passwd-file at scale\")"
                    )
                })
            })
            .collect()
    }
}

fn count_lines(path: &std::path::Path) -> std::io::Result<usize> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut buffer = vec![0u8; 1 << 16];
    let mut lines = 0;
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            return Ok(lines);
        }
        lines += buffer[..read].iter().filter(|&&b| b == b'\n').count();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_past_the_mark_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let line = "someone@example.org:{PLAIN}x::::::\n";
        std::fs::write(
            dir.path().join("big.org"),
            line.repeat(LINES_WORTH_A_WARNING + 1),
        )
        .unwrap();
        std::fs::write(dir.path().join("small.org"), line.repeat(10)).unwrap();
        let settings = PasswdFileSettings::at(format!("{}/%d", dir.path().display()));
        let domains = [
            "big.org".to_owned(),
            "small.org".to_owned(),
            "BIG.org".to_owned(),
        ];
        let warnings = settings.size_warnings(&domains);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("big.org has 100001 lines"),
            "{warnings:?}"
        );
    }
}
