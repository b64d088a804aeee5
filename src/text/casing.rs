//! How a document writes its words when nothing forces a capital: a word that the text
//! writes in lower case inside sentences ("interoperability") is an ordinary word, and
//! one it always capitalises ("Cargo", "Galileo") is a name. Questions use this to
//! lower a sentence-initial capital only where the text itself does.

use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};

use super::Sentence;
use super::words::with_lower;

#[derive(Debug, Default, Clone)]
pub struct Casing {
    /// lower-case form -> (seen in lower case, seen capitalised) away from a sentence start
    seen: HashMap<String, (bool, bool)>,
}

impl Casing {
    pub fn learn(sentences: &[Sentence]) -> Casing {
        let mut seen: HashMap<String, (bool, bool)> = HashMap::default();
        for s in sentences {
            for i in s.body + 1..s.len() {
                let w = s.word(i);
                let Some(first) = w.chars().next() else { continue };
                if !first.is_alphabetic() {
                    continue;
                }
                // after a colon or an opening quote a capital is forced too; code in
                // backticks keeps its own case
                if matches!(s.word(i - 1), ":" | "“" | "\"" | "(" | "`") {
                    continue;
                }
                let key = if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
                    std::borrow::Cow::Owned(w.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(w)
                };
                let e = match seen.get_mut(key.as_ref()) {
                    Some(e) => e,
                    None => seen.entry(key.into_owned()).or_default(),
                };
                if first.is_lowercase() {
                    e.0 = true;
                } else {
                    e.1 = true;
                }
            }
        }
        Casing { seen }
    }

    /// Some(true) when the text writes the word in lower case only, Some(false) when it
    /// always capitalises it, None when it never writes it away from a sentence start or
    /// writes it both ways.
    pub fn prefers_lower(&self, word: &str) -> Option<bool> {
        match with_lower(word, |l| self.seen.get(l).copied()) {
            Some((true, false)) => Some(true),
            Some((false, true)) => Some(false),
            // written both ways ("International Committee", "international law"): no evidence
            _ => None,
        }
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Casing>> = const { RefCell::new(None) };
    /// which `with_casing` call `CURRENT` comes from (0: none)
    static CURRENT_ID: Cell<u32> = const { Cell::new(0) };
    /// how many times `document_prefers_lower` was asked on this thread (wrapping)
    static READS: Cell<u32> = const { Cell::new(0) };
}

/// Ids of `with_casing` calls, unique in the process.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// Run `f` with `casing` as the document's casing for this thread.
pub fn with_casing<T>(casing: Casing, f: impl FnOnce() -> T) -> T {
    CURRENT.with(|c| *c.borrow_mut() = Some(casing));
    CURRENT_ID.with(|id| id.set(NEXT_ID.fetch_add(1, Ordering::Relaxed)));
    let out = f();
    CURRENT.with(|c| *c.borrow_mut() = None);
    CURRENT_ID.with(|id| id.set(0));
    out
}

/// Which casing `document_prefers_lower` answers from on this thread: equal ids mean
/// equal answers, so what was worked out from them may be kept (see `Sentence::memo`).
pub fn casing_id() -> u32 {
    CURRENT_ID.with(Cell::get)
}

/// A count that changes whenever `document_prefers_lower` is asked: an answer worked
/// out while it stays the same holds for any casing (see `Sentence::memo`).
pub fn casing_reads() -> u32 {
    READS.with(Cell::get)
}

/// Count a read of the casing that was made earlier and is now reused.
pub fn note_casing_read() {
    READS.with(|r| r.set(r.get().wrapping_add(1)));
}

/// What the current document says about the word's case, if anything.
pub fn document_prefers_lower(word: &str) -> Option<bool> {
    note_casing_read();
    CURRENT.with(|c| c.borrow().as_ref().and_then(|cs| cs.prefers_lower(word)))
}
