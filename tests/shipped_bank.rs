//! The shipped bank is current: regenerating it from seeds/ changes nothing (reviewed
//! items are kept as they are, so this holds after review too).

use std::path::Path;

use assert_cmd::Command;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    v.sort();
    v
}

#[test]
fn question_bank_is_what_generate_makes_from_the_seeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped = root.join("question_bank");
    let copy = tempfile::tempdir().unwrap();
    for (name, bytes) in files(&shipped) {
        std::fs::write(copy.path().join(name), bytes).unwrap();
    }
    Command::cargo_bin("quizgen").unwrap().current_dir(root).args(["generate", "seeds", "--bank"]).arg(copy.path()).assert().success();
    let after = files(copy.path());
    let before = files(&shipped);
    assert_eq!(after.len(), before.len(), "bank files differ in number: run `cargo run --release -- generate` and commit question_bank/");
    for ((n1, b1), (n2, b2)) in before.iter().zip(&after) {
        assert_eq!(n1, n2);
        assert!(b1 == b2, "question_bank/{n1} is out of date: run `cargo run --release -- generate` and commit question_bank/");
    }
}
