//! Grading printed tests: the responses scored against the key (`responses`), the statistics
//! of every bank item and of the test (`analysis`), and the report an instructor reads to see
//! which questions to fix (`report`).

pub mod analysis;
pub mod report;
pub mod responses;

use std::collections::BTreeMap;

use crate::bank::ItemType;
use crate::print::key::{Key, KeyQuestion};
use responses::{Given, Sheet};

/// Facility above this: too easy (nearly everyone right, the item tells little).
pub const TOO_EASY: f64 = 0.9;
/// Facility below this: too hard (check the key and the wording first).
pub const TOO_HARD: f64 = 0.3;

/// What the class did with one bank item, over every version that asked it.
#[derive(Debug, Clone)]
pub struct ItemStats {
    pub id: String,
    pub item_type: ItemType,
    pub stem: String,
    /// the right answer in words (for true/false the true statement)
    pub answer: String,
    pub source: String,
    /// how many learners were asked it
    pub asked: usize,
    pub right: usize,
    pub facility: Option<f64>,
    pub discrimination: Option<f64>,
    /// how often each answer was given: the options (right answer first, then most chosen) for multiple choice,
    /// right and wrong for true/false, the written answers most frequent first; then "no answer"
    pub choices: Vec<(String, usize)>,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    TooEasy,
    TooHard,
    NegativeDiscrimination,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::TooEasy => "too easy",
            Flag::TooHard => "too hard",
            Flag::NegativeDiscrimination => "negative discrimination",
        }
    }
}

/// The whole analysis.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub sheets: Vec<Sheet>,
    /// in the order of first appearance: version A's question 1, 2, …, then items only later versions ask
    pub items: Vec<ItemStats>,
    /// Cronbach's alpha over the bank items, when every learner was asked the same items
    pub alpha: Option<f64>,
    /// whether the versions ask the same items (else alpha is not computed)
    pub same_items: bool,
}

pub fn analyse(key: &Key, sheets: Vec<Sheet>) -> Analysis {
    let mut order: Vec<&KeyQuestion> = Vec::new();
    for q in key.versions.iter().flat_map(|v| &v.questions) {
        if !order.iter().any(|o| o.id == q.id) {
            order.push(q);
        }
    }
    let totals: Vec<f64> = sheets.iter().map(|s| s.score() as f64).collect();
    let items = order.iter().map(|q| item_stats(key, q, &sheets, &totals)).collect();
    let same_items = {
        let set = |v: &crate::print::key::Version| {
            let mut ids: Vec<String> = v.questions.iter().map(|q| q.id.clone()).collect();
            ids.sort();
            ids
        };
        key.versions.windows(2).all(|w| set(&w[0]) == set(&w[1]))
    };
    let alpha = if same_items {
        let rows: Vec<Vec<f64>> = sheets
            .iter()
            .map(|s| order.iter().map(|q| s.answers.iter().find(|a| a.id == q.id).map_or(0.0, |a| f64::from(u8::from(a.correct)))).collect())
            .collect();
        analysis::cronbach_alpha(&rows)
    } else {
        None
    };
    Analysis { sheets, items, alpha, same_items }
}

fn item_stats(key: &Key, q: &KeyQuestion, sheets: &[Sheet], totals: &[f64]) -> ItemStats {
    let mut scores = Vec::new();
    let mut their_totals = Vec::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut omitted = 0;
    for (s, total) in sheets.iter().zip(totals) {
        let Some(a) = s.answers.iter().find(|a| a.id == q.id) else { continue };
        scores.push(f64::from(u8::from(a.correct)));
        their_totals.push(*total);
        // options are counted by their text: their letters differ between versions
        let version = key.versions.iter().find(|v| v.code == s.version);
        let asked = version.and_then(|v| v.questions.iter().find(|vq| vq.id == q.id));
        let label = match (&a.given, asked) {
            (Given::Omitted, _) => None,
            (Given::Option(i), Some(vq)) => vq.options.get(*i).cloned(),
            // a version may show the true or the false statement: what compares is right or wrong
            (Given::Bool(_), _) => Some(if a.correct { "right" } else { "wrong" }.to_string()),
            (Given::Text(t), _) => Some(if a.correct { q.answer_text.clone() } else { t.clone() }),
            (Given::Option(_), None) => None,
        };
        match label {
            Some(l) => *counts.entry(l).or_default() += 1,
            None => omitted += 1,
        }
    }
    let mut choices: Vec<(String, usize)> = match q.item_type {
        ItemType::Mc => {
            // the right answer first, then the distractors most chosen first; never-chosen ones show 0
            let mut opts: Vec<(String, usize)> = q.options.iter().map(|o| (o.clone(), counts.remove(o).unwrap_or(0))).collect();
            opts.sort_by(|a, b| (a.0 != q.answer_text).cmp(&(b.0 != q.answer_text)).then(b.1.cmp(&a.1)).then_with(|| a.0.cmp(&b.0)));
            opts
        }
        ItemType::Tf => ["right", "wrong"].map(|o| (o.to_string(), counts.remove(o).unwrap_or(0))).into_iter().collect(),
        _ => Vec::new(),
    };
    let mut rest: Vec<(String, usize)> = counts.into_iter().collect();
    rest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    choices.extend(rest);
    if omitted > 0 {
        choices.push(("no answer".to_string(), omitted));
    }
    let facility = analysis::facility(&scores);
    let discrimination = analysis::discrimination(&scores, &their_totals);
    let mut flags = Vec::new();
    if facility.is_some_and(|f| f > TOO_EASY) {
        flags.push(Flag::TooEasy);
    }
    if facility.is_some_and(|f| f < TOO_HARD) {
        flags.push(Flag::TooHard);
    }
    if discrimination.is_some_and(|d| d < 0.0) {
        flags.push(Flag::NegativeDiscrimination);
    }
    ItemStats {
        id: q.id.clone(),
        item_type: q.item_type,
        stem: q.stem.clone(),
        answer: q.answer_text.clone(),
        source: format!("{}:{}", q.source.file, q.source.line),
        asked: scores.len(),
        right: scores.iter().filter(|s| **s > 0.0).count(),
        facility,
        discrimination,
        choices,
        flags,
    }
}
