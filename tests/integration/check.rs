//! `quizgen check`: item-writing lint of a bank, as text and as JSON, and its exit code.

use serde_json::Value;

use crate::support::{BANK, Test, hand_bank, hand_item};

/// A bank with one item per fault and one clean item.
fn faulty_bank() -> Test {
    let t = Test::new();
    let clean = hand_item("q00000000d01", "In which year was the Union founded?", "1901");
    let twice = hand_item("q00000000d02", "In which year was the Union founded?", "1911");
    let given_away = hand_item("q00000000d03", "Which treaty of 1902 ended the war?", "1902");
    let mut two_distractors = hand_item("q00000000d04", "In which year was the Fund created?", "1903");
    two_distractors["distractors"] = serde_json::json!(["1904", "1905"]);
    let mut no_source = hand_item("q00000000d05", "In which year was the Bank opened?", "1906");
    no_source["sentence"] = "".into();
    let mut no_question_mark = hand_item("q00000000d06", "Name the year the League met", "1907");
    no_question_mark["distractors"] = serde_json::json!(["1908", "1909", "1907"]);
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![clean, twice, given_away, two_distractors, no_source, no_question_mark]));
    t
}

#[test]
fn each_fault_is_reported_with_its_item_id_and_errors_exit_1() {
    let t = faulty_bank();
    let out = t.quizgen(["check", "--bank", BANK]).output();
    assert_eq!(out.status.code(), Some(1), "{}", out.dump());
    let lines: Vec<(&str, &str, &str)> = out
        .stdout
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            Some((w.next()?, w.next()?, w.next()?))
        })
        .filter(|(s, _, _)| *s == "error" || *s == "warning")
        .collect();
    assert_eq!(
        lines,
        [
            ("error", "q00000000d02", "duplicate-question"),
            ("error", "q00000000d03", "answer-in-stem"),
            ("warning", "q00000000d04", "few-distractors"),
            ("error", "q00000000d05", "missing-source"),
            ("error", "q00000000d06", "duplicate-options"),
            ("warning", "q00000000d06", "stem-ending"),
        ],
        "{}",
        out.stdout
    );
    out.stdout_has("6 items checked: 4 errors, 2 warnings");
    assert_eq!(out.error_line(), "error: 4 errors in bank (listed above): fix or reject those items");
}

#[test]
fn json_for_scripts() {
    let t = faulty_bank();
    let out = t.quizgen(["check", "--bank", BANK, "--format", "json"]).output();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON: {e}\n{}", out.stdout));
    assert_eq!((v["items"].as_u64(), v["errors"].as_u64(), v["warnings"].as_u64()), (Some(6), Some(4), Some(2)));
    let first = &v["findings"][0];
    assert_eq!(first["id"], "q00000000d02");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["rule"], "duplicate-question");
    assert_eq!(first["file"], "course/hand.txt");
    assert!(first["message"].as_str().unwrap().contains("q00000000d01"));
}

#[test]
fn warnings_alone_exit_0() {
    let t = Test::new();
    let mut it = hand_item("q00000000e01", "In which year was the Fund created?", "1903");
    it["distractors"] = serde_json::json!(["1904"]);
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![it]));
    t.quizgen(["check", "--bank", BANK]).succeeds().stdout_has("1 item checked: 0 errors, 1 warning");
    t.quizgen(["check", "--bank", BANK, "--format", "yaml"]).fails().stderr_has("unknown --format 'yaml'; use text or json");
}
