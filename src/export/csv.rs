//! The CSV bank (RFC 4180, UTF-8 without BOM, `\n` line ends) in the column order of the
//! contract. A cell a spreadsheet would run as a formula gets one leading `'`
//! (reversible: the importer removes exactly one), lists are `|`-separated with `\|`
//! and `\\` escapes.

use std::io::Write;

use anyhow::Result;

use super::Exporter;
use super::Skipped;
use crate::bank::{Item, ItemType};

pub const COLUMNS: [&str; 16] = [
    "id",
    "source",
    "line",
    "kind",
    "type",
    "question",
    "answer",
    "distractor_1",
    "distractor_2",
    "distractor_3",
    "accept",
    "explanation",
    "sentence",
    "tags",
    "status",
    "confidence",
];

pub struct Csv;

/// Whether a value is a plain number ("-40", "3.5"), which needs no guard.
fn is_plain_number(v: &str) -> bool {
    let t = v.strip_prefix('-').or_else(|| v.strip_prefix('+')).unwrap_or(v);
    !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.chars().filter(|&c| c == '.').count() <= 1
        && !t.starts_with('.')
        && !t.ends_with('.')
}

/// Guard a cell against formula evaluation: one `'` before `= + - @ TAB CR LF` or `'`.
pub fn guard(v: &str) -> String {
    match v.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '\'') if !is_plain_number(v) => format!("'{v}"),
        _ => v.to_string(),
    }
}

/// Undo `guard`.
pub fn unguard(v: &str) -> String {
    v.strip_prefix('\'').map(str::to_string).unwrap_or_else(|| v.to_string())
}

/// Join a list with `|`, escaping `\` and `|` inside items.
pub fn join_list(items: &[String]) -> String {
    items.iter().map(|i| i.replace('\\', "\\\\").replace('|', "\\|")).collect::<Vec<_>>().join("|")
}

/// Split a `|` list written by `join_list`.
pub fn split_list(s: &str) -> Vec<String> {
    if s.is_empty() {
        return vec![];
    }
    let mut out = vec![String::new()];
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    out.last_mut().unwrap().push(n);
                }
            }
            '|' => out.push(String::new()),
            _ => out.last_mut().unwrap().push(c),
        }
    }
    out
}

pub fn row(it: &Item) -> Vec<String> {
    let d = |i: usize| it.distractors.get(i).cloned().unwrap_or_default();
    vec![
        it.id.clone(),
        it.source.file.clone(),
        it.source.line.to_string(),
        it.kind.as_str().to_string(),
        it.item_type.as_str().to_string(),
        it.question.clone(),
        it.answer.clone(),
        d(0),
        d(1),
        d(2),
        join_list(&it.accept),
        it.explanation.clone(),
        it.sentence.clone(),
        join_list(&it.tags),
        it.status.as_str().to_string(),
        format!("{:.2}", it.confidence),
    ]
    .into_iter()
    .map(|v| guard(&v))
    .collect()
}

impl Exporter for Csv {
    fn name(&self) -> &'static str {
        "csv"
    }

    fn write(&self, items: &[&Item], _as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let mut w = ::csv::WriterBuilder::new().terminator(::csv::Terminator::Any(b'\n')).from_writer(out);
        w.write_record(COLUMNS)?;
        for it in items {
            w.write_record(row(it))?;
        }
        w.flush()?;
        Ok(vec![])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_is_reversible_and_spares_numbers() {
        for v in ["=1+2", "+x", "-x", "@sum", "\tx", "'quoted", "plain", "-40", "3.5", ""] {
            assert_eq!(unguard(&guard(v)), v);
        }
        assert_eq!(guard("=1+2"), "'=1+2");
        assert_eq!(guard("-40"), "-40");
        assert_eq!(guard("'x"), "''x");
    }

    #[test]
    fn lists_escape_their_separator() {
        let items = vec!["a|b".to_string(), "c\\d".to_string(), "e".to_string()];
        assert_eq!(join_list(&items), "a\\|b|c\\\\d|e");
        assert_eq!(split_list(&join_list(&items)), items);
        assert!(split_list("").is_empty());
    }
}
