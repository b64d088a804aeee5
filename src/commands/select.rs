//! Filters shared by the commands that read the bank, checked before anything runs.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::bank::{BankFile, Item, Status, store};
use crate::cli::Filter;
use crate::extract::Kind;

/// A validated filter.
#[derive(Debug, Clone)]
pub struct Selection {
    kinds: Vec<Kind>,
    statuses: Vec<Status>,
    source: Option<String>,
    min_confidence: f32,
}

impl Selection {
    pub fn from_filter(f: &Filter) -> Result<Selection> {
        let mut kinds = Vec::new();
        for k in &f.kinds {
            match Kind::parse(k) {
                Some(k) => kinds.push(k),
                None => bail!("unknown kind '{k}'; known kinds: {}", Kind::ALL.map(Kind::as_str).join(", ")),
            }
        }
        let mut statuses = Vec::new();
        for s in &f.statuses {
            match Status::parse(s) {
                Some(s) => statuses.push(s),
                None => bail!("unknown status '{s}'; known statuses: {}", Status::ALL.map(Status::as_str).join(", ")),
            }
        }
        if statuses.is_empty() {
            statuses = vec![Status::Generated, Status::Approved, Status::Edited];
        }
        let min_confidence = f.min_confidence.unwrap_or(0.0);
        if !(0.0..=1.0).contains(&min_confidence) {
            bail!("--min-confidence must be between 0 and 1, not {min_confidence}");
        }
        Ok(Selection { kinds, statuses, source: f.source.clone(), min_confidence })
    }

    pub fn matches(&self, it: &Item) -> bool {
        self.matches_fields(it.kind, it.status, it.confidence, &it.source.file)
    }

    /// The same test on the fields alone (for summaries read without the whole item).
    pub fn matches_fields(&self, kind: Kind, status: Status, confidence: f32, source_file: &str) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&kind))
            && self.statuses.contains(&status)
            && confidence >= self.min_confidence
            && self.source.as_ref().is_none_or(|s| source_file == *s || Path::new(source_file).file_name().is_some_and(|n| n.to_string_lossy() == *s))
    }

    /// Say what matched nothing, so an empty result is never silent.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.kinds.is_empty() {
            parts.push(format!("kind {}", self.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join("/")));
        }
        parts.push(format!("status {}", self.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("/")));
        if let Some(s) = &self.source {
            parts.push(format!("source {s}"));
        }
        if self.min_confidence > 0.0 {
            parts.push(format!("confidence >= {}", self.min_confidence));
        }
        parts.join(", ")
    }
}

/// The bank's files, read whole.
pub fn load_bank(dir: &Path) -> Result<Vec<(PathBuf, BankFile)>> {
    Ok(store::read_nonempty(dir)?)
}

/// The selected items of a loaded bank, in bank order.
pub fn selected<'a>(files: &'a [(PathBuf, BankFile)], sel: &Selection) -> Vec<&'a Item> {
    files.iter().flat_map(|(_, b)| b.items.iter()).filter(|it| sel.matches(it)).collect()
}
