//! text2qti's quiz text, which `text2qti FILE` turns into a QTI 1.2 package for Canvas.
//! Each item is one numbered question with its id as title and the source sentence as
//! feedback. Question, choice and feedback texts are Markdown: every character Markdown,
//! smart quotes or text2qti's `$…$` LaTeX would read is backslash-escaped, `< > &` are
//! entities, and a line break is `<br />`; titles and short answers are plain text.
//!
//! Mapping: mc → lettered choices, the answer starred; tf → the choices `True`/`False`;
//! short → `*` answers; cloze → a short answer with `_____` in the stem. text2qti refuses
//! two questions with the same text, so a repeated one is skipped and reported.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;

use anyhow::Result;

use super::ask::{Asked, ask_all};
use super::{Exporter, Skipped};
use crate::bank::model::BLANK;
use crate::bank::{Item, ItemType};

pub struct QtiText;

/// Markdown for a text on one line.
fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.' | '!' | '$' | '|' | '"' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br />"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Plain text on one line (a title or a typed answer).
fn plain(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The question's stem (as text2qti compares them) and its lines after the stem.
fn question(it: &Item, asked: &Asked) -> (String, String) {
    let feedback = format!("... {}\n", markdown(&it.explanation));
    let mut rest = feedback;
    let stem = match asked {
        Asked::Mc { stem, choices, correct } => {
            for (i, c) in choices.iter().enumerate() {
                let letter = (b'a' + i as u8) as char;
                let _ = writeln!(rest, "{}{letter}) {}", if i == *correct { "*" } else { "" }, markdown(c));
            }
            markdown(stem)
        }
        Asked::Tf { statement, truth } => {
            // exactly these two choices make a true/false question
            let _ = writeln!(rest, "{}a) True\n{}b) False", if *truth { "*" } else { "" }, if *truth { "" } else { "*" });
            markdown(statement)
        }
        Asked::Short { stem, answers } => {
            short_answers(&mut rest, answers);
            markdown(stem)
        }
        Asked::Cloze { before, after, answers } => {
            short_answers(&mut rest, answers);
            markdown(&format!("{before}{BLANK}{after}"))
        }
    };
    (stem, rest)
}

fn short_answers(rest: &mut String, answers: &[&str]) {
    for a in answers {
        let _ = writeln!(rest, "*   {}", plain(a));
    }
}

impl Exporter for QtiText {
    fn name(&self) -> &'static str {
        "qti-text"
    }

    fn write(&self, items: &[&Item], as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let (questions, mut skipped) = ask_all(items, as_type);
        let mut text = String::from("Quiz title: quizgen\nQuiz description: Questions from the quizgen bank; each names its source sentence.\n");
        let mut seen: HashMap<String, &str> = HashMap::new();
        let mut n = 0;
        for q in &questions {
            let (stem, rest) = question(q.item, &q.asked);
            if let Some(first) = seen.get(&stem) {
                skipped.push(Skipped { id: q.item.id.clone(), reason: format!("same question text as {first} (text2qti refuses a repeated question)") });
                continue;
            }
            seen.insert(stem.clone(), &q.item.id);
            n += 1;
            let _ = write!(text, "\nTitle: {}\nPoints: 1\n{n}.  {stem}\n{rest}", plain(&q.item.id));
        }
        out.write_all(text.as_bytes())?;
        Ok(skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ask::tests::item;

    #[test]
    fn markdown_and_latex_characters_are_escaped() {
        assert_eq!(markdown("1. *a* $5 and 10$ <b>&\n"), "1\\. \\*a\\* \\$5 and 10\\$ &lt;b&gt;&amp;");
        assert_eq!(markdown("a\nb"), "a<br />b");
    }

    #[test]
    fn a_repeated_question_is_skipped() {
        let a = item("q000000000000");
        let mut b = item("q000000000002");
        b.answer = "1950".into();
        let mut out = Vec::new();
        let skipped = QtiText.write(&[&a, &b], Some(ItemType::Short), &mut out).unwrap();
        assert_eq!(
            skipped,
            [Skipped { id: "q000000000002".into(), reason: "same question text as q000000000000 (text2qti refuses a repeated question)".into() }]
        );
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with("Title: q000000000000\nPoints: 1\n1.  In which year was NATO formed?\n... course/nato\\.txt, line 1: NATO was formed in 1949\\.\n*   1949\n*   in 1949\n"), "{text}");
    }
}
