//! `quizgen check`: the bank linted against item-writing rules (Haladyna's guidelines, as
//! GUIDE.md section 3 applies them). Each rule is one function from an item (or the whole
//! bank, for duplicates) to findings; an error is an item that should not be asked as it
//! is, a warning one worth a look.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::bank::model::BLANK;
use crate::bank::{Item, ItemType};
use crate::quiz::matching::normalize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem of one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub severity: Severity,
    pub rule: &'static str,
    pub message: String,
    pub file: String,
    pub line: usize,
}

/// Two stems asking for the same answer are near-duplicates from this share of shared words on.
const NEAR_DUPLICATE: f64 = 0.5;
/// Two stems are about the same thing from this share of shared content words on (at least two).
const SAME_SUBJECT: f64 = 0.6;
/// Options are very unequal when the longest is this many times the shortest…
const LENGTH_RATIO: f64 = 2.5;
/// …and longer by at least this many characters (2 against 5 letters is no cue).
const LENGTH_GAP: usize = 12;

/// Every finding for `items`, item by item in bank order, errors before warnings.
pub fn check(items: &[&Item]) -> Vec<Finding> {
    let mut findings = duplicates(items);
    for it in items {
        for (severity, rule, message) in [
            answer_in_stem(it),
            duplicate_options(it),
            option_contains_answer(it),
            unequal_options(it),
            few_distractors(it),
            missing_source(it),
            stem_ending(it),
        ]
        .into_iter()
        .flatten()
        {
            findings.push(finding(it, severity, rule, message));
        }
    }
    let place: HashMap<&str, usize> = items.iter().enumerate().map(|(i, it)| (it.id.as_str(), i)).collect();
    findings.sort_by_key(|f| (place.get(f.id.as_str()).copied(), f.severity));
    findings
}

type Found = Option<(Severity, &'static str, String)>;

fn finding(it: &Item, severity: Severity, rule: &'static str, message: String) -> Finding {
    Finding { id: it.id.clone(), severity, rule, message, file: it.source.file.clone(), line: it.source.line }
}

/// The same question twice (an error: a test could ask it twice), or a near-duplicate (a
/// warning): another item asking for the same answer in much the same words, or asking about
/// the same thing in other words ("What is military diplomacy?", "What does military diplomacy
/// encompass?"), which in one test gives one answer away or has two right ones. Stems made
/// from one template ("What does the abbreviation X stand for?") share their template words,
/// so only the words outside the templates count for the second kind.
fn duplicates(items: &[&Item]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, &Item> = HashMap::new();
    let mut by_answer: HashMap<String, Vec<&Item>> = HashMap::new();
    // content word -> the earlier items whose stems have it
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut contents: Vec<HashSet<String>> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let q = normalize(&it.question);
        let words = content_words(&q);
        contents.push(words.clone());
        if let Some(first) = seen.get(&q) {
            out.push(finding(it, Severity::Error, "duplicate-question", format!("the same question as {} ({})", first.id, first.question)));
            continue;
        }
        seen.insert(q, it);
        let group = by_answer.entry(normalize(&it.answer)).or_default();
        let same_answer = group.iter().find(|o| jaccard(&o.question, &it.question) >= NEAR_DUPLICATE).copied();
        group.push(it);
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for w in &words {
            for j in by_word.get(w).into_iter().flatten() {
                *shared.entry(*j).or_default() += 1;
            }
        }
        let same_subject =
            shared.iter().filter(|(j, n)| **n >= 2 && **n as f64 / (words.len() + contents[**j].len() - **n) as f64 >= SAME_SUBJECT).map(|(j, _)| *j).min();
        for w in words {
            by_word.entry(w).or_default().push(i);
        }
        let message = match (same_answer, same_subject) {
            (Some(first), _) => format!("asks for the same answer as {} with much the same words ({})", first.id, first.question),
            (None, Some(j)) => format!("asks about the same as {} in other words ({})", items[j].id, items[j].question),
            (None, None) => continue,
        };
        out.push(finding(it, Severity::Warning, "near-duplicate", message));
    }
    out
}

/// Words of the question templates and function words: two stems that share only these are
/// not about the same thing.
const TEMPLATE_WORDS: &[&str] = &[
    "a",
    "abbreviated",
    "abbreviation",
    "an",
    "and",
    "are",
    "as",
    "at",
    "by",
    "did",
    "do",
    "does",
    "false",
    "fill",
    "for",
    "from",
    "how",
    "in",
    "is",
    "it",
    "its",
    "mean",
    "of",
    "on",
    "or",
    "refer",
    "stand",
    "stands",
    "the",
    "to",
    "true",
    "was",
    "were",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "why",
    "with",
    "year",
];

fn content_words(normalized: &str) -> HashSet<String> {
    normalized.split(' ').filter(|w| !w.is_empty() && !TEMPLATE_WORDS.contains(w)).map(str::to_string).collect()
}

/// Share of the two stems' distinct words that both have.
fn jaccard(a: &str, b: &str) -> f64 {
    let (a, b) = (normalize(a), normalize(b));
    let a: HashSet<&str> = a.split(' ').collect();
    let b: HashSet<&str> = b.split(' ').collect();
    let union = a.union(&b).count();
    if union == 0 { 0.0 } else { a.intersection(&b).count() as f64 / union as f64 }
}

/// Whether `needle`'s words appear in `hay` as a run of whole words (both normalized).
fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
}

fn answer_in_stem(it: &Item) -> Found {
    let answer = normalize(&it.answer);
    contains_words(&normalize(&it.question), &answer)
        .then(|| (Severity::Error, "answer-in-stem", format!("the answer \"{}\" is in the stem: {}", it.answer, it.question)))
}

fn duplicate_options(it: &Item) -> Found {
    let options: Vec<String> = std::iter::once(&it.answer).chain(&it.distractors).map(|o| normalize(o)).collect();
    for (i, o) in options.iter().enumerate() {
        if let Some(j) = options[..i].iter().position(|p| p == o) {
            let what = if j == 0 { "the answer".to_string() } else { format!("distractor {j}") };
            return Some((Severity::Error, "duplicate-options", format!("distractor {i} \"{}\" is the same as {what}", it.distractors[i - 1])));
        }
    }
    None
}

fn option_contains_answer(it: &Item) -> Found {
    let answer = normalize(&it.answer);
    let d = it.distractors.iter().find(|d| {
        let n = normalize(d);
        n != answer && contains_words(&n, &answer)
    })?;
    Some((Severity::Warning, "option-contains-answer", format!("the distractor \"{d}\" contains the answer \"{}\"", it.answer)))
}

fn unequal_options(it: &Item) -> Found {
    if it.distractors.is_empty() {
        return None;
    }
    let len = |s: &str| s.chars().count();
    let lengths: Vec<usize> = std::iter::once(&it.answer).chain(&it.distractors).map(|o| len(o)).collect();
    let (min, max) = (*lengths.iter().min()?, *lengths.iter().max()?);
    if (max as f64) < LENGTH_RATIO * min as f64 || max - min < LENGTH_GAP {
        return None;
    }
    let cue = if lengths[0] == max {
        " (the answer is the longest: a cue)"
    } else if lengths[0] == min {
        " (the answer is the shortest: a cue)"
    } else {
        ""
    };
    Some((Severity::Warning, "unequal-options", format!("options of {min} to {max} characters{cue}")))
}

fn few_distractors(it: &Item) -> Found {
    let mc = it.item_type == ItemType::Mc || it.types.contains(&ItemType::Mc);
    match it.distractors.len() {
        n if !mc || n >= 3 => None,
        0 if it.item_type == ItemType::Mc => Some((Severity::Error, "few-distractors", "multiple choice without a distractor".to_string())),
        n => Some((Severity::Warning, "few-distractors", format!("multiple choice with {n} distractor{} (three are needed)", if n == 1 { "" } else { "s" }))),
    }
}

fn missing_source(it: &Item) -> Found {
    let mut missing = Vec::new();
    if it.source.file.trim().is_empty() {
        missing.push("file");
    }
    if it.source.line == 0 {
        missing.push("line");
    }
    if it.sentence.trim().is_empty() {
        missing.push("sentence");
    }
    (!missing.is_empty()).then(|| (Severity::Error, "missing-source", format!("no source {}", missing.join(", "))))
}

fn stem_ending(it: &Item) -> Found {
    let q = it.question.trim_end();
    (!q.ends_with('?') && !q.contains(BLANK)).then(|| (Severity::Warning, "stem-ending", format!("the stem ends without \"?\" or a blank: {q}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::plan::tests::item;

    fn rules(it: &Item) -> Vec<&'static str> {
        check(&[it]).into_iter().map(|f| f.rule).collect()
    }

    #[test]
    fn a_clean_item_has_no_finding() {
        assert!(rules(&item("q00000000001", "1949")).is_empty());
    }

    #[test]
    fn each_rule_fires_on_its_fault() {
        let base = item("q00000000001", "1949");
        let mut it = base.clone();
        it.question = "When was the 1949 treaty signed?".into();
        assert_eq!(rules(&it), ["answer-in-stem"]);
        let mut it = base.clone();
        it.distractors = vec!["1900".into(), "1949".into(), "1920".into()];
        assert_eq!(rules(&it), ["duplicate-options"]);
        let mut it = base.clone();
        it.answer = "Geneva".into();
        it.distractors = vec!["Geneva Canton".into(), "Bern".into(), "Basel".into()];
        assert_eq!(rules(&it), ["option-contains-answer"]);
        let mut it = base.clone();
        it.answer = "the ability of systems to work together across borders".into();
        it.distractors = vec!["a treaty".into(), "a fund".into(), "a union".into()];
        assert_eq!(rules(&it), ["unequal-options"]);
        assert!(check(&[&it])[0].message.contains("the answer is the longest"));
        let mut it = base.clone();
        it.distractors.truncate(2);
        assert_eq!(rules(&it), ["few-distractors"]);
        it.distractors.clear();
        assert_eq!(check(&[&it])[0].severity, Severity::Error);
        let mut it = base.clone();
        it.sentence = String::new();
        it.source.line = 0;
        assert_eq!(rules(&it), ["missing-source"]);
        assert!(check(&[&it])[0].message.contains("line, sentence"));
        let mut it = base.clone();
        it.question = "Name the year of the founding.".into();
        assert_eq!(rules(&it), ["stem-ending"]);
        it.question = "The founding year was _____.".into();
        assert!(rules(&it).is_empty(), "a blank is a stem too");
    }

    #[test]
    fn duplicates_are_found_but_template_siblings_are_not() {
        let a = item("q00000000001", "1949");
        let mut b = item("q00000000002", "1949");
        b.question = a.question.clone();
        let mut c = item("q00000000003", "1949");
        c.question = "When exactly was q00000000001 founded?".into();
        // another fact from the same template: the same words but another answer
        let d = item("q00000000004", "1950");
        let found = check(&[&a, &b, &c, &d]);
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.id.as_str(), f.rule)).collect();
        assert_eq!(got, [("q00000000002", "duplicate-question"), ("q00000000003", "near-duplicate")]);
        assert!(found[0].message.contains("q00000000001"));
    }

    #[test]
    fn the_same_subject_in_other_words_is_a_near_duplicate() {
        let mut a = item("q00000000001", "a mechanism of cooperation");
        a.question = "What is military diplomacy?".into();
        let mut b = item("q00000000002", "diplomatic activities of officers");
        b.question = "What does military diplomacy encompass?".into();
        let mut c = item("q00000000003", "North Atlantic Treaty Organization");
        c.question = "What does the abbreviation NATO stand for?".into();
        let mut d = item("q00000000004", "Organization of American States");
        d.question = "What does the abbreviation OAS stand for?".into();
        let got: Vec<(String, &str)> = check(&[&a, &b, &c, &d]).into_iter().filter(|f| f.rule.contains("duplicate")).map(|f| (f.id, f.rule)).collect();
        assert_eq!(got, [("q00000000002".to_string(), "near-duplicate")]);
    }
}
