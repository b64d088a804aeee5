//! Moodle XML: a `category` question per source (`$course$/top/quizgen/<source>`), then
//! the items as `multichoice`, `truefalse`, `shortanswer` or `cloze` questions with the id
//! as name and idnumber, the bank tags, and the source sentence as general feedback.
//! Texts are HTML (entity-escaped) inside XML-escaped elements; short answers are plain
//! text, as Moodle compares them with what the learner types.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::Result;

use super::ask::{Asked, ask_all, source_name};
use super::markup::{html, html_no_braces, xml};
use super::{Exporter, Skipped};
use crate::bank::{Item, ItemType};

pub struct MoodleXml;

/// An HTML text element: HTML-escaped, then XML-escaped as element content.
fn html_text(s: &str) -> String {
    format!("<text>{}</text>", xml(&html(s)))
}

/// A cloze sub-answer: Moodle HTML-decodes it, and `}`, `#`, `~` would end it.
fn sub_answer(s: &str) -> String {
    let mut out = String::new();
    for c in html(s).chars() {
        match c {
            '}' => out.push_str("&#125;"),
            '#' => out.push_str("&#35;"),
            '~' => out.push_str("&#126;"),
            _ => out.push(c),
        }
    }
    out
}

fn answer(out: &mut String, fraction: u32, format: &str, text: &str) {
    let _ = writeln!(out, "    <answer fraction=\"{fraction}\" format=\"{format}\">{text}</answer>");
}

fn question(it: &Item, asked: &Asked) -> String {
    let (kind, text) = match asked {
        Asked::Mc { stem, .. } => ("multichoice", html_text(stem)),
        Asked::Tf { statement, .. } => ("truefalse", html_text(statement)),
        Asked::Short { stem, .. } => ("shortanswer", html_text(stem)),
        Asked::Cloze { before, after, answers } => {
            let subs: Vec<String> = answers.iter().map(|a| format!("={}", sub_answer(a))).collect();
            let body = format!("{}{{1:SHORTANSWER:{}}}{}", html_no_braces(before), subs.join("~"), html_no_braces(after));
            ("cloze", format!("<text>{}</text>", xml(&body)))
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "  <question type=\"{kind}\">");
    let _ = writeln!(out, "    <name><text>{}</text></name>", xml(&it.id));
    let _ = writeln!(out, "    <questiontext format=\"html\">{text}</questiontext>");
    let _ = writeln!(out, "    <generalfeedback format=\"html\">{}</generalfeedback>", html_text(&it.explanation));
    let _ = writeln!(out, "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>");
    let _ = writeln!(out, "    <idnumber>{}</idnumber>", xml(&it.id));
    match asked {
        Asked::Mc { choices, correct, .. } => {
            out.push_str("    <single>true</single>\n    <shuffleanswers>1</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
            for (i, c) in choices.iter().enumerate() {
                answer(&mut out, if i == *correct { 100 } else { 0 }, "html", &html_text(c));
            }
        }
        Asked::Tf { truth, .. } => {
            // Moodle knows the two answers by exactly these texts
            answer(&mut out, if *truth { 100 } else { 0 }, "moodle_auto_format", "<text>true</text>");
            answer(&mut out, if *truth { 0 } else { 100 }, "moodle_auto_format", "<text>false</text>");
        }
        Asked::Short { answers, .. } => {
            out.push_str("    <usecase>0</usecase>\n");
            for a in answers {
                answer(&mut out, 100, "moodle_auto_format", &format!("<text>{}</text>", xml(a)));
            }
        }
        Asked::Cloze { .. } => {}
    }
    if !it.tags.is_empty() {
        out.push_str("    <tags>");
        for t in &it.tags {
            let _ = write!(out, "<tag><text>{}</text></tag>", xml(t));
        }
        out.push_str("</tags>\n");
    }
    out.push_str("  </question>\n");
    out
}

impl Exporter for MoodleXml {
    fn name(&self) -> &'static str {
        "moodle-xml"
    }

    fn write(&self, items: &[&Item], as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let (questions, skipped) = ask_all(items, as_type);
        let mut doc = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        let mut category = None;
        for q in &questions {
            let source = source_name(q.item);
            if category.as_ref() != Some(&source) {
                let _ =
                    writeln!(doc, "  <question type=\"category\">\n    <category><text>$course$/top/quizgen/{}</text></category>\n  </question>", xml(&source));
                category = Some(source);
            }
            doc.push_str(&question(q.item, &q.asked));
        }
        doc.push_str("</quiz>\n");
        out.write_all(doc.as_bytes())?;
        Ok(skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ask::tests::item;

    #[test]
    fn cloze_answers_hide_the_characters_that_end_a_sub_question() {
        assert_eq!(sub_answer("a}b#c~d<e"), "a&#125;b&#35;c&#126;d&lt;e");
        let mut it = item("q000000000000");
        it.cloze = "{1:SHORTANSWER:=x} in _____.".into();
        let q = question(&it, &crate::export::ask::ask(&it, ItemType::Cloze).unwrap());
        assert!(q.contains("<text>&amp;#123;1:SHORTANSWER:=x&amp;#125; in {1:SHORTANSWER:=1949~=in 1949}.</text>"), "{q}");
    }

    #[test]
    fn true_false_answers_are_named_true_and_false() {
        let it = item("q000000000001");
        let q = question(&it, &crate::export::ask::ask(&it, ItemType::Tf).unwrap());
        assert!(q.contains("<answer fraction=\"0\" format=\"moodle_auto_format\"><text>true</text></answer>"), "{q}");
        assert!(q.contains("<answer fraction=\"100\" format=\"moodle_auto_format\"><text>false</text></answer>"), "{q}");
    }
}
