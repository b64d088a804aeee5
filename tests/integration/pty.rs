//! The real inquire interface in a pseudo-terminal (rexpect): a multiple-choice answer
//! picked with the arrow keys, a typed answer, and Ctrl-C and Esc mid-quiz. Every wait is
//! for text on the screen, with a generous timeout for a loaded machine; none is a sleep.

use std::process::Command;

use rexpect::session::{PtySession, spawn_command};

use crate::support::{BANK, Test};

const TIMEOUT_MS: u64 = 60_000;

/// Run `quizgen quiz ARGS` in a terminal through sh, which keeps the terminal's settings
/// from before (in `stty.before`) and prints the exit code and the settings after, so a test
/// can see how the quiz left the terminal.
fn spawn_quiz(t: &Test, args: &str) -> PtySession {
    let bin = assert_cmd::cargo::cargo_bin("quizgen");
    let script = format!("stty -g > stty.before; '{}' quiz --bank {BANK} {args}; echo \"EXIT=$?\"; echo \"STTY=$(stty -g)\"", bin.display());
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(script).current_dir(t.path()).env("QUIZGEN_HOME", t.join("home")).env("TERM", "xterm").env("NO_COLOR", "1");
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn the quiz in a pseudo-terminal")
}

/// The right answers, as the line mode shows them (the same seed asks the same quiz).
fn expected(t: &Test, args: &[&str]) -> Vec<String> {
    let home = t.join("scratch-home");
    let out = t.quizgen(["quiz", "--bank", BANK]).args(args).env("QUIZGEN_HOME", home.to_str().unwrap()).stdin("").output();
    out.stdout.lines().filter_map(|l| l.trim_start().strip_prefix("answer: ")).map(str::to_string).collect()
}

fn setup() -> Test {
    let t = Test::with_course();
    t.generate();
    t.mkdir("home");
    t
}

/// After the quiz: its exit code, and that the terminal has the settings it had before.
fn finish(t: &Test, p: &mut PtySession) -> String {
    let before = p.exp_string("EXIT=").expect("the quiz ended");
    let code = p.exp_regex("[0-9]+").expect("an exit code").1;
    p.exp_string("STTY=").expect("stty ran");
    let after = p.exp_eof().expect("the shell ended");
    assert_eq!(after.trim(), t.read("stty.before").trim(), "the quiz leaves the terminal as it found it");
    format!("{before}\nEXIT={code}")
}

#[test]
fn a_multiple_choice_answer_is_picked_with_the_arrow_keys() {
    let t = setup();
    let args = ["--count", "1", "--type", "mc", "--seed", "21"];
    let answer = expected(&t, &args).remove(0);
    let index = usize::from(answer.as_bytes()[0] - b'A');
    let mut p = spawn_quiz(&t, &args.join(" "));
    p.exp_string("Question 1/1").unwrap();
    p.exp_string("Your answer:").unwrap();
    p.exp_string("D) ").unwrap();
    for _ in 0..index {
        p.send("\x1b[B").unwrap();
    }
    submit_and_expect_full_marks(&t, &mut p);
}

#[test]
fn a_typed_short_answer_is_judged() {
    let t = setup();
    let args = ["--count", "1", "--type", "short", "--seed", "22"];
    let answer = expected(&t, &args).remove(0);
    let mut p = spawn_quiz(&t, &args.join(" "));
    p.exp_string("Question 1/1").unwrap();
    p.exp_string("Your answer:").unwrap();
    p.send(&answer.to_lowercase()).unwrap();
    submit_and_expect_full_marks(&t, &mut p);
}

/// Enter, then the one-question quiz must be right and end well.
fn submit_and_expect_full_marks(t: &Test, p: &mut PtySession) {
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Right!").unwrap();
    p.exp_string("Score: 1/1 (100%)").unwrap();
    let end = finish(t, p);
    assert!(end.ends_with("EXIT=0"), "{end}");
}

fn stopped_mid_quiz(key: &str) {
    let t = setup();
    let mut p = spawn_quiz(&t, "--count 3 --type short --seed 23");
    p.exp_string("Question 1/3").unwrap();
    p.exp_string("Your answer:").unwrap();
    p.send("zzz\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Question 2/3").unwrap();
    p.exp_string("Your answer:").unwrap();
    p.send(key).unwrap();
    p.flush().unwrap();
    p.exp_string("Quiz interrupted").unwrap();
    p.exp_string("Score: 0/3 (0%)").unwrap();
    let end = finish(&t, &mut p);
    assert!(end.ends_with("EXIT=130"), "{end}");
    let history = t.read("home/history.jsonl");
    assert_eq!(history.lines().count(), 1, "the answer before the interruption is kept: {history}");
    assert!(history.contains("\"answer\":\"zzz\""), "{history}");
}

#[test]
fn ctrl_c_mid_quiz_keeps_the_answers_before_it_and_leaves_the_terminal_sane() {
    stopped_mid_quiz("\x03");
}

#[test]
fn esc_mid_quiz_ends_it_the_same_way() {
    stopped_mid_quiz("\x1b");
}
