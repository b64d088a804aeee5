//! `quizgen review` without a terminal: one action per line on a piped stdin, each
//! decision in the bank as soon as it is made, the summary, the order, the lock, and a
//! regeneration after review.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use serde_json::Value;

use crate::support::{BANK, Test, items, s};

/// The review of nobel.json in text order.
const NOBEL: [&str; 7] = ["review", "--bank", BANK, "--order", "source", "--source", "nobel.txt"];

fn nobel_items(t: &Test) -> Vec<Value> {
    items(&t.bank_json("nobel.json")).clone()
}

fn statuses(items: &[Value]) -> Vec<&str> {
    items.iter().map(|it| s(it, "status")).collect()
}

/// The ids in the order the review showed them ("Item n/N  id  …" lines).
fn shown_ids(stdout: &str) -> Vec<String> {
    stdout.lines().filter(|l| l.starts_with("Item ")).map(|l| l.split_whitespace().nth(2).unwrap().to_string()).collect()
}

#[test]
fn piped_actions_are_saved_one_by_one_and_summed_up() {
    let t = Test::with_course();
    t.generate();
    let before = nobel_items(&t);
    assert_eq!(before.len(), 6, "the test expects six items of nobel.txt");
    // approve, reject, skip, back to the skipped item, reject it, quit
    let out = t.quizgen(NOBEL).stdin("a\nr\ns\nb\nr\nq\n").succeeds();
    let after = nobel_items(&t);
    assert_eq!(statuses(&after), ["approved", "rejected", "rejected", "generated", "generated", "generated"], "{}", out.stdout);
    out.stdout_has("  <- back to item 3: skipped undone\n");
    assert_eq!(out.stdout.lines().last(), Some("Review stopped: approved 1, edited 0, rejected 2, skipped 0, still to review 3"));
    let ids: Vec<&str> = before.iter().map(|it| s(it, "id")).collect();
    assert_eq!(shown_ids(&out.stdout), [ids[0], ids[1], ids[2], ids[3], ids[2], ids[3]]);
    // a decision changes the status only
    for (b, a) in before.iter().zip(&after) {
        let mut b = b.clone();
        b["status"] = a["status"].clone();
        assert_eq!(&b, a);
    }
}

#[test]
fn an_item_is_shown_with_everything_a_reviewer_judges_it_by() {
    let t = Test::with_course();
    t.generate();
    let first = nobel_items(&t)[0].clone();
    let out = t.quizgen(NOBEL).stdin("q\n").succeeds();
    let list = |field: &str| {
        let v: Vec<&str> = first[field].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        if v.is_empty() { "(none)".to_string() } else { v.join(" | ") }
    };
    let types: Vec<&str> = first["types"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
    out.stdout_has(&format!("Item 1/6  {}  {} · generated · confidence {:.2}\n", s(&first, "id"), s(&first, "kind"), first["confidence"].as_f64().unwrap()))
        .stdout_has(&format!("  question:    {}\n", s(&first, "question")))
        .stdout_has(&format!("  answer:      {}\n", s(&first, "answer")))
        .stdout_has(&format!("  distractors: {}\n", list("distractors")))
        .stdout_has(&format!("  also accept: {}\n", list("accept")))
        .stdout_has(&format!("  types:       {}\n", types.join(", ")))
        .stdout_has(&format!("  source:      course/nobel.txt:{}\n", first["source"]["line"]));
    let sentence = s(&first, "sentence");
    let answer = s(&first, "answer");
    assert!(sentence.contains(answer), "the test needs an answer that stands in its sentence: {first}");
    out.stdout_has(&format!("  sentence:    {}\n", sentence.replacen(answer, &format!("»{answer}«"), 1)));
}

#[test]
fn by_default_the_generated_items_come_lowest_confidence_first() {
    let t = Test::with_course();
    t.generate();
    let all = t.all_items();
    let n = all.len();
    let out = t.quizgen(["review", "--bank", BANK]).stdin("s\n".repeat(n)).succeeds();
    let shown = shown_ids(&out.stdout);
    // bank order (files by name, items by line) among equal confidences
    let mut expected: Vec<&Value> = all.iter().collect();
    expected.sort_by(|a, b| a["confidence"].as_f64().unwrap().total_cmp(&b["confidence"].as_f64().unwrap()));
    assert_eq!(shown, expected.iter().map(|it| s(it, "id")).collect::<Vec<_>>());
    assert!(out.stdout.contains(&format!("Item {n}/{n}  ")), "{}", out.stdout);
    assert_eq!(out.stdout.lines().last().unwrap(), format!("Review done: approved 0, edited 0, rejected 0, skipped {n}, still to review 0"));
}

#[test]
fn the_end_of_the_input_stops_and_the_next_review_starts_where_it_left_off() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(NOBEL).stdin("a\n").succeeds();
    assert_eq!(out.stdout.lines().last(), Some("Review stopped: approved 1, edited 0, rejected 0, skipped 0, still to review 5"));
    let again = t.quizgen(NOBEL).stdin("").succeeds();
    assert_eq!(shown_ids(&again.stdout), [s(&nobel_items(&t)[1], "id")]);
    again.stdout_has("Item 1/5  ");
    // approved items are reviewed again on request
    t.quizgen(["review", "--bank", BANK, "--status", "approved"]).stdin("r\n").succeeds().stdout_has("Item 1/1  ");
    assert_eq!(statuses(&nobel_items(&t))[0], "rejected");
}

#[test]
fn unknown_lines_ask_again() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(NOBEL).stdin("yes\nA\n").succeeds();
    out.stdout_has("unknown action \"yes\": type a, r, e, s, b or q\n");
    assert_eq!(statuses(&nobel_items(&t))[0], "approved");
}

#[test]
fn an_edit_in_line_mode_is_checked_and_saved_as_edited() {
    let t = Test::with_course();
    t.generate();
    let first = nobel_items(&t)[0].clone();
    let answer = s(&first, "answer");
    // the question reworded; then a distractor equal to the answer, refused, then the
    // distractors emptied with "-"
    let input = format!("e\nWhat was set up in 1900?\n\n\n\nb\ne\n\n\n{answer}\n\n\n\n-\n\nq\n");
    let out = t.quizgen(NOBEL).stdin(input.as_str()).succeeds();
    out.stdout_has("  -> edited (question)\n")
        .stdout_has("  <- back to item 1: edited undone\n")
        .stdout_has(&format!("  not saved: distractor 1 \"{answer}\" is the answer\n"))
        .stdout_has("  -> edited (distractors)\n");
    let after = nobel_items(&t)[0].clone();
    assert_eq!(s(&after, "status"), "edited");
    assert_eq!(s(&after, "question"), s(&first, "question"), "the undone edit of the question came back");
    assert_eq!(after["distractors"], serde_json::json!([]));
    let types: Vec<&str> = after["types"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
    assert!(!types.contains(&"mc") && !types.contains(&"tf"), "no distractors, no multiple choice nor true/false: {after}");
    assert!(after.get("false_statement").is_none(), "a false statement needs a distractor: {after}");
    assert_eq!(out.stdout.lines().last(), Some("Review stopped: approved 0, edited 1, rejected 0, skipped 0, still to review 5"));
}

#[test]
fn an_empty_selection_says_what_matched_nothing() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["review", "--bank", BANK, "--kind", "membership", "--status", "rejected"]).fails();
    assert_eq!(out.error_line(), format!("error: nothing to review in {BANK}: no item matches (kind membership, status rejected)"));
    t.quizgen(["review", "--bank", BANK, "--status", "done"]).fails().stderr_has("unknown status 'done'");
    let out = t.quizgen(["review", "--bank", "nowhere"]).fails();
    out.stderr_has("nowhere: no bank here");
    assert!(!t.exists("nowhere"), "review must not create a bank");
}

/// A review running in the background on a piped stdin, as a second reviewer's would.
struct Running {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
}

impl Running {
    fn start(t: &Test) -> Running {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("quizgen"))
            .args(NOBEL)
            .current_dir(t.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let (tx, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running { child, lines }
    }

    /// Wait for a line starting with `prefix`; a minute is only a guard against a hang.
    fn wait_for(&self, prefix: &str) {
        loop {
            match self.lines.recv_timeout(Duration::from_secs(60)) {
                Ok(l) if l.starts_with(prefix) => return,
                Ok(_) => {}
                Err(e) => panic!("the running review never printed {prefix:?}: {e}"),
            }
        }
    }
}

#[test]
fn a_second_review_of_the_same_bank_is_refused_and_nothing_is_lost() {
    let t = Test::with_course();
    t.generate();
    let mut first = Running::start(&t);
    // the first item is shown once the bank is locked and read
    first.wait_for("Item 1/6");
    let second = t.quizgen(NOBEL).stdin("r\n").fails();
    second.stderr_has("locked by another quizgen process").stderr_has(".quizgen.lock");
    t.quizgen(["edit", s(&nobel_items(&t)[0], "id"), "--bank", BANK, "--status", "rejected"]).fails().stderr_has("locked");
    t.quizgen(["generate", "course", "--bank", BANK]).fails().stderr_has("locked");
    assert_eq!(statuses(&nobel_items(&t)), ["generated"; 6], "a refused command wrote the bank");
    let mut stdin = first.child.stdin.take().unwrap();
    stdin.write_all(b"a\na\nq\n").unwrap();
    drop(stdin);
    first.wait_for("Review stopped: approved 2");
    assert!(first.child.wait().unwrap().success());
    assert_eq!(statuses(&nobel_items(&t))[..3], ["approved", "approved", "generated"]);
    // the lock went with the first review
    t.quizgen(NOBEL).stdin("r\n").succeeds();
}

#[test]
fn regeneration_after_a_review_keeps_every_decision() {
    let t = Test::with_course();
    t.generate();
    t.quizgen(NOBEL).stdin("a\nr\ne\nWhich year did it begin?\n\n\n\n").succeeds();
    let reviewed = nobel_items(&t);
    assert_eq!(statuses(&reviewed)[..4], ["approved", "rejected", "edited", "generated"]);
    let out = t.generate();
    out.stdout_has("  kept as reviewed (approved, edited or rejected, left as they were): 3\n")
        .stdout_has("6 items (0 new, 3 unchanged, 3 kept as reviewed, 0 vanished)");
    assert_eq!(nobel_items(&t), reviewed, "regeneration changed a reviewed item or re-added the rejected one");
}

#[test]
fn list_status_alone_shows_the_progress_per_source() {
    let t = Test::with_course();
    t.generate();
    t.quizgen(NOBEL).stdin("a\nr\ne\nWhich year did it begin?\n\n\n\n").succeeds();
    let count = |f: &str| items(&t.bank_json(f)).len();
    let (curie, nobel, treaty) = (count("curie.json"), count("nobel.json"), count("treaty.json"));
    let all = curie + nobel + treaty;
    let out = t.quizgen(["list", "--bank", BANK, "--status"]).succeeds();
    let w = "course/treaty.txt".len();
    let expected = format!(
        "{:<w$}  items  to review  approved  edited  rejected  reviewed\n\
         {:<w$}  {curie:>5}  {curie:>9}         0       0         0       0 %\n\
         {:<w$}  {nobel:>5}  {:>9}         1       1         1  {:>8}\n\
         {:<w$}  {treaty:>5}  {treaty:>9}         0       0         0       0 %\n\
         {:<w$}  {all:>5}  {:>9}         1       1         1  {:>8}\n",
        "source",
        "course/curie.md",
        "course/nobel.txt",
        nobel - 3,
        format!("{} %", 300 / nobel),
        "course/treaty.txt",
        "all",
        all - 3,
        format!("{} %", 300 / all),
    );
    assert_eq!(out.stdout, expected);
    // a value still filters the items
    let rejected = t.quizgen(["list", "--bank", BANK, "--status", "rejected"]).succeeds();
    assert_eq!(rejected.stdout.lines().count(), 1);
    t.quizgen(["list", "--bank", BANK, "--status", "--source", "nobel.txt"]).succeeds().stdout_has("course/nobel.txt").stdout_has("50 %");
}

#[test]
fn ctrl_c_on_a_piped_review_prints_the_summary_and_exits_130() {
    let t = Test::with_course();
    t.generate();
    let mut review = Running::start(&t);
    let mut stdin = review.child.stdin.take().unwrap();
    stdin.write_all(b"a\n").unwrap();
    stdin.flush().unwrap();
    review.wait_for("  -> approved");
    // the review now waits for the next line, which never comes
    review.wait_for("Item 2/6");
    // SAFETY: kill(2) with the pid of our own child, which has not been waited for
    assert_eq!(unsafe { libc::kill(review.child.id() as libc::pid_t, libc::SIGINT) }, 0);
    review.wait_for("Review interrupted: approved 1, edited 0, rejected 0, skipped 0, still to review 5");
    assert_eq!(review.child.wait().unwrap().code(), Some(130));
    assert_eq!(statuses(&nobel_items(&t))[..2], ["approved", "generated"]);
    drop(stdin);
}
