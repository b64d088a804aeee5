//! The real importers' parsers, run on our exports: gift-pegjs (GIFT), text2qti (Canvas
//! QTI), Anki's own importer (anki text), openpyxl (Kahoot .xlsx), Python's XML parser
//! with Moodle's rules (Moodle XML). `tests/validators/install.sh` puts them in
//! `target/validators/`; the first test that needs them runs it if `.ci/run` has not. A
//! missing or broken validator fails the test: these checks never skip.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where the validators are, installed once per test run if needed.
fn dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::var_os("QUIZGEN_VALIDATORS").map(PathBuf::from).unwrap_or_else(|| root().join("target/validators"));
        if !dir.join("ready").exists() {
            let out = Command::new("bash").arg(root().join("tests/validators/install.sh")).env("QUIZGEN_VALIDATORS", &dir).output();
            match out {
                Ok(o) if o.status.success() => {}
                Ok(o) => panic!(
                    "installing the validators failed (tests/validators/install.sh needs python3, node and npm, and PyPI and npm to be reachable):\n{}{}",
                    String::from_utf8_lossy(&o.stdout),
                    String::from_utf8_lossy(&o.stderr)
                ),
                Err(e) => panic!("cannot run tests/validators/install.sh: {e}"),
            }
        }
        dir
    })
}

/// Run a validator; it must succeed and print JSON.
fn run(mut cmd: Command, what: &str) -> Value {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{what} refused the file:\n{stdout}{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{what} printed no JSON ({e}):\n{stdout}"))
}

fn python(script: &str, files: &[&Path]) -> Value {
    let mut cmd = Command::new(dir().join("venv/bin/python"));
    cmd.arg(root().join("tests/validators").join(script)).args(files);
    run(cmd, script)
}

/// gift-pegjs's parse of a GIFT file.
pub fn gift(file: &Path) -> Value {
    let mut cmd = Command::new("node");
    cmd.arg(root().join("tests/validators/gift.js")).arg(dir().join("node")).arg(file);
    run(cmd, "gift-pegjs")
}

/// The questions of a Moodle XML file that passed Moodle's rules.
pub fn moodle_xml(file: &Path) -> Value {
    python("moodle_xml.py", &[file])
}

/// The notes a new Anki collection holds after importing the files in turn, and each import's log.
pub fn anki(files: &[&Path]) -> Value {
    python("anki_import.py", files)
}

/// The questions of the QTI package text2qti made of a quiz text.
pub fn text2qti(file: &Path) -> Value {
    python("text2qti.py", &[file])
}

/// The rows of a Kahoot spreadsheet that passed the template's rules.
pub fn kahoot(file: &Path) -> Value {
    python("kahoot.py", &[file])
}
