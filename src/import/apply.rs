//! Matching the rows to the bank. A row with an id updates that item: changed text
//! (question, answer, distractors, accepted answers, explanation, tags, type) makes it
//! `edited` (unless the row rejects it), a `status` cell alone sets the status. A row
//! without an id is a new item of an existing source. Items of the bank that the file
//! lacks are kept as they are and reported. `source`, `line`, `kind`, `sentence` and
//! `confidence` of an existing item are the bank's to say: a changed cell is reported
//! and ignored. Unchanged items stay byte for byte as they were.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use super::RowError;
use super::read::Row;
use crate::bank::id::item_id;
use crate::bank::model::BLANK;
use crate::bank::{BankFile, Item, ItemType, SourceRef, Status};
use crate::export::csv::split_list;
use crate::extract::Kind;

/// What an import does to the bank.
#[derive(Debug, Default)]
pub struct Report {
    /// items whose text changed
    pub edited: Vec<String>,
    /// items whose status alone changed, with the new status
    pub status: Vec<(String, Status)>,
    /// new items: their row and id
    pub added: Vec<(usize, String)>,
    pub unchanged: usize,
    /// items of the bank the file lacks (kept), rejected ones only counted: a default export leaves them out
    pub missing: Vec<Item>,
    pub missing_rejected: usize,
    /// cells that were changed but are not the reviewer's to change (ignored)
    pub ignored: Vec<RowError>,
}

/// The bank files that change, with their new contents, and the report.
#[derive(Debug)]
pub struct Plan {
    pub files: Vec<(PathBuf, BankFile)>,
    pub report: Report,
}

/// What a reviewer may change in a row.
#[derive(Debug, PartialEq)]
struct Content {
    item_type: ItemType,
    question: String,
    answer: String,
    distractors: Vec<String>,
    accept: Vec<String>,
    explanation: String,
    tags: Vec<String>,
}

impl Content {
    fn of_item(it: &Item) -> Content {
        Content {
            item_type: it.item_type,
            question: it.question.clone(),
            answer: it.answer.clone(),
            // the CSV has three distractor columns
            distractors: it.distractors.iter().take(3).cloned().collect(),
            accept: it.accept.clone(),
            explanation: it.explanation.clone(),
            tags: it.tags.clone(),
        }
    }

    /// The row's content, or the problems of its cells.
    fn of_row(row: &Row, errors: &mut Vec<RowError>) -> Option<Content> {
        let mut err = |column, problem: String| errors.push(RowError { row: row.number, column: Some(column), problem });
        let item_type = ItemType::parse(row.get("type"));
        if item_type.is_none() {
            err("type", format!("unknown type '{}'; the types are: {}", row.get("type"), ItemType::ALL.map(ItemType::as_str).join(", ")));
        }
        if row.get("answer").trim().is_empty() {
            err("answer", "empty; every item needs one".into());
        }
        // a true/false or cloze item shows its statement, not the question
        if matches!(item_type, Some(ItemType::Mc | ItemType::Short)) && row.get("question").trim().is_empty() {
            err("question", format!("empty; a {} item needs one", row.get("type")));
        }
        Some(Content {
            item_type: item_type?,
            question: row.get("question").to_string(),
            answer: row.get("answer").to_string(),
            distractors: ["distractor_1", "distractor_2", "distractor_3"].iter().map(|c| row.get(c).to_string()).filter(|d| !d.trim().is_empty()).collect(),
            accept: split_list(row.get("accept")),
            explanation: row.get("explanation").to_string(),
            tags: split_list(row.get("tags")),
        })
    }
}

/// `text` with `old` replaced by `new`, if `old` occurs exactly once (else the
/// substitution could hit the wrong place).
fn substitute(text: &str, old: &str, new: &str) -> Option<String> {
    (!old.is_empty() && text.matches(old).count() == 1).then(|| text.replacen(old, new, 1))
}

/// The types an item's content still supports, in the order it had them.
fn supported(it: &Item) -> Vec<ItemType> {
    it.types
        .iter()
        .copied()
        .filter(|t| match t {
            ItemType::Mc => !it.distractors.is_empty(),
            ItemType::Tf => !it.statement.is_empty(),
            ItemType::Short => true,
            ItemType::Cloze => it.cloze.contains(BLANK),
        })
        .collect()
}

/// The item with the reviewer's content. The true/false statements follow a changed
/// answer or first distractor where the old text shows exactly where; otherwise they
/// are dropped, and with them the true/false type.
fn edited(old: &Item, c: Content) -> Item {
    let mut it = old.clone();
    if c.distractors != Content::of_item(old).distractors {
        it.distractors = c.distractors;
    }
    if c.answer != old.answer {
        it.statement = substitute(&old.statement, &old.answer, &c.answer).unwrap_or_default();
    }
    if c.answer != old.answer || it.distractors.first() != old.distractors.first() {
        it.false_statement = it.distractors.first().and_then(|d| substitute(&it.statement, &c.answer, d)).unwrap_or_default();
    }
    it.item_type = c.item_type;
    it.question = c.question;
    it.answer = c.answer;
    it.accept = c.accept;
    it.explanation = c.explanation;
    it.tags = c.tags;
    it.types = supported(&it);
    it
}

fn parse_status(row: &Row, errors: &mut Vec<RowError>) -> Option<Status> {
    let cell = row.get("status").trim();
    if cell.is_empty() {
        return None;
    }
    let s = Status::parse(cell);
    if s.is_none() {
        errors.push(RowError {
            row: row.number,
            column: Some("status"),
            problem: format!("unknown status '{cell}'; the statuses are: {}", Status::ALL.map(Status::as_str).join(", ")),
        });
    }
    s
}

/// The informational cells of a row that differ from the item.
fn ignored_changes(row: &Row, it: &Item) -> Vec<RowError> {
    let bank = [
        ("source", it.source.file.clone()),
        ("line", it.source.line.to_string()),
        ("kind", it.kind.as_str().to_string()),
        ("sentence", it.sentence.clone()),
        ("confidence", format!("{:.2}", it.confidence)),
    ];
    bank.into_iter()
        .filter(|(col, v)| row.get(col) != v)
        .map(|(col, v)| RowError {
            row: row.number,
            column: Some(col),
            problem: format!("changed, but it is not the reviewer's to change; the bank keeps '{v}'"),
        })
        .collect()
}

/// A new item from a row without id, in the bank file of its source.
fn new_item(row: &Row, c: Content, status: Option<Status>, errors: &mut Vec<RowError>) -> Option<Item> {
    let mut err = |column, problem: String| errors.push(RowError { row: row.number, column: Some(column), problem });
    let kind = Kind::parse(row.get("kind"));
    if kind.is_none() {
        err("kind", format!("unknown kind '{}'; the kinds are: {}", row.get("kind"), Kind::ALL.map(Kind::as_str).join(", ")));
    }
    let line = match row.get("line").trim() {
        "" => Some(0),
        l => l.parse::<usize>().ok(),
    };
    if line.is_none() {
        err("line", format!("'{}' is not a line number", row.get("line")));
    }
    let confidence = match row.get("confidence").trim() {
        "" => Some(1.0),
        c => c.parse::<f32>().ok().filter(|c| (0.0..=1.0).contains(c)),
    };
    if confidence.is_none() {
        err("confidence", format!("'{}' is not a number from 0 to 1", row.get("confidence")));
    }
    // true/false and cloze need statements the CSV does not hold
    if matches!(c.item_type, ItemType::Tf | ItemType::Cloze) {
        err("type", format!("a new item can be mc or short, not {}", c.item_type.as_str()));
    }
    if c.item_type == ItemType::Mc && c.distractors.is_empty() {
        err("type", "mc needs at least one distractor".into());
    }
    let (kind, line, confidence) = (kind?, line?, confidence?);
    let sentence = row.get("sentence").to_string();
    // a hash of the row's own text: the same row gives the same id on every import
    let id = item_id(kind, &format!("{sentence}\u{1f}{}", c.question), &c.answer);
    let types = if c.distractors.is_empty() { vec![ItemType::Short] } else { vec![ItemType::Mc, ItemType::Short] };
    Some(Item {
        id,
        kind,
        item_type: c.item_type,
        types,
        question: c.question,
        answer: c.answer,
        accept: c.accept,
        distractors: c.distractors,
        statement: String::new(),
        false_statement: String::new(),
        cloze: String::new(),
        explanation: c.explanation,
        source: SourceRef { file: row.get("source").to_string(), line },
        sentence,
        tags: c.tags,
        // written by a reviewer, so regeneration keeps it
        status: status.filter(|s| *s != Status::Generated).unwrap_or(Status::Edited),
        confidence: (confidence * 100.0).round() / 100.0,
    })
}

/// Work out what the rows do to the bank's files, or every problem found.
pub fn plan(mut files: Vec<(PathBuf, BankFile)>, rows: &[Row]) -> Result<Plan, Vec<RowError>> {
    let mut where_is: HashMap<String, (usize, usize)> = HashMap::new();
    let mut by_source: HashMap<String, usize> = HashMap::new();
    for (f, (_, bank)) in files.iter().enumerate() {
        by_source.insert(bank.source.clone(), f);
        for (i, it) in bank.items.iter().enumerate() {
            where_is.insert(it.id.clone(), (f, i));
        }
    }
    let mut errors = Vec::new();
    let mut report = Report::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut changed = BTreeSet::new();
    let mut additions: Vec<(usize, Item)> = Vec::new();
    for row in rows {
        let status = parse_status(row, &mut errors);
        let Some(content) = Content::of_row(row, &mut errors) else { continue };
        let id = row.get("id").trim();
        if id.is_empty() {
            let Some(&f) = by_source.get(row.get("source")) else {
                let known: Vec<&str> = files.iter().map(|(_, b)| b.source.as_str()).collect();
                errors.push(RowError {
                    row: row.number,
                    column: Some("source"),
                    problem: format!("a new item needs the source of the bank file it joins, one of: {}", known.join(", ")),
                });
                continue;
            };
            let Some(it) = new_item(row, content, status, &mut errors) else { continue };
            if let Some(first) = seen.insert(it.id.clone(), row.number) {
                errors.push(RowError { row: row.number, column: None, problem: format!("a new item that repeats row {first}") });
            } else if where_is.contains_key(&it.id) {
                errors.push(RowError { row: row.number, column: None, problem: format!("a new item that repeats item {} of the bank", it.id) });
            } else {
                report.added.push((row.number, it.id.clone()));
                additions.push((f, it));
            }
            continue;
        }
        let Some(&(f, i)) = where_is.get(id) else {
            errors.push(RowError { row: row.number, column: Some("id"), problem: format!("no item {id} in the bank; leave the id empty for a new item") });
            continue;
        };
        if let Some(first) = seen.insert(id.to_string(), row.number) {
            errors.push(RowError { row: row.number, column: Some("id"), problem: format!("{id} is on row {first} too") });
            continue;
        }
        let old = &files[f].1.items[i];
        report.ignored.extend(ignored_changes(row, old));
        let updated = if content == Content::of_item(old) {
            match status {
                Some(s) if s != old.status => {
                    report.status.push((id.to_string(), s));
                    Item { status: s, ..old.clone() }
                }
                _ => {
                    report.unchanged += 1;
                    continue;
                }
            }
        } else {
            let mut it = edited(old, content);
            if !it.types.contains(&it.item_type) {
                let types: Vec<&str> = it.types.iter().map(|t| t.as_str()).collect();
                errors.push(RowError {
                    row: row.number,
                    column: Some("type"),
                    problem: format!("the edited item cannot be asked as {}; it can be: {}", it.item_type.as_str(), types.join(", ")),
                });
                continue;
            }
            // a content change is an edit, unless the same row rejects the item
            it.status = if status == Some(Status::Rejected) { Status::Rejected } else { Status::Edited };
            report.edited.push(id.to_string());
            it
        };
        files[f].1.items[i] = updated;
        changed.insert(f);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (f, it) in additions {
        files[f].1.items.push(it);
        changed.insert(f);
    }
    for (_, bank) in &files {
        for it in bank.items.iter().filter(|it| !seen.contains_key(&it.id)) {
            if it.status == Status::Rejected {
                report.missing_rejected += 1;
            } else {
                report.missing.push(it.clone());
            }
        }
    }
    let files = files.into_iter().enumerate().filter(|(f, _)| changed.contains(f)).map(|(_, (p, b))| (p, BankFile::new(b.source, b.items))).collect();
    Ok(Plan { files, report })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ask::tests::item;

    #[test]
    fn statements_follow_an_edited_answer_where_it_is_certain() {
        let old = item("q000000000000");
        let mut c = Content::of_item(&old);
        c.answer = "1950".into();
        let it = edited(&old, c);
        assert_eq!(it.statement, "NATO was formed in 1950.");
        assert_eq!(it.false_statement, "NATO was formed in 1945.");
        assert_eq!(it.types, ItemType::ALL);
        // a statement that shows the answer twice: which one to change is unknown, so true/false goes
        let mut twice = old.clone();
        twice.statement = "1949 was 1949.".into();
        let mut c = Content::of_item(&twice);
        c.answer = "1950".into();
        let it = edited(&twice, c);
        assert_eq!((it.statement.as_str(), it.false_statement.as_str()), ("", ""));
        assert!(!it.types.contains(&ItemType::Tf));
    }

    #[test]
    fn substitution_needs_exactly_one_place() {
        assert_eq!(substitute("in 1949.", "1949", "1950").as_deref(), Some("in 1950."));
        assert_eq!(substitute("1949 and 1949", "1949", "1950"), None);
        assert_eq!(substitute("x", "", "y"), None);
    }
}
