//! The test and its key as Markdown: one section per version, its answer sheet after it.
//! Markdown has no pages, so a version's code heads each of its parts, and an HTML page
//! break (which Markdown-to-PDF tools honour) separates them. Bank text is escaped, so a
//! `*` or `[` in a question is shown, not read as Markdown.

use std::fmt::Write;

use super::key::{KeyQuestion, Version};
use super::{Layout, Mode};
use crate::quiz::plan::letter;

const PAGE_BREAK: &str = "<div style=\"page-break-after: always\"></div>\n\n";

pub fn render(layout: &Layout) -> String {
    let mut out = String::new();
    for (i, v) in layout.key.versions.iter().enumerate() {
        if i > 0 {
            out.push_str(PAGE_BREAK);
        }
        match layout.mode {
            Mode::Test => test(&mut out, layout, v),
            Mode::Key => key(&mut out, layout, v, &layout.answers[i]),
        }
    }
    out
}

fn test(out: &mut String, layout: &Layout, v: &Version) {
    let title = escape(&layout.key.title);
    let _ = writeln!(out, "# {title} · Version {}\n", v.code);
    out.push_str("Name: ______________________  Date: ____________  Class: ____________\n\n");
    out.push_str("**Instructions**\n\n");
    for line in &layout.instructions {
        let _ = writeln!(out, "- {}", escape(line));
    }
    out.push('\n');
    for q in &v.questions {
        let _ = writeln!(out, "**{}.** {}\n", q.number, escape(&q.stem));
        if q.item_type == crate::bank::ItemType::Mc {
            for (i, o) in q.options.iter().enumerate() {
                // a hard line break (two spaces) keeps the options on their own lines
                let _ = writeln!(out, "&emsp;({}) {}  ", letter(i), escape(o));
            }
            out.push('\n');
        }
    }
    out.push_str(PAGE_BREAK);
    let _ = writeln!(out, "## {title} · Answer sheet · Version {}\n", v.code);
    out.push_str("Name: ______________________  Date: ____________  Class: ____________\n\n");
    let _ = writeln!(out, "{}\n", escape(&layout.sheet_instructions));
    // in question order, so a learner never looks for a number
    for q in &v.questions {
        if q.is_marked() {
            let bubbles: Vec<String> = marks(q).into_iter().map(|m| format!("○ {m}")).collect();
            let _ = writeln!(out, "**{}.** {}  ", q.number, bubbles.join("&emsp;"));
        } else {
            let _ = writeln!(out, "**{}.** ________________________________________  ", q.number);
        }
    }
    out.push('\n');
}

/// The labels of a marked question's bubbles.
fn marks(q: &KeyQuestion) -> Vec<String> {
    match q.item_type {
        crate::bank::ItemType::Mc => (0..q.options.len()).map(|i| letter(i).to_string()).collect(),
        _ => vec!["T".to_string(), "F".to_string()],
    }
}

fn key(out: &mut String, layout: &Layout, v: &Version, answers: &[String]) {
    let _ = writeln!(out, "# {} · Answer key · Version {}\n", escape(&layout.key.title), v.code);
    out.push_str("| No. | Answer | Question | Item | Source |\n|---:|---|---|---|---|\n");
    for (q, answer) in v.questions.iter().zip(answers) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | `{}` | {}:{}: {} |",
            q.number,
            escape(answer),
            escape(&q.stem),
            q.id,
            escape(&q.source.file),
            q.source.line,
            escape(&q.sentence)
        );
    }
    out.push('\n');
}

/// Backslash-escape what Markdown (CommonMark and GitHub tables) would read as syntax;
/// a line break becomes a space so a question stays one paragraph or table cell.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_in_bank_text_is_escaped() {
        assert_eq!(escape("a *b* [c](d) <e> | f_g \\ h\nnext"), "a \\*b\\* \\[c\\](d) \\<e\\> \\| f\\_g \\\\ h next");
    }
}
