//! The test and its key as one self-contained HTML page with a print stylesheet: each
//! version and each answer sheet starts a new printed page, a question never breaks across
//! pages, and the page margins show the title, the version code and the page number (CSS
//! paged media, which Chromium-based browsers print). Bank text is HTML-escaped, and
//! escaped again as a CSS string where it goes into the stylesheet.

use std::fmt::Write;

use super::key::Version;
use super::{Layout, Mode};
use crate::bank::ItemType;
use crate::export::markup::html_text as escape;
use crate::quiz::plan::letter;

const STYLE: &str = r#"
body { font-family: "Libertinus Serif", "Linux Libertine", Georgia, serif; font-size: 11pt; line-height: 1.35; max-width: 46em; margin: 1em auto; padding: 0 1em; }
.version, .sheet { margin-bottom: 3em; }
.running { display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 0.5pt solid #000; margin-bottom: 1em; }
h1 { font-size: 16pt; text-align: center; margin: 0.3em 0; }
h2 { font-size: 14pt; text-align: center; margin: 0.3em 0; }
.fields { display: flex; gap: 0.4em; margin: 0.6em 0 1em; }
.fields span { flex: 0 0 auto; }
.fields .line { flex: 1 1 auto; border-bottom: 0.5pt solid #000; }
.fields .short { flex: 0 0 8em; }
.instructions { border: 0.5pt solid #000; padding: 0.5em 0.8em; margin-bottom: 1em; }
.instructions ul { margin: 0.2em 0; padding-left: 1.2em; }
ol.questions { padding-left: 2em; }
ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1em; }
ol.options { list-style: none; padding-left: 0.4em; margin: 0.4em 0 0; }
ol.options li { margin: 0.2em 0; }
.rows { columns: 2; column-gap: 3em; }
.rows p { break-inside: avoid; margin: 0.45em 0; }
.bubble { display: inline-block; width: 1.3em; height: 1.3em; line-height: 1.3em; border: 0.6pt solid #000; border-radius: 50%; text-align: center; font-size: 7.5pt; margin-right: 0.6em; }
.rows .rule { display: inline-block; width: 75%; border-bottom: 0.5pt solid #000; height: 1.4em; vertical-align: bottom; }
.no { display: inline-block; min-width: 2em; font-weight: bold; }
.key-entry { break-inside: avoid; page-break-inside: avoid; margin: 0 0 0.9em; }
.key-entry .stem { font-size: 9.5pt; }
.key-entry .source { font-size: 8.5pt; color: #444; }
.key-entry code { float: right; font-size: 8.5pt; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  .running { display: none; }
  .version, .sheet { margin: 0; break-after: page; page-break-after: always; }
}
@page { size: A4; margin: 2.4cm 2cm 2cm; }
"#;

pub fn render(layout: &Layout) -> String {
    let mut out = String::new();
    let title = escape(&layout.key.title);
    let _ = write!(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{STYLE}");
    // one named page per version and part, so the margins can say which version a page belongs to
    for v in &layout.key.versions {
        for (part, label) in parts(layout.mode) {
            let _ = writeln!(
                out,
                "@page {} {{ @top-left {{ content: {}; font-size: 9pt; }} @top-right {{ content: {}; font-size: 9pt; }} @bottom-center {{ content: \"Page \" counter(page); font-size: 9pt; }} }}\n.{} {{ page: {}; }}",
                page_name(v, part),
                css_string(&layout.key.title),
                css_string(&format!("{label}Version {}", v.code)),
                page_name(v, part),
                page_name(v, part),
            );
        }
    }
    out.push_str("</style>\n</head>\n<body>\n");
    for (vi, v) in layout.key.versions.iter().enumerate() {
        match layout.mode {
            Mode::Test => test(&mut out, layout, v),
            Mode::Key => key(&mut out, layout, v, &layout.answers[vi]),
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// The parts of a version that get their own pages, with the margin label of each.
fn parts(mode: Mode) -> &'static [(&'static str, &'static str)] {
    match mode {
        Mode::Test => &[("test", ""), ("sheet", "Answer sheet · ")],
        Mode::Key => &[("key", "Answer key · ")],
    }
}

/// A CSS identifier for a version's part; version codes are letters.
fn page_name(v: &Version, part: &str) -> String {
    format!("{part}-{}", v.code)
}

fn running(out: &mut String, layout: &Layout, label: &str, v: &Version) {
    let _ = writeln!(out, "<div class=\"running\"><span>{}</span><span>{label}Version {}</span></div>", escape(&layout.key.title), v.code);
}

const FIELDS: &str = "<div class=\"fields\"><span>Name:</span><span class=\"line\"></span><span>Date:</span><span class=\"line short\"></span><span>Class:</span><span class=\"line short\"></span></div>\n";

fn test(out: &mut String, layout: &Layout, v: &Version) {
    let title = escape(&layout.key.title);
    let _ = writeln!(out, "<section class=\"version {}\" data-version=\"{}\">", page_name(v, "test"), v.code);
    running(out, layout, "", v);
    let _ = writeln!(out, "<h1>{title}</h1>");
    out.push_str(FIELDS);
    out.push_str("<div class=\"instructions\"><strong>Instructions</strong><ul>\n");
    for line in &layout.instructions {
        let _ = writeln!(out, "<li>{}</li>", escape(line));
    }
    out.push_str("</ul></div>\n<ol class=\"questions\">\n");
    for q in &v.questions {
        let _ = write!(out, "<li value=\"{}\"><p class=\"stem\">{}</p>", q.number, escape(&q.stem));
        if q.item_type == ItemType::Mc {
            out.push_str("<ol class=\"options\">");
            for (i, o) in q.options.iter().enumerate() {
                let _ = write!(out, "<li>({}) {}</li>", letter(i), escape(o));
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");

    let _ = writeln!(out, "<section class=\"sheet {}\" data-version=\"{}\">", page_name(v, "sheet"), v.code);
    running(out, layout, "Answer sheet · ", v);
    let _ = writeln!(out, "<h2>Answer sheet · Version {}</h2>", v.code);
    out.push_str(FIELDS);
    let _ = writeln!(out, "<p>{}</p>", escape(&layout.sheet_instructions));
    // in question order, so a learner never looks for a number
    out.push_str("<div class=\"rows\">\n");
    for q in &v.questions {
        let _ = write!(out, "<p><span class=\"no\">{}.</span>", q.number);
        match q.item_type {
            ItemType::Mc => (0..q.options.len()).for_each(|i| bubble(out, letter(i))),
            ItemType::Tf => ['T', 'F'].into_iter().for_each(|l| bubble(out, l)),
            ItemType::Short | ItemType::Cloze => out.push_str("<span class=\"rule\"></span>"),
        }
        out.push_str("</p>\n");
    }
    out.push_str("</div>\n");
    out.push_str("</section>\n");
}

fn bubble(out: &mut String, label: char) {
    let _ = write!(out, "<span class=\"bubble\">{label}</span>");
}

fn key(out: &mut String, layout: &Layout, v: &Version, answers: &[String]) {
    let _ = writeln!(out, "<section class=\"version {}\" data-version=\"{}\">", page_name(v, "key"), v.code);
    running(out, layout, "Answer key · ", v);
    let _ = writeln!(out, "<h2>{} · Answer key · Version {}</h2>", escape(&layout.key.title), v.code);
    for (q, answer) in v.questions.iter().zip(answers) {
        let _ = writeln!(
            out,
            "<div class=\"key-entry\"><code>{}</code><span class=\"no\">{}.</span><strong>{}</strong><div class=\"stem\">{}</div><div class=\"source\">{}:{} · {}</div></div>",
            q.id,
            q.number,
            escape(answer),
            escape(&q.stem),
            escape(&q.source.file),
            q.source.line,
            escape(&q.sentence)
        );
    }
    out.push_str("</section>\n");
}

/// A quoted CSS string: every character but letters, digits and spaces as a hex escape, so
/// no quote, backslash or `</style>` in a title can end the string or the stylesheet. CSS
/// takes one space after an escape as its end, so each gets one (else "· Unit" loses its space).
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", c as u32);
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_cannot_break_out_of_its_css_string() {
        assert_eq!(css_string("a\"b</style> · c"), "\"a\\22 b\\3c \\2f style\\3e  \\b7  c\"");
    }
}
