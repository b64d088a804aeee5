//! Moodle GIFT: one block per item, `$CATEGORY` per source, the id as title and in a
//! `// [id:…] [tag:…]` line (read by newer Moodle and by gift-pegjs), the source sentence
//! as general feedback. Texts are `[html]`: entity-escaped, then GIFT-escaped with
//! exactly Moodle's own export table (`\ ~ = # { } :`); short answers are plain strings in
//! Moodle, so they are only GIFT-escaped.
//!
//! Mapping: mc → `{=answer ~distractor …}`; tf → `{T}`/`{F}`; short → `{=answer =variant …}`;
//! cloze → a missing-word question, the answer block in the gap.

use std::io::Write;

use anyhow::Result;

use super::ask::{Asked, Question, ask_all, source_name};
use super::markup::html;
use super::{Exporter, Skipped};
use crate::bank::{Item, ItemType};

pub struct Gift;

/// GIFT's escapes, after Moodle's `repchar()`: the control characters, and a line
/// break as `\n` since a question must not span a blank line.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// An HTML text (stem, choice, feedback). A leading `%` would read as a grade and has
/// no GIFT escape; as an entity it is plain text.
fn text(s: &str) -> String {
    let h = html(s);
    let h = match h.strip_prefix('%') {
        Some(rest) => format!("&#37;{rest}"),
        None => h,
    };
    escape(&h)
}

/// Whether GIFT can hold a short answer: `->` makes Moodle read a matching question
/// and a leading `%` a grade, and neither has an escape.
fn expressible(answer: &str) -> bool {
    !answer.contains("->") && !answer.trim_start().starts_with('%')
}

/// A tag for the comment line: no space or bracket, which would end it.
fn tag(t: &str) -> String {
    t.chars().map(|c| if c.is_whitespace() || c == '[' || c == ']' { '-' } else { c }).collect()
}

/// The answer block of a short answer or a gap: `=a =b`, or why there is none.
fn typed(answers: &[&str]) -> Result<String, String> {
    let kept: Vec<String> = answers.iter().filter(|a| expressible(a)).map(|a| format!("={}", escape(a))).collect();
    if kept.is_empty() {
        return Err("GIFT cannot hold its answer (it contains '->' or starts with '%')".into());
    }
    Ok(kept.join(" "))
}

fn block(q: &Question) -> Result<String, String> {
    let it = q.item;
    let feedback = format!("####{}", text(&it.explanation));
    let mut out = String::new();
    let tags: String = it.tags.iter().map(|t| format!(" [tag:{}]", tag(t))).collect();
    out.push_str(&format!("// [id:{}]{tags}\n::{}::[html]", it.id, escape(&it.id)));
    match &q.asked {
        Asked::Mc { stem, choices, correct } => {
            out.push_str(&text(stem));
            out.push_str("{\n");
            for (i, c) in choices.iter().enumerate() {
                out.push_str(&format!("\t{}{}\n", if i == *correct { '=' } else { '~' }, text(c)));
            }
            out.push_str(&format!("\t{feedback}\n}}\n"));
        }
        Asked::Tf { statement, truth } => out.push_str(&format!("{}{{{}{feedback}}}\n", text(statement), if *truth { 'T' } else { 'F' })),
        Asked::Short { stem, answers } => out.push_str(&format!("{}{{{} {feedback}}}\n", text(stem), typed(answers)?)),
        // GIFT needs stem text before an answer block: a gap that opens the sentence
        // becomes a short-answer question on the sentence with its blank written out
        Asked::Cloze { before, after, answers } if before.trim().is_empty() => {
            out.push_str(&format!("{}{}{{{} {feedback}}}\n", text(crate::bank::model::BLANK), text(after), typed(answers)?))
        }
        Asked::Cloze { before, after, answers } => out.push_str(&format!("{}{{{} {feedback}}}{}\n", text(before), typed(answers)?, text(after))),
    }
    Ok(out)
}

impl Exporter for Gift {
    fn name(&self) -> &'static str {
        "gift"
    }

    fn write(&self, items: &[&Item], as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let (questions, mut skipped) = ask_all(items, as_type);
        let mut category = None;
        let mut blocks = Vec::new();
        for q in &questions {
            match block(q) {
                Ok(b) => {
                    let source = source_name(q.item);
                    if category.as_ref() != Some(&source) {
                        // `/` separates categories; a literal one is `//`
                        blocks.push(format!("$CATEGORY: quizgen/{}\n", source.replace('/', "//")));
                        category = Some(source);
                    }
                    blocks.push(b);
                }
                Err(reason) => skipped.push(Skipped { id: q.item.id.clone(), reason }),
            }
        }
        // a blank line between blocks, and none inside one
        out.write_all(blocks.join("\n").as_bytes())?;
        Ok(skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ask::tests::item;

    fn gift(it: &Item, ty: ItemType) -> String {
        let mut out = Vec::new();
        assert!(Gift.write(&[it], Some(ty), &mut out).unwrap().is_empty());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_control_character_is_escaped_and_html_is_entities() {
        assert_eq!(text("a~b=c#d{e}f:g\\h <i> & %50%\nnext"), "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h &lt;i&gt; &amp; %50%<br>next");
        assert_eq!(text("%50% off"), "&\\#37;50% off");
    }

    #[test]
    fn one_block_per_type() {
        let it = item("q000000000000");
        assert_eq!(
            gift(&it, ItemType::Mc),
            "$CATEGORY: quizgen/nato\n\n// [id:q000000000000] [tag:year]\n::q000000000000::[html]In which year was NATO formed?{\n\t=1949\n\t~1945\n\t~1961\n\t~1942\n\t####course/nato.txt, line 1\\: NATO was formed in 1949.\n}\n"
        );
        assert!(gift(&it, ItemType::Tf).ends_with("::[html]NATO was formed in 1949.{T####course/nato.txt, line 1\\: NATO was formed in 1949.}\n"));
        assert!(gift(&it, ItemType::Short).ends_with("formed?{=1949 =in 1949 ####course/nato.txt, line 1\\: NATO was formed in 1949.}\n"));
        assert!(gift(&it, ItemType::Cloze).ends_with("::[html]NATO was formed in {=1949 =in 1949 ####course/nato.txt, line 1\\: NATO was formed in 1949.}.\n"));
    }

    #[test]
    fn a_gap_that_opens_the_sentence_goes_after_it() {
        let mut it = item("q000000000000");
        it.cloze = "_____ was formed in 1949.".into();
        it.answer = "NATO".into();
        it.accept = vec![];
        assert!(
            gift(&it, ItemType::Cloze).ends_with("::[html]_____ was formed in 1949.{=NATO ####course/nato.txt, line 1\\: NATO was formed in 1949.}\n"),
            "{}",
            gift(&it, ItemType::Cloze)
        );
    }

    #[test]
    fn a_short_answer_gift_cannot_hold_is_skipped() {
        let mut it = item("q000000000000");
        it.answer = "A -> B".into();
        it.accept = vec![];
        let mut out = Vec::new();
        let skipped = Gift.write(&[&it], Some(ItemType::Short), &mut out).unwrap();
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(out.is_empty());
    }
}
