//! Shared helpers: a temporary working directory per test, course files written into
//! it, and a fluent way to run the real `quizgen` binary there and look at what it did.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;

/// The bank directory every test uses, relative to the test's directory.
pub const BANK: &str = "bank";

/// A small course of three texts with plain factual sentences, headings, a list and a
/// "Title - Site Name" line.
pub const NOBEL_TXT: &str = "\
The Nobel Foundation - Science History Online

The Nobel Foundation was founded in 1900 by the executors of Alfred Nobel's will.
The Nobel Prize was first awarded in 1901.
The foundation is located in Stockholm.
The International Committee of the Red Cross (ICRC) is a humanitarian organization based in Geneva.
The ICRC was founded in 1863 by Henry Dunant.
";

pub const CURIE_MD: &str = "\
# Marie Curie

Marie Curie was born in Warsaw in 1867.
The Radium Institute was founded in 1909 by Marie Curie.

## Achievements

- Marie Curie won the Nobel Prize in Physics in 1903.
- Marie Curie won the Nobel Prize in Chemistry in 1911.

The World Health Organization (WHO) is a specialized agency of the United Nations.
";

pub const TREATY_TXT: &str = "\
The Treaty of Versailles was signed in 1919.
The North Atlantic Treaty Organization (NATO) was founded in 1949.
The European Union (EU) is a political and economic union of member states located in Europe.
The United Nations was founded in 1945 to promote international peace and security.
";

/// The course files as (path relative to the test directory, text).
pub const COURSE: [(&str, &str); 3] = [("course/nobel.txt", NOBEL_TXT), ("course/curie.md", CURIE_MD), ("course/treaty.txt", TREATY_TXT)];

/// The bank file each course file gives.
pub const BANK_FILES: [&str; 3] = ["curie.json", "nobel.json", "treaty.json"];

/// One test's working directory.
pub struct Test {
    dir: TempDir,
}

impl Test {
    pub fn new() -> Test {
        Test { dir: tempfile::Builder::new().prefix("quizgen-it-").tempdir().expect("temporary directory") }
    }

    /// A test directory holding the standard course in `course/`.
    pub fn with_course() -> Test {
        let t = Test::new();
        for (path, text) in COURSE {
            t.write(path, text);
        }
        t
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Write a file (creating its directories).
    pub fn write(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> &Test {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&p, contents).unwrap_or_else(|e| panic!("writing {}: {e}", p.display()));
        self
    }

    pub fn mkdir(&self, rel: impl AsRef<Path>) -> &Test {
        fs::create_dir_all(self.join(rel)).unwrap();
        self
    }

    pub fn exists(&self, rel: impl AsRef<Path>) -> bool {
        self.join(rel).exists()
    }

    pub fn read(&self, rel: impl AsRef<Path>) -> String {
        let p = self.join(rel);
        fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
    }

    pub fn read_bytes(&self, rel: impl AsRef<Path>) -> Vec<u8> {
        let p = self.join(rel);
        fs::read(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
    }

    /// Rewrite a text file without the lines that contain `needle`.
    pub fn remove_lines(&self, rel: impl AsRef<Path>, needle: &str) -> &Test {
        let rel = rel.as_ref();
        let text = self.read(rel);
        assert!(text.contains(needle), "{} does not contain {needle:?}", rel.display());
        let kept: String = text.split_inclusive('\n').filter(|l| !l.contains(needle)).collect();
        self.write(rel, kept)
    }

    /// The binary, to be run in this test's directory.
    pub fn quizgen<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = assert_cmd::Command::cargo_bin("quizgen").expect("the quizgen binary");
        cmd.current_dir(self.path()).timeout(Duration::from_secs(60));
        let args: Vec<_> = args.into_iter().map(|a| a.as_ref().to_os_string()).collect();
        let shown = args.iter().map(|a| a.to_string_lossy().into_owned()).collect::<Vec<_>>().join(" ");
        cmd.args(&args);
        Run { cmd, shown }
    }

    /// The binary in a pseudo-terminal, as a person at a terminal runs it. What it shows
    /// keeps its ANSI escapes (rexpect's stripping eats the text after inquire's
    /// `ESC[?2004h`), so waits are for text that stands between them. Each wait gives up
    /// after a minute, so a loaded machine is no failure and a hung prompt is.
    pub fn pty<I, S>(&self, args: I) -> rexpect::session::PtySession
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("quizgen"));
        cmd.current_dir(self.path()).args(args);
        let options = rexpect::reader::Options::new().timeout_ms(Some(60_000));
        rexpect::session::spawn_with_options(cmd, options).expect("quizgen in a pseudo-terminal")
    }

    /// `quizgen generate course --bank bank`, which must succeed.
    pub fn generate(&self) -> Output {
        self.quizgen(["generate", "course", "--bank", BANK]).succeeds()
    }

    /// Names of the bank's `.json` files, sorted.
    pub fn bank_files(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.join(BANK))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json") && !n.starts_with('.'))
            .collect();
        names.sort();
        names
    }

    /// One bank file, parsed.
    pub fn bank_json(&self, name: &str) -> Value {
        let text = self.read(Path::new(BANK).join(name));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{BANK}/{name} is not JSON: {e}\n{text}"))
    }

    /// Write a value as a pretty-printed bank file.
    pub fn write_bank_json(&self, name: &str, v: &Value) -> &Test {
        let mut s = serde_json::to_string_pretty(v).unwrap();
        s.push('\n');
        self.write(Path::new(BANK).join(name), s)
    }

    /// Every item of the bank, file by file in name order.
    pub fn all_items(&self) -> Vec<Value> {
        self.bank_files().iter().flat_map(|f| items(&self.bank_json(f)).clone()).collect()
    }

    /// Every file of a directory (by name) with its bytes.
    pub fn snapshot(&self, rel: impl AsRef<Path>) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        for e in fs::read_dir(self.join(rel)).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                out.insert(e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap());
            }
        }
        out
    }
}

/// A prepared run of the binary.
pub struct Run {
    cmd: assert_cmd::Command,
    shown: String,
}

impl Run {
    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Run {
        self.shown.push(' ');
        self.shown.push_str(&a.as_ref().to_string_lossy());
        self.cmd.arg(a);
        self
    }

    pub fn args(mut self, args: &[&str]) -> Run {
        for a in args {
            self = self.arg(a);
        }
        self
    }

    /// Feed this to standard input (closed after it).
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Run {
        self.cmd.write_stdin(input);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Run {
        self.cmd.env(key, value);
        self
    }

    /// Run it, whatever the outcome.
    pub fn output(mut self) -> Output {
        let out = self.cmd.output().unwrap_or_else(|e| panic!("running quizgen {}: {e}", self.shown));
        Output {
            shown: self.shown,
            status: out.status,
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Run it; it must exit 0.
    pub fn succeeds(self) -> Output {
        let out = self.output();
        assert!(out.status.success(), "quizgen {} failed:\n{}", out.shown, out.dump());
        out
    }

    /// Run it; it must exit 1 with an `error: ` message on stderr and nothing on stdout.
    pub fn fails(self) -> Output {
        let out = self.output();
        assert_eq!(out.status.code(), Some(1), "quizgen {} should exit 1:\n{}", out.shown, out.dump());
        assert!(out.stderr.starts_with("error: "), "quizgen {}: stderr should start with 'error: ':\n{}", out.shown, out.dump());
        assert!(!out.stderr.contains("panicked"), "quizgen {} panicked:\n{}", out.shown, out.dump());
        assert!(out.stdout.is_empty(), "quizgen {} failed but wrote to stdout:\n{}", out.shown, out.dump());
        out
    }
}

/// What a run did.
pub struct Output {
    pub shown: String,
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn dump(&self) -> String {
        let mut s = String::new();
        let _ = write!(s, "status: {:?}\n--- stdout ---\n{}--- stderr ---\n{}", self.status, self.stdout, self.stderr);
        s
    }

    pub fn stdout_has(&self, needle: &str) -> &Output {
        assert!(self.stdout.contains(needle), "quizgen {}: stdout lacks {needle:?}:\n{}", self.shown, self.dump());
        self
    }

    pub fn stderr_has(&self, needle: &str) -> &Output {
        assert!(self.stderr.contains(needle), "quizgen {}: stderr lacks {needle:?}:\n{}", self.shown, self.dump());
        self
    }

    /// It failed (exit 1) with this first line of stderr.
    pub fn assert_error(&self, line: &str) -> &Output {
        assert_eq!(self.status.code(), Some(1), "quizgen {} should exit 1:\n{}", self.shown, self.dump());
        assert_eq!(self.error_line(), line, "quizgen {}:\n{}", self.shown, self.dump());
        self
    }

    /// The first line of stderr (the error itself, before any "caused by").
    pub fn error_line(&self) -> &str {
        self.stderr.lines().next().unwrap_or("")
    }
}

/// The items array of a bank file.
pub fn items(bank: &Value) -> &Vec<Value> {
    bank["items"].as_array().expect("the bank file has an items array")
}

pub fn items_mut(bank: &mut Value) -> &mut Vec<Value> {
    bank["items"].as_array_mut().expect("the bank file has an items array")
}

/// The string field of an item.
pub fn s<'a>(item: &'a Value, field: &str) -> &'a str {
    item[field].as_str().unwrap_or_else(|| panic!("item field {field} is not a string: {item}"))
}

/// `^q[0-9a-f]{11}$`
pub fn is_item_id(id: &str) -> bool {
    id.len() == 12 && id.starts_with('q') && id[1..].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A bank item written by hand, in the serde shape of `src/bank/model.rs`.
pub fn hand_item(id: &str, question: &str, answer: &str) -> Value {
    serde_json::json!({
        "id": id,
        "kind": "date",
        "type": "mc",
        "types": ["mc", "short"],
        "question": question,
        "answer": answer,
        "accept": [],
        "distractors": ["-41", "-39", "-50"],
        "statement": "",
        "false_statement": "",
        "cloze": "",
        "explanation": "course/hand.txt, line 1: written by hand.",
        "source": { "file": "course/hand.txt", "line": 1 },
        "sentence": "Written by hand.",
        "tags": ["year"],
        "status": "approved",
        "confidence": 0.9
    })
}

/// A bank file wrapping items.
pub fn hand_bank(source: &str, items: Vec<Value>) -> Value {
    serde_json::json!({ "format": 1, "source": source, "items": items })
}
