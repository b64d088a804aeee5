//! The answer key: every version of a printed test, question by question, with the right
//! answer and where the question comes from. The printed test is rendered from it (minus
//! the answers), `--key` writes it as JSON, and `quizgen grade` reads that JSON back, so it
//! holds everything grading needs without the bank.

use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::bank::{ItemType, SourceRef};
use crate::extract::Kind;

/// Version of the key file format.
pub const FORMAT: u32 = 1;

/// The key of one printed test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Key {
    pub format: u32,
    pub title: String,
    pub seed: u64,
    pub versions: Vec<Version>,
}

/// One version of the test: its questions in the order printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// printed on every page and written on the answer sheet: A, B, …, Z, AA, AB, …
    pub code: String,
    pub questions: Vec<KeyQuestion>,
}

/// One printed question and its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyQuestion {
    /// 1, 2, … within the version
    pub number: usize,
    /// the bank item it was made from
    pub id: String,
    pub kind: Kind,
    #[serde(rename = "type")]
    pub item_type: ItemType,
    /// what the learner reads
    pub stem: String,
    /// multiple choice: the options in printed order (A, B, …); true/false: "True", "False";
    /// empty for written answers
    pub options: Vec<String>,
    /// multiple choice: the letter; true/false: "True" or "False"; written: the answer
    pub answer: String,
    /// the answer in words: the right option, the true statement, or the written answer
    pub answer_text: String,
    /// other written forms that count as right
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    /// the item's distractors: a written answer equal to one is never forgiven as a typo
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distractors: Vec<String>,
    pub source: SourceRef,
    pub sentence: String,
}

impl KeyQuestion {
    /// Answered by marking a bubble (multiple choice, true/false) rather than in writing.
    pub fn is_marked(&self) -> bool {
        matches!(self.item_type, ItemType::Mc | ItemType::Tf)
    }

    /// The right answer as the key shows it: "B) 1949", "False (NATO was formed in 1949.)", "1949".
    pub fn shown_answer(&self) -> String {
        match self.item_type {
            ItemType::Mc => format!("{}) {}", self.answer, self.answer_text),
            ItemType::Tf if self.answer == "True" => "True".to_string(),
            ItemType::Tf => format!("False ({})", self.answer_text),
            _ if self.accept.is_empty() => self.answer.clone(),
            _ => format!("{} (also: {})", self.answer, self.accept.join("; ")),
        }
    }
}

#[derive(Debug, Error)]
pub enum KeyError {
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{path}:{line}:{column}: not an answer key written by `quizgen print --key`: {message}")]
    Corrupt { path: String, line: usize, column: usize, message: String },
    #[error("{path}: key format {found} is not supported (this quizgen reads format {FORMAT})")]
    Format { path: String, found: u32 },
    #[error("{path}: not a usable answer key: {message} (was it edited by hand?)")]
    Invalid { path: String, message: String },
}

/// Read a key JSON file.
pub fn read(path: &Path) -> Result<Key, KeyError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| KeyError::Io { path: shown.clone(), error })?;
    let key: Key = serde_json::from_str(&text).map_err(|e| KeyError::Corrupt {
        path: shown.clone(),
        line: e.line(),
        column: e.column(),
        message: e.to_string().split(" at line ").next().unwrap_or("").to_string(),
    })?;
    if key.format != FORMAT {
        return Err(KeyError::Format { path: shown, found: key.format });
    }
    validate(&key).map_err(|message| KeyError::Invalid { path: shown, message })?;
    Ok(key)
}

/// What grading relies on: distinct version codes, questions numbered 1, 2, …, and every
/// marked question's answer among its options.
fn validate(key: &Key) -> Result<(), String> {
    if key.versions.is_empty() {
        return Err("it has no version".to_string());
    }
    for (i, v) in key.versions.iter().enumerate() {
        if key.versions[..i].iter().any(|o| o.code.eq_ignore_ascii_case(&v.code)) {
            return Err(format!("version {} appears twice", v.code));
        }
        for (n, q) in v.questions.iter().enumerate() {
            let at = format!("version {} question {}", v.code, n + 1);
            if q.number != n + 1 {
                return Err(format!("{at} is numbered {}", q.number));
            }
            let fits = match q.item_type {
                ItemType::Mc => (2..=26).contains(&q.options.len()) && (0..q.options.len()).any(|i| q.answer == crate::quiz::plan::letter(i).to_string()),
                ItemType::Tf => q.answer == "True" || q.answer == "False",
                ItemType::Short | ItemType::Cloze => !q.answer.trim().is_empty(),
            };
            if !fits {
                return Err(format!("{at}: the answer {:?} does not fit its {} question", q.answer, q.item_type.as_str()));
            }
        }
    }
    Ok(())
}

/// The key as pretty-printed JSON.
pub fn to_json(key: &Key) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(key).expect("a key serializes");
    s.push('\n');
    s.into_bytes()
}
