//! Course text to sentences: read files (UTF-8 checked), clean lines into prose
//! paragraphs, split paragraphs into sentences, each with its file and line.

pub mod casing;
pub mod clean;
pub mod read;
pub mod split;
pub mod token;
pub mod words;

use std::cell::{Cell, RefCell};

use token::{Kind, Token, tokenize};

/// One sentence of a source text, tokenized.
#[derive(Debug)]
pub struct Sentence {
    /// index of the source file in the run
    pub file: usize,
    /// 1-based line where the sentence starts
    pub line: usize,
    pub text: String,
    pub tokens: Vec<Token>,
    /// first token of the sentence proper, after a "Label:" of a list item
    pub body: usize,
    pub list_item: bool,
    /// index of the paragraph in its file: a pronoun looks back only inside it
    pub paragraph: usize,
    /// the text in lower case when that keeps every byte offset (nearly always), so the
    /// rules can compare words without allocating
    lower_text: Option<String>,
    /// answers of the name helpers, see `memo`
    memo: Memo,
    /// where the main clause begins, see `clause`
    clause: Cell<u32>,
}

/// The helpers whose answers a sentence keeps (one slot per token each).
#[derive(Debug, Clone, Copy)]
pub enum Memoized {
    NameRun,
    NamedNp,
}

const MEMOIZED: usize = 2;
/// slot values that are no token index
const UNKNOWN: u32 = u32::MAX >> 1;
const NONE: u32 = UNKNOWN - 1;
/// flag of a slot whose answer read the document's casing
const READ_CASING: u32 = !(u32::MAX >> 1);
/// flag of a clause start that comes after an opening date
const DATED: u32 = READ_CASING;

/// Per token, what each of the `Memoized` helpers answered. An answer that read the
/// document's casing holds for the casing `casing` only; the others hold for any.
#[derive(Debug, Default)]
struct Memo {
    casing: Cell<u32>,
    slots: RefCell<Vec<[u32; MEMOIZED]>>,
}

impl Clone for Sentence {
    /// A copy starts with nothing memoized.
    fn clone(&self) -> Sentence {
        Sentence {
            file: self.file,
            line: self.line,
            text: self.text.clone(),
            tokens: self.tokens.clone(),
            body: self.body,
            list_item: self.list_item,
            paragraph: self.paragraph,
            lower_text: self.lower_text.clone(),
            memo: Memo::default(),
            clause: Cell::new(UNKNOWN),
        }
    }
}

impl Sentence {
    pub fn new(file: usize, line: usize, text: String, list_item: bool) -> Sentence {
        let tokens = tokenize(&text);
        Sentence::with_tokens(file, line, text, tokens, list_item)
    }

    /// A sentence whose tokens are already known (offsets into `text`).
    pub fn with_tokens(file: usize, line: usize, text: String, tokens: Vec<Token>, list_item: bool) -> Sentence {
        let body = label_end(&text, &tokens);
        // the same string as to_lowercase gives, without going char by char when ASCII
        let lower = if text.is_ascii() { text.to_ascii_lowercase() } else { text.to_lowercase() };
        let lower_text = (lower.len() == text.len()).then_some(lower);
        Sentence { file, line, text, tokens, body, list_item, paragraph: 0, lower_text, memo: Memo::default(), clause: Cell::new(UNKNOWN) }
    }

    /// Text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Token `i` in lower case.
    #[inline]
    pub fn lower(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let t = self.tokens[i];
        match &self.lower_text {
            Some(l) => std::borrow::Cow::Borrowed(&l[t.start..t.end]),
            None => std::borrow::Cow::Owned(self.text[t.start..t.end].to_lowercase()),
        }
    }

    /// Text of tokens `a..b` as written.
    pub fn span(&self, a: usize, b: usize) -> &str {
        if a >= b {
            return "";
        }
        &self.text[self.tokens[a].start..self.tokens[b - 1].end]
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Whether token `i` is `w` (ignoring ASCII case). The rules ask this of every token
    /// many times: the lengths are compared before any text is read.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.end - t.start == w.len() && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(w.as_bytes()))
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// `f()`, the answer of helper `which` about token `i` (a token index or None), worked
    /// out once per sentence: the rule families ask the name helpers about the same tokens
    /// again and again. An answer that read the document's casing holds for one casing
    /// only (`casing::casing_id`) and is dropped when that changes; the rest are kept, so
    /// what `Entities::learn` worked out before the casing was known serves the rules too.
    pub fn memo(&self, which: Memoized, i: usize, f: impl FnOnce() -> Option<usize>) -> Option<usize> {
        if i >= self.len() {
            return f();
        }
        let casing = casing::casing_id();
        if self.memo.casing.get() != casing {
            self.memo.casing.set(casing);
            for slot in self.memo.slots.borrow_mut().iter_mut().flatten() {
                if *slot & READ_CASING != 0 {
                    *slot = UNKNOWN;
                }
            }
        }
        let known = self.memo.slots.borrow().get(i).map_or(UNKNOWN, |s| s[which as usize]);
        if known & READ_CASING != 0 {
            // whoever asks depends on the casing as much as if it had read it itself
            casing::note_casing_read();
        }
        match known & !READ_CASING {
            UNKNOWN => {}
            NONE => return None,
            end => return Some(end as usize),
        }
        // `f` may ask about other tokens: nothing is borrowed while it runs
        let reads = casing::casing_reads();
        let answer = f();
        let read_casing = if casing::casing_reads() != reads { READ_CASING } else { 0 };
        let mut slots = self.memo.slots.borrow_mut();
        if slots.is_empty() {
            slots.resize(self.len(), [UNKNOWN; MEMOIZED]);
        }
        slots[i][which as usize] = answer.map_or(NONE, |e| e as u32) | read_casing;
        answer
    }

    /// `f()`, where the main clause begins and whether an opening date comes before it
    /// (see `grammar::clause_start`), worked out once: nearly every rule asks.
    pub fn clause(&self, f: impl FnOnce() -> (usize, bool)) -> (usize, bool) {
        let known = self.clause.get();
        if known != UNKNOWN {
            return ((known & !DATED) as usize, known & DATED != 0);
        }
        let (start, dated) = f();
        self.clause.set(start as u32 | if dated { DATED } else { 0 });
        (start, dated)
    }

    /// Index of the first token at or after `from` equal to `w` (ignoring case).
    pub fn find(&self, from: usize, w: &str) -> Option<usize> {
        (from..self.len()).find(|&i| self.is(i, w))
    }
}

/// A "Label: Sentence" list item ("NATO Operations: The North Atlantic …"): the label
/// is a few capitalised words before a colon and the sentence starts with a capital.
fn label_end(text: &str, toks: &[Token]) -> usize {
    for (i, t) in toks.iter().enumerate().take(12) {
        let s = &text[t.start..t.end];
        // "The Treaty of Versailles (French: Traité de Versailles) was …": a colon inside
        // a parenthesis belongs to the aside
        if s == "(" {
            return 0;
        }
        if s == ":" {
            let next_upper = toks.get(i + 1).is_some_and(|n| text[n.start..].chars().next().is_some_and(char::is_uppercase));
            return if next_upper && i > 0 { i + 1 } else { 0 };
        }
        if matches!(s, "," | ";" | ".") {
            return 0;
        }
    }
    0
}

/// The sentences of a whole file's text.
pub fn sentences(file: usize, text: &str, markdown: bool) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in clean::paragraphs(text, markdown).into_iter().enumerate() {
        // the paragraph is tokenized once; each sentence takes its share of the tokens
        let toks = tokenize(&p.text);
        for (a, b) in split::sentence_token_ranges(&p.text, &toks) {
            let (from, to) = (toks[a].start, toks[b - 1].end);
            let mut tokens: Vec<Token> = toks[a..b].iter().map(|t| Token { start: t.start - from, end: t.end - from, kind: t.kind }).collect();
            // "… at the end of World War I.": the numeral's dot also ends the sentence
            if let Some(last) = tokens.last().copied()
                && matches!(&p.text[from + last.start..from + last.end], "I." | "V." | "X.")
            {
                tokens.pop();
                tokens.push(Token { start: last.start, end: last.end - 1, kind: last.kind });
                tokens.push(Token { start: last.end - 1, end: last.end, kind: Kind::Punct });
            }
            let mut sentence = Sentence::with_tokens(file, p.line_at(from), p.text[from..to].to_string(), tokens, p.list_item);
            sentence.paragraph = pi;
            out.push(sentence);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_their_lines() {
        let doc = "Title Line\n\nNATO was formed in 1949. The U.S. joined it.\n\nThe Warsaw Pact was formed in 1955.\n";
        let ss = sentences(0, doc, false);
        let got: Vec<(usize, &str)> = ss.iter().map(|s| (s.line, s.text.as_str())).collect();
        assert_eq!(got, [(3, "NATO was formed in 1949."), (3, "The U.S. joined it."), (5, "The Warsaw Pact was formed in 1955.")]);
    }

    #[test]
    fn a_numeral_at_the_end_keeps_its_word_and_the_full_stop_apart() {
        let ss = sentences(0, "It was signed at the end of World War I. It was ratified in 1920.", false);
        let words: Vec<&str> = (0..ss[0].len()).map(|i| ss[0].word(i)).collect();
        assert_eq!(&words[words.len() - 2..], ["I", "."]);
    }

    #[test]
    fn a_list_label_is_not_the_sentence_body() {
        let s = Sentence::new(0, 1, "NATO Operations: The North Atlantic Treaty Organization (NATO) exemplifies it.".into(), true);
        assert_eq!(s.word(s.body), "The");
        let s = Sentence::new(0, 1, "The ICRC, in Geneva: a body.".into(), false);
        assert_eq!(s.body, 0);
        let s = Sentence::new(0, 1, "The Treaty of Versailles (French: Traité de Versailles) was a peace treaty.".into(), false);
        assert_eq!(s.body, 0);
    }
}
