//! Bad input: every case exits 1 with one clear message on stderr that names the file,
//! and leaves the bank as it was.

use std::fs::File;

use crate::support::{BANK, BANK_FILES, Test};

#[test]
fn a_missing_input_path() {
    let t = Test::new();
    let out = t.quizgen(["generate", "nowhere/course.txt", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: nowhere/course.txt: no such file or directory");
    assert!(!t.exists(BANK), "no bank is made for a failed run");
}

#[test]
fn a_directory_without_texts() {
    let t = Test::new();
    t.write("slides/notes.pdf", "%PDF-1.4").write("slides/deck.pptx", "x");
    let out = t.quizgen(["generate", "slides", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: slides: no .txt or .md files in this directory");
    t.mkdir("empty");
    t.quizgen(["generate", "empty", "--bank", BANK]).fails().stderr_has("empty: no .txt or .md files");
}

#[test]
fn a_file_that_is_not_a_text() {
    let t = Test::new();
    t.write("notes.pdf", "%PDF-1.4");
    let out = t.quizgen(["generate", "notes.pdf", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: notes.pdf: not a .txt or .md file");
}

#[test]
fn an_empty_file() {
    let t = Test::new();
    t.write("course/empty.txt", "");
    let out = t.quizgen(["generate", "course/empty.txt", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: course/empty.txt: the file is empty");
    t.write("course/blank.md", " \n\n\t\n");
    t.quizgen(["generate", "course/blank.md", "--bank", BANK]).fails().stderr_has("course/blank.md: the file is empty");
}

#[test]
fn a_binary_file_names_the_byte_offset() {
    let t = Test::new();
    t.write("course/image.txt", b"The ICRC was founded in 1863.\nGIF89a\x00\x01\x02".as_slice());
    let out = t.quizgen(["generate", "course/image.txt", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: course/image.txt: looks like a binary file (NUL byte at byte offset 36, line 2)");
}

#[test]
fn a_file_that_is_not_utf8_names_the_byte_offset_and_line() {
    let t = Test::new();
    // "café" in Latin-1 on the third line
    t.write("course/latin1.txt", b"The ICRC was founded in 1863.\nIt is in Geneva.\nA caf\xe9 is nearby.\n".as_slice());
    let out = t.quizgen(["generate", "course/latin1.txt", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: course/latin1.txt: not valid UTF-8 at byte offset 52 (line 3); save the file as UTF-8");
}

#[test]
fn one_bad_file_stops_the_run_before_anything_is_written() {
    let t = Test::with_course();
    t.write("course/zz_broken.txt", b"ok\n\xff\n".as_slice());
    let out = t.quizgen(["generate", "course", "--bank", BANK]).fails();
    out.stderr_has("course/zz_broken.txt: not valid UTF-8 at byte offset 3 (line 2)");
    assert!(!t.exists(BANK) || t.bank_files().is_empty(), "bank files were written by a failed run: {:?}", t.bank_files());
}

const BROKEN_BANK: &str = "{\n  \"format\": 1,\n  \"source\": \"course/nobel.txt\",\n  \"items\": [,]\n}\n";

#[test]
fn a_corrupt_bank_file_is_named_with_line_and_column_and_left_alone() {
    let t = Test::with_course();
    t.write(format!("{BANK}/nobel.json"), BROKEN_BANK);
    let out = t.quizgen(["generate", "course", "--bank", BANK]).fails();
    out.stderr_has(&format!("{BANK}/nobel.json:4:13: not a valid bank file"));
    assert_eq!(t.read_bytes(format!("{BANK}/nobel.json")), BROKEN_BANK.as_bytes(), "the broken bank file was changed");
    // nothing else is written either
    assert_eq!(t.bank_files(), ["nobel.json"], "other bank files were written by a failed run");
    // the readers say the same
    t.write(format!("{BANK}/curie.json"), "{\"format\": 1, \"source\": \"x\", \"items\": []}\n");
    t.quizgen(["list", "--bank", BANK]).fails().stderr_has(&format!("{BANK}/nobel.json:4:13:"));
    t.quizgen(["export", "--bank", BANK]).fails().stderr_has(&format!("{BANK}/nobel.json:4:13:"));
    assert_eq!(t.read_bytes(format!("{BANK}/nobel.json")), BROKEN_BANK.as_bytes());
}

#[test]
fn a_bank_file_of_the_wrong_shape_is_corrupt_too() {
    let t = Test::with_course();
    // valid JSON, but an item lacks most of its fields
    let wrong = "{\n  \"format\": 1,\n  \"source\": \"course/treaty.txt\",\n  \"items\": [\n    {\"id\": \"q0123456789a\"}\n  ]\n}\n";
    t.write(format!("{BANK}/treaty.json"), wrong);
    let out = t.quizgen(["generate", "course", "--bank", BANK]).fails();
    out.stderr_has(&format!("{BANK}/treaty.json:5:")).stderr_has("not a valid bank file");
    assert_eq!(t.read(format!("{BANK}/treaty.json")), wrong);
}

#[test]
fn a_bank_file_of_another_format_version_is_refused() {
    let t = Test::with_course();
    let v2 = "{\"format\": 2, \"source\": \"course/curie.md\", \"items\": []}\n";
    t.write(format!("{BANK}/curie.json"), v2);
    let out = t.quizgen(["generate", "course", "--bank", BANK]).fails();
    out.stderr_has(&format!("{BANK}/curie.json: bank format 2 is not supported"));
    assert_eq!(t.read(format!("{BANK}/curie.json")), v2);
}

#[test]
fn a_locked_bank_is_refused() {
    let t = Test::with_course();
    t.mkdir(BANK);
    let lock = File::options().create(true).truncate(false).write(true).open(t.join(BANK).join(".quizgen.lock")).unwrap();
    lock.try_lock().expect("the test takes the bank's lock");
    let out = t.quizgen(["generate", "course", "--bank", BANK]).fails();
    out.stderr_has("locked").stderr_has(".quizgen.lock");
    assert!(t.bank_files().is_empty(), "a locked bank was written: {:?}", t.bank_files());
    drop(lock);
    t.generate();
    assert_eq!(t.bank_files(), BANK_FILES);
}

#[test]
fn reading_a_missing_bank_says_how_to_make_one() {
    let t = Test::new();
    let out = t.quizgen(["list", "--bank", "nowhere"]).fails();
    assert_eq!(out.error_line(), "error: nowhere: no bank here; create one with `quizgen generate <texts> --bank nowhere`");
    t.quizgen(["export", "--bank", "nowhere"]).fails().stderr_has("quizgen generate");
    t.quizgen(["show", "q0123456789a", "--bank", "nowhere"]).fails().stderr_has("quizgen generate");
    assert!(!t.exists("nowhere"), "reading must not create the bank");
}

#[test]
fn reading_an_empty_bank_says_to_generate_first() {
    let t = Test::new();
    t.mkdir(BANK);
    t.quizgen(["list", "--bank", BANK]).fails().stderr_has("the bank has no items").stderr_has("quizgen generate");
}
