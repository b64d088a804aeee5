//! Reading a class's responses and scoring them against the key. The CSV has a header row
//! (`learner, version`, then one column per question number) and one row per learner: the
//! version code from the answer sheet and the answers as written there, a letter for
//! multiple choice, T or F for true/false, the text of a written answer, blank for none.

use std::path::Path;

use thiserror::Error;

use crate::bank::ItemType;
use crate::print::key::{Key, KeyQuestion, Version};
use crate::quiz::matching::judge;
use crate::quiz::plan::letter;

/// What a learner gave for one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Given {
    /// left blank
    Omitted,
    /// the index of the option marked (multiple choice)
    Option(usize),
    /// true/false
    Bool(bool),
    /// a written answer
    Text(String),
}

/// One question of one learner's sheet, judged.
#[derive(Debug, Clone)]
pub struct Answer {
    /// the bank item
    pub id: String,
    pub given: Given,
    pub correct: bool,
}

/// One learner's sheet, scored.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub learner: String,
    pub version: String,
    /// the CSV line it came from
    pub line: u64,
    /// in the version's question order
    pub answers: Vec<Answer>,
}

impl Sheet {
    pub fn score(&self) -> usize {
        self.answers.iter().filter(|a| a.correct).count()
    }
}

#[derive(Debug, Error)]
pub enum ResponsesError {
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{path}: {message}")]
    Csv { path: String, message: String },
    #[error("{path}: the first row must be the header `learner,version,1,2,…`; it is `{found}`")]
    Header { path: String, found: String },
    #[error("{path}: no responses after the header row")]
    Empty { path: String },
    #[error("{path}, line {line} (learner {learner:?}): {message}")]
    Row { path: String, line: u64, learner: String, message: String },
}

/// Read and score every row of the responses file.
pub fn read(path: &Path, key: &Key) -> Result<Vec<Sheet>, ResponsesError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| ResponsesError::Io { path: shown.clone(), error })?;
    parse(&shown, &bytes, key)
}

pub fn parse(path: &str, bytes: &[u8], key: &Key) -> Result<Vec<Sheet>, ResponsesError> {
    let csv_error = |e: csv::Error| ResponsesError::Csv { path: path.to_string(), message: e.to_string() };
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(bytes);
    let header = reader.headers().map_err(csv_error)?.clone();
    let starts_right = header.get(0).is_some_and(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case("learner"))
        && header.get(1).is_some_and(|h| h.eq_ignore_ascii_case("version"));
    if !starts_right {
        return Err(ResponsesError::Header { path: path.to_string(), found: header.iter().collect::<Vec<_>>().join(",") });
    }
    let mut sheets = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        let learner = record.get(0).unwrap_or("").to_string();
        let row_error = |message: String| ResponsesError::Row { path: path.to_string(), line, learner: learner.clone(), message };
        if learner.is_empty() {
            return Err(row_error("the learner column is empty".to_string()));
        }
        let code = record.get(1).unwrap_or("");
        let Some(version) = key.versions.iter().find(|v| v.code.eq_ignore_ascii_case(code)) else {
            let codes: Vec<&str> = key.versions.iter().map(|v| v.code.as_str()).collect();
            return Err(row_error(format!("unknown version {code:?}; this key has version{} {}", if codes.len() == 1 { "" } else { "s" }, codes.join(", "))));
        };
        let given: Vec<&str> = record.iter().skip(2).collect();
        // a spreadsheet pads short rows with empty cells up to the header's width
        let given = trim_padding(&given, version.questions.len());
        if given.len() != version.questions.len() {
            return Err(row_error(format!("version {} has {} questions, but the row gives {} answers", version.code, version.questions.len(), given.len())));
        }
        let answers = score(version, given).map_err(row_error)?;
        sheets.push(Sheet { learner, version: version.code.clone(), line, answers });
    }
    if sheets.is_empty() {
        return Err(ResponsesError::Empty { path: path.to_string() });
    }
    Ok(sheets)
}

/// Drop empty cells past the version's last question (a row of a shorter version in a
/// file whose header is as wide as the longest).
fn trim_padding<'a, 'b>(given: &'b [&'a str], count: usize) -> &'b [&'a str] {
    let mut end = given.len();
    while end > count && given[end - 1].is_empty() {
        end -= 1;
    }
    &given[..end]
}

fn score(version: &Version, given: &[&str]) -> Result<Vec<Answer>, String> {
    version
        .questions
        .iter()
        .zip(given)
        .map(|(q, g)| {
            let given = read_answer(q, g).map_err(|e| format!("question {}: {e}", q.number))?;
            let correct = is_right(q, &given);
            Ok(Answer { id: q.id.clone(), given, correct })
        })
        .collect()
}

/// What a cell says for its question; an error when it is no possible answer.
fn read_answer(q: &KeyQuestion, cell: &str) -> Result<Given, String> {
    if cell.is_empty() {
        return Ok(Given::Omitted);
    }
    match q.item_type {
        ItemType::Mc => {
            let n = q.options.len();
            let mut chars = cell.chars();
            match (chars.next().map(|c| c.to_ascii_uppercase()), chars.next()) {
                (Some(c @ 'A'..='Z'), None) if ((c as u8 - b'A') as usize) < n => Ok(Given::Option((c as u8 - b'A') as usize)),
                _ => Err(format!("{cell:?} is not one of the options A–{}", letter(n - 1))),
            }
        }
        ItemType::Tf => match cell.to_ascii_lowercase().as_str() {
            "t" | "true" => Ok(Given::Bool(true)),
            "f" | "false" => Ok(Given::Bool(false)),
            _ => Err(format!("{cell:?} is not T or F")),
        },
        ItemType::Short | ItemType::Cloze => Ok(Given::Text(cell.to_string())),
    }
}

fn is_right(q: &KeyQuestion, given: &Given) -> bool {
    match given {
        Given::Omitted => false,
        Given::Option(i) => letter(*i).to_string() == q.answer,
        Given::Bool(b) => *b == (q.answer == "True"),
        Given::Text(t) => {
            let mut accepted = vec![q.answer.as_str()];
            accepted.extend(q.accept.iter().map(String::as_str));
            let distractors: Vec<&str> = q.distractors.iter().map(String::as_str).collect();
            judge(t, &accepted, &distractors).is_right()
        }
    }
}
