//! English word knowledge that the rules need and that ships inside the binary:
//! verb inflections (to turn "shared" into "share", to know "held" is a participle)
//! and the part-of-speech classes of ordinary words (to tell a capitalised common word
//! at the start of a sentence from a name).
//!
//! The data files are derived from lemminflect 0.2.3 (MIT licence, built on the
//! NIH SPECIALIST lexicon); see `data/README.md`.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use std::hash::BuildHasher;
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

/// A lookup table whose keys stay in the static text they come from: each entry is a
/// `u32` (a verb's index, or a line's byte offset in `words.tsv`), so the 64,000 words
/// take about 5 bytes of heap each instead of the 40 of a map from `&str` to `&str`.
/// That is most of the fixed memory of a `generate` run.
struct Index(HashTable<u32>);

impl Index {
    /// Entries in order; a key met again keeps its first entry.
    fn build(entries: impl ExactSizeIterator<Item = u32>, key: impl Fn(u32) -> &'static str) -> Index {
        let mut table = HashTable::with_capacity(entries.len());
        for e in entries {
            let k = key(e);
            let h = FxBuildHasher.hash_one(k);
            if table.find(h, |&x| key(x) == k).is_none() {
                table.insert_unique(h, e, |&x| FxBuildHasher.hash_one(key(x)));
            }
        }
        Index(table)
    }

    fn get(&self, word: &str, key: impl Fn(u32) -> &'static str) -> Option<u32> {
        self.0.find(FxBuildHasher.hash_one(word), |&x| key(x) == word).copied()
    }
}

struct Lexicon {
    verbs: Vec<Verb>,
    /// lower-case past, participle, third-person and base forms -> index in `verbs`
    by_past: Index,
    by_participle: Index,
    by_third: Index,
    by_base: Index,
    /// byte offsets of the lines of `words.tsv` ("word\tletters")
    words: Index,
}

fn first_form(field: &'static str) -> &'static str {
    field.split('/').next().unwrap_or(field)
}

/// The word of the `words.tsv` line at byte offset `at`.
fn word_at(at: u32) -> &'static str {
    let line = &WORDS_TSV[at as usize..];
    &line[..line.find('\t').unwrap_or(line.len())]
}

/// The part-of-speech letters of the `words.tsv` line at byte offset `at`.
fn pos_at(at: u32) -> &'static str {
    let line = &WORDS_TSV[at as usize + word_at(at).len()..];
    let line = line.strip_prefix('\t').unwrap_or(line);
    &line[..line.find('\n').unwrap_or(line.len())]
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut verbs = Vec::with_capacity(VERBS_TSV.lines().count());
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
        let all = 0..verbs.len() as u32;
        let vs: &Vec<Verb> = &verbs;
        let by_past = Index::build(all.clone(), |i| vs[i as usize].past);
        let by_participle = Index::build(all.clone(), |i| vs[i as usize].participle);
        let by_third = Index::build(all.clone(), |i| vs[i as usize].third);
        let by_base = Index::build(all, |i| vs[i as usize].base);
        let mut offsets = Vec::with_capacity(WORDS_TSV.len() / 10);
        let mut at = 0;
        for line in WORDS_TSV.split_inclusive('\n') {
            if line.contains('\t') {
                offsets.push(at as u32);
            }
            at += line.len();
        }
        let words = Index::build(offsets.into_iter(), word_at);
        Lexicon { verbs, by_past, by_participle, by_third, by_base, words }
    })
}

/// Look `word` up in lower case, without allocating when it already is.
fn lookup<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() { crate::text::words::with_lower(word, f) } else { f(word) }
}

/// The verb whose simple past is `word` ("shared" -> share), if any.
pub fn verb_from_past(word: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(word, |w| lex.by_past.get(w, |i| lex.verbs[i as usize].past).map(|i| &lex.verbs[i as usize]))
}

/// The verb whose past participle is `word` ("held" -> hold), if any.
pub fn verb_from_participle(word: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(word, |w| lex.by_participle.get(w, |i| lex.verbs[i as usize].participle).map(|i| &lex.verbs[i as usize]))
}

/// The verb whose third-person present is `word` ("refers" -> refer), if any.
pub fn verb_from_third(word: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(word, |w| lex.by_third.get(w, |i| lex.verbs[i as usize].third).map(|i| &lex.verbs[i as usize]))
}

/// The verb with this base form, if any.
pub fn verb(base: &str) -> Option<&'static Verb> {
    let lex = lexicon();
    lookup(base, |w| lex.by_base.get(w, |i| lex.verbs[i as usize].base).map(|i| &lex.verbs[i as usize]))
}

/// Part-of-speech letters of an ordinary (lower-case) word: `n`, `v`, `a`, `r`.
pub fn pos(word: &str) -> Option<&'static str> {
    let lex = lexicon();
    lookup(word, |w| lex.words.get(w, word_at).map(pos_at))
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
