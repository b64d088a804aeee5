//! Sentence splitting: a full stop, question or exclamation mark ends a sentence when
//! what follows starts a new one, but not after a title ("Dr."), an initial ("C."),
//! a dotted abbreviation inside a sentence ("U.S. forces") or inside a number ("3.7").

use super::token::{Kind, Token, tokenize};
use super::words::is_function_word;

/// Abbreviations written before a name; a sentence never ends on one.
const TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "mt", "ft", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "rev", "hon", "sen", "rep", "gov", "pres", "mme",
    "mlle", "messrs", "fig", "figs", "vol", "vols", "p", "pp", "c", "ca", "fl", "no", "nos", "op", "art", "sec", "chap", "cap", "cf", "viz", "vs", "v",
];

fn is_closing(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

fn is_opening(s: &str) -> bool {
    matches!(s, "“" | "\"" | "‘" | "'" | "(" | "[" | "«")
}

fn starts_upper_or_digit(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether the abbreviation token `word` (with its dot) may close a sentence given
/// the next word: titles and initials never do; "U.S." or "etc." do when a word
/// that usually opens a sentence ("The", "In", "It") follows.
fn abbreviation_ends_sentence(prev: &str, word: &str, next: &str) -> bool {
    let opens_sentence = is_function_word(next) && starts_upper_or_digit(next);
    // "World War I. It ended …", "Henry V. The play …": a Roman numeral, not an initial
    // ("George W. Bush"), when a word that opens sentences follows; after "War" always
    // ("World War I. Despite …")
    if matches!(word, "I." | "V." | "X.") {
        return opens_sentence || prev == "War";
    }
    let w = word.trim_end_matches('.').to_lowercase();
    if w.chars().count() == 1 || TITLES.contains(&w.as_str()) {
        return false;
    }
    opens_sentence
}

/// Byte ranges of the sentences of `text`.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let toks = tokenize(text);
    sentence_token_ranges(text, &toks).into_iter().map(|(a, b)| (toks[a].start, toks[b - 1].end)).collect()
}

/// The sentences of `text` as ranges of its tokens `toks`.
pub fn sentence_token_ranges(text: &str, toks: &[Token]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        if start.is_none() {
            start = Some(i);
        }
        let t = toks[i];
        let s = &text[t.start..t.end];
        let is_end_mark = t.kind == Kind::Punct && matches!(s, "." | "!" | "?" | "…");
        let is_abbrev_end = t.kind == Kind::Word && s.ends_with('.') && s.len() > 1;
        if is_end_mark || is_abbrev_end {
            // closing quotes and brackets after the mark belong to this sentence
            let mut j = i + 1;
            while j < toks.len() && toks[j].kind == Kind::Punct && is_closing(&text[toks[j].start..toks[j].end]) {
                // a straight quote may also open the next sentence: only take it when
                // it touches the mark
                if toks[j].start != toks[j - 1].end {
                    break;
                }
                j += 1;
            }
            let boundary = match toks.get(j) {
                None => true,
                Some(next) => {
                    let ns = &text[next.start..next.end];
                    let next_starts = starts_upper_or_digit(ns) || is_opening(ns);
                    if is_abbrev_end {
                        let next_word = next_word_after(text, toks, j);
                        let prev = if i > 0 { &text[toks[i - 1].start..toks[i - 1].end] } else { "" };
                        next_starts && abbreviation_ends_sentence(prev, s, next_word)
                    } else {
                        next_starts
                    }
                }
            };
            if boundary {
                spans.push((start.take().unwrap(), j));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if let Some(s) = start {
        spans.push((s, toks.len()));
    }
    spans
}

fn next_word_after<'a>(text: &'a str, toks: &[Token], mut j: usize) -> &'a str {
    while j < toks.len() && toks[j].kind == Kind::Punct {
        j += 1;
    }
    toks.get(j).map_or("", |t| &text[t.start..t.end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentence_spans(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn does_not_stop_at_abbreviations_initials_or_decimals() {
        assert_eq!(
            split("Notable examples included U.S. alliances with Turkey. The curie is 3.7 units."),
            ["Notable examples included U.S. alliances with Turkey.", "The curie is 3.7 units."]
        );
        assert_eq!(
            split("It was founded by Dr. Edward Trudeau. George W. Goethals came."),
            ["It was founded by Dr. Edward Trudeau.", "George W. Goethals came."]
        );
        assert_eq!(split("Based in Washington, D.C., it grew. Rust 1.0 shipped."), ["Based in Washington, D.C., it grew.", "Rust 1.0 shipped."]);
        assert_eq!(split("It ended World War I. It was signed in 1919."), ["It ended World War I.", "It was signed in 1919."]);
        assert_eq!(split("It followed World War I. Despite this, war came."), ["It followed World War I.", "Despite this, war came."]);
        assert_eq!(split("Isaac I. Rabi won it. Henry V. The play ran."), ["Isaac I. Rabi won it.", "Henry V.", "The play ran."]);
    }

    #[test]
    fn a_dotted_abbreviation_can_end_a_sentence() {
        assert_eq!(split("He moved to the U.S. The move paid off."), ["He moved to the U.S.", "The move paid off."]);
        assert_eq!(split("They worked with the U.S. Army and e.g. France."), ["They worked with the U.S. Army and e.g. France."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("Health is defined as “a state of well-being.” In 1948 it began."),
            ["Health is defined as “a state of well-being.”", "In 1948 it began."]
        );
        assert_eq!(split("The motto is “Faster”. It is Latin (mostly). Next one!"), ["The motto is “Faster”.", "It is Latin (mostly).", "Next one!"]);
    }

    #[test]
    fn lower_case_after_a_stop_does_not_split() {
        assert_eq!(split("See fig. 3 and p. 4. Done."), ["See fig. 3 and p. 4.", "Done."]);
        assert_eq!(
            split("Johannes Gutenberg (c. 1400 – 3 February 1468) was a German inventor."),
            ["Johannes Gutenberg (c. 1400 – 3 February 1468) was a German inventor."]
        );
        assert_eq!(split("Crates are on crates.io, the registry."), ["Crates are on crates.io, the registry."]);
    }
}
