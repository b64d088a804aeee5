//! The exported quiz in a real browser: Debian's headless chromium, driven by playwright-core
//! through the scenarios of `tests/browser/quiz.mjs` (each also fails on a dialog, a script
//! error or any request but the file itself). Skipped without node or chromium, except under
//! CI, where that fails (`tools.rs`).

use std::path::Path;
use std::process::Command;

use crate::html::{hostile_bank, page_data};
use crate::support::{BANK, Test};
use crate::tools::{Browser, browser, root};

/// Run one scenario against a page; it must report ok.
fn scenario(b: &Browser, name: &str, page: &Path) {
    let out = Command::new("node")
        .arg(root().join("tests/browser/quiz.mjs"))
        .arg(name)
        .arg(page)
        .env("QUIZGEN_DRIVER", &b.driver)
        .env("QUIZGEN_CHROMIUM", &b.chromium)
        .output()
        .expect("running node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains(&format!("ok: {name}")), "scenario {name}:\n{stdout}{}", String::from_utf8_lossy(&out.stderr));
}

/// Twelve questions of the shipped bank, asked in all four ways.
fn shipped_quiz(t: &Test) -> std::path::PathBuf {
    let bank = root().join("question_bank");
    t.quizgen(["export", "--format", "html", "-o", "quiz.html", "--count", "12", "--seed", "2", "--title", "Shipped bank"]).arg("--bank").arg(bank).succeeds();
    let data = page_data(&t.read("quiz.html"));
    let types: std::collections::BTreeSet<&str> = data["questions"].as_array().unwrap().iter().map(|q| q["type"].as_str().unwrap()).collect();
    assert_eq!(types.into_iter().collect::<Vec<_>>(), ["cloze", "mc", "short", "tf"], "the scenarios should meet every way of asking");
    t.join("quiz.html")
}

fn run_on_shipped(name: &str) {
    let Some(b) = browser() else { return };
    let t = Test::new();
    scenario(b, name, &shipped_quiz(&t));
}

#[test]
fn every_answer_right_scores_100_percent() {
    run_on_shipped("allRight");
}

#[test]
fn every_answer_wrong_shows_the_answer_and_its_sentence_and_retry_asks_them_again() {
    run_on_shipped("allWrong");
}

#[test]
fn a_reload_resumes_and_start_again_clears() {
    run_on_shipped("reload");
}

#[test]
fn the_keyboard_alone_does_it_all() {
    run_on_shipped("keyboard");
}

#[test]
fn no_request_leaves_the_page_and_the_policy_blocks_any_attempt() {
    run_on_shipped("network");
}

#[test]
fn a_phone_needs_no_sideways_scrolling_and_dark_and_print_views_apply() {
    let Some(b) = browser() else { return };
    let t = Test::new();
    hostile_bank(&t);
    t.quizgen(["export", "--bank", BANK, "--format", "html", "-o", "quiz.html", "--seed", "1"]).succeeds();
    scenario(b, "looks", &t.join("quiz.html"));
    scenario(b, "looks", &shipped_quiz(&t));
}

#[test]
fn hostile_texts_are_shown_literally_and_run_nothing() {
    let Some(b) = browser() else { return };
    let t = Test::new();
    hostile_bank(&t);
    t.quizgen(["export", "--bank", BANK, "--format", "html", "-o", "quiz.html", "--seed", "1", "--title", crate::html::HOSTILE[0]]).succeeds();
    scenario(b, "hostile", &t.join("quiz.html"));
}
