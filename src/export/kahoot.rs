//! Kahoot's quiz spreadsheet (.xlsx), laid out like Kahoot's own template: the column
//! headings in row 8, one question per row below, B the question, C–F the answers, G
//! the time limit, H the number of the right answer.
//!
//! Kahoot's limits: a question of at most 120 characters, answers of at most 75, two to
//! four answers, a time limit of 5, 10, 20, 30, 60, 90, 120 or 240 seconds. An item that
//! does not fit is skipped and reported, never cut. Lengths are counted in UTF-16 units,
//! as the browser that checks them does (an emoji counts two), so what fits here fits there.
//! A game screen shows one line, so line breaks and tabs become spaces.
//!
//! Mapping: mc → the answer and up to three distractors; tf → the statement with the
//! answers True and False; short and cloze answers are typed, which the template cannot
//! hold: skipped and reported.

use std::io::Write;

use anyhow::{Context, Result};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

use super::ask::{Asked, Question, ask_all};
use super::{Exporter, Skipped};
use crate::bank::{Item, ItemType};

pub struct Kahoot;

pub const MAX_QUESTION: usize = 120;
pub const MAX_ANSWER: usize = 75;
/// The time limits Kahoot accepts, in seconds.
pub const TIME_LIMITS: [u32; 8] = [5, 10, 20, 30, 60, 90, 120, 240];
/// The template's heading row (0-based row 7); questions start below it.
const HEADER_ROW: u32 = 7;
pub const HEADINGS: [&str; 8] = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
];

/// A game screen shows one line: line breaks and tabs become spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn length(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Enough time to read the question and the answers: 20 s, more for long texts.
fn time_limit(text_len: usize) -> u32 {
    match text_len {
        0..=100 => 20,
        101..=250 => 30,
        _ => 60,
    }
}

/// A row: the question, its answers, the right answer's number (1-based).
struct Row {
    question: String,
    answers: Vec<String>,
    correct: usize,
}

fn row(q: &Question) -> Result<Row, String> {
    let (question, answers, correct): (&str, Vec<&str>, usize) = match &q.asked {
        Asked::Mc { stem, choices, correct } => (stem, choices.clone(), correct + 1),
        Asked::Tf { statement, truth } => (statement, vec!["True", "False"], if *truth { 1 } else { 2 }),
        Asked::Short { .. } | Asked::Cloze { .. } => return Err("Kahoot's quiz template has no typed answers".into()),
    };
    let row = Row { question: one_line(question), answers: answers.into_iter().map(one_line).collect(), correct };
    if length(&row.question) > MAX_QUESTION {
        return Err(format!("the question has {} characters, Kahoot allows {MAX_QUESTION}", length(&row.question)));
    }
    if let Some(long) = row.answers.iter().find(|a| length(a) > MAX_ANSWER) {
        return Err(format!("an answer has {} characters, Kahoot allows {MAX_ANSWER}: {long}", length(long)));
    }
    Ok(row)
}

impl Exporter for Kahoot {
    fn name(&self) -> &'static str {
        "kahoot"
    }

    fn binary(&self) -> bool {
        true
    }

    fn write(&self, items: &[&Item], as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let (questions, mut skipped) = ask_all(items, as_type);
        let mut book = Workbook::new();
        // the file records when it was made; SOURCE_DATE_EPOCH (the reproducible-builds
        // convention) pins it, so the same bank can give the same bytes
        if let Some(t) = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|v| v.trim().parse::<i64>().ok())
            && let Ok(when) = ExcelDateTime::from_timestamp(t)
        {
            book.set_properties(&DocProperties::new().set_creation_datetime(&when));
        }
        let sheet = book.add_worksheet();
        sheet.write_string(0, 1, "Quiz from the quizgen bank: upload in Kahoot with Create > Import spreadsheet")?;
        for (col, h) in HEADINGS.iter().enumerate() {
            sheet.write_string(HEADER_ROW, col as u16, *h)?;
        }
        let mut r = HEADER_ROW + 1;
        for q in &questions {
            let row = match row(q) {
                Ok(row) => row,
                Err(reason) => {
                    skipped.push(Skipped { id: q.item.id.clone(), reason });
                    continue;
                }
            };
            let n = r - HEADER_ROW;
            sheet.write_number(r, 0, n)?;
            // strings are written as strings: a leading `=` stays text, never a formula
            sheet.write_string(r, 1, &row.question)?;
            for (i, a) in row.answers.iter().enumerate() {
                sheet.write_string(r, 2 + i as u16, a)?;
            }
            let text_len = length(&row.question) + row.answers.iter().map(|a| length(a)).sum::<usize>();
            sheet.write_number(r, 6, time_limit(text_len))?;
            sheet.write_number(r, 7, row.correct as u32)?;
            r += 1;
        }
        let bytes = book.save_to_buffer().context("building the .xlsx file")?;
        out.write_all(&bytes)?;
        Ok(skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ask::tests::item;

    #[test]
    fn time_limits_are_ones_kahoot_accepts() {
        for n in [0, 100, 101, 250, 251, 1000] {
            assert!(TIME_LIMITS.contains(&time_limit(n)), "{n}");
        }
    }

    #[test]
    fn too_long_texts_and_typed_answers_are_skipped_not_cut() {
        let mut long = item("q000000000000");
        long.question = "é".repeat(121);
        let mut emoji = item("q000000000002");
        emoji.distractors[0] = "😀".repeat(38);
        let fits = item("q000000000004");
        let mut out = Vec::new();
        let skipped = Kahoot.write(&[&long, &emoji, &fits], Some(ItemType::Mc), &mut out).unwrap();
        let reasons: Vec<&str> = skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons[0], "the question has 121 characters, Kahoot allows 120");
        assert!(reasons[1].starts_with("an answer has 76 characters"), "{reasons:?}");
        assert_eq!(skipped.len(), 2);
        assert!(out.starts_with(b"PK"), "an .xlsx is a zip file");
        let typed = Kahoot.write(&[&fits], Some(ItemType::Short), &mut Vec::new()).unwrap();
        assert_eq!(typed[0].reason, "Kahoot's quiz template has no typed answers");
    }
}
