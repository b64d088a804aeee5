//! From a gated fact to a bank item: id, the item types it supports, the true and false
//! statements, the cloze, the explanation that points back to the text.

use crate::bank::id::item_id;
use crate::bank::model::{BLANK, Item, ItemType, SourceRef, Status};
use crate::extract::{AnswerType, Fact};

/// A fact with where it was found.
#[derive(Debug, Clone)]
pub struct Found {
    pub fact: Fact,
    pub confidence: f32,
    /// source path as shown to users ("seeds/000_x.txt")
    pub source: String,
    pub line: usize,
    /// the source sentence as written (the item's id is made from it)
    pub sentence: String,
    /// the sentence with what its pronoun or "the treaty" stands for marked, when the
    /// question names it: "It [the Riverside Museum of Science] was opened …"; shown to
    /// learners and reviewers, so a question the sentence alone does not name is checkable
    pub marked: Option<String>,
}

impl Found {
    /// The sentence as learners see it: marked where the question names a referent.
    pub fn shown(&self) -> &str {
        self.marked.as_deref().unwrap_or(&self.sentence)
    }

    pub fn id(&self) -> String {
        item_id(self.fact.kind, &self.sentence, &self.fact.answer)
    }
}

/// Whether the answer is short enough to type.
fn typeable(f: &Fact) -> bool {
    !matches!(f.answer_type, AnswerType::List | AnswerType::Description | AnswerType::Purpose) && f.answer.split_whitespace().count() <= 6
}

pub fn item(found: &Found, id: String, distractors: Vec<String>) -> Item {
    let f = &found.fact;
    let statement = f.statement_with(&f.answer).unwrap_or_default();
    let false_statement = distractors.first().and_then(|d| f.statement_with(d)).unwrap_or_default();
    let cloze = f.statement_with(BLANK).unwrap_or_default();
    let mut types = Vec::new();
    if distractors.len() >= 3 {
        types.push(ItemType::Mc);
    }
    // Another organization's purpose may well be this one's too ("to promote peace"), so a
    // purpose made false with a distractor is not surely false: no true/false for purposes.
    if !statement.is_empty() && !false_statement.is_empty() && f.answer_type != AnswerType::Purpose {
        types.push(ItemType::Tf);
    }
    if typeable(f) {
        types.push(ItemType::Short);
    }
    if !cloze.is_empty() && typeable(f) {
        types.push(ItemType::Cloze);
    }
    if types.is_empty() {
        // a long answer with too few distractors: typed in, checked against the text
        types.push(ItemType::Short);
    }
    let item_type = types[0];
    Item {
        id,
        kind: f.kind,
        item_type,
        types,
        question: f.question.clone(),
        answer: f.answer.clone(),
        accept: f.accept.iter().filter(|a| **a != f.answer).cloned().collect(),
        distractors,
        statement,
        false_statement,
        cloze,
        explanation: format!("{}, line {}: {}", found.source, found.line, found.shown()),
        source: SourceRef { file: found.source.clone(), line: found.line },
        sentence: found.shown().to_string(),
        tags: vec![f.answer_type.tag().to_string()],
        status: Status::Generated,
        confidence: (found.confidence * 100.0).round() / 100.0,
    }
}
