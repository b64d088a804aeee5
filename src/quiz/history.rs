//! The learner's history: one JSON line per answer, appended the moment it is given, so an
//! interrupted quiz, a closed terminal or a crash loses nothing already answered.
//!
//! The file lives in the platform's data directory (`directories`), or in `$QUIZGEN_HOME`
//! when that is set. A history that cannot be written is a warning, never a lost quiz.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::bank::ItemType;
use crate::extract::Kind;

/// One answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// the quiz session it was given in
    pub session: String,
    /// when, in milliseconds since 1970 (UTC)
    pub at: u64,
    /// the bank id of the item
    pub item: String,
    pub kind: Kind,
    #[serde(rename = "type")]
    pub item_type: ItemType,
    pub question: String,
    /// what the learner gave
    pub answer: String,
    /// the right answer
    pub expected: String,
    pub correct: bool,
    /// how long the learner took, in milliseconds
    pub ms: u64,
}

/// Where answers go: the history file, or a list in tests.
pub trait HistorySink {
    fn record(&mut self, r: &Record);
}

impl HistorySink for Vec<Record> {
    fn record(&mut self, r: &Record) {
        self.push(r.clone());
    }
}

/// The history file, by `$QUIZGEN_HOME` or the platform's data directory.
pub fn default_path() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("QUIZGEN_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(home).join("history.jsonl"));
    }
    directories::ProjectDirs::from("", "", "quizgen").map(|d| d.data_dir().join("history.jsonl"))
}

/// Appends each record to the file at once and syncs it. The first failure is reported as a
/// warning and later answers are kept only for this session's score.
pub struct HistoryFile {
    path: PathBuf,
    file: Option<File>,
    failed: bool,
}

impl HistoryFile {
    pub fn new(path: PathBuf) -> HistoryFile {
        HistoryFile { path, file: None, failed: false }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn open(&mut self) -> std::io::Result<&mut File> {
        if self.file.is_none() {
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir)?;
            }
            let mut f = OpenOptions::new().read(true).append(true).create(true).open(&self.path)?;
            end_last_line(&mut f)?;
            self.file = Some(f);
        }
        Ok(self.file.as_mut().expect("opened above"))
    }

    fn append(&mut self, r: &Record) -> std::io::Result<()> {
        let mut line = serde_json::to_string(r).map_err(std::io::Error::other)?;
        line.push('\n');
        let f = self.open()?;
        // one write of a whole line: a crash leaves at most that line cut short
        f.write_all(line.as_bytes())?;
        f.sync_data()
    }
}

impl HistorySink for HistoryFile {
    fn record(&mut self, r: &Record) {
        if self.failed {
            return;
        }
        if let Err(e) = self.append(r) {
            self.failed = true;
            eprintln!(
                "warning: cannot write the quiz history {}: {e}; this quiz's answers are not saved for --retry-missed, --review or stats",
                self.path.display()
            );
        }
    }
}

/// A line cut short by a crash would swallow the next record: end it first.
fn end_last_line(f: &mut File) -> std::io::Result<()> {
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(());
    }
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    if last[0] != b'\n' {
        f.write_all(b"\n")?;
    }
    Ok(())
}

/// Every record of the history file in the order given, and a warning for each line that is
/// not a record (named by file and line). A missing file is an empty history.
pub fn read(path: &Path) -> std::io::Result<(Vec<Record>, Vec<String>)> {
    let text = match fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(e) => return Err(e),
    };
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) => records.push(r),
            Err(e) => warnings.push(format!("{}:{}: skipped a line that is not a quiz answer ({e})", path.display(), i + 1)),
        }
    }
    Ok((records, warnings))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn record(item: &str, at: u64, correct: bool) -> Record {
        Record {
            session: "s1".into(),
            at,
            item: item.into(),
            kind: Kind::Date,
            item_type: ItemType::Short,
            question: "When?".into(),
            answer: "1949".into(),
            expected: "1949".into(),
            correct,
            ms: 1200,
        }
    }

    #[test]
    fn records_are_appended_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/history.jsonl");
        let mut h = HistoryFile::new(path.clone());
        h.record(&record("qa", 1, true));
        h.record(&record("qb", 2, false));
        let mut again = HistoryFile::new(path.clone());
        again.record(&record("qc", 3, true));
        let (records, warnings) = read(&path).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(records.iter().map(|r| r.item.as_str()).collect::<Vec<_>>(), ["qa", "qb", "qc"]);
        assert!(!records[1].correct);
    }

    #[test]
    fn a_line_cut_short_by_a_crash_is_skipped_and_does_not_swallow_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let whole = serde_json::to_string(&record("qa", 1, true)).unwrap();
        fs::write(&path, format!("{whole}\n{}", &whole[..20])).unwrap();
        HistoryFile::new(path.clone()).record(&record("qb", 2, true));
        let (records, warnings) = read(&path).unwrap();
        assert_eq!(records.iter().map(|r| r.item.as_str()).collect::<Vec<_>>(), ["qa", "qb"]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("history.jsonl:2:"), "{}", warnings[0]);
    }

    #[test]
    fn an_unwritable_history_is_not_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, "").unwrap();
        let mut h = HistoryFile::new(blocker.join("history.jsonl"));
        h.record(&record("qa", 1, true));
        h.record(&record("qb", 2, true));
        assert!(h.failed);
    }

    #[test]
    fn a_missing_history_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let (records, warnings) = read(&dir.path().join("none.jsonl")).unwrap();
        assert!(records.is_empty() && warnings.is_empty());
    }
}
