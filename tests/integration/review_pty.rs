//! `quizgen review` at a terminal: the real inquire prompts, driven in a pseudo-terminal.
//! Every step waits for the text the program shows next (never for a time), so a slow
//! machine only makes the test slower.

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;
use serde_json::Value;

use crate::support::{BANK, Test, items, s};

fn nobel_items(t: &Test) -> Vec<Value> {
    items(&t.bank_json("nobel.json")).clone()
}

/// Type keys as a person would (rexpect's `send` buffers until a flush).
fn keys(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Choose an action: its key filters the list to it, Enter takes it (a terminal sends
/// Enter as a carriage return).
fn choose(p: &mut PtySession, key: &str, confirmation: &str) {
    p.exp_string("Decision:").unwrap();
    keys(p, &format!("{key}\r"));
    p.exp_string(confirmation).unwrap();
}

/// Wait for the end of the program and its exit status.
fn exit_code(p: &mut PtySession) -> i32 {
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("quizgen did not exit normally: {other:?}"),
    }
}

#[test]
fn approve_reject_edit_and_back_then_ctrl_c_keeps_every_decision() {
    let t = Test::with_course();
    t.generate();
    let before = nobel_items(&t);
    let mut p = t.pty(["review", "--bank", BANK, "--order", "source", "--source", "nobel.txt"]);
    p.exp_string("Item 1/6").unwrap();
    choose(&mut p, "a", "-> approved");
    p.exp_string("Item 2/6").unwrap();
    choose(&mut p, "r", "-> rejected");
    p.exp_string("Item 3/6").unwrap();
    // edit: the question gets a word more, the other fields are kept with Enter
    p.exp_string("Decision:").unwrap();
    keys(&mut p, "e\r");
    p.exp_string("question:").unwrap();
    keys(&mut p, " (reviewed)\r");
    for field in ["answer:", "distractors (separated by |):", "also accept (separated by |):"] {
        p.exp_string(field).unwrap();
        keys(&mut p, "\r");
    }
    p.exp_string("-> edited (question)").unwrap();
    p.exp_string("Item 4/6").unwrap();
    choose(&mut p, "s", "-> skipped");
    p.exp_string("Item 5/6").unwrap();
    // back undoes the skip and shows item 4 again
    choose(&mut p, "b", "<- back to item 4: skipped undone");
    p.exp_string("Item 4/6").unwrap();
    p.exp_string("Decision:").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Review interrupted: approved 1, edited 1, rejected 1, skipped 0, still to review 3").unwrap();
    assert_eq!(exit_code(&mut p), 130);
    let after = nobel_items(&t);
    let statuses: Vec<&str> = after.iter().map(|it| s(it, "status")).collect();
    assert_eq!(statuses, ["approved", "rejected", "edited", "generated", "generated", "generated"]);
    let question = s(&after[2], "question");
    assert!(question.contains("(reviewed)") && question.len() == s(&before[2], "question").len() + " (reviewed)".len(), "{question}");
}

#[test]
fn esc_at_the_decision_quits_with_the_summary() {
    let t = Test::with_course();
    t.generate();
    let mut p = t.pty(["review", "--bank", BANK]);
    p.exp_string("Item 1/").unwrap();
    choose(&mut p, "a", "-> approved");
    p.exp_string("Item 2/").unwrap();
    p.exp_string("Decision:").unwrap();
    keys(&mut p, "\x1b");
    p.exp_string("Review stopped: approved 1, edited 0, rejected 0, skipped 0").unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(t.all_items().iter().filter(|it| s(it, "status") == "approved").count(), 1);
}
