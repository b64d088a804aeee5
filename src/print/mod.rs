//! Printed tests: versions drawn from the bank with one seed (`versions`), their answer key
//! (`key`), and the documents made from it: the test booklets with an answer sheet per
//! version, and the key, as PDF (typst), HTML (with a print stylesheet) or Markdown.

pub mod html;
pub mod key;
pub mod markdown;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod versions;

use serde::Serialize;

use self::key::Key;

/// The document formats of `quizgen print`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Html,
    Md,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Pdf, Format::Html, Format::Md];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Md => "md",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "markdown" => Some(Format::Md),
            "htm" => Some(Format::Html),
            _ => Format::ALL.into_iter().find(|f| f.as_str() == s),
        }
    }
}

/// Which document: the test handed out, or the instructor's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Test,
    Key,
}

/// Everything a renderer shows: the key and the fixed wording around it.
#[derive(Debug, Serialize)]
pub struct Layout<'a> {
    pub mode: Mode,
    /// the lines of the instructions box on the first page
    pub instructions: Vec<String>,
    /// the line under the answer sheet's heading
    pub sheet_instructions: String,
    /// the right answer of each question of each version as the key shows it ("B) 1949")
    pub answers: Vec<Vec<String>>,
    pub key: &'a Key,
}

impl Layout<'_> {
    pub fn new(key: &Key, mode: Mode) -> Layout<'_> {
        let questions = key.versions.iter().flat_map(|v| &v.questions);
        let marked = questions.clone().any(|q| q.is_marked());
        let written = questions.clone().any(|q| !q.is_marked());
        let count = key.versions.first().map_or(0, |v| v.questions.len());
        let mut instructions = vec![
            "Write your name, the date and your class above and on the answer sheet.".to_string(),
            format!("This test has {count} question{}. Give your answers on the answer sheet (the last page), not beside the questions.", plural(count)),
        ];
        if marked {
            instructions.push("Multiple choice and true/false: fill in the one bubble of your answer completely.".to_string());
        }
        if written {
            instructions.push("Written answers: write a word or a short phrase on the line with the question's number.".to_string());
        }
        instructions.push("Hand in the answer sheet with the version code of your test on it.".to_string());
        let sheet_instructions = match (marked, written) {
            (true, true) => "Fill in one bubble per question; write the other answers on their lines.",
            (true, false) => "Fill in one bubble per question.",
            _ => "Write each answer on the line with its number.",
        }
        .to_string();
        let answers = key.versions.iter().map(|v| v.questions.iter().map(|q| q.shown_answer()).collect()).collect();
        Layout { mode, instructions, sheet_instructions, answers, key }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The document of `layout` in `format`.
pub fn render(layout: &Layout, format: Format) -> anyhow::Result<Vec<u8>> {
    match format {
        Format::Md => Ok(markdown::render(layout).into_bytes()),
        Format::Html => Ok(html::render(layout).into_bytes()),
        #[cfg(feature = "pdf")]
        Format::Pdf => Ok(pdf::render(layout)?),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => anyhow::bail!("this quizgen was built without PDF output (feature \"pdf\"); use --format html or md, or rebuild with default features"),
    }
}
