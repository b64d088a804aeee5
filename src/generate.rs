//! The generation pipeline: files -> sentences -> facts -> gate -> distractors -> items
//! -> bank files merged with what reviewers left. Files are read and analysed in
//! parallel; distractors need the whole course, so they come after.

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
    /// (source path as shown, bank file stem, items)
    pub files: Vec<(String, String, Vec<Item>)>,
    pub rejected: BTreeMap<Rejection, usize>,
    pub sentences: usize,
    pub bytes: usize,
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
    let entities = Entities::learn(&sentences);
    with_casing(casing, || with_entities(entities, || {
        let mut found = Vec::new();
        let mut rejected = Vec::new();
        let mut previous = None;
        for s in &sentences {
            // "It was founded in …" read as "Harbor Robotics was founded in …"
            let rewritten = extract::pronoun::rewrite(previous.as_ref(), s);
            let read = rewritten.as_ref().unwrap_or(s);
            previous = extract::pronoun::antecedent(read);
            for fact in extract::facts(read) {
                match quality::judge(&fact) {
                    Ok(confidence) => found.push(Found { fact, confidence, source: source.to_string(), line: s.line, sentence: s.text.clone() }),
                    Err(r) => rejected.push(r),
                }
            }
        }
        (found, rejected, sentences.len())
    }))
}

/// Run the pipeline on files (already collected) and build the items.
pub fn generate_files(files: &[PathBuf]) -> Result<Generated> {
    let texts: Vec<(String, String, String, bool)> = files
        .par_iter()
        .map(|p| {
            let text = read::read_text(p)?;
            let md = p.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
            Ok((display(p), stem(p), text, md))
        })
        .collect::<Result<Vec<_>, read::ReadError>>()?;
    let bytes = texts.iter().map(|t| t.2.len()).sum();
    let analysed: Vec<(Vec<Found>, Vec<Rejection>, usize)> = texts.par_iter().enumerate().map(|(i, (src, _, text, md))| analyse(i, src, text, *md)).collect();
    let mut rejected = BTreeMap::new();
    let mut sentences = 0;
    let mut per_file: Vec<Vec<Found>> = Vec::with_capacity(analysed.len());
    for (found, rej, n) in analysed {
        for r in rej {
            *rejected.entry(r).or_insert(0) += 1;
        }
        sentences += n;
        per_file.push(found);
    }
    drop_ambiguous(&mut per_file, &mut rejected);
    let all: Vec<&extract::Fact> = per_file.iter().flatten().map(|f| &f.fact).collect();
    let pools = Pools::new(&all);
    let mut out = Vec::with_capacity(per_file.len());
    for ((src, st, _, _), found) in texts.iter().zip(&per_file) {
        let items: Vec<Item> = found
            .par_iter()
            .map(|f| {
                let id = f.id();
                realize::item(f, pools.for_fact(&f.fact, id::seed_of(&id)))
            })
            .collect();
        out.push((src.clone(), st.clone(), items));
    }
    Ok(Generated { files: out, rejected, sentences, bytes })
}

/// A question the course answers in two different ways is ambiguous: drop every copy.
/// Copies with the same answer (the same fact stated twice) keep their first.
fn drop_ambiguous(per_file: &mut [Vec<Found>], rejected: &mut BTreeMap<Rejection, usize>) {
    let mut answers: HashMap<String, HashSet<String>> = HashMap::new();
    for f in per_file.iter().flatten() {
        answers.entry(normalize(&f.fact.question)).or_default().insert(normalize(&f.fact.answer));
    }
    for found in per_file.iter_mut() {
        let mut seen = HashSet::new();
        let before = found.len();
        found.retain(|f| {
            let q = normalize(&f.fact.question);
            answers.get(&q).is_some_and(|a| a.len() == 1) && seen.insert((q, normalize(&f.fact.answer)))
        });
        let dropped = before - found.len();
        if dropped > 0 {
            *rejected.entry(Rejection::Ambiguous).or_insert(0) += dropped;
        }
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
    let mut plans = Vec::new();
    let mut taken: HashSet<PathBuf> = HashSet::new();
    let mut files = Vec::new();
    for (src, st, items) in &generated.files {
        let plain = dir.join(format!("{st}.json"));
        let path = match by_source.get(src) {
            Some(p) => p.clone(),
            // two sources with one file name (a/intro.txt, b/intro.txt) get names that
            // depend on their own path only, so each keeps its file in any later run
            None if stem_count[st.as_str()] > 1 || existing_files.contains_key(&plain) || taken.contains(&plain) => dir.join(format!("{st}-{}.json", &id::item_id(Kind::Date, src, "")[1..7])),
            None => plain,
        };
        taken.insert(path.clone());
        files.push((src.clone(), path, items.clone()));
    }
    for (src, path, items) in files {
        let existing = existing_files.get(&path).cloned();
        let (bank, report) = merge(src.clone(), existing.as_ref(), items);
        plans.push((src, path, bank, report));
    }
    drop(generated);
    let mut per_kind = BTreeMap::new();
    let mut reports = Vec::new();
    for (src, path, bank, report) in plans {
        for it in bank.items.iter().filter(|it| it.status != crate::bank::Status::Rejected) {
            *per_kind.entry(it.kind).or_insert(0) += 1;
        }
        let n = bank.items.len();
        store::write_file(&lock, &path, &bank).with_context(|| format!("writing {}", path.display()))?;
        reports.push((src, path, report, n));
    }
    Ok(Written { per_kind, reports })
}

/// Parse a bank file (for tests and for other commands).
pub fn load(path: &Path) -> Result<BankFile> {
    Ok(store::read_file(path)?)
}
