//! `quizgen list` and `quizgen show`.

use crate::support::{BANK, Test, s};

#[test]
fn list_prints_one_line_per_item_in_bank_order() {
    let t = Test::with_course();
    t.generate();
    let all = t.all_items();
    let out = t.quizgen(["list", "--bank", BANK]).succeeds();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), all.len(), "{}", out.stdout);
    for (line, it) in lines.iter().zip(&all) {
        assert!(line.starts_with(&format!("{}  ", s(it, "id"))), "{line:?} should start with the id of {it}");
        let place = format!("{}:{}", it["source"]["file"].as_str().unwrap(), it["source"]["line"]);
        assert!(line.contains(&place), "{line:?} lacks {place}");
        assert!(line.contains(s(it, "kind")) && line.contains("generated"), "{line:?}");
        assert!(line.ends_with(&format!("{} -> {}", s(it, "question"), s(it, "answer"))), "{line:?}");
    }
}

#[test]
fn list_filters_by_kind_and_source() {
    let t = Test::with_course();
    t.generate();
    let all = t.all_items();
    let dates = t.quizgen(["list", "--bank", BANK, "--kind", "date"]).succeeds();
    assert_eq!(dates.stdout.lines().count(), all.iter().filter(|it| s(it, "kind") == "date").count());
    assert!(dates.stdout.lines().all(|l| l.contains(" date ")), "{}", dates.stdout);
    let curie = t.quizgen(["list", "--bank", BANK, "--source", "curie.md"]).succeeds();
    assert_eq!(curie.stdout.lines().count(), all.iter().filter(|it| it["source"]["file"] == "course/curie.md").count());
    t.quizgen(["list", "--bank", BANK, "--kind", "nope"]).fails().stderr_has("unknown kind 'nope'").stderr_has("date, founder");
    t.quizgen(["list", "--bank", BANK, "--status", "rejected"]).fails().stderr_has("no item matches (status rejected)");
}

#[test]
fn show_prints_the_item_in_full() {
    let t = Test::with_course();
    t.generate();
    let all = t.all_items();
    let it = all.iter().find(|it| s(it, "answer") == "Henry Dunant").expect("the founder item");
    let id = s(it, "id");
    let out = t.quizgen(["show", id, "--bank", BANK]).succeeds();
    out.stdout_has(&format!("id:          {id}\n"))
        .stdout_has("kind:        founder\n")
        .stdout_has("status:      generated\n")
        .stdout_has(&format!("question:    {}\n", s(it, "question")))
        .stdout_has("answer:      Henry Dunant\n")
        .stdout_has("source:      course/nobel.txt:7\n")
        .stdout_has(&format!("sentence:    {}\n", s(it, "sentence")));
    let distractors: Vec<&str> = it["distractors"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    if !distractors.is_empty() {
        out.stdout_has(&format!("distractors: {}\n", distractors.join(" | ")));
    }
}

#[test]
fn show_with_an_unknown_id_fails_clearly() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["show", "q00000000000", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), format!("error: no item with id q00000000000 in {BANK}"));
    // a near miss names the ids it may have meant
    let all = t.all_items();
    let id = s(&all[0], "id");
    let typo = format!("{}zz", &id[..10]);
    t.quizgen(["show", &typo, "--bank", BANK]).fails().stderr_has(&format!("no item with id {typo}")).stderr_has("nearest ids: ").stderr_has(id);
}
