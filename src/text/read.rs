//! Reading course files: which files an input names (files, or directories searched
//! recursively for .txt and .md, sorted), and their text, checked to be UTF-8 prose.

use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum ReadError {
    #[error("{path}: no such file or directory")]
    Missing { path: PathBuf },
    #[error("{path}: cannot read: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{path}: no .txt or .md files in this directory")]
    NoTexts { path: PathBuf },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: looks like a binary file (NUL byte at byte offset {offset}, line {line})")]
    Binary { path: PathBuf, offset: usize, line: usize },
    #[error("{path}: not valid UTF-8 at byte offset {offset} (line {line}); save the file as UTF-8")]
    NotUtf8 { path: PathBuf, offset: usize, line: usize },
    #[error("{path}: not a .txt or .md file")]
    NotText { path: PathBuf },
}

fn is_text_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref(), Some("txt" | "md" | "markdown"))
}

/// The course files named by `inputs`, each directory searched recursively, in sorted order.
pub fn collect_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, ReadError> {
    let mut files = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::Missing { path: input.clone() },
            _ => ReadError::Io { path: input.clone(), error: e },
        })?;
        if meta.is_dir() {
            let before = files.len();
            walk(input, &mut files)?;
            if files.len() == before {
                return Err(ReadError::NoTexts { path: input.clone() });
            }
        } else if is_text_file(input) {
            files.push(input.clone());
        } else {
            return Err(ReadError::NotText { path: input.clone() });
        }
    }
    files.sort();
    // the same file named twice ("course" and "./course/a.txt") is read once
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ReadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ReadError::Io { path: dir.to_path_buf(), error: e })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        // a linked directory may lead back up the tree: only real directories are searched
        let linked = std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink());
        if p.is_dir() && !linked {
            walk(&p, out)?;
        } else if is_text_file(&p) {
            out.push(p);
        }
    }
    Ok(())
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Check raw bytes of `path` and return them as text (a UTF-8 byte-order mark dropped).
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, ReadError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary { path: path.to_path_buf(), offset, line: line_of(&bytes, offset) });
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = line_of(e.as_bytes(), offset);
        ReadError::NotUtf8 { path: path.to_path_buf(), offset, line }
    })?;
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty { path: path.to_path_buf() });
    }
    Ok(text)
}

/// Read and check one course file.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(|e| ReadError::Io { path: path.to_path_buf(), error: e })?;
    decode(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_offset_and_line_of_bad_bytes() {
        let err = decode(Path::new("a.txt"), b"ok\nbad \xff here".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "a.txt: not valid UTF-8 at byte offset 7 (line 2); save the file as UTF-8");
        let err = decode(Path::new("b.txt"), b"x\0y".to_vec()).unwrap_err();
        assert!(err.to_string().contains("byte offset 1"));
        assert!(matches!(decode(Path::new("c.txt"), b"  \n".to_vec()), Err(ReadError::Empty { .. })));
        assert_eq!(decode(Path::new("d.txt"), "\u{feff}Hi.".as_bytes().to_vec()).unwrap(), "Hi.");
    }
}
