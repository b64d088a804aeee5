//! Benchmark of `quizgen print`: 30 versions of 40 questions each to PDF, with the key as PDF
//! and JSON, the target being under 3 seconds.
//!
//! Run it with:
//!
//!     cargo bench --bench print
//!
//! `cargo bench` builds the `quizgen` binary with the bench profile (release settings) first,
//! so the binary measured is the one built from the current sources. This is a plain `main`
//! (`harness = false`). It runs the whole command as a child process (reading the bank,
//! drawing the versions, laying out and writing both PDFs), five times by default, and
//! prints each wall-clock and CPU time (the child's user + system time, which other load on a
//! shared machine changes less), the medians and the sizes of the files written.
//!
//! Environment:
//! - `QUIZGEN_BENCH_BANK`    the bank to print from (default: the shipped question_bank/)
//! - `QUIZGEN_BENCH_REPEAT`  runs (default 5)
//! - `QUIZGEN_BIN`           measure this binary instead of the one cargo built

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

const VERSIONS: usize = 30;
const QUESTIONS: usize = 40;
const TARGET_SECONDS: f64 = 3.0;

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bank = std::env::var_os("QUIZGEN_BENCH_BANK").map_or_else(|| manifest.join("question_bank"), PathBuf::from);
    let repeat: usize = std::env::var("QUIZGEN_BENCH_REPEAT").ok().and_then(|s| s.parse().ok()).unwrap_or(5).max(1);
    let bin = std::env::var_os("QUIZGEN_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_quizgen")), PathBuf::from);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (test, key) = (dir.path().join("test.pdf"), dir.path().join("key.pdf"));
    let mut times = Vec::new();
    let mut cpus = Vec::new();
    for run in 0..repeat {
        let cpu_before = children_cpu();
        let start = Instant::now();
        let out = Command::new(&bin)
            .args(["print", "--versions", &VERSIONS.to_string(), "--count", &QUESTIONS.to_string(), "--seed", &run.to_string(), "--bank"])
            .arg(&bank)
            .arg("-o")
            .arg(&test)
            .arg("--key")
            .arg(&key)
            .output()
            .expect("running quizgen");
        let secs = start.elapsed().as_secs_f64();
        let cpu = children_cpu() - cpu_before;
        if !out.status.success() {
            eprintln!("quizgen print failed:\n{}", String::from_utf8_lossy(&out.stderr));
            std::process::exit(1);
        }
        println!("run {}: {secs:.2} s wall, {cpu:.2} s CPU", run + 1);
        times.push(secs);
        cpus.push(cpu);
    }
    times.sort_by(f64::total_cmp);
    cpus.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "{VERSIONS} versions x {QUESTIONS} questions to PDF, with the key (PDF + JSON): median {median:.2} s of {repeat} runs (min {:.2}, max {:.2}); test {} KB, key {} KB",
        times[0],
        times[times.len() - 1],
        std::fs::metadata(&test).map_or(0, |m| m.len() / 1024),
        std::fs::metadata(&key).map_or(0, |m| m.len() / 1024)
    );
    // on a shared machine the wall clock waits for the other processes; CPU time does not
    println!("median CPU time (user + system) {:.2} s", cpus[cpus.len() / 2]);
    println!("target < {TARGET_SECONDS} s wall: {}", if median < TARGET_SECONDS { "PASS" } else { "MISS" });
}

/// User and system seconds of the finished children of this process so far (getrusage).
fn children_cpu() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(u.ru_utime) + secs(u.ru_stime)
}
