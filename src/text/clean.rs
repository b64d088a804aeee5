//! From a file's lines to prose paragraphs: drops what is not running text (headings,
//! titles with a site name, list introductions, bare list items, markdown furniture),
//! strips list markers, joins hard-wrapped lines, and remembers the line of every byte.

use super::token::Tokens;

/// Running text with the source line of each of its pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    /// (byte offset in `text`, 1-based line) for the start of each joined line
    pub line_starts: Vec<(usize, usize)>,
    /// whether the paragraph is a list item (its marker stripped)
    pub list_item: bool,
}

impl Paragraph {
    /// The source line that holds byte `offset` of the text.
    pub fn line_at(&self, offset: usize) -> usize {
        let ix = self.line_starts.partition_point(|&(o, _)| o <= offset);
        self.line_starts[ix.saturating_sub(1)].1
    }
}

/// Strip a list marker ("- ", "• ", "1. ", "2) ", "a) ") and say whether there was one.
fn strip_list_marker(line: &str) -> (&str, bool) {
    for m in ["- ", "* ", "• ", "+ ", "– ", "— ", "· ", "▪ ", "○ "] {
        if let Some(rest) = line.strip_prefix(m) {
            return (rest.trim_start(), true);
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let letter = line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line[1..].starts_with(')');
    let marker_len = if (1..=3).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        digits + 1
    } else if letter {
        2
    } else {
        0
    };
    if marker_len > 0 && line[marker_len..].starts_with(' ') {
        return (line[marker_len..].trim_start(), true);
    }
    (line, false)
}

/// Whether the line closes like a sentence: . ! ? possibly followed by quotes or brackets.
pub fn ends_like_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»', '*', '_']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Whether `s` has at least six words (counting no further: a line can be a whole paragraph).
fn has_six_words(s: &str) -> bool {
    s.split_whitespace().nth(5).is_some()
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Markdown emphasis and links are shown as their text.
fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(pos) = rest.find(['*', '[', '_']) {
        let (before, after) = rest.split_at(pos);
        out.push_str(before);
        if let Some(a) = after.strip_prefix("**").or_else(|| after.strip_prefix("__")) {
            rest = a;
        } else if let Some(a) = after.strip_prefix('*') {
            rest = a;
        } else if after.starts_with('_') {
            // an underscore inside a word (snake_case) is text; around a phrase it is emphasis
            let prev_alnum = before.chars().last().is_some_and(char::is_alphanumeric);
            if !prev_alnum {
                rest = &after[1..];
            } else {
                out.push('_');
                rest = &after[1..];
            }
        } else if let (Some(close), true) = (after.find("]("), after.starts_with('[')) {
            if let Some(end) = after[close..].find(')') {
                out.push_str(&after[1..close]);
                rest = &after[close + end + 1..];
            } else {
                out.push('[');
                rest = &after[1..];
            }
        } else {
            out.push_str(&after[..1]);
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Cut `text` (the whole file) into prose paragraphs.
pub fn paragraphs(text: &str, markdown: bool) -> Vec<Paragraph> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<Paragraph> = Vec::new();
    let mut current: Option<Paragraph> = None;
    let mut in_code = false;
    let flush = |cur: &mut Option<Paragraph>, out: &mut Vec<Paragraph>| {
        if let Some(mut p) = cur.take() {
            // "… are tested. Other sites include:" keeps its sentences, not the fragment
            if !ends_like_sentence(p.text.trim())
                && let Some(end) = last_sentence_end(&p.text)
            {
                p.text.truncate(end);
            }
            if keep_paragraph(&p) {
                out.push(p);
            }
        }
    };
    for (i, raw) in lines.iter().enumerate() {
        let line_no = i + 1;
        let mut line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            in_code = !in_code;
            flush(&mut current, &mut out);
            continue;
        }
        if in_code || line.is_empty() {
            flush(&mut current, &mut out);
            continue;
        }
        if line.starts_with('#') || line.starts_with('|') || line.starts_with("<!--") || is_rule(line) {
            flush(&mut current, &mut out);
            continue;
        }
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.trim_start();
        }
        let (body, list_item) = strip_list_marker(line);
        let body_owned;
        let body = if markdown {
            body_owned = strip_inline_markdown(body);
            body_owned.as_str()
        } else {
            body
        };
        // a hard-wrapped line continues the paragraph when the next line goes on in lower case
        let continues = current.is_some() && !list_item && starts_lowercase(body);
        if continues {
            let p = current.as_mut().unwrap();
            p.text.push(' ');
            p.line_starts.push((p.text.len(), line_no));
            p.text.push_str(body);
        } else {
            flush(&mut current, &mut out);
            current = Some(Paragraph { text: body.to_string(), line_starts: vec![(0, line_no)], list_item });
        }
        // a line that does not close like a sentence ends the paragraph unless the next
        // line carries it on
        let next = lines.get(i + 1).map(|l| strip_list_marker(l.trim()).0).unwrap_or("");
        let wraps = starts_lowercase(next) && has_six_words(body);
        if !ends_like_sentence(body) && !wraps {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Byte offset just past the last sentence-ending mark that is followed by a space.
fn last_sentence_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (1..bytes.len()).rev().find(|&i| {
        bytes[i] == b' ' && {
            let before = text[..i].trim_end_matches(['”', '"', '’', ')']);
            before.ends_with(['.', '!', '?']) && !before.ends_with(" U.S.") && before.len() > 1
        }
    })
}

fn is_rule(line: &str) -> bool {
    line.len() >= 3 && line.chars().all(|c| matches!(c, '-' | '=' | '*' | '_' | ' '))
}

/// A paragraph is prose when it closes like a sentence; a list item also needs
/// enough words to be more than a label.
fn keep_paragraph(p: &Paragraph) -> bool {
    let t = p.text.trim();
    if !ends_like_sentence(t) {
        return false;
    }
    // four tokens are enough: the rest of the paragraph is not tokenized here
    Tokens::new(t).nth(3).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        paragraphs(s, false).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn drops_headings_titles_and_list_introductions() {
        let doc = "The Military Role - Total Military Insight\n\nHistorical Context\nNATO was formed in 1949. It grew.\nKey aspects include:\n- Coordination of forces.\n1. Humanity\n";
        assert_eq!(texts(doc), ["NATO was formed in 1949. It grew.", "Coordination of forces."]);
    }

    #[test]
    fn joins_hard_wrapped_lines_and_keeps_their_line_numbers() {
        let doc = "Intro\n\nThe treaty was signed in Paris on 4 May 1950 by the\nministers of six countries.\n";
        let ps = paragraphs(doc, false);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].text, "The treaty was signed in Paris on 4 May 1950 by the ministers of six countries.");
        assert_eq!(ps[0].line_at(0), 3);
        assert_eq!(ps[0].line_at(60), 4);
    }

    #[test]
    fn a_trailing_list_introduction_keeps_the_sentences_before_it() {
        let doc = "ESA's largest site is in Noordwijk. Other sites include:\n• ESOC, Darmstadt (Germany) - mission control\n";
        assert_eq!(texts(doc), ["ESA's largest site is in Noordwijk."]);
    }

    #[test]
    fn markdown_furniture_is_not_prose() {
        let doc = "# Title\n\n```\nlet x = 1.\n```\n| a | b |\n---\nThe **Red Cross** was founded in [Geneva](http://x). It grew.\n";
        let ps = paragraphs(doc, true);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].text, "The Red Cross was founded in Geneva. It grew.");
    }

    #[test]
    fn list_markers_are_stripped_and_remembered() {
        let ps = paragraphs("• The alliance was formed in 1955 by eight states.\n", false);
        assert!(ps[0].list_item);
        assert_eq!(ps[0].text, "The alliance was formed in 1955 by eight states.");
    }
}
