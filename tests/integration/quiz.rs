//! `quizgen quiz` and `quizgen stats` with piped answers: what a script (or CI) sees.

use serde_json::Value;

use crate::support::{BANK, Output, Test};

/// A test directory with the standard course generated into `bank/` and its own history home.
fn quiz_test() -> Test {
    let t = Test::with_course();
    t.generate();
    t.mkdir("home");
    t
}

impl Test {
    fn quiz(&self, args: &[&str], input: &str) -> Output {
        let home = self.join("home");
        self.quizgen(["quiz", "--bank", BANK]).args(args).env("QUIZGEN_HOME", home.to_str().unwrap()).stdin(input).output()
    }

    fn history(&self) -> Vec<Value> {
        let text = if self.exists("home/history.jsonl") { self.read("home/history.jsonl") } else { String::new() };
        text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("history line {l:?}: {e}"))).collect()
    }
}

/// The right answer to every question of a quiz, as it would be typed, read from the
/// "Unanswered" list that a quiz given no answers ends with.
fn right_answers(t: &Test, args: &[&str]) -> Vec<String> {
    let out = t.quiz(args, "");
    assert_eq!(out.status.code(), Some(130), "no answers: the quiz stops early\n{}", out.dump());
    let answers: Vec<String> = out
        .stdout
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("answer: "))
        .map(|a| match a {
            "True" => "T".to_string(),
            a if a.starts_with("False (") => "F".to_string(),
            a if a.as_bytes().get(1) == Some(&b')') => a[..1].to_string(),
            a => a.to_string(),
        })
        .collect();
    assert!(!answers.is_empty(), "{}", out.dump());
    answers
}

#[test]
fn a_scripted_quiz_with_every_answer_right_scores_full_marks() {
    let t = quiz_test();
    let args = ["--count", "6", "--seed", "42"];
    let answers = right_answers(&t, &args);
    assert_eq!(answers.len(), 6);
    let out = t.quiz(&args, &(answers.join("\n") + "\n"));
    assert!(out.status.success(), "{}", out.dump());
    out.stdout_has("Question 1/6").stdout_has("Question 6/6").stdout_has("Score: 6/6 (100%)");
    assert_eq!(out.stdout.matches("Right!").count(), 6, "{}", out.dump());
    assert!(!out.stdout.contains("Missed"), "{}", out.dump());
    out.stdout_has("  From course/");
}

#[test]
fn the_same_seed_asks_the_same_quiz_and_another_seed_another() {
    let t = quiz_test();
    let a = t.quiz(&["--count", "5", "--seed", "7"], "");
    let b = t.quiz(&["--count", "5", "--seed", "7"], "");
    let c = t.quiz(&["--count", "5", "--seed", "8"], "");
    let questions = |o: &Output| o.stdout.lines().filter(|l| l.starts_with("  ") && l.contains(". ")).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(questions(&a), questions(&b));
    assert_ne!(questions(&a), questions(&c));
}

#[test]
fn wrong_answers_get_the_right_one_and_the_source_sentence() {
    let t = quiz_test();
    let out = t.quiz(&["--count", "3", "--type", "short", "--seed", "1"], "zzz\nzzz\nzzz\n");
    assert!(out.status.success(), "{}", out.dump());
    assert_eq!(out.stdout.matches("Wrong. The answer: ").count(), 3, "{}", out.dump());
    out.stdout_has("Score: 0/3 (0%)").stdout_has("Missed (3):").stdout_has("(you: zzz)");
    let history = t.history();
    assert_eq!(history.len(), 3);
    for r in &history {
        assert_eq!(r["correct"], false);
        assert_eq!(r["answer"], "zzz");
        assert_eq!(r["type"], "short");
        assert!(r["item"].as_str().unwrap().starts_with('q'));
        assert!(r["session"] == history[0]["session"], "one session id for the quiz");
    }
}

#[test]
fn retry_missed_asks_what_was_last_answered_wrong_until_it_is_right() {
    let t = quiz_test();
    let first = ["--count", "3", "--type", "short", "--seed", "5"];
    t.quiz(&first, "zzz\nzzz\nzzz\n");
    let missed: Vec<String> = t.history().iter().map(|r| r["item"].as_str().unwrap().to_string()).collect();

    let retry = ["--retry-missed", "--type", "short", "--seed", "9"];
    let answers = right_answers(&t, &retry);
    assert_eq!(answers.len(), 3, "exactly the three missed items are asked again");
    let out = t.quiz(&retry, &(answers.join("\n") + "\n"));
    assert!(out.status.success(), "{}", out.dump());
    out.stdout_has("Score: 3/3");
    let retried: Vec<String> = t.history().iter().skip(3).map(|r| r["item"].as_str().unwrap().to_string()).collect();
    let mut a = missed.clone();
    let mut b = retried.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b);

    let done = t.quiz(&retry, "");
    assert_eq!(done.status.code(), Some(1), "{}", done.dump());
    assert!(done.stderr.contains("nothing to retry"), "{}", done.dump());
}

#[test]
fn review_asks_new_items_then_nothing_until_they_are_due() {
    let t = quiz_test();
    let args = ["--review", "--count", "100", "--seed", "3"];
    let answers = right_answers(&t, &args);
    let out = t.quiz(&args, &(answers.join("\n") + "\n"));
    assert!(out.status.success(), "{}", out.dump());
    let again = t.quiz(&args, "");
    assert_eq!(again.status.code(), Some(1), "{}", again.dump());
    assert!(again.stderr.contains("nothing is due for review; the next is due "), "{}", again.dump());
}

#[test]
fn stats_summarizes_the_history() {
    let t = quiz_test();
    t.quiz(&["--count", "2", "--type", "short", "--seed", "1"], "zzz\nzzz\n");
    let answers = right_answers(&t, &["--count", "2", "--type", "short", "--seed", "2"]);
    t.quiz(&["--count", "2", "--type", "short", "--seed", "2"], &(answers.join("\n") + "\n"));
    let home = t.join("home");
    let out = t.quizgen(["stats"]).env("QUIZGEN_HOME", home.to_str().unwrap()).succeeds();
    out.stdout_has("Sessions: 2 · answers: 4").stdout_has("By day:").stdout_has("By kind, weakest first:").stdout_has("Missed most:");
}

#[test]
fn an_answers_file_is_read_like_piped_input() {
    let t = quiz_test();
    let args = ["--count", "4", "--seed", "11"];
    let answers = right_answers(&t, &args);
    t.write("answers.txt", answers.join("\r\n") + "\r\n");
    let out = t.quiz(&["--count", "4", "--seed", "11", "--answers", "answers.txt"], "");
    assert!(out.status.success(), "{}", out.dump());
    out.stdout_has("Score: 4/4 (100%)");
}

#[test]
fn an_answer_of_the_wrong_shape_is_asked_again() {
    let t = quiz_test();
    let out = t.quiz(&["--count", "1", "--type", "tf", "--seed", "1"], "maybe\nT\n");
    assert!(out.status.success(), "{}", out.dump());
    out.stdout_has("Answer (T/F): maybe\nPlease answer with T (true) or F (false).\nAnswer (T/F): T\n");
}

#[test]
fn input_that_ends_early_keeps_the_answers_and_says_so() {
    let t = quiz_test();
    let out = t.quiz(&["--count", "3", "--type", "short", "--seed", "4"], "zzz\n");
    assert_eq!(out.status.code(), Some(130), "{}", out.dump());
    out.stdout_has("The answers ran out before the last question.").stdout_has("1 answered, 2 unanswered");
    assert_eq!(t.history().len(), 1);
}

#[test]
fn the_time_limit_ends_a_quiz_that_is_waiting_for_an_answer() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let t = quiz_test();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("quizgen"))
        .args(["quiz", "--bank", BANK, "--count", "3", "--type", "short", "--seed", "1", "--time-limit", "1"])
        .current_dir(t.path())
        .env("QUIZGEN_HOME", t.join("home"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // one answer, then the input stays open and silent: only the time limit can end the quiz
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"zzz\n").unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("Time is up."), "{stdout}");
    assert!(stdout.contains("Unanswered ("), "{stdout}");
}

#[test]
fn a_missing_or_empty_bank_says_how_to_make_one() {
    let t = Test::new();
    let out = t.quizgen(["quiz", "--bank", "nowhere"]).env("QUIZGEN_HOME", t.path().to_str().unwrap()).fails();
    assert!(out.stderr.contains("quizgen generate"), "{}", out.dump());
    t.mkdir("empty");
    let out = t.quizgen(["quiz", "--bank", "empty"]).env("QUIZGEN_HOME", t.path().to_str().unwrap()).fails();
    assert!(out.stderr.contains("quizgen generate"), "{}", out.dump());
}

#[test]
fn a_corrupt_bank_is_named_with_its_line_and_column() {
    let t = quiz_test();
    let name = t.bank_files()[0].clone();
    t.write(format!("{BANK}/{name}"), "{\n  \"format\": 1,\n  \"items\": [ oops ]\n}\n");
    let out = t.quizgen(["quiz", "--bank", BANK]).env("QUIZGEN_HOME", t.join("home").to_str().unwrap()).fails();
    assert!(out.error_line().contains(&format!("{name}:3:")), "{}", out.dump());
}

#[test]
fn a_filter_that_matches_nothing_says_so() {
    let t = quiz_test();
    let out = t.quizgen(["quiz", "--bank", BANK, "--kind", "membership", "--source", "nobel.txt"]).env("QUIZGEN_HOME", "home").fails();
    assert!(out.error_line().contains("no item of bank matches (kind membership"), "{}", out.dump());
    let out = t.quizgen(["quiz", "--bank", BANK, "--type", "essay"]).fails();
    assert!(out.error_line().contains("unknown --type 'essay'"), "{}", out.dump());
}

#[test]
fn an_unwritable_history_is_a_warning_not_a_lost_quiz() {
    let t = quiz_test();
    t.write("blocker", "a file where the history directory should be");
    let out = t
        .quizgen(["quiz", "--bank", BANK, "--count", "2", "--type", "short", "--seed", "1"])
        .env("QUIZGEN_HOME", t.join("blocker/home").to_str().unwrap())
        .stdin("zzz\nzzz\n")
        .output();
    assert!(out.status.success(), "{}", out.dump());
    out.stdout_has("Score: 0/2");
    assert_eq!(out.stderr.matches("warning: cannot write the quiz history").count(), 1, "{}", out.dump());
}
