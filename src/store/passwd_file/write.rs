//! Replacing the passwd-file next to writers that are not us. A hosting
//! panel appends mailboxes with `echo >>` or edits with `sed -i`, mostly
//! without any lock. So a replacement is staged beside the file, and just
//! before the rename the file must still be the one that was read (same
//! inode, size, times and bytes); otherwise the change starts over from
//! what is there now. Lines appended to the old file in the moment
//! between that check and the rename are carried over to the new one.
//! Whoever takes `flock` on the file itself is never raced at all.

use std::fs::{self, File, Permissions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileExt, MetadataExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tempfile::NamedTempFile;

use crate::store::StoreError;

/// Temporary files older than this, of an earlier version that named
/// them without the file's name, are left over from a crash.
const LEGACY_TEMP_AGE: Duration = Duration::from_secs(600);

/// What the file was when read: a write by anyone since changes one of
/// these (an append the size and times, `sed -i` the inode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    pub(super) fn of(meta: &fs::Metadata) -> Self {
        Self {
            dev: meta.dev(),
            ino: meta.ino(),
            len: meta.len(),
            mtime: (meta.mtime(), meta.mtime_nsec()),
            ctime: (meta.ctime(), meta.ctime_nsec()),
        }
    }

    fn same_file(&self, meta: &fs::Metadata) -> bool {
        self.dev == meta.dev() && self.ino == meta.ino()
    }
}

/// The locked file's metadata and content, read from its start.
pub(super) fn read_locked(
    file: &mut File,
    path: &Path,
) -> Result<(Stamp, fs::Metadata, Vec<u8>), StoreError> {
    let meta = file
        .metadata()
        .map_err(|e| StoreError::io("cannot stat", path, e))?;
    let mut content = Vec::with_capacity(meta.len() as usize);
    file.seek(SeekFrom::Start(0))
        .and_then(|_| file.read_to_end(&mut content))
        .map_err(|e| StoreError::io("cannot read", path, e))?;
    Ok((Stamp::of(&meta), meta, content))
}

/// A temporary file beside `path` holding `content`, with the original's
/// owner, mode and a later mtime, synced and locked: once renamed, other
/// writers that lock the file wait until we are done with it.
pub(super) fn stage(
    path: &Path,
    meta: &fs::Metadata,
    content: &[u8],
) -> Result<NamedTempFile, StoreError> {
    let dir = path.parent().unwrap_or(Path::new("/"));
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| StoreError::io("cannot create a temporary file in", dir, e))?;
    tmp.write_all(content)
        .and_then(|()| tmp.flush())
        .map_err(|e| StoreError::io("cannot write a temporary file in", dir, e))?;
    let tmp_file = tmp.as_file();
    let tmp_meta = tmp_file
        .metadata()
        .map_err(|e| StoreError::io("cannot stat a temporary file in", dir, e))?;
    // Dovecot's auth process must still be able to read the file.
    if tmp_meta.uid() != meta.uid() || tmp_meta.gid() != meta.gid() {
        std::os::unix::fs::fchown(tmp_file, Some(meta.uid()), Some(meta.gid()))
            .map_err(|e| StoreError::io("cannot keep the owner of", path, e))?;
    }
    tmp_file
        .set_permissions(Permissions::from_mode(meta.mode() & 0o7777))
        .map_err(|e| StoreError::io("cannot keep the mode of", path, e))?;
    // Dovecot re-reads only when the whole-second mtime (or the size)
    // changes; same-length hashes written within one second would go
    // unseen without this.
    let mtime = next_mtime(meta.mtime(), SystemTime::now());
    tmp_file
        .set_modified(mtime)
        .map_err(|e| StoreError::io("cannot set the time of", path, e))?;
    tmp_file
        .sync_all()
        .map_err(|e| StoreError::io("cannot flush", path, e))?;
    tmp_file
        .lock()
        .map_err(|e| StoreError::io("cannot lock a temporary file in", dir, e))?;
    Ok(tmp)
}

/// Whether the file at `path` is still the locked one, as read: its bytes
/// first (the slow part), its stamp last, as close to the rename as can be.
pub(super) fn unchanged_since(
    locked: &File,
    path: &Path,
    stamp: &Stamp,
    content: &[u8],
) -> Result<bool, StoreError> {
    let mut now = vec![0; content.len() + 1];
    let mut filled = 0;
    while filled < now.len() {
        match locked.read_at(&mut now[filled..], filled as u64) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(StoreError::io("cannot read", path, e)),
        }
    }
    if now[..filled] != *content {
        return Ok(false);
    }
    let held = locked
        .metadata()
        .map_err(|e| StoreError::io("cannot stat", path, e))?;
    let at_path = fs::metadata(path).map_err(|e| StoreError::io("cannot stat", path, e))?;
    Ok(Stamp::of(&held) == *stamp && stamp.same_file(&at_path))
}

/// Renames the staged file over `path`; the new file stays open (and
/// locked) for [`carry_over_appends`], then [`sync_directory`].
pub(super) fn commit(staged: NamedTempFile, path: &Path) -> Result<File, StoreError> {
    staged
        .persist(path)
        .map_err(|e| StoreError::io("cannot replace", path, e.error))
}

/// Makes the rename durable.
pub(super) fn sync_directory(path: &Path) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("/"));
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io("cannot flush the directory of", path, e))
}

/// Lines appended to the old file (`old`, still open) after it was read
/// and checked, by a writer that did not lock it, past the `carried` bytes
/// already taken: appended to the new file too. Returns how many bytes
/// were carried over in all.
pub(super) fn carry_over_appends(
    old: &File,
    content: &[u8],
    carried: usize,
    new: &mut File,
    path: &Path,
) -> Result<usize, StoreError> {
    let len = old
        .metadata()
        .map_err(|e| StoreError::io("cannot stat", path, e))?
        .len() as usize;
    if len <= content.len() + carried {
        return Ok(carried);
    }
    let mut whole = vec![0; len];
    old.read_exact_at(&mut whole, 0)
        .map_err(|e| StoreError::io("cannot read", path, e))?;
    if whole[..content.len()] != *content {
        // Rewritten in place, not appended to: nothing can be merged.
        tracing::error!(path = %path.display(), "another program rewrote the passwd-file in place while it was replaced; its edit is lost (see README, \"Other writers of the passwd-file\")");
        return Ok(carried);
    }
    let tail = &whole[content.len() + carried..];
    // Others append to the new file meanwhile: write at its end as they
    // do (O_APPEND), never over a line of theirs.
    rustix::fs::fcntl_setfl(&*new, rustix::fs::OFlags::APPEND)
        .map_err(|e| StoreError::io("cannot append to", path, e.into()))?;
    new.write_all(tail)
        .and_then(|()| new.sync_data())
        .map_err(|e| StoreError::io("cannot append to", path, e))?;
    tracing::warn!(path = %path.display(), bytes = tail.len(), "lines appended without the lock while the passwd-file was replaced were carried over");
    Ok(carried + tail.len())
}

/// Removes our temporary files of `path` that a crash left behind: they
/// hold every hash. Called with the file's lock held, when no writer of
/// ours can be staging one for this file.
pub(super) fn remove_stale_temp_files(path: &Path) {
    let dir = path.parent().unwrap_or(Path::new("/"));
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let ours = temp_prefix(path);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let stale = if name.starts_with(&ours) {
            name.ends_with(".tmp")
        } else {
            is_legacy_temp(name) && older_than(&entry, LEGACY_TEMP_AGE)
        };
        if stale {
            match fs::remove_file(entry.path()) {
                Ok(()) => {
                    tracing::warn!(file = %entry.path().display(), "removed a temporary copy of the passwd-file left by an interrupted change")
                }
                Err(e) => {
                    tracing::warn!(file = %entry.path().display(), error = %e, "cannot remove a stale temporary copy of the passwd-file")
                }
            }
        }
    }
}

/// `.mailpasswd-<file name>-`: whose temporary files these are.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "passwd".into(), |n| n.to_string_lossy().into_owned());
    format!(".mailpasswd-{name}-")
}

/// An earlier version's name: `.mailpasswd-` and six random characters.
fn is_legacy_temp(name: &str) -> bool {
    name.strip_prefix(".mailpasswd-")
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|random| {
            random.len() == 6 && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

fn older_than(entry: &fs::DirEntry, age: Duration) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|elapsed| elapsed > age)
}

/// At least one whole second after the old mtime, and not before now.
pub(super) fn next_mtime(old_mtime_secs: i64, now: SystemTime) -> SystemTime {
    let bumped = UNIX_EPOCH + Duration::from_secs(old_mtime_secs.max(0) as u64 + 1);
    bumped.max(now)
}
