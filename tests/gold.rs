//! The gold test: the real pipeline on the sample course (seeds/) and on the practice
//! texts, scored against the hand-checked keys in ../shared the way the maintainers'
//! scorer (../shared/eval/gold_check.py) does: a fact is found when an item from the same
//! file whose sentence overlaps the fact's (word Jaccard >= 0.5) has the fact's answer,
//! an accepted variant or an "Also valid" answer after normalizing; an item whose
//! sentence overlaps a trap's (>= 0.7) is a trap hit.
//!
//! The floors below are the recall this version reaches, kept as a guard against
//! regressions; the goal of the generation issue is 90 % on the seeds.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

// a mark must never hide a trap hit: the keys are compared with the sentence as written
#[path = "common/marks.rs"]
mod marks;

const SEEDS_FLOOR: f64 = 0.85;
const PRACTICE_FLOOR: f64 = 0.85;

fn norm(s: &str) -> String {
    let lower = s.to_lowercase();
    let cleaned: String = lower.chars().map(|c| if c.is_alphanumeric() || c == '_' || c.is_whitespace() { c } else { ' ' }).collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    while words.first().is_some_and(|w| matches!(*w, "in" | "on" | "at" | "by" | "the" | "a" | "an")) {
        words.remove(0);
    }
    words.join(" ")
}

fn jaccard(a: &str, b: &str) -> f64 {
    let a: HashSet<String> = norm(a).split(' ').map(str::to_string).collect();
    let b: HashSet<String> = norm(b).split(' ').map(str::to_string).collect();
    a.intersection(&b).count() as f64 / a.union(&b).count().max(1) as f64
}

/// "Also valid: Q → A" clauses of a note.
fn also_valid(note: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in note.split("Also valid:").skip(1) {
        if let Some((_, a)) = part.split_once('→') {
            let a = a.trim();
            let a = a.strip_suffix('.').unwrap_or(a);
            out.push(a.trim().to_string());
        }
    }
    out
}

struct Row {
    file: String,
    answer: String,
    sentence: String,
}

fn run(texts: &Path) -> Vec<Row> {
    let files = quizgen::text::read::collect_files(&[texts.to_path_buf()]).expect("course texts");
    let generated = quizgen::generate::generate_files(&files).expect("generate");
    let mut rows = Vec::new();
    for (src, items) in generated.items() {
        let file = Path::new(&src).file_name().unwrap().to_string_lossy().into_owned();
        for it in items {
            rows.push(Row { file: file.clone(), answer: it.answer, sentence: marks::unmarked(&it.sentence) });
        }
    }
    rows
}

/// Score one key; returns (found, total, trap hits) after printing the table.
fn score(texts: &Path, gold: &Path) -> (usize, usize, usize) {
    let key: Value = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let rows = run(texts);
    let mut hits: BTreeMap<String, bool> = BTreeMap::new();
    let facts = key["facts"].as_array().unwrap();
    for f in facts {
        let note = f["note"].as_str().unwrap_or("");
        let mut answers: HashSet<String> = HashSet::new();
        answers.insert(norm(f["answer"].as_str().unwrap()));
        for a in f["accept"].as_array().into_iter().flatten() {
            answers.insert(norm(a.as_str().unwrap()));
        }
        for a in also_valid(note) {
            answers.insert(norm(&a));
        }
        let sentence = f["sentence"].as_str().unwrap();
        let file = f["file"].as_str().unwrap();
        let hit = rows.iter().any(|r| r.file == file && answers.contains(&norm(&r.answer)) && jaccard(&r.sentence, sentence) >= 0.5);
        hits.insert(f["id"].as_str().unwrap().to_string(), hit);
    }
    let mut table: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    for f in facts {
        let id = f["id"].as_str().unwrap();
        let note = f["note"].as_str().unwrap_or("");
        // "Same fact as Fxxx": either one is enough
        let same: Vec<&str> = note.match_indices("Same fact as ").map(|(i, m)| &note[i + m.len()..i + m.len() + 4]).collect();
        let hit = hits[id] || same.iter().any(|s| hits.get(*s).copied().unwrap_or(false));
        let e = table.entry(f["kind"].as_str().unwrap().to_string()).or_default();
        e.1 += 1;
        if hit {
            e.0 += 1;
        } else {
            missed.push(format!("{id} {} | {}", f["kind"].as_str().unwrap(), f["answer"].as_str().unwrap()));
        }
    }
    let traps: Vec<String> = key["traps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| rows.iter().any(|r| r.file == t["file"].as_str().unwrap() && jaccard(&r.sentence, t["sentence"].as_str().unwrap()) >= 0.7))
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    println!("{}", gold.display());
    for (kind, (h, t)) in &table {
        println!("  {kind:<12} {h:>3}/{t:>3}");
    }
    for m in &missed {
        println!("  missed {m}");
    }
    for t in &traps {
        println!("  trap hit {t}");
    }
    let found: usize = table.values().map(|v| v.0).sum();
    let total: usize = table.values().map(|v| v.1).sum();
    println!("  {found}/{total} facts found ({:.0} %), {} trap hits, {} items", 100.0 * found as f64 / total as f64, traps.len(), rows.len());
    (found, total, traps.len())
}

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.join("eval/seeds-gold.json").exists() {
        return Some(dir);
    }
    // outside this workplace the keys may be absent; CI always has them
    assert!(std::env::var_os("CI").is_none(), "CI must have ../shared/eval/seeds-gold.json beside the clone");
    eprintln!("skipped: ../shared/eval/seeds-gold.json is not beside this checkout");
    None
}

#[test]
fn seeds_gold_recall_and_no_traps() {
    let Some(shared) = shared() else { return };
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let (found, total, traps) = score(&seeds, &shared.join("eval/seeds-gold.json"));
    assert_eq!(traps, 0, "items made from trap sentences");
    assert!(found as f64 / total as f64 >= SEEDS_FLOOR, "recall {found}/{total} fell below {SEEDS_FLOOR}");
}

#[test]
fn practice_gold_recall_and_no_traps() {
    let Some(shared) = shared() else { return };
    let (found, total, traps) = score(&shared.join("practice/texts"), &shared.join("practice/practice-gold.json"));
    assert_eq!(traps, 0, "items made from trap sentences");
    assert!(found as f64 / total as f64 >= PRACTICE_FLOOR, "recall {found}/{total} fell below {PRACTICE_FLOOR}");
}
