//! Dovecot's passwd-file: `user:password:uid:gid:gecos:home:shell:extra`.
//!
//! A change rewrites only the password field of the one matching line and
//! keeps every other byte. The new file is written next to the old one,
//! fsynced and renamed over it under an exclusive lock, so a crash, a full
//! disk or a concurrent writer leaves either the old or the new file, never
//! a torn one, and no update is lost.

use std::fs::{self, File};
use std::ops::Range;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;

pub mod config;
mod probe;
mod write;

use super::{CredentialStore, Replaced, StoreError};
use crate::domain::{EmailAddress, MailDomains, PasswordHash};
use config::PasswdFileConfig;

/// How long after the rename appends to the old file are still carried
/// over (a writer that opened it just before may be descheduled); the
/// change waits for Dovecot's next whole second anyway.
const LATE_APPEND_GRACE: Duration = Duration::from_millis(50);

#[derive(Debug, Clone)]
pub struct PasswdFileStore {
    path_template: String,
    username_format: String,
    lock_timeout: Duration,
    /// Per-domain templates are probed for these domains.
    domains: Vec<String>,
}

/// Why no single line could be chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    Unknown,
    Duplicate(usize),
}

/// Locates the password field of `user`'s line, compared without regard to
/// ASCII case (two lines differing only in case are ambiguous, too).
pub fn find_password_field(content: &[u8], user: &str) -> Result<Range<usize>, FindError> {
    let mut found = None;
    let mut count = 0;
    let mut start = 0;
    while start < content.len() {
        let end = memchr::memchr(b'\n', &content[start..]).map_or(content.len(), |p| start + p);
        let line = &content[start..end];
        // Dovecot skips empty lines, comments and lines without a user.
        if !line.is_empty() && line[0] != b'#' && line[0] != b':' {
            let user_end = memchr::memchr(b':', line).unwrap_or(line.len());
            if line[..user_end].eq_ignore_ascii_case(user.as_bytes()) {
                count += 1;
                let field_start = (user_end + 1).min(line.len());
                let mut field_end = line[field_start..]
                    .iter()
                    .position(|&b| b == b':')
                    .map_or(line.len(), |p| field_start + p);
                // A last field on a CRLF line ends before the CR.
                if field_end == line.len() && line.ends_with(b"\r") && field_end > field_start {
                    field_end -= 1;
                }
                found = Some(start + field_start..start + field_end);
            }
        }
        start = end + 1;
    }
    match (count, found) {
        (1, Some(range)) => Ok(range),
        (0, _) | (_, None) => Err(FindError::Unknown),
        (n, _) => Err(FindError::Duplicate(n)),
    }
}

/// The file with `user`'s password field replaced, and the old field.
pub fn rewrite(
    content: &[u8],
    user: &str,
    new_field: &str,
) -> Result<(Vec<u8>, Vec<u8>), FindError> {
    let range = find_password_field(content, user)?;
    let mut out = Vec::with_capacity(content.len() + new_field.len());
    out.extend_from_slice(&content[..range.start]);
    if range.start == range.end && content.get(range.start.wrapping_sub(1)) != Some(&b':') {
        // A line holding only the user name gains its separator.
        out.push(b':');
    }
    out.extend_from_slice(new_field.as_bytes());
    out.extend_from_slice(&content[range.end..]);
    Ok((out, content[range].to_vec()))
}

impl PasswdFileStore {
    pub fn new(
        path_template: impl Into<String>,
        username_format: impl Into<String>,
        lock_timeout: Duration,
        domains: Vec<String>,
    ) -> Self {
        Self {
            path_template: path_template.into(),
            username_format: username_format.into(),
            lock_timeout,
            domains,
        }
    }

    /// The store a checked configuration describes; the temporary copies
    /// an interrupted change of an earlier run left behind go now.
    pub fn from_config(config: PasswdFileConfig, domains: &MailDomains) -> Self {
        let store = Self::new(
            config.path_template,
            config.username_format,
            config.lock_timeout,
            domains.iter().map(str::to_owned).collect(),
        );
        store.remove_stale_temp_files();
        store
    }

    pub fn path_for(&self, mailbox: &EmailAddress) -> PathBuf {
        PathBuf::from(self.path_template.replace("%d", mailbox.domain()))
    }

    fn user_key(&self, mailbox: &EmailAddress) -> String {
        self.username_format
            .replace("%u", mailbox.as_str())
            .replace("%n", mailbox.local_part())
            .replace("%d", mailbox.domain())
    }

    fn lookup_blocking(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError> {
        let path = self.path_for(mailbox);
        let content = fs::read(&path).map_err(|e| StoreError::io("cannot read", &path, e))?;
        let key = self.user_key(mailbox);
        let range =
            find_password_field(&content, &key).map_err(|e| find_error(e, mailbox, &path))?;
        parse_field(&content[range], &path, &content)
    }

    fn replace_blocking(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        let configured = self.path_for(mailbox);
        // Replace the file a symlink points to, not the symlink.
        let path = fs::canonicalize(&configured)
            .map_err(|e| StoreError::io("cannot open", &configured, e))?;
        let key = self.user_key(mailbox);
        let deadline = Instant::now() + self.lock_timeout;
        loop {
            let mut locked =
                lock_current(&path, deadline.saturating_duration_since(Instant::now()))?;
            write::remove_stale_temp_files(&path);
            let (stamp, meta, content) = write::read_locked(&mut locked, &path)?;
            let (new_content, old_field) =
                rewrite(&content, &key, new.as_str()).map_err(|e| find_error(e, mailbox, &path))?;
            let previous = parse_field(&old_field, &path, &content)?;
            if expected.is_some_and(|e| *e != previous) {
                return Err(StoreError::Superseded {
                    user: mailbox.to_string(),
                });
            }
            let staged = write::stage(&path, &meta, &new_content)?;
            if !write::unchanged_since(&locked, &path, &stamp, &content)? {
                tracing::info!(path = %path.display(), "the passwd-file was changed by another program while the change was written; starting over");
                if Instant::now() >= deadline {
                    return Err(StoreError::LockTimeout(path));
                }
                continue;
            }
            let checked = Instant::now();
            let mut written = write::commit(staged, &path)?;
            let renamed_at = SystemTime::now();
            let carried = write::carry_over_appends(&locked, &content, 0, &mut written, &path)?;
            let unguarded = checked.elapsed();
            // A writer that opened the old file just before the rename may
            // write to it a moment later (a busy machine deschedules it):
            // look once more. Only an append later still can be lost.
            std::thread::sleep(LATE_APPEND_GRACE);
            write::carry_over_appends(&locked, &content, carried, &mut written, &path)?;
            write::sync_directory(&path)?;
            tracing::debug!(path = %path.display(), unguarded_us = unguarded.as_micros() as u64, "passwd-file replaced");
            return Ok(Replaced {
                previous,
                written: new.clone(),
                visible_at: next_whole_second(renamed_at),
            });
        }
    }

    /// Every file as a change will write it (see [`probe`]).
    fn probe_blocking(&self, create: bool) -> Result<(), StoreError> {
        for path in self.paths() {
            probe::probe_file(&path, create)?;
        }
        Ok(())
    }

    /// The configured files: one per served domain with `%d`.
    fn paths(&self) -> Vec<PathBuf> {
        if self.path_template.contains("%d") {
            self.domains
                .iter()
                .map(|d| PathBuf::from(self.path_template.replace("%d", d)))
                .collect()
        } else {
            vec![PathBuf::from(&self.path_template)]
        }
    }

    /// Removes temporary copies an interrupted change left beside each
    /// file (they hold every hash), where no change is running now.
    pub fn remove_stale_temp_files(&self) {
        for configured in self.paths() {
            let Ok(path) = fs::canonicalize(&configured) else {
                continue;
            };
            if let Ok(_locked) = lock_current(&path, Duration::ZERO) {
                write::remove_stale_temp_files(&path);
            }
        }
    }
}

fn find_error(e: FindError, mailbox: &EmailAddress, path: &Path) -> StoreError {
    match e {
        FindError::Unknown => StoreError::UnknownUser(mailbox.to_string()),
        FindError::Duplicate(count) => StoreError::DuplicateUser {
            user: mailbox.to_string(),
            count,
            place: path.display().to_string(),
        },
    }
}

fn parse_field(field: &[u8], path: &Path, content: &[u8]) -> Result<PasswordHash, StoreError> {
    let line = line_number(content, field);
    std::str::from_utf8(field)
        .ok()
        .and_then(|s| PasswordHash::parse(s).ok())
        .ok_or_else(|| StoreError::Corrupt {
            path: path.to_owned(),
            line,
            problem: "the password field is empty or unreadable".to_owned(),
        })
}

fn line_number(content: &[u8], field: &[u8]) -> usize {
    // Only for messages: the field is a sub-slice only when it came from content.
    let offset = (field.as_ptr() as usize).wrapping_sub(content.as_ptr() as usize);
    if offset <= content.len() {
        content[..offset].iter().filter(|&&b| b == b'\n').count() + 1
    } else {
        0
    }
}

/// Opens and exclusively locks the file now at `path`. A writer that held
/// the lock may have renamed a new file over the one we opened; then we
/// hold a lock on a dead inode and must start again.
fn lock_current(path: &Path, timeout: Duration) -> Result<File, StoreError> {
    let deadline = Instant::now() + timeout;
    loop {
        let file = File::open(path).map_err(|e| StoreError::io("cannot open", path, e))?;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(StoreError::LockTimeout(path.to_owned()));
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(fs::TryLockError::Error(e)) => {
                    return Err(StoreError::io("cannot lock", path, e))
                }
            }
        }
        let held = file
            .metadata()
            .map_err(|e| StoreError::io("cannot stat", path, e))?;
        let now = fs::metadata(path).map_err(|e| StoreError::io("cannot stat", path, e))?;
        if held.ino() == now.ino() && held.dev() == now.dev() {
            return Ok(file);
        }
    }
}

/// Dovecot stats the file at most once per second of its clock, so a
/// login in any later second sees the file renamed in this one.
fn next_whole_second(t: SystemTime) -> SystemTime {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    UNIX_EPOCH + Duration::from_secs(secs + 1)
}

#[async_trait]
impl CredentialStore for PasswdFileStore {
    fn sharing_credential(&self, mailbox: &EmailAddress) -> Vec<EmailAddress> {
        let line = |m: &EmailAddress| (self.path_for(m), self.user_key(m).to_lowercase());
        let own = line(mailbox);
        let mut sharing = vec![mailbox.clone()];
        if let Ok(domains) = MailDomains::new(self.domains.iter()) {
            sharing.extend(
                self.domains
                    .iter()
                    .filter_map(|d| {
                        EmailAddress::parse(&format!("{}@{d}", mailbox.local_part()), &domains).ok()
                    })
                    .filter(|m| m != mailbox && line(m) == own),
            );
        }
        sharing.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        sharing
    }

    async fn lookup(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError> {
        let this = self.clone();
        let mailbox = mailbox.clone();
        tokio::task::spawn_blocking(move || this.lookup_blocking(&mailbox))
            .await
            .map_err(|_| StoreError::Cancelled)?
    }

    async fn replace(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
        expected: Option<&PasswordHash>,
    ) -> Result<Replaced, StoreError> {
        let this = self.clone();
        let mailbox = mailbox.clone();
        let new = new.clone();
        let expected = expected.cloned();
        tokio::task::spawn_blocking(move || {
            this.replace_blocking(&mailbox, &new, expected.as_ref())
        })
        .await
        .map_err(|_| StoreError::Cancelled)?
    }

    async fn probe(&self) -> Result<(), StoreError> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.probe_blocking(true))
            .await
            .map_err(|_| StoreError::Cancelled)?
    }

    async fn ready(&self) -> Result<(), StoreError> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.probe_blocking(false))
            .await
            .map_err(|_| StoreError::Cancelled)?
    }
}

/// Synchronous entry points for the CLI and for tests that write from
/// many threads or processes at once.
impl PasswdFileStore {
    pub fn replace_now(
        &self,
        mailbox: &EmailAddress,
        new: &PasswordHash,
    ) -> Result<Replaced, StoreError> {
        self.replace_blocking(mailbox, new, None)
    }

    pub fn lookup_now(&self, mailbox: &EmailAddress) -> Result<PasswordHash, StoreError> {
        self.lookup_blocking(mailbox)
    }
}

#[cfg(test)]
mod tests {
    use super::write::next_mtime;
    use super::*;
    use proptest::prelude::*;

    const FILE: &[u8] = b"# Dovecot users\n\
alice@example.org:{PLAIN}old:1000:1000::/home/alice::userdb_quota_rule=*:storage=1G\n\
\n\
bob@example.org:{ARGON2ID}$argon2id$x\n\
carol@example.org::::::\n\
dave@example.org\n\
erin@example.org:{PLAIN}crlf:::\r\n\
frank@example.org:{PLAIN}last\r\n\
Mixed@Example.org:{PLAIN}mixed:::";

    #[test]
    fn only_the_password_field_changes() {
        let (out, old) = rewrite(FILE, "alice@example.org", "{X}new").unwrap();
        assert_eq!(old, b"{PLAIN}old");
        let expected = String::from_utf8_lossy(FILE)
            .replace("alice@example.org:{PLAIN}old:", "alice@example.org:{X}new:");
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn fields_at_line_end_empty_and_missing() {
        let cases: [(&str, &str, &str); 6] = [
            (
                "bob@example.org",
                "{ARGON2ID}$argon2id$x",
                "bob@example.org:{X}new\n",
            ),
            ("carol@example.org", "", "carol@example.org:{X}new:::::\n"),
            ("dave@example.org", "", "dave@example.org:{X}new\n"),
            (
                "erin@example.org",
                "{PLAIN}crlf",
                "erin@example.org:{X}new:::\r\n",
            ),
            (
                "frank@example.org",
                "{PLAIN}last",
                "frank@example.org:{X}new\r\n",
            ),
            (
                "mixed@example.org",
                "{PLAIN}mixed",
                "Mixed@Example.org:{X}new:::",
            ),
        ];
        for (user, old_field, new_line) in cases {
            let (out, old) = rewrite(FILE, user, "{X}new").unwrap();
            assert_eq!(String::from_utf8_lossy(&old), old_field, "{user}");
            assert!(
                String::from_utf8_lossy(&out).contains(new_line),
                "{user}: {}",
                String::from_utf8_lossy(&out)
            );
            assert_eq!(
                out.len() as isize - FILE.len() as isize,
                "{X}new".len() as isize - old_field.len() as isize
                    + isize::from(user == "dave@example.org")
            );
        }
    }

    #[test]
    fn unknown_duplicate_and_comment_lines() {
        assert_eq!(
            rewrite(FILE, "nobody@example.org", "x"),
            Err(FindError::Unknown)
        );
        assert_eq!(
            rewrite(FILE, "# dovecot users", "x"),
            Err(FindError::Unknown)
        );
        let dup = b"a@x.org:1\nb@x.org:2\nA@X.org:3\n";
        assert_eq!(rewrite(dup, "a@x.org", "x"), Err(FindError::Duplicate(2)));
        // A prefix of another user is not that user.
        assert_eq!(rewrite(b"ab@x.org:1\n", "a", "x"), Err(FindError::Unknown));
    }

    #[test]
    fn mtime_always_moves_to_a_new_second() {
        let now = UNIX_EPOCH + Duration::from_millis(100_500);
        // Old file written this very second: bump into the next one.
        assert_eq!(next_mtime(100, now), UNIX_EPOCH + Duration::from_secs(101));
        // Old file from the future (an earlier bump): keep moving forward.
        assert_eq!(next_mtime(105, now), UNIX_EPOCH + Duration::from_secs(106));
        // Old file from long ago: now is fine.
        assert_eq!(next_mtime(50, now), now);
        assert_eq!(
            next_whole_second(now),
            UNIX_EPOCH + Duration::from_secs(101)
        );
    }

    fn line() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            // Arbitrary bytes without a newline: comments, garbage, other users.
            proptest::collection::vec(any::<u8>().prop_filter("no LF", |b| *b != b'\n'), 0..60),
            ("[a-z]{1,8}@x\\.org", "[^:\n]{0,20}", "(:[^\n]{0,30})?\r?")
                .prop_map(|(u, p, rest)| format!("{u}:{p}{rest}").into_bytes()),
        ]
    }

    proptest! {
        #[test]
        fn every_other_line_is_preserved_byte_for_byte(
            lines in proptest::collection::vec(line(), 0..30),
            target_line in "[a-z]{1,8}@x\\.org:[^:\n]{0,20}(:[^\n]{0,30})?",
            position in any::<prop::sample::Index>(),
            trailing_newline in any::<bool>(),
        ) {
            let user = target_line.split(':').next().unwrap().to_owned();
            // The target must be unique; drop other lines for the same user.
            let mut lines: Vec<Vec<u8>> = lines.into_iter().filter(|l| {
                let end = l.iter().position(|&b| b == b':').unwrap_or(l.len());
                !l[..end].eq_ignore_ascii_case(user.as_bytes())
            }).collect();
            let at = position.index(lines.len() + 1);
            lines.insert(at, target_line.clone().into_bytes());
            let mut content = lines.join(&b'\n');
            if trailing_newline { content.push(b'\n'); }

            let (out, _) = rewrite(&content, &user, "{ARGON2ID}$argon2id$new").unwrap();
            let out_lines: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
            let in_lines: Vec<&[u8]> = content.split(|&b| b == b'\n').collect();
            prop_assert_eq!(out_lines.len(), in_lines.len());
            for (i, (a, b)) in in_lines.iter().zip(&out_lines).enumerate() {
                if i == at {
                    let expected_prefix = format!("{user}:{{ARGON2ID}}$argon2id$new");
                    prop_assert!(b.starts_with(expected_prefix.as_bytes()));
                    let old_rest = &a[a.iter().position(|&c| c == b':').unwrap() + 1..];
                    let old_rest = &old_rest[old_rest.iter().position(|&c| c == b':').unwrap_or(old_rest.len())..];
                    prop_assert!(b.ends_with(old_rest));
                } else {
                    prop_assert_eq!(a, b);
                }
            }
        }
    }
}
