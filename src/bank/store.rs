//! Reading and writing bank files: errors that name the file, line and column; writes
//! that are atomic (temporary file in the same directory, fsync, rename) under a lock
//! file, so a reader never sees half a bank and two writers never interleave.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::model::{BankFile, FORMAT};

pub const LOCK_FILE: &str = ".quizgen.lock";

#[derive(Debug, Error)]
pub enum BankError {
    #[error("{path}:{line}:{column}: not a valid bank file: {message} (the file was left as it is; fix it or move it away)")]
    Corrupt { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{path}: bank format {found} is not supported (this quizgen reads format {FORMAT})")]
    Format { path: PathBuf, found: u32 },
    #[error("{path}: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("the bank {dir} is locked by another quizgen process (lock file {lock}); wait for it to finish")]
    Locked { dir: PathBuf, lock: PathBuf },
    #[error("{dir}: no bank here; create one with `quizgen generate <texts> --bank {dir}`")]
    Missing { dir: PathBuf },
    #[error("{dir}: the bank has no items; run `quizgen generate <texts> --bank {dir}` first")]
    Empty { dir: PathBuf },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BankError + '_ {
    move |error| BankError::Io { path: path.to_path_buf(), error }
}

/// An exclusive lock on a bank directory, held until dropped.
pub struct BankLock {
    _file: File,
}

/// Take the bank's lock, creating the directory if needed; fail at once if another
/// process holds it.
pub fn lock(dir: &Path) -> Result<BankLock, BankError> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    let path = dir.join(LOCK_FILE);
    let file = File::options().create(true).truncate(false).write(true).open(&path).map_err(io(&path))?;
    match file.try_lock() {
        Ok(()) => Ok(BankLock { _file: file }),
        Err(fs::TryLockError::WouldBlock) => Err(BankError::Locked { dir: dir.to_path_buf(), lock: path }),
        Err(fs::TryLockError::Error(e)) => Err(BankError::Io { path, error: e }),
    }
}

/// Parse one bank file's text.
pub fn parse(path: &Path, text: &str) -> Result<BankFile, BankError> {
    let bank: BankFile = serde_json::from_str(text).map_err(|e| BankError::Corrupt {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: e.to_string().split(" at line ").next().unwrap_or("").to_string(),
    })?;
    if bank.format != FORMAT {
        return Err(BankError::Format { path: path.to_path_buf(), found: bank.format });
    }
    Ok(bank)
}

pub fn read_file(path: &Path) -> Result<BankFile, BankError> {
    let text = fs::read_to_string(path).map_err(io(path))?;
    parse(path, &text)
}

/// The bank files of a directory, sorted by file name.
pub fn bank_paths(dir: &Path) -> Result<Vec<PathBuf>, BankError> {
    if !dir.is_dir() {
        return Err(BankError::Missing { dir: dir.to_path_buf() });
    }
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    paths.sort();
    Ok(paths)
}

/// The text of every bank file of a directory, read in parallel, in file-name order.
pub fn read_texts(dir: &Path) -> Result<Vec<(PathBuf, String)>, BankError> {
    use rayon::prelude::*;
    bank_paths(dir)?.into_par_iter().map(|p| fs::read_to_string(&p).map_err(io(&p)).map(|t| (p, t))).collect()
}

/// Every bank file of a directory, read and parsed in parallel (parsing is most of the
/// time a large bank takes to open), in file-name order.
pub fn read_dir(dir: &Path) -> Result<Vec<(PathBuf, BankFile)>, BankError> {
    use rayon::prelude::*;
    bank_paths(dir)?.into_par_iter().map(|p| read_file(&p).map(|b| (p, b))).collect()
}

/// Every bank file, failing when there is no item at all.
pub fn read_nonempty(dir: &Path) -> Result<Vec<(PathBuf, BankFile)>, BankError> {
    let files = read_dir(dir)?;
    if files.iter().all(|(_, b)| b.items.is_empty()) {
        return Err(BankError::Empty { dir: dir.to_path_buf() });
    }
    Ok(files)
}

/// Bank files written together: each goes to a temporary file in the bank directory; on
/// `commit` the data is flushed to disk once for all of them and then each is renamed over
/// its bank file. Until then no bank file has changed; if anything fails, the temporary
/// files are removed and the bank stays as it was.
pub struct Batch<'l> {
    _lock: &'l BankLock,
    staged: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl<'l> Batch<'l> {
    pub fn new(lock: &'l BankLock) -> Batch<'l> {
        Batch { _lock: lock, staged: Vec::new() }
    }

    /// Stage `bank` for `path`; an unchanged bank file is left alone.
    pub fn stage(&mut self, path: &Path, bank: &BankFile) -> Result<(), BankError> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let mut json = serde_json::to_string_pretty(bank).expect("bank serializes");
        json.push('\n');
        if fs::read(path).is_ok_and(|old| old == json.as_bytes()) {
            return Ok(());
        }
        let mut tmp = tempfile::Builder::new().prefix(".quizgen-").suffix(".tmp").tempfile_in(dir).map_err(io(dir))?;
        tmp.write_all(json.as_bytes()).map_err(io(path))?;
        let mode = fs::metadata(path).map(|m| m.permissions()).ok();
        set_mode(tmp.as_file(), mode).map_err(io(path))?;
        self.staged.push((tmp, path.to_path_buf()));
        Ok(())
    }

    /// Flush every staged file to disk, then rename each into place.
    pub fn commit(self) -> Result<(), BankError> {
        let Some((first, _)) = self.staged.first() else { return Ok(()) };
        // one flush of the file system instead of one per file where the platform has it;
        // a single file (a review's decision) is flushed alone, since syncfs also waits
        // for every other dirty file on the disk
        if self.staged.len() == 1 || !sync_filesystem(first.as_file()) {
            for (tmp, path) in &self.staged {
                tmp.as_file().sync_data().map_err(io(path))?;
            }
        }
        for (tmp, path) in self.staged {
            tmp.persist(&path).map_err(|e| BankError::Io { path: path.clone(), error: e.error })?;
        }
        Ok(())
    }
}

/// syncfs(2): flush every file of the file system holding `file`. False where unavailable.
#[cfg(target_os = "linux")]
fn sync_filesystem(file: &File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: syncfs only reads the descriptor, which `file` keeps open for the call.
    unsafe { libc::syncfs(file.as_raw_fd()) == 0 }
}

#[cfg(not(target_os = "linux"))]
fn sync_filesystem(_file: &File) -> bool {
    false
}

/// Write `bank` to `path` atomically. The caller holds the bank's lock.
pub fn write_file(lock: &BankLock, path: &Path, bank: &BankFile) -> Result<(), BankError> {
    let mut batch = Batch::new(lock);
    batch.stage(path, bank)?;
    batch.commit()
}

/// Write bytes to `path` through a temporary file in `dir`, fsync, then rename.
pub fn write_atomic(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), BankError> {
    let mut tmp = tempfile::Builder::new().prefix(".quizgen-").suffix(".tmp").tempfile_in(dir).map_err(io(dir))?;
    tmp.write_all(bytes).map_err(io(path))?;
    // a temporary file is private (0600); the result gets the mode the old file had,
    // or the usual 0644 for a new one
    let mode = fs::metadata(path).map(|m| m.permissions()).ok();
    set_mode(tmp.as_file(), mode).map_err(io(path))?;
    tmp.as_file().sync_data().map_err(io(path))?;
    tmp.persist(path).map_err(|e| BankError::Io { path: path.to_path_buf(), error: e.error })?;
    Ok(())
}

#[cfg(unix)]
fn set_mode(file: &File, old: Option<fs::Permissions>) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(old.unwrap_or_else(|| fs::Permissions::from_mode(0o644)))
}

#[cfg(not(unix))]
fn set_mode(file: &File, old: Option<fs::Permissions>) -> std::io::Result<()> {
    match old {
        Some(p) => file.set_permissions(p),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_names_its_line_and_column() {
        let err = parse(Path::new("b/x.json"), "{\n  \"format\": 1,\n  \"source\": \"a\",\n  \"items\": [,]\n}").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("b/x.json:4:"), "{msg}");
    }

    #[test]
    fn a_second_lock_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock(dir.path()).unwrap();
        assert!(matches!(lock(dir.path()), Err(BankError::Locked { .. })));
        drop(first);
        assert!(lock(dir.path()).is_ok());
    }
}
