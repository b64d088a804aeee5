//! The versions of a printed test, all from one seed: which items each version asks, in
//! which order, and with which options. The quiz's planner (`quiz::plan`) does the drawing
//! and the option shuffling, so a printed question is asked exactly as the quiz would ask it.

use std::collections::HashSet;

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use thiserror::Error;

use super::key::{FORMAT, Key, KeyQuestion, Version};
use crate::bank::Item;
use crate::extract::Kind;
use crate::quiz::matching::normalize;
use crate::quiz::plan::{Asked, Question, TypeChoice, letter, plan};

/// What to print.
#[derive(Debug, Clone)]
pub struct Spec {
    pub title: String,
    pub versions: usize,
    pub seed: u64,
    pub types: TypeChoice,
    pub draw: Draw,
}

/// How each version gets its questions.
#[derive(Debug, Clone)]
pub enum Draw {
    /// the same items in every version, each in its own order
    Same(usize),
    /// each version draws its own items: so many of each kind
    PerKind(Vec<(Kind, usize)>),
}

#[derive(Debug, Error, PartialEq)]
pub enum DrawError {
    /// more questions asked for than there are items: the message says how many there are
    #[error("{0}")]
    TooFew(String),
}

/// Build every version of the test from the selected items (in bank order). `what` says
/// which items these are, for the error when there are too few.
pub fn build(items: &[&Item], spec: &Spec, what: &str) -> Result<Key, DrawError> {
    // the same question from two sources (a fact that two texts state) is asked once
    let mut questions = HashSet::new();
    let distinct: Vec<&Item> = items.iter().copied().filter(|it| questions.insert(normalize(&it.question))).collect();
    let usable: Vec<&Item> = distinct.iter().copied().filter(|it| spec.types.allows(it)).collect();
    let versions = match &spec.draw {
        Draw::Same(count) => {
            check_enough(*count, [usable.len(), distinct.len(), items.len()], spec.types, what)?;
            // one draw decides the items and how each is asked; every version then orders
            // them and shuffles their options itself
            let base = plan(&usable, *count, spec.types, spec.seed, false);
            (0..spec.versions).map(|v| version(v, &base, spec.seed)).collect()
        }
        Draw::PerKind(parts) => {
            for (kind, n) in parts {
                let of_kind = |list: &[&Item]| list.iter().filter(|it| it.kind == *kind).count();
                let counts = [of_kind(&usable), of_kind(&distinct), of_kind(items)];
                check_enough(*n, counts, spec.types, &format!("of kind {} {what}", kind.as_str()))?;
            }
            (0..spec.versions)
                .map(|v| {
                    let mut drawn = Vec::new();
                    for (k, (kind, n)) in parts.iter().enumerate() {
                        let of_kind: Vec<&Item> = usable.iter().copied().filter(|it| it.kind == *kind).collect();
                        drawn.extend(plan(&of_kind, *n, spec.types, derive(spec.seed, &[v as u64, k as u64, 1]), false));
                    }
                    version(v, &drawn, spec.seed)
                })
                .collect()
        }
    };
    Ok(Key { format: FORMAT, title: spec.title.clone(), seed: spec.seed, versions })
}

/// `[usable, distinct, all]`: the items that can be asked as the test asks, those of them
/// with a question of their own, and all that match the filters.
fn check_enough(asked: usize, [usable, distinct, all]: [usize; 3], types: TypeChoice, what: &str) -> Result<(), DrawError> {
    if usable >= asked {
        return Ok(());
    }
    let mut message = match types {
        TypeChoice::Only(t) if usable < distinct => {
            format!("asked for {asked} questions, but only {usable} of the {distinct} items that {what} can be asked as {}", t.as_str())
        }
        _ => format!("asked for {asked} questions, but only {usable} items {what}"),
    };
    if all > distinct {
        message.push_str(&format!("; {} more repeat the question of another item", all - distinct));
    }
    Err(DrawError::TooFew(message))
}

/// Version `v` of the drawn questions: its own order, and each question's options shuffled again.
fn version(v: usize, drawn: &[Question], seed: u64) -> Version {
    let mut order: Vec<&Question> = drawn.iter().collect();
    order.shuffle(&mut StdRng::seed_from_u64(derive(seed, &[v as u64, 0])));
    let questions = order
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            // the planner, given one item and its type, shuffles the options or picks the statement
            let asked = plan(&[q.item], 1, TypeChoice::Only(q.item_type()), derive(seed, &[v as u64, 2, i as u64]), true).remove(0);
            key_question(i + 1, &asked)
        })
        .collect();
    Version { code: code(v), questions }
}

fn key_question(number: usize, q: &Question) -> KeyQuestion {
    let it = q.item;
    let written = matches!(q.asked, Asked::Short | Asked::Cloze);
    let (options, answer, answer_text) = match &q.asked {
        Asked::Choice { options, correct } => (options.clone(), letter(*correct).to_string(), options[*correct].clone()),
        Asked::TrueFalse { truth, .. } => {
            (vec!["True".to_string(), "False".to_string()], if *truth { "True" } else { "False" }.to_string(), it.statement.clone())
        }
        Asked::Short | Asked::Cloze => (Vec::new(), it.answer.clone(), it.answer.clone()),
    };
    KeyQuestion {
        number,
        id: it.id.clone(),
        kind: it.kind,
        item_type: q.item_type(),
        stem: q.stem(),
        options,
        answer,
        answer_text,
        // what judges a written answer; marked answers need only the letter
        accept: if written { it.accept.clone() } else { Vec::new() },
        distractors: if written { it.distractors.clone() } else { Vec::new() },
        source: it.source.clone(),
        sentence: it.sentence.clone(),
    }
}

/// A, B, …, Z, AA, AB, … (spreadsheet column names: short, and never mistaken for a question number).
pub fn code(v: usize) -> String {
    let mut n = v + 1;
    let mut s = Vec::new();
    while n > 0 {
        n -= 1;
        s.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII letters")
}

/// A seed for one part of the test, mixed from the test's seed (splitmix64 steps), so that
/// the versions' shuffles are independent of each other and of the draw.
fn derive(seed: u64, parts: &[u64]) -> u64 {
    let mut x = seed;
    for p in parts {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15).wrapping_add(*p).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x ^= x >> 31;
        x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^= x >> 29;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::ItemType;
    use crate::quiz::plan::tests::item;

    fn items(n: usize) -> Vec<Item> {
        (0..n).map(|i| item(&format!("q{i:011x}"), &format!("{}", 1900 + i))).collect()
    }

    fn spec(versions: usize, draw: Draw, types: TypeChoice) -> Spec {
        Spec { title: "T".into(), versions, seed: 42, types, draw }
    }

    fn ids(v: &Version) -> Vec<&str> {
        v.questions.iter().map(|q| q.id.as_str()).collect()
    }

    #[test]
    fn every_version_asks_the_same_items_in_its_own_order() {
        let all = items(30);
        let pool: Vec<&Item> = all.iter().collect();
        let key = build(&pool, &spec(4, Draw::Same(10), TypeChoice::Only(ItemType::Mc)), "match").unwrap();
        assert_eq!(key.versions.iter().map(|v| v.code.as_str()).collect::<Vec<_>>(), ["A", "B", "C", "D"]);
        let mut first = ids(&key.versions[0]);
        first.sort();
        for v in &key.versions {
            let mut these = ids(v);
            these.sort();
            assert_eq!(these, first, "version {} asks the same items", v.code);
            assert_eq!(v.questions.iter().map(|q| q.number).collect::<Vec<_>>(), (1..=10).collect::<Vec<_>>());
        }
        assert_ne!(ids(&key.versions[0]), ids(&key.versions[1]), "orders differ");
        // the options of one item differ between versions (10 items: all equal by chance is 1 in 24^10)
        let options = |v: &Version| {
            let mut o: Vec<(String, Vec<String>)> = v.questions.iter().map(|q| (q.id.clone(), q.options.clone())).collect();
            o.sort();
            o
        };
        assert_ne!(options(&key.versions[0]), options(&key.versions[1]));
    }

    #[test]
    fn the_same_seed_gives_the_same_test() {
        let all = items(30);
        let pool: Vec<&Item> = all.iter().collect();
        let s = spec(3, Draw::Same(8), TypeChoice::Mixed);
        assert_eq!(build(&pool, &s, "match").unwrap(), build(&pool, &s, "match").unwrap());
        let other = Spec { seed: 43, ..s.clone() };
        assert_ne!(build(&pool, &s, "match").unwrap(), build(&pool, &other, "match").unwrap());
    }

    #[test]
    fn the_key_letter_points_at_the_answer() {
        let all = items(12);
        let pool: Vec<&Item> = all.iter().collect();
        let key = build(&pool, &spec(5, Draw::Same(12), TypeChoice::Only(ItemType::Mc)), "match").unwrap();
        for q in key.versions.iter().flat_map(|v| &v.questions) {
            let i = (q.answer.as_bytes()[0] - b'A') as usize;
            assert_eq!(q.options[i], q.answer_text);
            let it = all.iter().find(|it| it.id == q.id).unwrap();
            assert_eq!(q.answer_text, it.answer);
            assert_eq!(q.sentence, it.sentence);
        }
    }

    #[test]
    fn too_few_items_says_how_many_there_are() {
        let mut all = items(5);
        all[0].types = vec![ItemType::Short];
        let pool: Vec<&Item> = all.iter().collect();
        let err = build(&pool, &spec(2, Draw::Same(9), TypeChoice::Mixed), "match (status generated)").unwrap_err();
        assert_eq!(err.to_string(), "asked for 9 questions, but only 5 items match (status generated)");
        let err = build(&pool, &spec(2, Draw::Same(5), TypeChoice::Only(ItemType::Tf)), "match").unwrap_err();
        assert_eq!(err.to_string(), "asked for 5 questions, but only 4 of the 5 items that match can be asked as tf");
    }

    #[test]
    fn per_kind_pools_draw_so_many_of_each_kind_per_version() {
        let mut all = items(20);
        for it in &mut all[10..] {
            it.kind = Kind::Acronym;
        }
        let pool: Vec<&Item> = all.iter().collect();
        let key = build(&pool, &spec(6, Draw::PerKind(vec![(Kind::Date, 2), (Kind::Acronym, 3)]), TypeChoice::Mixed), "match").unwrap();
        for v in &key.versions {
            assert_eq!(v.questions.iter().filter(|q| q.kind == Kind::Date).count(), 2);
            assert_eq!(v.questions.iter().filter(|q| q.kind == Kind::Acronym).count(), 3);
        }
        let distinct: std::collections::BTreeSet<Vec<&str>> = key
            .versions
            .iter()
            .map(|v| {
                let mut i = ids(v);
                i.sort();
                i
            })
            .collect();
        assert!(distinct.len() > 1, "versions draw their own items");
        let err = build(&pool, &spec(1, Draw::PerKind(vec![(Kind::Acronym, 11)]), TypeChoice::Mixed), "match").unwrap_err();
        assert_eq!(err.to_string(), "asked for 11 questions, but only 10 items of kind acronym match");
    }

    #[test]
    fn a_question_two_sources_give_is_asked_once() {
        let mut all = items(3);
        all[2].question = all[0].question.to_uppercase();
        let pool: Vec<&Item> = all.iter().collect();
        let err = build(&pool, &spec(1, Draw::Same(3), TypeChoice::Mixed), "match").unwrap_err();
        assert_eq!(err.to_string(), "asked for 3 questions, but only 2 items match; 1 more repeat the question of another item");
    }

    #[test]
    fn version_codes_go_on_past_z() {
        assert_eq!([0, 1, 25, 26, 27, 51, 52].map(code), ["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
    }
}
