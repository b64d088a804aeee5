//! End-to-end throughput and memory benchmark of `quizgen generate`.
//!
//! Run it with:
//!
//!     cargo bench --bench generate
//!     QUIZGEN_BENCH_SIZES="1,10" cargo bench --bench generate     # quick run
//!
//! `cargo bench` builds the `quizgen` binary with the bench profile (= release settings,
//! into target/release/quizgen) before this runs, so the binary measured is always the
//! one built from the current sources. This file is a plain `main` (`harness = false`).
//!
//! What it does:
//! 1. Builds a corpus in a temporary directory from the course texts in `seeds/*.txt`
//!    and `../shared/practice/texts/*.txt` (skipped when absent): many files of 20-50 KB,
//!    in folders of 100, each file made of copies of the source texts, every copy varied
//!    so that no two are identical (each 4-digit year 1000-2099 moved back by
//!    copy % 50; about a third of the distinct capitalised words inside sentences get a
//!    syllable suffix that encodes the copy number, e.g. "Dunant" -> "Dunantke"), until
//!    the corpus reaches each size asked for.
//! 2. Runs `quizgen generate CORPUS --bank FRESH_BANK` as a child process, timing wall
//!    clock and taking the child's peak resident set from `wait4`'s `ru_maxrss`.
//! 3. Prints input MB, seconds, MB/s, items (counted in the bank's JSON files), items/s,
//!    peak RSS and peak RSS / input; the time ratio of the largest to the smallest size;
//!    and single-core throughput (`RAYON_NUM_THREADS=1`) at 10 MB (or the smallest
//!    size when 10 is not asked for).
//! 4. Prints PASS/MISS against the targets: >= 20 MB/s on one core; 10x the input
//!    in <= 12x the time (scaled as 1.2 x the size ratio for other sizes); peak RSS
//!    <= 3x the input.
//!
//! MB here means MiB (1,048,576 bytes), for input and RSS alike.
//!
//! Environment:
//! - `QUIZGEN_BENCH_SIZES`   corpus sizes in MB, comma separated (default "10,100")
//! - `QUIZGEN_BENCH_REPEAT`  runs per measurement; the median time and the highest
//!                           RSS are reported (default 1)
//! - `QUIZGEN_BENCH_TIMEOUT` seconds after which a run is killed and reported as a
//!                           timeout (default 1200)
//! - `QUIZGEN_BENCH_SINGLE`  size in MB for the single-core run; "0" skips it
//! - `QUIZGEN_BIN`           measure this binary instead of the one cargo built
//! - `QUIZGEN_BENCH_KEEP`    keep the temporary directory and the corpora in it (its path is printed)

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MB: f64 = 1024.0 * 1024.0;
const FILE_MIN: usize = 20 * 1024;
const FILE_MAX: usize = 50 * 1024;
const FILES_PER_FOLDER: usize = 100;
/// 1 in this many of a text's name words gets the per-copy suffix
const RENAME_EVERY: u64 = 1;

// targets
const SINGLE_CORE_MBPS: f64 = 20.0;
const SCALING_SLACK: f64 = 1.2; // 100 MB in <= 12x the time of 10 MB
const RSS_RATIO: f64 = 3.0;

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).ok().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| default.to_string())
}

fn main() {
    // `cargo bench` passes `--bench` (and any filter) to the target; none is used here.
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sizes: Vec<f64> = env_or("QUIZGEN_BENCH_SIZES", "10,100")
        .split(',')
        .map(|s| s.trim().parse::<f64>().unwrap_or_else(|_| panic!("QUIZGEN_BENCH_SIZES: not a number: {s:?}")))
        .filter(|&s| s > 0.0)
        .collect();
    assert!(!sizes.is_empty(), "QUIZGEN_BENCH_SIZES names no size");
    let repeat: usize = env_or("QUIZGEN_BENCH_REPEAT", "1").parse().expect("QUIZGEN_BENCH_REPEAT: a number");
    let repeat = repeat.max(1);
    let timeout = Duration::from_secs_f64(env_or("QUIZGEN_BENCH_TIMEOUT", "1200").parse().expect("QUIZGEN_BENCH_TIMEOUT: seconds"));
    let single: f64 = match std::env::var("QUIZGEN_BENCH_SINGLE") {
        Ok(s) if !s.trim().is_empty() => s.trim().parse().expect("QUIZGEN_BENCH_SINGLE: a number"),
        _ => {
            if sizes.contains(&10.0) {
                10.0
            } else {
                sizes.iter().cloned().fold(f64::INFINITY, f64::min)
            }
        }
    };

    let bin = match std::env::var_os("QUIZGEN_BIN") {
        Some(b) => PathBuf::from(b),
        None => PathBuf::from(env!("CARGO_BIN_EXE_quizgen")),
    };
    if !bin.is_file() {
        eprintln!("no quizgen binary at {}; build it with `cargo build --release` (or run through `cargo bench --bench generate`)", bin.display());
        std::process::exit(1);
    }

    let sources = load_sources(&manifest);
    assert!(!sources.is_empty(), "no course texts found in seeds/ or ../shared/practice/texts/");
    let source_bytes: usize = sources.iter().map(|s| s.text.len()).sum();

    let keep = std::env::var_os("QUIZGEN_BENCH_KEEP").is_some();
    let tmp = tempfile::Builder::new().prefix("quizgen-bench-").tempdir().expect("temporary directory");
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("quizgen generate benchmark");
    println!("  binary   {}", bin.display());
    println!(
        "  sources  {} texts, {:.1} KB ({})",
        sources.len(),
        source_bytes as f64 / 1024.0,
        sources.iter().map(|s| s.origin.as_str()).collect::<std::collections::BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(", ")
    );
    println!("  cores    {cores} (RAYON_NUM_THREADS unset for the multi-core runs)");
    println!("  temp     {}", tmp.path().display());
    println!("  sizes    {:?} MB, {} run(s) each, timeout {} s", sizes, repeat, timeout.as_secs());
    println!();

    // the unvaried texts once, to tell whether the varied corpus still yields as many items per MB
    let base_dir = tmp.path().join("baseline");
    fs::create_dir_all(&base_dir).unwrap();
    for (i, s) in sources.iter().enumerate() {
        fs::write(base_dir.join(format!("{i:02}_{}.txt", s.stem)), &s.text).unwrap();
    }
    let base = measure(&bin, &base_dir, tmp.path(), &[], 1, timeout);
    match &base {
        Ok(r) => println!(
            "baseline: the {} source texts once ({:.2} MB): {} items = {:.0} items/MB, {:.3} s, peak RSS {:.1} MB",
            sources.len(),
            source_bytes as f64 / MB,
            r.items,
            r.items as f64 / (source_bytes as f64 / MB),
            r.secs,
            r.rss_kib as f64 / 1024.0
        ),
        Err(e) => println!("baseline: FAILED: {e}"),
    }
    fs::remove_dir_all(&base_dir).ok();
    println!();

    println!(
        "{:>9} {:>6} {:>9} {:>8} {:>9} {:>9} {:>10} {:>9}  {}",
        "input MB", "files", "seconds", "MB/s", "items", "items/s", "peak RSS", "RSS/in", "threads"
    );
    let mut results: Vec<(f64, Result<Run, String>)> = Vec::new();
    let mut single_run: Option<(f64, Result<Run, String>)> = None;
    let mut sizes_sorted = sizes.clone();
    sizes_sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    sizes_sorted.dedup();
    for &size in &sizes_sorted {
        let dir = tmp.path().join(format!("corpus-{size}MB"));
        let (bytes, files) = build_corpus(&sources, &dir, (size * MB) as usize);
        let r = measure(&bin, &dir, tmp.path(), &[], repeat, timeout);
        print_row(bytes, files, &r, "all");
        results.push((bytes as f64 / MB, r));
        if size == single {
            let r1 = measure(&bin, &dir, tmp.path(), &[("RAYON_NUM_THREADS", "1")], repeat, timeout);
            print_row(bytes, files, &r1, "1");
            single_run = Some((bytes as f64 / MB, r1));
        }
        if !keep {
            fs::remove_dir_all(&dir).ok();
        }
    }
    if single > 0.0 && single_run.is_none() {
        let dir = tmp.path().join(format!("corpus-{single}MB"));
        let (bytes, files) = build_corpus(&sources, &dir, (single * MB) as usize);
        let r1 = measure(&bin, &dir, tmp.path(), &[("RAYON_NUM_THREADS", "1")], repeat, timeout);
        print_row(bytes, files, &r1, "1");
        single_run = Some((bytes as f64 / MB, r1));
        fs::remove_dir_all(&dir).ok();
    }

    println!();
    println!("targets:");
    match &single_run {
        Some((mb, Ok(r))) => {
            let mbps = mb / r.secs;
            println!(
                "  {} single-core throughput {:.2} MB/s at {} MB (target >= {SINGLE_CORE_MBPS} MB/s)",
                verdict(mbps >= SINGLE_CORE_MBPS),
                mbps,
                label(*mb)
            );
        }
        Some((mb, Err(e))) => println!("  MISS single-core throughput at {} MB: {e}", label(*mb)),
        None => println!("  ---- single-core throughput: not run (QUIZGEN_BENCH_SINGLE=0)"),
    }
    if results.len() >= 2 {
        let (small_mb, small) = &results[0];
        let (big_mb, big) = &results[results.len() - 1];
        let size_ratio = big_mb / small_mb;
        let allowed = SCALING_SLACK * size_ratio;
        match (small, big) {
            (Ok(s), Ok(b)) => {
                let ratio = b.secs / s.secs;
                println!(
                    "  {} scaling time({} MB)/time({} MB) = {:.2} for {:.1}x the input (target <= {:.1})",
                    verdict(ratio <= allowed),
                    label(*big_mb),
                    label(*small_mb),
                    ratio,
                    size_ratio,
                    allowed
                );
            }
            _ => println!("  MISS scaling time({} MB)/time({} MB): a run failed", label(*big_mb), label(*small_mb)),
        }
    } else {
        println!("  ---- scaling: needs two sizes");
    }
    for (mb, r) in &results {
        match r {
            Ok(r) => {
                let ratio = r.rss_kib as f64 / 1024.0 / mb;
                println!(
                    "  {} peak memory at {} MB: {:.1} MB = {:.2}x the input (target <= {RSS_RATIO}x)",
                    verdict(ratio <= RSS_RATIO),
                    label(*mb),
                    r.rss_kib as f64 / 1024.0,
                    ratio
                );
            }
            Err(e) => println!("  MISS peak memory at {} MB: {e}", label(*mb)),
        }
    }

    if keep {
        println!("\nkept {}", tmp.keep().display());
    }
}

/// "10" for whole sizes, "0.5" otherwise.
fn label(mb: f64) -> String {
    if (mb - mb.round()).abs() < 0.05 { format!("{:.0}", mb.round()) } else { format!("{mb:.1}") }
}

fn verdict(ok: bool) -> &'static str {
    if ok { "PASS" } else { "MISS" }
}

fn print_row(bytes: usize, files: usize, r: &Result<Run, String>, threads: &str) {
    let mb = bytes as f64 / MB;
    match r {
        Ok(r) => println!(
            "{:>9.2} {:>6} {:>9.3} {:>8.2} {:>9} {:>9.0} {:>7.1} MB {:>8.2}x  {}",
            mb,
            files,
            r.secs,
            mb / r.secs,
            r.items,
            r.items as f64 / r.secs,
            r.rss_kib as f64 / 1024.0,
            r.rss_kib as f64 / 1024.0 / mb,
            threads
        ),
        Err(e) => println!("{mb:>9.2} {files:>6}  FAILED ({threads} threads): {e}"),
    }
}

// ---------------------------------------------------------------------------------------
// corpus

struct Source {
    stem: String,
    origin: String,
    text: String,
    names: HashSet<String>,
}

fn load_sources(manifest: &Path) -> Vec<Source> {
    let mut out = Vec::new();
    for (dir, origin) in [(manifest.join("seeds"), "seeds/"), (manifest.join("../shared/practice/texts"), "../shared/practice/texts/")] {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
        paths.sort();
        for p in paths {
            let Ok(text) = fs::read_to_string(&p) else { continue };
            if text.trim().is_empty() {
                continue;
            }
            let stem = p.file_stem().unwrap().to_string_lossy().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
            let names = name_words(&text);
            out.push(Source { stem, origin: origin.to_string(), text, names });
        }
    }
    out
}

/// splitmix64: a small deterministic generator, so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }
}

/// Write files of 20-50 KB into `dir` (folders of 100) until they total `target` bytes.
/// Returns (bytes written, files written).
fn build_corpus(sources: &[Source], dir: &Path, target: usize) -> (usize, usize) {
    fs::create_dir_all(dir).unwrap();
    let mut rng = Rng(0x5eed_cafe);
    let mut total = 0;
    let mut files = 0;
    let mut next = 0usize; // index into the endless sequence of source copies
    while total < target {
        let want = rng.range(FILE_MIN, FILE_MAX).min(target - total);
        let mut body = String::with_capacity(FILE_MAX + 32 * 1024);
        let first = next;
        loop {
            let (src, copy) = (&sources[next % sources.len()], next / sources.len());
            if body.len() >= FILE_MIN.min(want) && body.len() + src.text.len() > FILE_MAX {
                break;
            }
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(&vary(&src.text, &src.names, copy));
            next += 1;
            if body.len() >= want {
                break;
            }
        }
        let src = &sources[first % sources.len()];
        let folder = dir.join(format!("unit{:03}", files / FILES_PER_FOLDER));
        if files % FILES_PER_FOLDER == 0 {
            fs::create_dir_all(&folder).unwrap();
        }
        let name = format!("{:05}_{}_{}.txt", files, src.stem, first / sources.len());
        fs::write(folder.join(name), &body).unwrap();
        total += body.len();
        files += 1;
    }
    (total, files)
}

const MONTHS_DAYS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A suffix of syllables that spells the copy number ("" for the original).
fn suffix(copy: usize) -> String {
    const C: &[u8] = b"bdfgklmnprstvz";
    const V: &[u8] = b"aeiou";
    let base = C.len() * V.len();
    let mut n = copy;
    let mut s = String::new();
    while n > 0 {
        let d = n % base;
        s.push(C[d / V.len()] as char);
        s.push(V[d % V.len()] as char);
        n /= base;
    }
    s
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// Words a text writes capitalised inside sentences (not at a sentence or line start),
/// 4+ letters, not months or days: its names, the words that get a per-copy suffix.
fn name_words(text: &str) -> HashSet<String> {
    let mut names = HashSet::new();
    scan(text, |word, sentence_start| {
        if !sentence_start && name_like(word) {
            names.insert(word.to_string());
        }
        None
    });
    names.retain(|w| fnv(w) % RENAME_EVERY == 0);
    names
}

fn name_like(word: &str) -> bool {
    let mut cs = word.chars();
    let first = cs.next().unwrap();
    first.is_ascii_uppercase() && word.len() >= 4 && cs.all(|ch| ch.is_ascii_lowercase()) && !MONTHS_DAYS.contains(&word)
}

/// Copy `copy` of a text: years (1000-2099) moved back by copy % 50, and every name
/// word (see `name_words`), wherever it stands, given a suffix that spells the copy
/// number. Copy 0 is the text as it is.
fn vary(text: &str, names: &HashSet<String>, copy: usize) -> String {
    if copy == 0 {
        return text.to_string();
    }
    let shift = (copy % 50) as i64;
    let suf = suffix(copy);
    scan(text, |word, _| {
        if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            let y: i64 = word.parse().unwrap();
            return (1000..=2099).contains(&y).then(|| (y - shift).to_string());
        }
        names.contains(word).then(|| format!("{word}{suf}"))
    })
}

/// Walk the alphanumeric runs of `text`, telling `f` each one and whether it starts a
/// sentence or line; the text with each run replaced by what `f` returns (if anything).
fn scan(text: &str, mut f: impl FnMut(&str, bool) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 10);
    let mut i = 0;
    // the last non-space character before the current position (a line start counts as '\n')
    let mut prev_sig = '\n';
    while i < text.len() {
        let c = text[i..].chars().next().unwrap();
        if c.is_alphanumeric() {
            let end = text[i..].char_indices().find(|(_, ch)| !ch.is_alphanumeric()).map_or(text.len(), |(k, _)| i + k);
            let word = &text[i..end];
            let sentence_start = matches!(prev_sig, '\n' | '.' | '!' | '?' | ':' | '"' | '“');
            match f(word, sentence_start) {
                Some(w) => out.push_str(&w),
                None => out.push_str(word),
            }
            prev_sig = 'a';
            i = end;
        } else {
            out.push(c);
            if c == '\n' {
                prev_sig = '\n';
            } else if !c.is_whitespace() {
                prev_sig = c;
            }
            i += c.len_utf8();
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// running the binary

struct Run {
    secs: f64,
    rss_kib: i64,
    items: usize,
}

/// Run `quizgen generate corpus --bank <fresh>` `repeat` times: the median wall time,
/// the highest peak RSS, and the items of the last bank.
fn measure(bin: &Path, corpus: &Path, tmp: &Path, env: &[(&str, &str)], repeat: usize, timeout: Duration) -> Result<Run, String> {
    let mut times = Vec::new();
    let mut rss = 0;
    let mut items = 0;
    for k in 0..repeat {
        let bank = tmp.join(format!("bank-{k}"));
        fs::remove_dir_all(&bank).ok();
        let (secs, rss_kib) = run_child(bin, corpus, &bank, tmp, env, timeout)?;
        times.push(secs);
        rss = rss.max(rss_kib);
        items = count_items(&bank)?;
        fs::remove_dir_all(&bank).ok();
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Ok(Run { secs: times[times.len() / 2], rss_kib: rss, items })
}

/// One child run: (wall seconds, peak RSS in KiB from wait4).
fn run_child(bin: &Path, corpus: &Path, bank: &Path, tmp: &Path, env: &[(&str, &str)], timeout: Duration) -> Result<(f64, i64), String> {
    let out_path = tmp.join("stdout.txt");
    let err_path = tmp.join("stderr.txt");
    let mut cmd = Command::new(bin);
    cmd.arg("generate").arg(corpus).arg("--bank").arg(bank);
    cmd.env_remove("RAYON_NUM_THREADS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    // the summary has a line per file: to a file, so a full pipe never stalls the child
    cmd.stdin(Stdio::null()).stdout(fs::File::create(&out_path).unwrap()).stderr(fs::File::create(&err_path).unwrap());
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut killed = false;
    // poll without blocking so a timeout can kill the child; the pid stays ours until
    // wait4 reaps it, so the kill can never hit another process
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        if r < 0 {
            return Err(format!("wait4: {}", std::io::Error::last_os_error()));
        }
        if !killed && start.elapsed() > timeout {
            unsafe { libc::kill(pid, libc::SIGKILL) };
            killed = true;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let secs = start.elapsed().as_secs_f64();
    drop(child); // already reaped by wait4; dropping a Child neither waits nor kills
    if killed {
        return Err(format!("timed out after {secs:.0} s (killed; peak RSS so far {:.0} MB)", usage.ru_maxrss as f64 / 1024.0));
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let stderr = fs::read_to_string(&err_path).unwrap_or_default();
        let tail: String = stderr.lines().rev().take(5).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join(" | ");
        let how = if libc::WIFSIGNALED(status) {
            format!("killed by signal {}", libc::WTERMSIG(status))
        } else {
            format!("exit status {}", libc::WEXITSTATUS(status))
        };
        return Err(format!("quizgen failed ({how}): {tail}"));
    }
    Ok((secs, usage.ru_maxrss))
}

/// Items in the bank: the lengths of the `items` arrays of its JSON files.
fn count_items(bank: &Path) -> Result<usize, String> {
    let mut n = 0;
    let entries = fs::read_dir(bank).map_err(|e| format!("{}: {e}", bank.display()))?;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "json") {
            let text = fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
            n += v.get("items").and_then(|i| i.as_array()).map_or(0, Vec::len);
        }
    }
    Ok(n)
}
