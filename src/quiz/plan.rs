//! Which questions a quiz asks, and how: the items are drawn and each is given a way of
//! asking (multiple choice with shuffled options, true or false, typed, or a blank to fill),
//! all from one seed, so the same seed gives the same quiz.

use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};

use crate::bank::{Item, ItemType};
use crate::quiz::matching::{Verdict, judge, normalize};

/// How one question is put to the learner.
#[derive(Debug, Clone, PartialEq)]
pub enum Asked {
    /// pick one option; `correct` is the answer's place among them
    Choice { options: Vec<String>, correct: usize },
    /// is this statement true?
    TrueFalse { statement: String, truth: bool },
    /// type the answer to the question
    Short,
    /// type what fills the blank of the statement
    Cloze,
}

/// One question of a quiz.
#[derive(Debug, Clone)]
pub struct Question<'a> {
    pub item: &'a Item,
    pub asked: Asked,
}

/// What the learner did with a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    Choice(usize),
    Bool(bool),
    Text(String),
}

impl Question<'_> {
    pub fn item_type(&self) -> ItemType {
        match self.asked {
            Asked::Choice { .. } => ItemType::Mc,
            Asked::TrueFalse { .. } => ItemType::Tf,
            Asked::Short => ItemType::Short,
            Asked::Cloze => ItemType::Cloze,
        }
    }

    /// The text the learner reads before answering.
    pub fn stem(&self) -> String {
        match &self.asked {
            Asked::Choice { .. } | Asked::Short => self.item.question.clone(),
            Asked::TrueFalse { statement, .. } => format!("True or false? {statement}"),
            Asked::Cloze => format!("Fill in the blank: {}", self.item.cloze),
        }
    }

    /// The right answer as the learner should see it in feedback.
    pub fn expected(&self) -> String {
        match &self.asked {
            Asked::Choice { options, correct } => format!("{}) {}", letter(*correct), options[*correct]),
            Asked::TrueFalse { truth: true, .. } => "True".to_string(),
            Asked::TrueFalse { truth: false, .. } => format!("False ({})", self.item.statement),
            Asked::Short | Asked::Cloze => self.item.answer.clone(),
        }
    }

    /// What the learner gave, written out for feedback and history.
    pub fn given(&self, r: &Response) -> String {
        match (r, &self.asked) {
            (Response::Choice(i), Asked::Choice { options, .. }) => options.get(*i).map_or_else(|| "?".to_string(), |o| format!("{}) {o}", letter(*i))),
            (Response::Bool(b), _) => if *b { "True" } else { "False" }.to_string(),
            (Response::Text(t), _) => t.clone(),
            _ => "?".to_string(),
        }
    }

    /// Judge a response; a response of the wrong shape for the question is wrong.
    pub fn judge(&self, r: &Response) -> Verdict {
        let right = match (&self.asked, r) {
            (Asked::Choice { correct, .. }, Response::Choice(i)) => i == correct,
            (Asked::TrueFalse { truth, .. }, Response::Bool(b)) => b == truth,
            (Asked::Short | Asked::Cloze, Response::Text(t)) => {
                let mut accepted = vec![self.item.answer.as_str()];
                accepted.extend(self.item.accept.iter().map(String::as_str));
                let distractors: Vec<&str> = self.item.distractors.iter().map(String::as_str).collect();
                return judge(t, &accepted, &distractors);
            }
            _ => false,
        };
        if right { Verdict::Exact } else { Verdict::Wrong }
    }
}

/// A, B, C, … for option `i`.
pub fn letter(i: usize) -> char {
    (b'A' + (i % 26) as u8) as char
}

/// The item types a quiz may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeChoice {
    /// each item asked in one of the ways it supports, picked with the seed
    Mixed,
    Only(ItemType),
}

impl TypeChoice {
    pub fn parse(s: &str) -> Option<TypeChoice> {
        if s == "mixed" { Some(TypeChoice::Mixed) } else { ItemType::parse(s).map(TypeChoice::Only) }
    }

    /// Whether the item can be asked this way: true/false and cloze need their texts, and
    /// multiple choice at least one distractor.
    pub fn allows(self, it: &Item) -> bool {
        usable_types(it).any(|t| self == TypeChoice::Mixed || self == TypeChoice::Only(t))
    }
}

fn usable_types(it: &Item) -> impl Iterator<Item = ItemType> + '_ {
    it.types.iter().copied().filter(|t| match t {
        ItemType::Mc => !it.distractors.is_empty(),
        ItemType::Tf => !it.statement.is_empty() && !it.false_statement.is_empty(),
        ItemType::Cloze => it.cloze.contains(crate::bank::model::BLANK),
        ItemType::Short => !it.answer.trim().is_empty(),
    })
}

/// Draw up to `count` of `pool` (already in the order of preference when `keep_order`, else
/// shuffled) and decide how each is asked.
pub fn plan<'a>(pool: &[&'a Item], count: usize, types: TypeChoice, seed: u64, keep_order: bool) -> Vec<Question<'a>> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut pool: Vec<&Item> = pool.iter().copied().filter(|it| types.allows(it)).collect();
    if !keep_order {
        pool.shuffle(&mut rng);
    }
    pool.truncate(count);
    pool.into_iter().map(|item| ask(item, types, &mut rng)).collect()
}

fn ask<'a>(item: &'a Item, types: TypeChoice, rng: &mut StdRng) -> Question<'a> {
    let usable: Vec<ItemType> = usable_types(item).collect();
    let t = match types {
        TypeChoice::Only(t) => t,
        // `plan` kept only items with a usable type
        TypeChoice::Mixed => *usable.choose(rng).unwrap_or(&ItemType::Short),
    };
    let asked = match t {
        ItemType::Mc => {
            // a hand-edited item may repeat the answer or a distractor: each option once
            let mut options: Vec<String> = vec![item.answer.clone()];
            for d in &item.distractors {
                if options.len() < 4 && !options.iter().any(|o| normalize(o) == normalize(d)) {
                    options.push(d.clone());
                }
            }
            options.shuffle(rng);
            let correct = options.iter().position(|o| *o == item.answer).unwrap_or(0);
            Asked::Choice { options, correct }
        }
        ItemType::Tf => {
            let truth = rng.random_bool(0.5);
            let statement = if truth { &item.statement } else { &item.false_statement };
            Asked::TrueFalse { statement: statement.clone(), truth }
        }
        ItemType::Short => Asked::Short,
        ItemType::Cloze => Asked::Cloze,
    };
    Question { item, asked }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bank::{SourceRef, Status};
    use crate::extract::Kind;

    /// A date item that supports every type.
    pub fn item(id: &str, answer: &str) -> Item {
        Item {
            id: id.to_string(),
            kind: Kind::Date,
            item_type: ItemType::Mc,
            types: ItemType::ALL.to_vec(),
            question: format!("When was {id} founded?"),
            answer: answer.to_string(),
            accept: vec![format!("in {answer}")],
            distractors: vec!["1900".into(), "1910".into(), "1920".into()],
            statement: format!("{id} was founded in {answer}."),
            false_statement: format!("{id} was founded in 1900."),
            cloze: format!("{id} was founded in _____."),
            explanation: String::new(),
            source: SourceRef { file: "course/a.txt".into(), line: 3 },
            sentence: format!("{id} was founded in {answer}."),
            tags: vec![],
            status: Status::Generated,
            confidence: 0.9,
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_quiz_and_another_seed_another() {
        let items: Vec<Item> = (0..20).map(|i| item(&format!("q{i:011x}"), "1949")).collect();
        let pool: Vec<&Item> = items.iter().collect();
        let a = plan(&pool, 10, TypeChoice::Mixed, 7, false);
        let b = plan(&pool, 10, TypeChoice::Mixed, 7, false);
        let c = plan(&pool, 10, TypeChoice::Mixed, 8, false);
        let key = |q: &[Question]| q.iter().map(|q| (q.item.id.clone(), q.asked.clone())).collect::<Vec<_>>();
        assert_eq!(key(&a), key(&b));
        assert_ne!(key(&a), key(&c));
        assert_eq!(a.len(), 10);
    }

    #[test]
    fn options_hold_the_answer_once_and_the_letter_points_at_it() {
        let it = item("q00000000001", "1949");
        for seed in 0..50 {
            let qs = plan(&[&it], 1, TypeChoice::Only(ItemType::Mc), seed, false);
            let Asked::Choice { options, correct } = &qs[0].asked else { panic!("multiple choice asked") };
            assert_eq!(options.len(), 4);
            assert_eq!(options[*correct], "1949");
            assert_eq!(options.iter().filter(|o| *o == "1949").count(), 1);
            assert!(qs[0].judge(&Response::Choice(*correct)).is_right());
            assert!(!qs[0].judge(&Response::Choice((*correct + 1) % 4)).is_right());
        }
    }

    #[test]
    fn repeated_options_of_a_hand_edited_item_are_shown_once() {
        let mut it = item("q00000000006", "1949");
        it.distractors = vec!["1949".into(), "1900".into(), "1900 ".into(), "1910".into(), "1920".into()];
        let q = &plan(&[&it], 1, TypeChoice::Only(ItemType::Mc), 1, false)[0];
        let Asked::Choice { options, .. } = &q.asked else { panic!("multiple choice asked") };
        let mut sorted = options.clone();
        sorted.sort();
        assert_eq!(sorted, ["1900", "1910", "1920", "1949"]);
    }

    #[test]
    fn a_type_filter_keeps_only_items_that_support_it() {
        let mut no_tf = item("q00000000002", "1950");
        no_tf.types = vec![ItemType::Mc, ItemType::Short];
        let mut no_distractors = item("q00000000003", "1951");
        no_distractors.distractors.clear();
        let pool = [&no_tf, &no_distractors];
        assert_eq!(plan(&pool, 10, TypeChoice::Only(ItemType::Tf), 1, false).len(), 1);
        let mc = plan(&pool, 10, TypeChoice::Only(ItemType::Mc), 1, false);
        assert_eq!(mc.iter().map(|q| q.item.id.as_str()).collect::<Vec<_>>(), ["q00000000002"]);
    }

    #[test]
    fn true_false_judges_the_statement_shown() {
        let it = item("q00000000004", "1949");
        let mut seen = [false, false];
        for seed in 0..40 {
            let q = &plan(&[&it], 1, TypeChoice::Only(ItemType::Tf), seed, false)[0];
            let Asked::TrueFalse { statement, truth } = &q.asked else { panic!("true/false asked") };
            assert_eq!(statement.contains("1949"), *truth);
            assert!(q.judge(&Response::Bool(*truth)).is_right());
            assert!(!q.judge(&Response::Bool(!truth)).is_right());
            seen[usize::from(*truth)] = true;
        }
        assert_eq!(seen, [true, true], "both true and false statements are asked");
    }

    #[test]
    fn typed_answers_use_the_accepted_variants() {
        let it = item("q00000000005", "4 April 1949");
        let q = &plan(&[&it], 1, TypeChoice::Only(ItemType::Short), 1, false)[0];
        assert!(q.judge(&Response::Text("in 4 April 1949".into())).is_right());
        assert!(q.judge(&Response::Text("4 april 1949".into())).is_right());
        assert!(!q.judge(&Response::Text("1949".into())).is_right());
        assert!(!q.judge(&Response::Choice(0)).is_right(), "a response of the wrong shape is wrong");
    }

    #[test]
    fn keep_order_asks_the_pool_in_the_given_order() {
        let items: Vec<Item> = (0..5).map(|i| item(&format!("q{i:011x}"), "1949")).collect();
        let pool: Vec<&Item> = items.iter().rev().collect();
        let qs = plan(&pool, 3, TypeChoice::Mixed, 3, true);
        assert_eq!(qs.iter().map(|q| q.item.id.as_str()).collect::<Vec<_>>(), ["q00000000004", "q00000000003", "q00000000002"]);
    }
}
