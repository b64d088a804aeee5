//! Regeneration: fresh items replace the generated ones of the last run, while every
//! item a reviewer approved, edited or rejected stays exactly as it is (and a rejected
//! fact is never added again).

use std::collections::HashSet;

use super::model::{BankFile, Item};

/// What a regeneration did to one bank file.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MergeReport {
    /// new items
    pub added: usize,
    /// generated items made again unchanged
    pub unchanged: usize,
    /// items a reviewer decided on, kept as they were
    pub kept_reviewed: usize,
    /// generated items of the last run that the texts no longer give
    pub vanished: Vec<Item>,
}

pub fn merge(source: String, existing: Option<&BankFile>, fresh: Vec<Item>) -> (BankFile, MergeReport) {
    let mut report = MergeReport::default();
    let mut items: Vec<Item> = Vec::new();
    let mut reviewed_ids = HashSet::new();
    let mut previous_generated = HashSet::new();
    if let Some(old) = existing {
        for it in &old.items {
            if it.status.is_reviewed() {
                reviewed_ids.insert(it.id.clone());
                items.push(it.clone());
                report.kept_reviewed += 1;
            } else {
                previous_generated.insert(it.id.clone());
            }
        }
    }
    let mut fresh_ids = HashSet::new();
    for it in fresh {
        if reviewed_ids.contains(&it.id) || !fresh_ids.insert(it.id.clone()) {
            continue;
        }
        if previous_generated.contains(&it.id) {
            report.unchanged += 1;
        } else {
            report.added += 1;
        }
        items.push(it);
    }
    if let Some(old) = existing {
        report.vanished = old.items.iter().filter(|it| !it.status.is_reviewed() && !fresh_ids.contains(&it.id)).cloned().collect();
    }
    (BankFile::new(source, items), report)
}
