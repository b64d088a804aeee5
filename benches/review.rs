//! Latency benchmark of `quizgen review` on a large bank.
//!
//! Run it with:
//!
//!     cargo bench --bench review
//!     QUIZGEN_BENCH_ITEMS=10000 cargo bench --bench review     # quick run
//!
//! What it does:
//! 1. Writes a bank of `QUIZGEN_BENCH_ITEMS` items (default 100,000) in
//!    `QUIZGEN_BENCH_FILES` bank files (default 100, one per source text, as `generate`
//!    makes them) into a temporary directory: copies of the shipped bank's items, each
//!    with its own id, line and confidence, and flushes them to disk.
//! 2. Starts the release binary's `quizgen review --bank DIR` with a piped stdin (the line
//!    mode) and times how long until the first item is shown ("Item 1/N"), and until the
//!    review asks for the first decision (the first item shows while the rest of the bank
//!    is still being read; a reviewer reads it meanwhile).
//! 3. Sends `QUIZGEN_BENCH_DECISIONS` approvals (default 20), one at a time, and times each
//!    from the moment the line is sent until the confirmation comes back; the confirmation
//!    is printed after the item's bank file has been written (temporary file, flush to
//!    disk, rename).
//! 4. Prints the figures and PASS/MISS against the targets: the first item in under
//!    200 ms, a decision written in under 50 ms (the median and the slowest).
//!
//! `QUIZGEN_BIN` measures another binary; `QUIZGEN_BENCH_KEEP` keeps the bank (its path
//! is printed).

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use quizgen::bank::{BankFile, Item};

const FIRST_ITEM: Duration = Duration::from_millis(200);
const DECISION: Duration = Duration::from_millis(50);

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

/// The shipped bank's items, the templates of the big bank.
fn templates(manifest: &std::path::Path) -> Vec<Item> {
    let dir = manifest.join("question_bank");
    let files = quizgen::bank::store::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    files.into_iter().flat_map(|(_, b)| b.items).collect()
}

fn write_bank(dir: &std::path::Path, templates: &[Item], items: usize, files: usize) {
    let per_file = items.div_ceil(files);
    let mut n = 0usize;
    for f in 0..files {
        let source = format!("course/text_{f:04}.txt");
        let mut list = Vec::with_capacity(per_file);
        for line in 1..=per_file {
            if n == items {
                break;
            }
            let mut it = templates[n % templates.len()].clone();
            it.id = format!("q{n:011x}");
            it.source.file = source.clone();
            it.source.line = line;
            // confidences spread over 0.50..0.99, so the review order jumps between files
            it.confidence = 0.5 + ((n * 7919) % 50) as f32 / 100.0;
            // a bank fresh from `generate`, whatever the shipped bank's review decided
            it.status = quizgen::bank::Status::Generated;
            list.push(it);
            n += 1;
        }
        let bank = BankFile::new(source, list);
        let mut json = serde_json::to_string_pretty(&bank).unwrap();
        json.push('\n');
        std::fs::write(dir.join(format!("text_{f:04}.json")), json).unwrap();
    }
}

/// Read lines up to one starting with `prefix`.
/// Read the review's output until `needle` has been printed (a prompt ends without a
/// line break, so this reads bytes, not lines).
fn wait_for(out: &mut impl BufRead, needle: &str) {
    let mut seen: Vec<u8> = Vec::new();
    let mut byte = [0u8; 1];
    while !seen.ends_with(needle.as_bytes()) {
        if out.read(&mut byte).unwrap_or(0) == 0 {
            panic!("quizgen review ended before printing {needle:?}");
        }
        seen.push(byte[0]);
    }
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn verdict(ok: bool) -> &'static str {
    if ok { "PASS" } else { "MISS" }
}

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let items = env_usize("QUIZGEN_BENCH_ITEMS", 100_000).max(1);
    let files = env_usize("QUIZGEN_BENCH_FILES", 100).clamp(1, items);
    let decisions = env_usize("QUIZGEN_BENCH_DECISIONS", 20).clamp(1, items);
    let bin = std::env::var_os("QUIZGEN_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_quizgen")));
    let tmp = tempfile::tempdir().unwrap();
    let bank = tmp.path().join("bank");
    std::fs::create_dir(&bank).unwrap();
    write_bank(&bank, &templates(&manifest), items, files);
    // a review opens a bank written earlier: let the writing of 130 MB reach the disk
    // first, so its writeback does not run during the measurement
    for e in std::fs::read_dir(&bank).unwrap() {
        std::fs::File::open(e.unwrap().path()).unwrap().sync_all().unwrap();
    }
    let bytes: u64 = std::fs::read_dir(&bank).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum();
    println!("bank: {items} items in {files} files, {:.1} MB", bytes as f64 / 1048576.0);

    let start = Instant::now();
    let mut child = Command::new(&bin).args(["review", "--bank"]).arg(&bank).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    wait_for(&mut out, "Item 1/");
    let first = start.elapsed();
    wait_for(&mut out, "q quit? ");
    let ready = start.elapsed();
    let mut times = Vec::with_capacity(decisions);
    for _ in 0..decisions {
        let sent = Instant::now();
        stdin.write_all(b"a\n").unwrap();
        stdin.flush().unwrap();
        wait_for(&mut out, "  -> approved");
        wait_for(&mut out, "q quit? ");
        times.push(sent.elapsed());
    }
    stdin.write_all(b"q\n").unwrap();
    drop(stdin);
    assert!(child.wait().unwrap().success(), "quizgen review failed");

    let slowest = *times.iter().max().unwrap();
    let mid = median(&mut times);
    println!("first item shown:  {:>10}   {} (target < {})", ms(first), verdict(first < FIRST_ITEM), ms(FIRST_ITEM));
    println!("first prompt:      {:>10}   (the whole bank read)", ms(ready));
    println!("decision, median:  {:>10}   {} (target < {})", ms(mid), verdict(mid < DECISION), ms(DECISION));
    println!("decision, slowest: {:>10}   {} (of {decisions})", ms(slowest), verdict(slowest < DECISION));
    if std::env::var_os("QUIZGEN_BENCH_KEEP").is_some() {
        println!("bank kept in {}", tmp.keep().join("bank").display());
    }
}
