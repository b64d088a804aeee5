//! Whether a typed answer counts as right.
//!
//! Both sides are normalized first (accents folded, case, punctuation and spacing ignored, a
//! leading article dropped), then compared word by word. A small typo is forgiven on longer
//! words, never on a word with a digit in it (1949 is not 1948) and never when the typed text
//! is exactly one of the item's distractors (Ireland is not a typo of Iceland when Ireland is
//! on offer). The HTML quiz ports these rules to JavaScript; `tests/answer_cases.json` holds the
//! cases both are tested against, so keep the two in step.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// How a typed answer was judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// the same as the answer or an accepted variant, once normalized
    Exact,
    /// accepted, but spelled differently from this variant
    Typo(String),
    Wrong,
}

impl Verdict {
    pub fn is_right(&self) -> bool {
        !matches!(self, Verdict::Wrong)
    }
}

/// Judge `given` against the accepted forms (the answer first, then its variants); a text that
/// normalizes to one of `distractors` is never forgiven as a typo.
pub fn judge(given: &str, accepted: &[&str], distractors: &[&str]) -> Verdict {
    let g = normalize(given);
    if g.is_empty() {
        return Verdict::Wrong;
    }
    let forms: Vec<(String, &str)> = accepted.iter().map(|a| (normalize(a), *a)).filter(|(n, _)| !n.is_empty()).collect();
    if forms.iter().any(|(n, _)| *n == g) {
        return Verdict::Exact;
    }
    if distractors.iter().any(|d| normalize(d) == g) {
        return Verdict::Wrong;
    }
    forms.into_iter().find(|(n, _)| close_enough(&g, n)).map_or(Verdict::Wrong, |(_, a)| Verdict::Typo(a.to_string()))
}

/// Accents folded, lower case, every run of other characters than letters and digits one
/// space (an apostrophe joins: "Nobel's" is "nobels"), a leading "the", "a" or "an" dropped.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else if c == '&' {
            out.push_str(if out.is_empty() { "and" } else { " and" });
            gap = true;
        } else if !matches!(c, '\'' | '\u{2019}') {
            gap = true;
        }
    }
    for article in ["the ", "a ", "an "] {
        if let Some(rest) = out.strip_prefix(article) {
            return rest.to_string();
        }
    }
    out
}

/// The same words, each within its typo allowance, or the same letters with the spaces moved.
fn close_enough(given: &str, answer: &str) -> bool {
    let g: Vec<&str> = given.split(' ').collect();
    let a: Vec<&str> = answer.split(' ').collect();
    if g.len() == a.len() {
        return g.iter().zip(&a).all(|(g, a)| word_close(g, a));
    }
    given.replace(' ', "") == answer.replace(' ', "")
}

/// Words of up to four letters must be exact, up to nine may have one slip, longer two; the
/// first letter must be right, and a word with a digit must be exact.
fn word_close(given: &str, answer: &str) -> bool {
    if given == answer {
        return true;
    }
    if answer.chars().any(|c| c.is_numeric()) || given.chars().any(|c| c.is_numeric()) || given.chars().next() != answer.chars().next() {
        return false;
    }
    let allowance = match answer.chars().count() {
        0..=4 => 0,
        5..=9 => 1,
        _ => 2,
    };
    allowance > 0 && strsim::osa_distance(given, answer) <= allowance
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Case {
        given: String,
        answer: String,
        #[serde(default)]
        accept: Vec<String>,
        #[serde(default)]
        distractors: Vec<String>,
        right: bool,
        why: String,
    }

    /// The table the JavaScript checker of the HTML quiz is tested against too.
    #[test]
    fn shared_answer_cases() {
        let cases: Vec<Case> = serde_json::from_str(include_str!("../../tests/answer_cases.json")).expect("tests/answer_cases.json parses");
        assert!(cases.len() >= 30, "the table should cover the rules");
        let mut failures = Vec::new();
        for c in &cases {
            let mut accepted = vec![c.answer.as_str()];
            accepted.extend(c.accept.iter().map(String::as_str));
            let d: Vec<&str> = c.distractors.iter().map(String::as_str).collect();
            let v = judge(&c.given, &accepted, &d);
            if v.is_right() != c.right {
                failures.push(format!("{:?} for {:?}: got {v:?}, expected right={} ({})", c.given, c.answer, c.right, c.why));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn normalizes_case_accents_punctuation_and_articles() {
        assert_eq!(normalize("  The  São-Paulo  Museum! "), "sao paulo museum");
        assert_eq!(normalize("Alfred Nobel's will"), "alfred nobels will");
        assert_eq!(normalize("AT&T"), "at and t");
        assert_eq!(normalize("the"), "the");
        assert_eq!(normalize("An apple"), "apple");
        assert_eq!(normalize("...?"), "");
    }

    #[test]
    fn a_typo_is_reported_with_the_spelling_it_matched() {
        assert_eq!(judge("Washingtn", &["Washington, D.C."], &[]), Verdict::Wrong, "a missing word is not a typo");
        assert_eq!(judge("Washingtn DC", &["Washington, D.C."], &[]), Verdict::Wrong, "D.C. is two words d c");
        assert_eq!(judge("Stockhlm", &["Stockholm"], &[]), Verdict::Typo("Stockholm".into()));
        assert_eq!(judge("stockholm", &["Stockholm"], &[]), Verdict::Exact);
    }
}
