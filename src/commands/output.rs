//! Files that commands write: checked before any work is done, then written atomically
//! (temporary file beside the target, fsync, rename), so a failure never leaves half a file.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::bank::store::write_atomic;

/// The directory a file goes to ("." for a bare file name).
pub fn dir_of(path: &Path) -> &Path {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Fail early when `path` cannot be a file to write: its directory is missing, or it is a directory.
pub fn check_writable(path: &Path) -> Result<()> {
    let dir = dir_of(path);
    if !dir.is_dir() {
        bail!("cannot write {}: the directory {} does not exist", path.display(), dir.display());
    }
    if path.is_dir() {
        bail!("cannot write {}: it is a directory; name a file", path.display());
    }
    Ok(())
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(dir_of(path), path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
