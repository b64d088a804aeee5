//! `quizgen edit`: one item changed from the command line, each option, each check
//! (a refused edit leaves the bank file byte for byte as it was), and the item as JSON.

use serde_json::Value;

use crate::support::{BANK, Run, Test, items, s};

/// A generated course and its founder item (with a true/false statement and a cloze).
fn course() -> (Test, Value) {
    let t = Test::with_course();
    t.generate();
    let it = t.all_items().into_iter().find(|it| s(it, "answer") == "Henry Dunant").expect("the founder item");
    assert!(it.get("statement").is_some() && it.get("cloze").is_some(), "the test needs an item with a statement and a cloze: {it}");
    (t, it)
}

fn current(t: &Test, id: &str) -> Value {
    t.all_items().into_iter().find(|it| s(it, "id") == id).unwrap()
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect()
}

fn edit(t: &Test, id: &str, args: &[&str]) -> Run {
    args.iter().fold(t.quizgen(["edit", id, "--bank", BANK]), |r, a| r.arg(a))
}

#[test]
fn without_options_it_prints_the_item_as_json() {
    let (t, it) = course();
    let out = edit(&t, s(&it, "id"), &[]).succeeds();
    let printed: Value = serde_json::from_str(&out.stdout).expect("JSON on stdout");
    assert_eq!(printed, it);
}

#[test]
fn a_new_answer_fills_the_statement_and_drops_the_variants_that_no_longer_fit() {
    let (t, it) = course();
    let id = s(&it, "id");
    let out = edit(&t, id, &["--answer", "Jean Henri Dunant"]).succeeds();
    assert_eq!(out.stdout, format!("{id}: edited (answer); types: mc, tf, short, cloze\n"));
    let after = current(&t, id);
    assert_eq!(s(&after, "status"), "edited");
    assert_eq!(s(&after, "answer"), "Jean Henri Dunant");
    assert_eq!(s(&after, "statement"), s(&it, "statement").replace("Henry Dunant", "Jean Henri Dunant"));
    assert_eq!(after["cloze"], it["cloze"]);
    assert_eq!(after["false_statement"], it["false_statement"]);
    assert_eq!(after["id"], it["id"], "the id stays, so regeneration keeps the edit");
    // a variant of the old year answer goes with it
    let date = t.all_items().into_iter().find(|x| s(x, "kind") == "date" && strings(&x["accept"]).iter().any(|a| a.starts_with("in "))).unwrap();
    edit(&t, s(&date, "id"), &["--answer", "1864"]).succeeds();
    assert!(strings(&current(&t, s(&date, "id"))["accept"]).is_empty(), "'in <old year>' is still accepted");
}

#[test]
fn new_distractors_replace_the_old_and_make_the_false_statement() {
    let (t, it) = course();
    let id = s(&it, "id");
    edit(&t, id, &["--distractor", "Florence Nightingale", "--distractor", "Clara Barton", "--distractor", "Louis Pasteur"]).succeeds();
    let after = current(&t, id);
    assert_eq!(strings(&after["distractors"]), ["Florence Nightingale", "Clara Barton", "Louis Pasteur"]);
    assert_eq!(s(&after, "false_statement"), s(&it, "statement").replace("Henry Dunant", "Florence Nightingale"));
    // '' removes them all: no multiple choice, no true/false
    let out = edit(&t, id, &["--distractor", ""]).succeeds();
    out.stdout_has("edited (distractors); types: short, cloze");
    let after = current(&t, id);
    assert!(after.get("false_statement").is_none() && strings(&after["types"]) == ["short", "cloze"], "{after}");
    assert_eq!(s(&after, "type"), "short");
}

#[test]
fn a_new_question_and_accepted_answers() {
    let (t, it) = course();
    let id = s(&it, "id");
    edit(&t, id, &["--question", "Who founded the Red Cross?", "--accept", "Dunant", "--accept", "Henri Dunant"])
        .succeeds()
        .stdout_has("edited (question, accept)");
    let after = current(&t, id);
    assert_eq!(s(&after, "question"), "Who founded the Red Cross?");
    assert_eq!(strings(&after["accept"]), ["Dunant", "Henri Dunant"]);
    assert_eq!(after["statement"], it["statement"], "a reworded question keeps the statement");
    edit(&t, id, &["--accept", ""]).succeeds();
    assert!(strings(&current(&t, id)["accept"]).is_empty());
}

#[test]
fn a_new_question_and_answer_drop_true_false_and_cloze() {
    let (t, it) = course();
    let id = s(&it, "id");
    let out = edit(&t, id, &["--question", "Where is the ICRC based?", "--answer", "Geneva", "--distractor", "Paris|Vienna|Rome"]).succeeds();
    out.stdout_has("true/false and cloze dropped");
    let after = current(&t, id);
    assert!(after.get("statement").is_none() && after.get("false_statement").is_none() && after.get("cloze").is_none(), "{after}");
    assert_eq!(strings(&after["types"]), ["mc", "short"]);
}

#[test]
fn status_alone_sets_the_status() {
    let (t, it) = course();
    let id = s(&it, "id");
    for status in ["approved", "rejected", "generated"] {
        let out = edit(&t, id, &["--status", status]).succeeds();
        assert!(out.stdout.starts_with(&format!("{id}: ")) && out.stdout.ends_with(&format!(" -> {status}\n")), "{}", out.stdout);
        let mut expected = it.clone();
        expected["status"] = status.into();
        assert_eq!(current(&t, id), expected);
    }
    let out = edit(&t, id, &["--status", "done"]).output();
    assert_eq!(out.status.code(), Some(2), "clap refuses an unknown status: {}", out.dump());
    edit(&t, id, &["--status", "approved", "--answer", "X"]).fails().stderr_has("--status cannot be combined");
}

#[test]
fn each_check_names_the_field_and_leaves_the_bank_as_it_was() {
    let (t, it) = course();
    let id = s(&it, "id");
    let before = t.snapshot(BANK);
    let d1 = it["distractors"][0].as_str().unwrap();
    let cases: [(&[&str], String); 7] = [
        (&["--question", "  "], "question: must not be empty".into()),
        (&["--answer", ""], "answer: must not be empty".into()),
        (&["--distractor", "Henry Dunant"], "distractor 1 \"Henry Dunant\" is the answer".into()),
        (&["--distractor", "Jean Monnet", "--distractor", "Sir Henry Dunant"], "distractor 2 \"Sir Henry Dunant\" contains the answer".into()),
        (&["--distractor", "Dunant"], "distractor 1 \"Dunant\" is part of the answer, so it is not wrong".into()),
        (&["--distractor", "Jean Monnet", "--distractor", "jean monnet"], "distractor 2 \"jean monnet\" repeats distractor 1".into()),
        (&["--accept", d1], format!("accepted answer \"{d1}\" is also distractor 1")),
    ];
    for (args, message) in cases {
        let out = edit(&t, id, args).fails();
        assert_eq!(out.error_line(), format!("error: {id}: {message}; the item was left as it was"));
        assert_eq!(t.snapshot(BANK), before, "a refused edit ({args:?}) changed the bank");
    }
}

#[test]
fn an_unknown_id_lists_the_nearest() {
    let (t, it) = course();
    let id = s(&it, "id");
    let typo = format!("{}0", &id[..11]);
    let typo = if typo == id { format!("{}1", &id[..11]) } else { typo };
    let out = edit(&t, &typo, &["--status", "approved"]).fails();
    out.stderr_has(&format!("no item with id {typo} in {BANK}; nearest ids: {id}"));
    edit(&t, "q00000000000", &[]).fails().stderr_has("no item with id q00000000000");
}

#[test]
fn an_edited_item_survives_regeneration() {
    let (t, it) = course();
    let id = s(&it, "id");
    edit(&t, id, &["--answer", "Jean Henri Dunant"]).succeeds();
    let edited = current(&t, id);
    let total = t.all_items().len();
    t.generate();
    assert_eq!(current(&t, id), edited);
    assert_eq!(t.all_items().len(), total, "the original fact came back beside the edit");
    assert_eq!(items(&t.bank_json("nobel.json")).iter().filter(|x| s(x, "sentence") == s(&it, "sentence") && s(x, "kind") == "founder").count(), 1);
}
