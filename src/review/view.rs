//! How an item looks while it is reviewed: everything a reviewer needs to judge it on
//! one screen, with the answer marked in the sentence it came from.

use std::fmt::Write as _;

use crate::bank::Item;

/// The marks around the answer in the source sentence.
pub const MARK: (&str, &str) = ("»", "«");

/// The item as shown at position `n` (1-based) of `total`.
pub fn render(it: &Item, n: usize, total: usize) -> String {
    let mut out = String::new();
    let types: Vec<&str> = it.types.iter().map(|t| t.as_str()).collect();
    // writing to a String cannot fail
    let _ = writeln!(out, "Item {n}/{total}  {}  {} · {} · confidence {:.2}", it.id, it.kind.as_str(), it.status.as_str(), it.confidence);
    let _ = writeln!(out, "  question:    {}", it.question);
    let _ = writeln!(out, "  answer:      {}", it.answer);
    let _ = writeln!(out, "  distractors: {}", list(&it.distractors));
    let _ = writeln!(out, "  also accept: {}", list(&it.accept));
    let _ = writeln!(out, "  types:       {}", types.join(", "));
    if !it.statement.is_empty() {
        let _ = writeln!(out, "  true:        {}", it.statement);
    }
    if !it.false_statement.is_empty() {
        let _ = writeln!(out, "  false:       {}", it.false_statement);
    }
    let _ = writeln!(out, "  source:      {}:{}", it.source.file, it.source.line);
    let _ = writeln!(out, "  sentence:    {}", marked(&it.sentence, &it.answer, &it.accept));
    out
}

fn list(v: &[String]) -> String {
    if v.is_empty() { "(none)".to_string() } else { v.join(" | ") }
}

/// The sentence with the answer (or else the first accepted variant found) marked, found
/// without regard to case; a note when neither occurs as written, which is itself worth
/// a reviewer's look (an answer the generator rewrote, or a resolved pronoun).
pub fn marked(sentence: &str, answer: &str, accept: &[String]) -> String {
    for wanted in std::iter::once(answer).chain(accept.iter().map(String::as_str)) {
        if let Some((start, end)) = find_ignoring_case(sentence, wanted) {
            return format!("{}{}{}{}{}", &sentence[..start], MARK.0, &sentence[start..end], MARK.1, &sentence[end..]);
        }
    }
    format!("{sentence}  (the answer is not in the sentence as written)")
}

/// The byte range of the first occurrence of `needle` in `hay`, ignoring case.
fn find_ignoring_case(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let want: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if want.is_empty() {
        return None;
    }
    hay.char_indices().find_map(|(start, _)| {
        // how many chars of `want` the text from `start` has matched so far
        let mut got = 0;
        for (i, c) in hay[start..].char_indices() {
            for l in c.to_lowercase() {
                if want.get(got) != Some(&l) {
                    return None;
                }
                got += 1;
            }
            if got == want.len() {
                return Some((start, start + i + c.len_utf8()));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_is_marked_where_it_stands() {
        assert_eq!(marked("NATO was formed in 1949.", "1949", &[]), "NATO was formed in »1949«.");
        assert_eq!(marked("It is based in GENEVA.", "Geneva", &[]), "It is based in »GENEVA«.");
        assert_eq!(marked("Ärzte ohne Grenzen was founded in 1971.", "ärzte ohne grenzen", &[]), "»Ärzte ohne Grenzen« was founded in 1971.");
    }

    #[test]
    fn an_accepted_variant_is_marked_when_the_answer_is_not_there() {
        assert_eq!(marked("The treaty of the Geneva Conventions.", "Geneva Convention", &[]), "The treaty of the »Geneva Convention«s.");
        assert_eq!(marked("Founded by Henri Dunant.", "Henry Dunant", &["Henri Dunant".into()]), "Founded by »Henri Dunant«.");
    }

    #[test]
    fn a_missing_answer_says_so() {
        assert_eq!(marked("It was founded in 1949.", "NATO", &[]), "It was founded in 1949.  (the answer is not in the sentence as written)");
    }
}
