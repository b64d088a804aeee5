//! How an item is put to a learner, for the formats that ask questions. One decision
//! for all of them, so a GIFT quiz and a Kahoot game built from the same bank ask the
//! same thing: an item is asked in its preferred type (or the one `--type` names); the
//! order of the choices and which statement a true/false item shows follow from its id,
//! so every export of the same bank is the same.

use std::path::Path;

use super::Skipped;
use crate::bank::id::seed_of;
use crate::bank::model::BLANK;
use crate::bank::{Item, ItemType};

/// At most this many distractors beside the answer (the CSV bank holds three, Kahoot
/// shows four answers in all).
pub const MAX_DISTRACTORS: usize = 3;

/// One item in the shape of the question a learner sees.
#[derive(Debug, Clone, PartialEq)]
pub enum Asked<'a> {
    /// `choices` in display order; `correct` is the answer's index
    Mc { stem: &'a str, choices: Vec<&'a str>, correct: usize },
    /// a statement to judge, and whether it is true
    Tf { statement: &'a str, truth: bool },
    /// answers accepted when typed, the bank's answer first
    Short { stem: &'a str, answers: Vec<&'a str> },
    /// the statement around the gap, and the answers that fill it
    Cloze { before: &'a str, after: &'a str, answers: Vec<&'a str> },
}

/// An item and how it is asked.
#[derive(Debug, Clone)]
pub struct Question<'a> {
    pub item: &'a Item,
    pub asked: Asked<'a>,
}

/// The answer and its accepted variants, without repeats or empty ones.
fn answers(item: &Item) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for a in std::iter::once(&item.answer).chain(&item.accept) {
        if !a.trim().is_empty() && !out.iter().any(|o| o.trim() == a.trim()) {
            out.push(a);
        }
    }
    out
}

/// The item as a question of `ty`, or why it cannot be one.
pub fn ask(item: &Item, ty: ItemType) -> Result<Asked<'_>, String> {
    if item.answer.trim().is_empty() {
        return Err("the answer is empty".into());
    }
    let seed = seed_of(&item.id);
    match ty {
        ItemType::Mc => {
            let mut choices: Vec<&str> = Vec::new();
            for d in &item.distractors {
                // the importers refuse two equal choices, and trim them first
                let new = !d.trim().is_empty() && d.trim() != item.answer.trim() && !choices.iter().any(|c| c.trim() == d.trim());
                if new && choices.len() < MAX_DISTRACTORS {
                    choices.push(d);
                }
            }
            if choices.is_empty() {
                return Err("multiple choice needs a distractor".into());
            }
            non_empty(&item.question, "question")?;
            // the answer's place comes from the id: spread over the positions, fixed per item
            let correct = (seed % (choices.len() as u64 + 1)) as usize;
            choices.insert(correct, &item.answer);
            Ok(Asked::Mc { stem: &item.question, choices, correct })
        }
        ItemType::Tf => {
            non_empty(&item.statement, "true statement")?;
            // half the items (by id) show the statement made false, so "True" is not always right
            if seed % 2 == 1 && !item.false_statement.trim().is_empty() {
                Ok(Asked::Tf { statement: &item.false_statement, truth: false })
            } else {
                Ok(Asked::Tf { statement: &item.statement, truth: true })
            }
        }
        ItemType::Short => {
            non_empty(&item.question, "question")?;
            Ok(Asked::Short { stem: &item.question, answers: answers(item) })
        }
        ItemType::Cloze => match item.cloze.split_once(BLANK) {
            Some((before, after)) if !before.trim().is_empty() || !after.trim().is_empty() => Ok(Asked::Cloze { before, after, answers: answers(item) }),
            _ => Err(format!("the cloze text has no gap ({BLANK})")),
        },
    }
}

fn non_empty(text: &str, what: &str) -> Result<(), String> {
    if text.trim().is_empty() { Err(format!("the {what} is empty")) } else { Ok(()) }
}

/// Every item as a question (of `as_type` where given, else its preferred type), and
/// the items that cannot be asked so.
pub fn ask_all<'a>(items: &[&'a Item], as_type: Option<ItemType>) -> (Vec<Question<'a>>, Vec<Skipped>) {
    let mut questions = Vec::new();
    let mut skipped = Vec::new();
    for item in items {
        let ty = as_type.unwrap_or(item.item_type);
        match ask(item, ty) {
            Ok(asked) => questions.push(Question { item, asked }),
            Err(why) => skipped.push(Skipped { id: item.id.clone(), reason: format!("cannot be asked as {}: {why}", ty.as_str()) }),
        }
    }
    (questions, skipped)
}

/// The name of the item's source without folder and extension: its category or deck.
pub fn source_name(item: &Item) -> String {
    Path::new(&item.source.file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| item.source.file.clone())
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::bank::{SourceRef, Status};
    use crate::extract::Kind;

    /// A complete item that every type can ask.
    pub fn item(id: &str) -> Item {
        Item {
            id: id.into(),
            kind: Kind::Date,
            item_type: ItemType::Mc,
            types: ItemType::ALL.to_vec(),
            question: "In which year was NATO formed?".into(),
            answer: "1949".into(),
            accept: vec!["in 1949".into()],
            distractors: vec!["1945".into(), "1961".into(), "1942".into()],
            statement: "NATO was formed in 1949.".into(),
            false_statement: "NATO was formed in 1945.".into(),
            cloze: "NATO was formed in _____.".into(),
            explanation: "course/nato.txt, line 1: NATO was formed in 1949.".into(),
            source: SourceRef { file: "course/nato.txt".into(), line: 1 },
            sentence: "NATO was formed in 1949.".into(),
            tags: vec!["year".into()],
            status: Status::Generated,
            confidence: 0.9,
        }
    }

    #[test]
    fn the_answer_takes_the_place_the_id_gives() {
        let places: Vec<usize> = ["q000000000000", "q000000000001", "q000000000002", "q000000000003"]
            .iter()
            .map(|id| match ask(&item(id), ItemType::Mc).unwrap() {
                Asked::Mc { choices, correct, .. } => {
                    assert_eq!(choices[correct], "1949");
                    assert_eq!(choices.len(), 4);
                    correct
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(places, [0, 1, 2, 3]);
    }

    #[test]
    fn true_false_shows_the_false_statement_for_odd_ids() {
        assert_eq!(ask(&item("q000000000000"), ItemType::Tf).unwrap(), Asked::Tf { statement: "NATO was formed in 1949.", truth: true });
        assert_eq!(ask(&item("q000000000001"), ItemType::Tf).unwrap(), Asked::Tf { statement: "NATO was formed in 1945.", truth: false });
    }

    #[test]
    fn cloze_splits_at_the_gap_and_short_answers_list_variants_once() {
        let mut it = item("q000000000000");
        it.accept.push("1949".into());
        assert_eq!(ask(&it, ItemType::Cloze).unwrap(), Asked::Cloze { before: "NATO was formed in ", after: ".", answers: vec!["1949", "in 1949"] });
        assert_eq!(ask(&it, ItemType::Short).unwrap(), Asked::Short { stem: "In which year was NATO formed?", answers: vec!["1949", "in 1949"] });
    }

    #[test]
    fn what_cannot_be_asked_is_skipped_with_its_reason() {
        let mut it = item("q000000000000");
        it.distractors = vec!["1949".into(), " ".into()];
        it.cloze = String::new();
        let (asked, skipped) = ask_all(&[&it], Some(ItemType::Mc));
        assert!(asked.is_empty());
        assert_eq!(skipped[0].reason, "cannot be asked as mc: multiple choice needs a distractor");
        assert_eq!(ask(&it, ItemType::Cloze).unwrap_err(), "the cloze text has no gap (_____)");
    }
}
