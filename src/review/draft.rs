//! A reviewer's change to an item's content: the four fields a person edits (question,
//! answer, distractors, accepted variants), the checks an edit must pass, and the item it
//! makes, with the derived true/false statements and cloze kept consistent.

use thiserror::Error;

use crate::bank::model::{BLANK, Item, ItemType, Status};
use crate::distractors::normalize;

/// The editable fields of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub question: String,
    pub answer: String,
    pub distractors: Vec<String>,
    pub accept: Vec<String>,
}

/// Why an edit was refused; each names the field it is about.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Invalid {
    #[error("question: must not be empty")]
    EmptyQuestion,
    #[error("answer: must not be empty")]
    EmptyAnswer,
    #[error("distractor {n} \"{text}\" is the answer")]
    DistractorIsAnswer { n: usize, text: String },
    #[error("distractor {n} \"{text}\" contains the answer")]
    DistractorContainsAnswer { n: usize, text: String },
    #[error("distractor {n} \"{text}\" is part of the answer, so it is not wrong")]
    DistractorInAnswer { n: usize, text: String },
    #[error("distractor {n} \"{text}\" repeats distractor {first}")]
    DuplicateDistractor { n: usize, first: usize, text: String },
    #[error("accepted answer \"{text}\" is also distractor {n}")]
    AcceptedIsDistractor { n: usize, text: String },
}

impl Draft {
    pub fn of(item: &Item) -> Draft {
        Draft { question: item.question.clone(), answer: item.answer.clone(), distractors: item.distractors.clone(), accept: item.accept.clone() }
    }

    /// The same draft with surrounding white space trimmed, empty list entries dropped, and
    /// accepted variants that repeat the answer or each other dropped.
    pub fn tidy(mut self) -> Draft {
        self.question = self.question.trim().to_string();
        self.answer = self.answer.trim().to_string();
        self.distractors = self.distractors.iter().map(|d| d.trim().to_string()).filter(|d| !d.is_empty()).collect();
        let mut accept: Vec<String> = Vec::new();
        for a in self.accept.iter().map(|a| a.trim()) {
            if !a.is_empty() && a != self.answer && !accept.iter().any(|b| b == a) {
                accept.push(a.to_string());
            }
        }
        self.accept = accept;
        self
    }

    /// Check the draft (taken as tidied) against the rules every item keeps.
    pub fn check(&self) -> Result<(), Invalid> {
        if self.question.is_empty() {
            return Err(Invalid::EmptyQuestion);
        }
        if self.answer.is_empty() {
            return Err(Invalid::EmptyAnswer);
        }
        let answer = key(&self.answer);
        let mut seen: Vec<String> = Vec::new();
        for (i, d) in self.distractors.iter().enumerate() {
            let (n, text, k) = (i + 1, d.clone(), key(d));
            if k == answer {
                return Err(Invalid::DistractorIsAnswer { n, text });
            }
            if contains_words(&k, &answer) {
                return Err(Invalid::DistractorContainsAnswer { n, text });
            }
            // "Geneva" for the answer "Geneva, Switzerland" is not wrong
            if contains_words(&answer, &k) {
                return Err(Invalid::DistractorInAnswer { n, text });
            }
            if let Some(first) = seen.iter().position(|s| *s == k) {
                return Err(Invalid::DuplicateDistractor { n, first: first + 1, text });
            }
            seen.push(k);
        }
        for a in &self.accept {
            if let Some(i) = seen.iter().position(|s| *s == key(a)) {
                return Err(Invalid::AcceptedIsDistractor { n: i + 1, text: a.clone() });
            }
        }
        Ok(())
    }
}

/// The accepted variants that still fit a new answer: those that contain it ("in 1949"
/// for "1949"). Used when the answer changes and nobody said what to accept, so that
/// "in 1949" is not kept as right once the answer is "1950".
pub fn fitting_accepts(accept: &[String], answer: &str) -> Vec<String> {
    let answer = key(answer);
    accept.iter().filter(|a| contains_words(&key(a), &answer)).cloned().collect()
}

/// What a text is compared by: `normalize`d words ("The Hague" and "the hague" are one
/// answer); a text of stop words only ("A") compares as itself, lower-cased.
fn key(s: &str) -> String {
    let k = normalize(s);
    if k.is_empty() { s.trim().to_lowercase() } else { k }
}

/// Whether the words of `inner` occur as a run in `outer` ("1949" in "april 1949", but
/// "rome" not in "romeo").
fn contains_words(outer: &str, inner: &str) -> bool {
    format!(" {outer} ").contains(&format!(" {inner} "))
}

/// What an applied draft changed, so the caller can say it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Applied {
    /// names of the fields that changed
    pub changed: Vec<&'static str>,
    /// the true/false and cloze forms were dropped because they may no longer fit
    pub dropped_statement: bool,
}

/// The item with the draft's content, saved as `edited`, or why the draft is refused (the
/// item is then left as it was). The draft is tidied first.
///
/// The true/false statements and the cloze are built from the sentence around the
/// answer's slot, which the generator stored as the cloze ("NATO was formed in _____.").
/// They are rebuilt from that frame, never left stale:
/// - a new answer alone corrects what fills the slot (a padded or cut span, an article),
///   so the statement is the frame with the new answer;
/// - new distractors alone make a new false statement from the first one;
/// - a new question alone rewords the stem; the statement still states the sourced fact;
/// - a new question *and* a new answer may ask another fact altogether ("Where is NATO
///   based?" → Brussels would make "NATO was formed in Brussels." true): nothing tells
///   whether the frame still fits, so true/false and cloze are dropped rather than risk a
///   true/false statement that contradicts the answer.
pub fn apply(item: &Item, draft: Draft) -> Result<(Item, Applied), Invalid> {
    let draft = draft.tidy();
    draft.check()?;
    let mut applied = Applied::default();
    let question_changed = draft.question != item.question;
    let answer_changed = draft.answer != item.answer;
    for (name, changed) in [
        ("question", question_changed),
        ("answer", answer_changed),
        ("distractors", draft.distractors != item.distractors),
        ("accept", draft.accept != item.accept),
    ] {
        if changed {
            applied.changed.push(name);
        }
    }
    let mut out = item.clone();
    if applied.changed.is_empty() {
        return Ok((out, applied));
    }
    let frame = frame(item).filter(|_| !(question_changed && answer_changed));
    applied.dropped_statement = frame.is_none() && !item.statement.is_empty();
    match frame {
        Some((before, after)) => {
            out.statement = format!("{before}{}{after}", draft.answer);
            out.false_statement = draft.distractors.first().map(|d| format!("{before}{d}{after}")).unwrap_or_default();
        }
        None => {
            out.statement.clear();
            out.false_statement.clear();
            out.cloze.clear();
        }
    }
    out.types = types_after(item, &out, draft.distractors.len());
    if !out.types.contains(&out.item_type) {
        out.item_type = out.types[0];
    }
    out.question = draft.question;
    out.answer = draft.answer;
    out.distractors = draft.distractors;
    out.accept = draft.accept;
    out.status = Status::Edited;
    Ok((out, applied))
}

/// The text before and after the answer's slot, if the item's statement and cloze agree
/// on it (a bank edited by hand may not).
fn frame(item: &Item) -> Option<(String, String)> {
    let (before, after) = item.cloze.split_once(BLANK)?;
    (item.statement == format!("{before}{}{after}", item.answer)).then(|| (before.to_string(), after.to_string()))
}

/// The types the edited item supports, in the generator's order: multiple choice needs
/// three distractors, true/false both statements; short answer and cloze stay as the
/// generator judged the answer (typeable or not), cloze only while its frame is kept.
fn types_after(old: &Item, new: &Item, distractors: usize) -> Vec<ItemType> {
    let mut types = Vec::new();
    if distractors >= 3 {
        types.push(ItemType::Mc);
    }
    if !new.statement.is_empty() && !new.false_statement.is_empty() {
        types.push(ItemType::Tf);
    }
    if old.types.contains(&ItemType::Short) {
        types.push(ItemType::Short);
    }
    if old.types.contains(&ItemType::Cloze) && !new.cloze.is_empty() {
        types.push(ItemType::Cloze);
    }
    if types.is_empty() {
        // as the generator does: an answer can always be typed in and checked
        types.push(ItemType::Short);
    }
    types
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The export tests' complete NATO item (every type, three distractors).
    fn nato() -> Item {
        crate::export::ask::tests::item("q622705de544")
    }

    fn with(f: impl FnOnce(&mut Draft)) -> Draft {
        let mut d = Draft::of(&nato());
        f(&mut d);
        d
    }

    #[test]
    fn a_new_answer_fills_the_same_slot_of_the_statement() {
        let (it, applied) = apply(&nato(), with(|d| d.answer = "April 1949".into())).unwrap();
        assert_eq!(it.statement, "NATO was formed in April 1949.");
        assert_eq!(it.false_statement, "NATO was formed in 1945.");
        assert_eq!(it.cloze, "NATO was formed in _____.");
        assert_eq!(it.types, nato().types);
        assert_eq!(it.status, Status::Edited);
        assert_eq!(applied.changed, ["answer"]);
        assert!(!applied.dropped_statement);
    }

    #[test]
    fn new_distractors_make_a_new_false_statement() {
        let (it, _) = apply(&nato(), with(|d| d.distractors = vec!["1950".into(), "1939".into(), "1961".into()])).unwrap();
        assert_eq!(it.false_statement, "NATO was formed in 1950.");
        assert_eq!(it.statement, "NATO was formed in 1949.");
    }

    #[test]
    fn fewer_than_three_distractors_is_no_multiple_choice_and_none_no_true_false() {
        let (it, _) = apply(&nato(), with(|d| d.distractors.truncate(1))).unwrap();
        assert_eq!(it.types, [ItemType::Tf, ItemType::Short, ItemType::Cloze]);
        assert_eq!(it.item_type, ItemType::Tf);
        let (it, _) = apply(&nato(), with(|d| d.distractors.clear())).unwrap();
        assert_eq!(it.types, [ItemType::Short, ItemType::Cloze]);
        assert!(it.false_statement.is_empty());
        assert_eq!(it.item_type, ItemType::Short);
    }

    #[test]
    fn a_new_question_alone_keeps_the_statement() {
        let (it, applied) = apply(&nato(), with(|d| d.question = "In what year was NATO formed?".into())).unwrap();
        assert_eq!(it.statement, nato().statement);
        assert_eq!(it.types, nato().types);
        assert_eq!(applied.changed, ["question"]);
    }

    #[test]
    fn a_new_question_and_answer_drop_true_false_and_cloze() {
        let (it, applied) = apply(
            &nato(),
            with(|d| {
                d.question = "Where is NATO headquartered?".into();
                d.answer = "Brussels".into();
                d.distractors = vec!["Paris".into(), "Geneva".into(), "Vienna".into()];
            }),
        )
        .unwrap();
        assert!(it.statement.is_empty() && it.false_statement.is_empty() && it.cloze.is_empty(), "{it:?}");
        assert_eq!(it.types, [ItemType::Mc, ItemType::Short]);
        assert!(applied.dropped_statement);
    }

    #[test]
    fn a_hand_edited_statement_that_disagrees_with_the_cloze_is_not_rebuilt() {
        let mut old = nato();
        old.statement = "Something else entirely.".into();
        let (it, applied) = apply(&old, with(|d| d.answer = "April 1949".into())).unwrap();
        assert!(it.statement.is_empty() && it.cloze.is_empty());
        assert!(!it.types.contains(&ItemType::Tf) && !it.types.contains(&ItemType::Cloze));
        assert!(applied.dropped_statement);
    }

    #[test]
    fn an_unchanged_draft_changes_nothing() {
        let (it, applied) = apply(&nato(), with(|d| d.question.push_str("  "))).unwrap();
        assert_eq!(it, nato());
        assert!(applied.changed.is_empty());
    }

    #[test]
    fn each_rule_names_its_field() {
        let cases: Vec<(Draft, &str)> = vec![
            (with(|d| d.question = "  ".into()), "question: must not be empty"),
            (with(|d| d.answer = "".into()), "answer: must not be empty"),
            (with(|d| d.distractors[1] = "1949".into()), "distractor 2 \"1949\" is the answer"),
            (with(|d| d.distractors[0] = "in April 1949".into()), "distractor 1 \"in April 1949\" contains the answer"),
            (with(|d| d.distractors[2] = "1945".into()), "distractor 3 \"1945\" repeats distractor 1"),
            (with(|d| d.accept = vec!["1961".into()]), "accepted answer \"1961\" is also distractor 2"),
        ];
        for (draft, message) in cases {
            assert_eq!(apply(&nato(), draft).unwrap_err().to_string(), message);
        }
        let geneva = Draft { question: "Where?".into(), answer: "Geneva, Switzerland".into(), distractors: vec!["Geneva".into()], accept: vec![] };
        assert_eq!(geneva.check().unwrap_err().to_string(), "distractor 1 \"Geneva\" is part of the answer, so it is not wrong");
    }

    #[test]
    fn words_are_compared_whole_and_without_case() {
        let d = Draft { question: "Who?".into(), answer: "Rome".into(), distractors: vec!["Romeo".into(), "THE ROME".into()], accept: vec![] };
        assert_eq!(d.check().unwrap_err(), Invalid::DistractorIsAnswer { n: 2, text: "THE ROME".into() });
    }

    #[test]
    fn tidy_trims_and_drops_empty_and_repeated_entries() {
        let d = Draft {
            question: " Q? ".into(),
            answer: " 1949 ".into(),
            distractors: vec![" 1945".into(), "".into()],
            accept: vec!["1949".into(), "in 1949".into(), " in 1949 ".into()],
        }
        .tidy();
        assert_eq!(d, Draft { question: "Q?".into(), answer: "1949".into(), distractors: vec!["1945".into()], accept: vec!["in 1949".into()] });
    }

    #[test]
    fn accepted_variants_that_no_longer_fit_are_dropped() {
        let accept = vec!["in 1949".into(), "the year 1950".into()];
        assert_eq!(fitting_accepts(&accept, "1950"), ["the year 1950"]);
        assert!(fitting_accepts(&accept, "1951").is_empty());
    }
}
