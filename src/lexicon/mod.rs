//! English word knowledge that the rules need and that ships inside the binary:
//! verb inflections (to turn "shared" into "share", to know "held" is a participle)
//! and the part-of-speech classes of ordinary words (to tell a capitalised common word
//! at the start of a sentence from a name).
//!
//! The data files are derived from lemminflect 0.2.3 (MIT licence, built on the
//! NIH SPECIALIST lexicon); see `data/README.md`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const VERBS_TSV: &str = include_str!("data/verbs.tsv");
const WORDS_TSV: &str = include_str!("data/words.tsv");

/// Inflected forms of one verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    pub base: &'static str,
    pub past: &'static str,
    pub participle: &'static str,
    pub third: &'static str,
}

struct Lexicon {
    verbs: Vec<Verb>,
    /// lower-case past or participle form -> verb indices
    by_past: HashMap<&'static str, Vec<usize>>,
    by_participle: HashMap<&'static str, Vec<usize>>,
    by_third: HashMap<&'static str, usize>,
    by_base: HashMap<&'static str, usize>,
    /// word -> part-of-speech letters (n noun, v verb, a adjective, r adverb)
    words: HashMap<&'static str, &'static str>,
}

fn first_form(field: &'static str) -> &'static str {
    field.split('/').next().unwrap_or(field)
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut verbs = Vec::new();
        for line in VERBS_TSV.lines() {
            let mut f = line.split('\t');
            let (Some(base), Some(past), Some(pp), Some(_ger), Some(third)) = (f.next(), f.next(), f.next(), f.next(), f.next()) else {
                continue;
            };
            if base.chars().any(|c| c.is_uppercase()) {
                continue;
            }
            let past_first = first_form(past);
            let pp_first = if pp.is_empty() { past_first } else { first_form(pp) };
            verbs.push(Verb { base, past: past_first, participle: pp_first, third: first_form(third) });
        }
        let mut by_past: HashMap<&'static str, Vec<usize>> = HashMap::default();
        let mut by_participle: HashMap<&'static str, Vec<usize>> = HashMap::default();
        let mut by_third = HashMap::default();
        let mut by_base = HashMap::default();
        for (i, v) in verbs.iter().enumerate() {
            by_past.entry(v.past).or_default().push(i);
            by_participle.entry(v.participle).or_default().push(i);
            by_third.entry(v.third).or_insert(i);
            by_base.entry(v.base).or_insert(i);
        }
        let mut words = HashMap::default();
        for line in WORDS_TSV.lines() {
            if let Some((w, pos)) = line.split_once('\t') {
                words.insert(w, pos);
            }
        }
        Lexicon { verbs, by_past, by_participle, by_third, by_base, words }
    })
}

/// Look `word` up in lower case, without allocating when it already is.
fn lookup<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() { f(&word.to_lowercase()) } else { f(word) }
}

/// The verb whose simple past is `word` ("shared" -> share), if any.
pub fn verb_from_past(word: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(word, |w| lex.by_past.get(w).map(|ix| &lex.verbs[ix[0]]))
}

/// The verb whose past participle is `word` ("held" -> hold), if any.
pub fn verb_from_participle(word: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(word, |w| lex.by_participle.get(w).map(|ix| &lex.verbs[ix[0]]))
}

/// The verb whose third-person present is `word` ("refers" -> refer), if any.
pub fn verb_from_third(word: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(word, |w| lex.by_third.get(w).map(|&i| &lex.verbs[i]))
}

/// The verb with this base form, if any.
pub fn verb(base: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(base, |w| lex.by_base.get(w).map(|&i| &lex.verbs[i]))
}

/// Part-of-speech letters of an ordinary (lower-case) word: `n`, `v`, `a`, `r`.
pub fn pos(word: &str) -> Option<&'static str> {
    let lex = lexicon();
    lookup(word, |w| lex.words.get(w).copied())
}

/// Whether the word is an ordinary English word (any part of speech).
pub fn is_common_word(word: &str) -> bool {
    pos(word).is_some() || crate::text::words::is_function_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms_lead_back_to_their_base() {
        assert_eq!(verb_from_past("shared").unwrap().base, "share");
        assert_eq!(verb_from_past("entered").unwrap().base, "enter");
        assert_eq!(verb_from_past("fought").unwrap().base, "fight");
        assert_eq!(verb_from_past("married").unwrap().base, "marry");
        assert_eq!(verb_from_participle("held").unwrap().base, "hold");
        assert_eq!(verb_from_participle("taken").unwrap().base, "take");
        assert!(verb_from_past("table").is_none());
    }

    #[test]
    fn ordinary_words_have_parts_of_speech() {
        assert!(pos("military").unwrap().contains('a'));
        assert!(pos("alliance").unwrap().contains('n'));
        assert!(pos("zwolle").is_none());
    }
}
