//! Anki's plain-text import (Anki 2.1.55 and later): header lines that leave Anki
//! nothing to guess (tab separator, HTML, and which columns hold the note type, the
//! deck, the GUID and the tags), then one note per item. The GUID is the item's id, so
//! importing a newer export updates the notes instead of adding copies.
//!
//! Mapping: mc, tf and short become `Basic` notes (front: the question, with the choices
//! as a list for mc; back: the answer and the source sentence); cloze becomes a `Cloze`
//! note with the answer as `{{c1::…}}`. The deck is `quizgen::<source>`.

use std::io::Write;

use anyhow::Result;

use super::ask::{Asked, ask_all, source_name};
use super::markup::{html, html_no_braces};
use super::{Exporter, Skipped};
use crate::bank::{Item, ItemType};

pub struct Anki;

pub const HEADER: &str = "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#guid column:3\n#tags column:6\n";

/// A field as Anki's reader takes it: quoted (with `""` inside) when it holds the
/// separator, a quote or a line break, or starts with `#` (which would make the record
/// a comment).
fn field(s: &str) -> String {
    if s.contains(['\t', '"', '\n', '\r']) || s.starts_with('#') { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// The note type and the two fields of an item.
fn note(it: &Item, asked: &Asked) -> (&'static str, String, String) {
    let explanation = html(&it.explanation);
    match asked {
        Asked::Mc { stem, choices, correct } => {
            let list: String = choices.iter().map(|c| format!("<li>{}</li>", html(c))).collect();
            let letter = (b'A' + *correct as u8) as char;
            ("Basic", format!("{}<ol type=\"A\">{list}</ol>", html(stem)), format!("{letter}: {}<br>{explanation}", html(choices[*correct])))
        }
        Asked::Tf { statement, truth } => {
            ("Basic", format!("{}<br>(true or false?)", html(statement)), format!("{}<br>{explanation}", if *truth { "True" } else { "False" }))
        }
        Asked::Short { stem, answers } => {
            ("Basic", html(stem), format!("{}<br>{explanation}", answers.iter().map(|a| html(a)).collect::<Vec<_>>().join(" / ")))
        }
        Asked::Cloze { before, after, answers } => {
            // `::` and `}}` inside the deletion would end it early
            let answer = html(answers[0]).replace(':', "&#58;").replace('}', "&#125;");
            ("Cloze", format!("{}{{{{c1::{answer}}}}}{}", html_no_braces(before), html_no_braces(after)), explanation)
        }
    }
}

/// Anki's tags are separated by spaces.
fn tags(it: &Item) -> String {
    it.tags.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join("_")).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" ")
}

impl Exporter for Anki {
    fn name(&self) -> &'static str {
        "anki"
    }

    fn write(&self, items: &[&Item], as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let (questions, skipped) = ask_all(items, as_type);
        let mut text = String::from(HEADER);
        for q in &questions {
            let (notetype, front, back) = note(q.item, &q.asked);
            let deck = format!("quizgen::{}", source_name(q.item));
            let row = [notetype.to_string(), deck, q.item.id.clone(), front, back, tags(q.item)];
            text.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join("\t"));
            text.push('\n');
        }
        out.write_all(text.as_bytes())?;
        Ok(skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ask::{ask, tests::item};

    #[test]
    fn fields_that_anki_would_misread_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("#not a comment"), "\"#not a comment\"");
        assert_eq!(field("a\tb \"c\""), "\"a\tb \"\"c\"\"\"");
    }

    #[test]
    fn a_cloze_note_keeps_its_one_deletion() {
        let mut it = item("q000000000000");
        it.answer = "12:30 }}".into();
        it.cloze = "At {{c2::x}} _____.".into();
        let (kind, text, _) = note(&it, &ask(&it, ItemType::Cloze).unwrap());
        assert_eq!(kind, "Cloze");
        assert_eq!(text, "At &#123;&#123;c2::x&#125;&#125; {{c1::12&#58;30 &#125;&#125;}}.");
    }
}
