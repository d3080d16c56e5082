//! Is the password in Have I Been Pwned's list of breached passwords?
//! Looked up by its SHA-1 (of the exact bytes typed):
//! - `file`: the HIBP downloader's single sorted file (`HASH:COUNT` per
//!   line, about 40 GB), searched in place by binary search over byte
//!   offsets, never loaded; or its directory of per-prefix files
//!   (`ABCDE.txt` holding `SUFFIX:COUNT` lines);
//! - `api`: the k-anonymity range API, sent only the first five hex
//!   digits, with padding asked for and ignored.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use sha1::{Digest, Sha1};

use super::config::{BreachedSettings, BreachedSource, OnError};
use crate::domain::Password;

/// Below this span the rest of a search is read in one go.
const SCAN: u64 = 8192;
/// Longer than any line of the file (40 + 1 + a count, a CR, a BOM).
const MAX_LINE: usize = 128;

#[derive(Debug, thiserror::Error)]
pub enum BreachedError {
    #[error("breached-password file {path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("breached-password API {url}: {reason}")]
    Api { url: String, reason: String },
}

enum Source {
    File(PathBuf),
    Directory(PathBuf),
    Api {
        client: reqwest::Client,
        url: String,
    },
}

pub struct Breached {
    source: Source,
    pub on_error: OnError,
}

impl std::fmt::Debug for Breached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let source = match &self.source {
            Source::File(path) | Source::Directory(path) => path.display().to_string(),
            Source::Api { url, .. } => url.clone(),
        };
        f.debug_struct("Breached")
            .field("source", &source)
            .field("on_error", &self.on_error)
            .finish()
    }
}

/// The upper-case hex SHA-1 of what was typed.
fn sha1_hex(password: &Password) -> String {
    let digest = Sha1::digest(password.expose().as_bytes());
    digest.iter().map(|b| format!("{b:02X}")).collect()
}

impl Breached {
    /// `None` when the check is off.
    pub fn from_settings(s: &BreachedSettings) -> Result<Option<Self>, BreachedError> {
        let source = match s.source {
            BreachedSource::Off => return Ok(None),
            BreachedSource::File => {
                let path = s.path.clone().unwrap_or_default();
                if path.is_dir() {
                    Source::Directory(path)
                } else {
                    Source::File(path)
                }
            }
            BreachedSource::Api => {
                let url = s.url.as_str().trim_end_matches('/').to_owned();
                let tls = crate::tls::client_config(None).map_err(|e| BreachedError::Api {
                    url: url.clone(),
                    reason: e.to_string(),
                })?;
                let timeout = Duration::from_secs(s.timeout_secs);
                let client = reqwest::Client::builder()
                    .use_preconfigured_tls((*tls).clone())
                    .timeout(timeout)
                    .connect_timeout(timeout)
                    .pool_idle_timeout(Duration::from_secs(90))
                    .user_agent(concat!("mailpasswd/", env!("CARGO_PKG_VERSION")))
                    .build()
                    .map_err(|e| BreachedError::Api {
                        url: url.clone(),
                        reason: e.to_string(),
                    })?;
                Source::Api { client, url }
            }
        };
        Ok(Some(Self {
            source,
            on_error: s.on_error,
        }))
    }

    /// How often the password appears in breaches (0: not listed).
    pub async fn count(&self, password: &Password) -> Result<u64, BreachedError> {
        let hash = sha1_hex(password);
        let counted = match &self.source {
            Source::File(path) => {
                let path = path.clone();
                blocking(move || search_file(&path, &hash)).await
            }
            Source::Directory(dir) => {
                let dir = dir.clone();
                blocking(move || search_directory(&dir, &hash)).await
            }
            Source::Api { client, url } => range_api(client, url, &hash).await,
        };
        crate::telemetry::metrics::breached_check(match &counted {
            Ok(0) => "clear",
            Ok(_) => "listed",
            Err(_) => "error",
        });
        counted
    }

    /// For `check-config`: the source answers as it should, or what is wrong.
    pub async fn probe(&self) -> Result<String, BreachedError> {
        match &self.source {
            Source::File(path) => {
                let path = path.clone();
                blocking(move || probe_file(&path)).await
            }
            Source::Directory(dir) => {
                let dir = dir.clone();
                blocking(move || {
                    for prefix in ["00000", "FFFFF"] {
                        search_directory(&dir, &format!("{prefix}{}", "0".repeat(35)))?;
                    }
                    Ok(format!("per-prefix files in {}", dir.display()))
                })
                .await
            }
            Source::Api { client, url } => {
                range_api(client, url, &"0".repeat(40)).await?;
                Ok(format!("the range API at {url} answers"))
            }
        }
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, BreachedError> + Send + 'static,
) -> Result<T, BreachedError> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| {
        Err(BreachedError::File {
            path: PathBuf::new(),
            reason: e.to_string(),
        })
    })
}

/// A line without its end, a byte-order mark the downloader may put at
/// the start of each range, and surrounding blanks.
fn clean(line: &[u8]) -> &[u8] {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    line.trim_ascii()
}

/// `HASH:COUNT` (or `SUFFIX:COUNT`): the hash part and the count.
fn parse(line: &[u8]) -> Option<(&[u8], u64)> {
    let line = clean(line);
    let colon = line.iter().position(|b| *b == b':')?;
    let count = std::str::from_utf8(&line[colon + 1..]).ok()?.parse().ok()?;
    Some((&line[..colon], count))
}

struct Lines<'a> {
    file: &'a File,
    path: &'a Path,
    size: u64,
}

impl Lines<'_> {
    fn error(&self, reason: impl Into<String>) -> BreachedError {
        BreachedError::File {
            path: self.path.to_owned(),
            reason: reason.into(),
        }
    }

    fn read(&self, at: u64, len: usize) -> Result<Vec<u8>, BreachedError> {
        let len = len.min((self.size - at.min(self.size)) as usize);
        let mut buf = vec![0; len];
        self.file
            .read_exact_at(&mut buf, at)
            .map_err(|e| self.error(e.to_string()))?;
        Ok(buf)
    }

    /// The first line that starts after `at` (or at 0), with its offset
    /// and the offset after it.
    fn line_after(&self, at: u64) -> Result<Option<(u64, Vec<u8>, u64)>, BreachedError> {
        let start = if at == 0 {
            0
        } else {
            let chunk = self.read(at - 1, MAX_LINE)?;
            match chunk.iter().position(|b| *b == b'\n') {
                Some(newline) => at + newline as u64,
                None => return Ok(None),
            }
        };
        if start >= self.size {
            return Ok(None);
        }
        let chunk = self.read(start, MAX_LINE)?;
        let end = chunk
            .iter()
            .position(|b| *b == b'\n')
            .map_or(chunk.len(), |n| n + 1);
        Ok(Some((start, chunk[..end].to_vec(), start + end as u64)))
    }
}

/// Binary search of the sorted single file: memory stays flat, and the
/// page cache holds only the few pages a lookup touches.
fn search_file(path: &Path, hash: &str) -> Result<u64, BreachedError> {
    let file = File::open(path).map_err(|e| BreachedError::File {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    let size = file
        .metadata()
        .map_err(|e| BreachedError::File {
            path: path.to_owned(),
            reason: e.to_string(),
        })?
        .len();
    let lines = Lines {
        file: &file,
        path,
        size,
    };
    let target = hash.as_bytes();
    // `low` is always the start of a line, `high` the start of one or the end.
    let (mut low, mut high) = (0u64, size);
    while high - low > SCAN {
        let middle = low + (high - low) / 2;
        let Some((start, line, next)) = lines.line_after(middle)? else {
            high = middle;
            continue;
        };
        if start >= high {
            high = middle;
            continue;
        }
        let (found, count) = parse(&line).ok_or_else(|| lines.error("a line is not HASH:COUNT"))?;
        match found.cmp(target) {
            std::cmp::Ordering::Less => low = next,
            std::cmp::Ordering::Greater => high = start,
            std::cmp::Ordering::Equal => return Ok(count),
        }
    }
    let rest = lines.read(low, (high - low) as usize + MAX_LINE)?;
    Ok(rest
        .split(|b| *b == b'\n')
        .filter_map(parse)
        .find(|(found, _)| *found == target)
        .map_or(0, |(_, count)| count))
}

fn search_directory(dir: &Path, hash: &str) -> Result<u64, BreachedError> {
    let (prefix, suffix) = hash.split_at(5);
    let path = dir.join(format!("{prefix}.txt"));
    let text = std::fs::read(&path).map_err(|e| BreachedError::File {
        path: path.clone(),
        reason: e.to_string(),
    })?;
    Ok(text
        .split(|b| *b == b'\n')
        .filter_map(parse)
        .find(|(found, _)| found.eq_ignore_ascii_case(suffix.as_bytes()))
        .map_or(0, |(_, count)| count))
}

/// Readable, complete and sorted at a sample of offsets.
fn probe_file(path: &Path) -> Result<String, BreachedError> {
    let error = |reason: String| BreachedError::File {
        path: path.to_owned(),
        reason,
    };
    let file = File::open(path).map_err(|e| error(e.to_string()))?;
    let size = file.metadata().map_err(|e| error(e.to_string()))?.len();
    if size == 0 {
        return Err(error("the file is empty".to_owned()));
    }
    let lines = Lines {
        file: &file,
        path,
        size,
    };
    let mut previous: Option<Vec<u8>> = None;
    const SAMPLES: u64 = 64;
    for k in 0..SAMPLES {
        let Some((at, line, _)) = lines.line_after(size * k / SAMPLES)? else {
            continue;
        };
        let (hash, _) = parse(&line)
            .filter(|(h, _)| h.len() == 40 && h.iter().all(u8::is_ascii_hexdigit))
            .ok_or_else(|| error(format!("the line at byte {at} is not HASH:COUNT")))?;
        if previous.as_deref().is_some_and(|p| p > hash) {
            return Err(error(format!(
                "not sorted: the line at byte {at} comes before the one sampled earlier"
            )));
        }
        previous = Some(hash.to_vec());
    }
    let tail = lines.read(size.saturating_sub(MAX_LINE as u64), MAX_LINE)?;
    let last = tail
        .strip_suffix(b"\n")
        .unwrap_or(&tail)
        .rsplit(|b| *b == b'\n')
        .next()
        .unwrap_or(&[]);
    if parse(last).is_none_or(|(h, _)| h.len() != 40) {
        return Err(error(
            "the last line is incomplete (a truncated download?)".to_owned(),
        ));
    }
    Ok(format!(
        "{} ({} MB), sorted",
        path.display(),
        size / 1_000_000
    ))
}

async fn range_api(client: &reqwest::Client, url: &str, hash: &str) -> Result<u64, BreachedError> {
    let (prefix, suffix) = hash.split_at(5);
    let error = |reason: String| BreachedError::Api {
        url: url.to_owned(),
        reason,
    };
    let response = client
        .get(format!("{url}/range/{prefix}"))
        .header("Add-Padding", "true")
        .send()
        .await
        .map_err(|e| error(e.without_url().to_string()))?;
    if !response.status().is_success() {
        return Err(error(format!("HTTP {}", response.status().as_u16())));
    }
    let body = response
        .bytes()
        .await
        .map_err(|e| error(e.without_url().to_string()))?;
    // Padding lines have a count of 0 and come after the real ones.
    Ok(body
        .split(|b| *b == b'\n')
        .filter_map(parse)
        .find(|(found, count)| *count > 0 && found.eq_ignore_ascii_case(suffix.as_bytes()))
        .map_or(0, |(_, count)| count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pw(s: &str) -> Password {
        Password::parse(s.to_owned()).unwrap()
    }

    /// A sorted file like the downloader's, CRLF line ends, a BOM at the
    /// start of some ranges.
    fn corpus(dir: &Path, extra: &[&str]) -> (PathBuf, Vec<String>) {
        let mut hashes: Vec<String> = (0..20_000u32)
            .map(|i| {
                Sha1::digest(format!("filler {i}").as_bytes())
                    .iter()
                    .map(|b| format!("{b:02X}"))
                    .collect()
            })
            .collect();
        hashes.extend(extra.iter().map(|p| sha1_hex(&pw(p))));
        hashes.sort();
        let mut text = Vec::new();
        for (i, h) in hashes.iter().enumerate() {
            if i % 1000 == 0 {
                text.extend_from_slice(b"\xEF\xBB\xBF");
            }
            text.extend_from_slice(format!("{h}:{}\r\n", i + 1).as_bytes());
        }
        let path = dir.join("pwned.txt");
        std::fs::write(&path, text).unwrap();
        (path, hashes)
    }

    #[test]
    fn every_listed_hash_is_found_and_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let (path, hashes) = corpus(dir.path(), &["passwort1234567"]);
        for (i, h) in hashes
            .iter()
            .enumerate()
            .step_by(97)
            .chain([(0, &hashes[0])])
        {
            let found = search_file(&path, h).unwrap();
            assert!(found > 0, "{i} {h}");
        }
        assert_eq!(
            search_file(&path, hashes.last().unwrap()).unwrap(),
            hashes.len() as u64
        );
        assert!(search_file(&path, &sha1_hex(&pw("passwort1234567"))).unwrap() > 0);
        assert_eq!(search_file(&path, &"0".repeat(40)).unwrap(), 0);
        assert_eq!(search_file(&path, &"F".repeat(40)).unwrap(), 0);
        assert_eq!(
            search_file(&path, &sha1_hex(&pw("not listed at all"))).unwrap(),
            0
        );
        assert!(probe_file(&path).unwrap().contains("sorted"));
    }

    #[test]
    fn truncated_and_unsorted_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = corpus(dir.path(), &[]);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.truncate(bytes.len() - 20);
        let truncated = dir.path().join("truncated.txt");
        std::fs::write(&truncated, &bytes).unwrap();
        let e = probe_file(&truncated).unwrap_err().to_string();
        assert!(e.contains("incomplete"), "{e}");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<&str> = text.lines().collect();
        lines.reverse();
        let unsorted = dir.path().join("unsorted.txt");
        std::fs::write(&unsorted, lines.join("\n") + "\n").unwrap();
        let e = probe_file(&unsorted).unwrap_err().to_string();
        assert!(e.contains("not sorted"), "{e}");
    }
}
