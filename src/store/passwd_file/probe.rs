//! Probing exactly what a change will do: the file a symlink points to,
//! a temporary file in that file's directory, its owner and mode kept.
//! A probe that passes where every change would fail sends users to a
//! page that cannot work.

use std::fs::{self, File};
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::write;
use crate::store::StoreError;

/// `create` stages (and drops) a temporary file as a change would, for
/// `check-config`; without it the permissions are only asked (`readyz`,
/// which creates nothing).
pub(super) fn probe_file(configured: &Path, create: bool) -> Result<(), StoreError> {
    let path =
        fs::canonicalize(configured).map_err(|e| StoreError::io("cannot open", configured, e))?;
    let meta = File::open(&path)
        .and_then(|f| f.metadata())
        .map_err(|e| StoreError::io("cannot read", &path, e))?;
    if create {
        write::stage(&path, &meta, b"")?;
        return Ok(());
    }
    let dir = path.parent().unwrap_or(Path::new("/"));
    rustix::fs::access(
        dir,
        rustix::fs::Access::WRITE_OK | rustix::fs::Access::EXEC_OK,
    )
    .map_err(|e| StoreError::io("cannot create files in", dir, e.into()))?;
    can_keep_owner(&meta).map_err(|e| StoreError::io("cannot keep the owner of", &path, e))
}

/// Whether a file we create can be given `meta`'s owner and group: as
/// root, or as its owner in its group.
fn can_keep_owner(meta: &fs::Metadata) -> io::Result<()> {
    let uid = rustix::process::geteuid();
    if uid.is_root() {
        return Ok(());
    }
    let gid = rustix::process::getegid();
    let in_group = gid.as_raw() == meta.gid()
        || rustix::process::getgroups()?
            .iter()
            .any(|g| g.as_raw() == meta.gid());
    if uid.as_raw() == meta.uid() && in_group {
        return Ok(());
    }
    Err(io::Error::new(
        io::ErrorKind::PermissionDenied,
        format!(
            "it belongs to uid {} gid {}, and mailpasswd runs as uid {} gid {} without the right to give files away",
            meta.uid(),
            meta.gid(),
            uid.as_raw(),
            gid.as_raw()
        ),
    ))
}
