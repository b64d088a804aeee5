//! The generation pipeline: files -> sentences -> facts -> gate -> distractors -> items
//! -> bank files merged with what reviewers left. Files are read and analysed in
//! parallel; distractors need the whole course, so they come after.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::bank::merge::{MergeReport, merge};
use crate::bank::model::{BankFile, Item};
use crate::bank::{id, store};
use crate::distractors::{Pools, normalize};
use crate::extract::coref::{Entities, with_entities};
use crate::extract::{self, Kind};
use crate::quality::{self, Rejection};
use crate::realize::{self, Found};
use crate::text::casing::{Casing, with_casing};
use crate::text::{self, read};

/// What one run found, before anything is written.
pub struct Generated {
    /// (source path as shown, bank file stem, facts that passed the gate)
    pub files: Vec<(String, String, Vec<Found>)>,
    pub rejected: BTreeMap<Rejection, usize>,
    pub sentences: usize,
    pub bytes: usize,
}

impl Generated {
    /// Every file's items, distractors chosen from the whole course.
    pub fn items(&self) -> Vec<(String, Vec<Item>)> {
        let all: Vec<&extract::Fact> = self.files.iter().flat_map(|(_, _, f)| f.iter().map(|x| &x.fact)).collect();
        let pools = Pools::new(&all);
        self.files.iter().map(|(src, _, found)| (src.clone(), items_of(found, &pools))).collect()
    }
}

/// The items of one file's facts.
fn items_of(found: &[Found], pools: &Pools) -> Vec<Item> {
    found
        .par_iter()
        .map(|f| {
            let id = f.id();
            let distractors = pools.for_fact(&f.fact, id::seed_of(&id));
            realize::item(f, id, distractors)
        })
        .collect()
}

/// The path as users see it: relative as given, with forward slashes.
fn display(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

fn stem(p: &Path) -> String {
    p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "source".into())
}

/// Facts of one file's text with their confidence, and what the gate turned down.
pub fn analyse(file_index: usize, source: &str, text: &str, markdown: bool) -> (Vec<Found>, Vec<Rejection>, usize) {
    let sentences = text::sentences(file_index, text, markdown);
    let casing = Casing::learn(&sentences);
    let entities = title_lines(text).into_iter().fold(Entities::learn(&sentences), |e, t| e.with_title(t));
    with_casing(casing, || {
        with_entities(entities, || {
            let mut found = Vec::new();
            let mut rejected = Vec::new();
            let mut previous = None;
            for s in &sentences {
                let facts = sentence_facts(&mut previous, s);
                // the sentence as read, when a pronoun or label was replaced ("It" -> the museum)
                let rewritten = previous.as_deref().map(|r| &r.text).filter(|t| **t != s.text).map(|t| extract::pronoun::mark_rewrite(&s.text, t));
                for fact in facts {
                    match quality::judge(&fact) {
                        Ok(confidence) => {
                            let marked = marked_sentence(s, rewritten.as_deref(), &fact);
                            found.push(Found { fact, confidence, source: source.to_string(), line: s.line, sentence: s.text.clone(), marked })
                        }
                        Err(r) => rejected.push(r),
                    }
                }
            }
            (found, rejected, sentences.len())
        })
    })
}

/// The sentence marked with the referents the fact's question and answer name but the
/// sentence does not spell out (a replaced pronoun, "the treaty", a shortened name).
fn marked_sentence(s: &text::Sentence, rewritten: Option<&str>, fact: &extract::Fact) -> Option<String> {
    let used = format!("{} {}", fact.question, fact.answer);
    let base = rewritten.unwrap_or(&s.text);
    let marked = extract::coref::mark_resolved(base, s.line, &used);
    (marked != s.text).then_some(marked)
}

/// The heading lines before the first line of prose (at most three): the title and
/// subtitle that say what the text is about.
fn title_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .take(3)
        .take_while(|l| !crate::text::clean::ends_like_sentence(l) && l.split_whitespace().count() <= 12)
        .collect()
}

/// The facts of one sentence read in its context: an opening pronoun replaced by the
/// previous sentence's subject when that is certain, and later clauses with subjects of
/// their own read as sentences too. `previous` carries the context to the next sentence:
/// the sentence as read, borrowed unless a pronoun was replaced.
pub fn sentence_facts<'a>(previous: &mut Option<Cow<'a, text::Sentence>>, s: &'a text::Sentence) -> Vec<extract::Fact> {
    // "It was founded in …" read as "Harbor Robotics was founded in …"; the previous
    // sentence's subject is worked out only for a sentence that opens with a pronoun
    let antecedent = if extract::pronoun::opens_with_pronoun(s) { previous.as_deref().and_then(extract::pronoun::antecedent) } else { None };
    let read = match extract::pronoun::rewrite(antecedent.as_ref(), s) {
        Some(r) => Cow::Owned(r),
        None => Cow::Borrowed(s),
    };
    let mut facts = extract::facts(&read);
    for clause in extract::pronoun::later_clauses(&read) {
        for f in extract::facts(&clause) {
            if !facts.iter().any(|g| g.question == f.question) {
                facts.push(f);
            }
        }
    }
    *previous = Some(read);
    facts
}

/// Run the pipeline on files (already collected): each file is read and analysed in
/// parallel and its text dropped at once, so memory holds facts, not texts.
pub fn generate_files(files: &[PathBuf]) -> Result<Generated> {
    let analysed: Vec<(String, String, usize, Vec<Found>, Vec<Rejection>, usize)> = files
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            let text = read::read_text(p)?;
            let md = p.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
            let src = display(p);
            let (found, rejected, n) = analyse(i, &src, &text, md);
            Ok((src, stem(p), text.len(), found, rejected, n))
        })
        .collect::<Result<Vec<_>, read::ReadError>>()?;
    let mut rejected = BTreeMap::new();
    let mut sentences = 0;
    let mut bytes = 0;
    let mut out = Vec::with_capacity(analysed.len());
    for (src, st, len, found, rej, n) in analysed {
        for r in rej {
            *rejected.entry(r).or_insert(0) += 1;
        }
        sentences += n;
        bytes += len;
        out.push((src, st, found));
    }
    drop_ambiguous(&mut out, &mut rejected);
    Ok(Generated { files: out, rejected, sentences, bytes })
}

/// A question the course answers in two different ways is ambiguous: drop every copy.
/// Copies with the same answer within one text (the same fact stated twice) keep their
/// first. Copies in different texts stay: each text's bank file asks its own facts, and
/// the reviewer rejects the repeats a course does not need (as in the shipped bank).
fn drop_ambiguous(per_file: &mut [(String, String, Vec<Found>)], rejected: &mut BTreeMap<Rejection, usize>) {
    let mut answers: HashMap<String, HashSet<String>> = HashMap::new();
    for f in per_file.iter().flat_map(|(_, _, f)| f.iter()) {
        answers.entry(normalize(&f.fact.question)).or_default().insert(normalize(&f.fact.answer));
    }
    for (_, _, found) in per_file.iter_mut() {
        let mut seen = HashSet::new();
        found.retain(|f| {
            let q = normalize(&f.fact.question);
            let why = if answers.get(&q).is_none_or(|a| a.len() > 1) {
                Rejection::Ambiguous
            } else if !seen.insert((q, normalize(&f.fact.answer))) {
                Rejection::Repeated
            } else {
                return true;
            };
            *rejected.entry(why).or_insert(0) += 1;
            false
        });
    }
}

/// What `generate` wrote, for its summary.
pub struct Written {
    pub per_kind: BTreeMap<Kind, usize>,
    pub reports: Vec<(String, PathBuf, MergeReport, usize)>,
}

/// Merge the items into the bank directory, one file per source, under the bank's lock.
/// Nothing is written when any existing bank file cannot be read.
pub fn write_bank(dir: &Path, generated: Generated) -> Result<Written> {
    let lock = store::lock(dir)?;
    // every bank file is read first: a broken one stops the run before anything is written,
    // and a source keeps the bank file it already has
    let mut existing_files: HashMap<PathBuf, BankFile> = HashMap::new();
    let mut by_source: HashMap<String, PathBuf> = HashMap::new();
    for (path, bank) in store::read_dir(dir)? {
        by_source.insert(bank.source.clone(), path.clone());
        existing_files.insert(path, bank);
    }
    let mut stem_count: HashMap<&str, usize> = HashMap::new();
    for (_, st, _) in &generated.files {
        *stem_count.entry(st.as_str()).or_insert(0) += 1;
    }
    let mut taken: HashSet<PathBuf> = HashSet::new();
    let mut files = Vec::new();
    for (src, st, _) in &generated.files {
        let plain = dir.join(format!("{st}.json"));
        let path = match by_source.get(src) {
            Some(p) => p.clone(),
            // two sources with one file name (a/intro.txt, b/intro.txt) get names that
            // depend on their own path only, so each keeps its file in any later run
            None if stem_count[st.as_str()] > 1 || existing_files.contains_key(&plain) || taken.contains(&plain) => {
                dir.join(format!("{st}-{}.json", &id::item_id(Kind::Date, src, "")[1..7]))
            }
            None => plain,
        };
        taken.insert(path.clone());
        files.push((src.clone(), path));
    }
    let all: Vec<&extract::Fact> = generated.files.iter().flat_map(|(_, _, f)| f.iter().map(|x| &x.fact)).collect();
    let pools = Pools::new(&all);
    let mut per_kind = BTreeMap::new();
    let mut batch = store::Batch::new(&lock);
    let mut reports = Vec::new();
    // one file at a time: its items are built, merged, written and dropped
    for ((src, path), (_, _, found)) in files.into_iter().zip(&generated.files) {
        let items = items_of(found, &pools);
        let existing = existing_files.remove(&path);
        let (bank, report) = merge(src.clone(), existing.as_ref(), items);
        for it in bank.items.iter().filter(|it| it.status != crate::bank::Status::Rejected) {
            *per_kind.entry(it.kind).or_insert(0) += 1;
        }
        let n = bank.items.len();
        batch.stage(&path, &bank).with_context(|| format!("writing {}", path.display()))?;
        reports.push((src, path, report, n));
    }
    batch.commit().context("writing the bank")?;
    Ok(Written { per_kind, reports })
}

/// Parse a bank file (for tests and for other commands).
pub fn load(path: &Path) -> Result<BankFile> {
    Ok(store::read_file(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{AnswerType, Fact};

    fn found(question: &str, answer: &str) -> Found {
        Found {
            fact: Fact {
                kind: Kind::Date,
                subject: "NATO".into(),
                question: question.into(),
                answer: answer.into(),
                accept: vec![],
                answer_type: AnswerType::Name,
                statement: None,
                confidence: 0.9,
            },
            confidence: 0.9,
            source: "a.txt".into(),
            line: 1,
            marked: None,
            sentence: format!("{question} {answer}"),
        }
    }

    #[test]
    fn repeats_keep_their_first_within_a_text_and_two_answers_drop_both() {
        let mut files = vec![
            ("a.txt".to_string(), "a".to_string(), vec![found("When was NATO formed?", "1949"), found("When was NATO formed?", "1949"), found("Who?", "X")]),
            ("b.txt".to_string(), "b".to_string(), vec![found("When was NATO formed?", "1949"), found("Who?", "Y")]),
        ];
        let mut rejected = BTreeMap::new();
        drop_ambiguous(&mut files, &mut rejected);
        let kept: Vec<Vec<&str>> = files.iter().map(|(_, _, f)| f.iter().map(|f| f.fact.answer.as_str()).collect()).collect();
        assert_eq!(kept, [vec!["1949"], vec!["1949"]], "each text keeps its own copy of a fact; 'Who?' has two answers");
        assert_eq!(rejected.get(&Rejection::Repeated), Some(&1));
        assert_eq!(rejected.get(&Rejection::Ambiguous), Some(&2));
    }
}
