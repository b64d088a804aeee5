//! Regeneration keeps the reviewer's work: approved, edited and rejected items stay as
//! they were left, and facts the texts no longer give are reported as vanished.

use serde_json::Value;

use crate::support::{BANK, Test, items, items_mut, s};

/// Generate, then review three items of nobel.json: approve the first, reject the
/// second, edit the question of the third. Returns the three items as left.
fn generate_and_review(t: &Test) -> (Value, Value, Value) {
    t.generate();
    let mut bank = t.bank_json("nobel.json");
    let list = items_mut(&mut bank);
    assert!(list.len() >= 4, "the review needs four items of nobel.json, got {}", list.len());
    list[0]["status"] = "approved".into();
    list[1]["status"] = "rejected".into();
    list[2]["status"] = "edited".into();
    let q = format!("{} (reworded by the reviewer)", s(&list[2], "question"));
    list[2]["question"] = q.into();
    let reviewed = (list[0].clone(), list[1].clone(), list[2].clone());
    t.write_bank_json("nobel.json", &bank);
    reviewed
}

fn find<'a>(items: &'a [Value], id: &str) -> Vec<&'a Value> {
    items.iter().filter(|it| s(it, "id") == id).collect()
}

#[test]
fn reviewed_items_survive_regeneration_as_left() {
    let t = Test::with_course();
    let (approved, rejected, edited) = generate_and_review(&t);
    let n = items(&t.bank_json("nobel.json")).len();
    let out = t.generate();
    out.stdout_has(&format!("  course/nobel.txt -> {BANK}/nobel.json: {n} items (0 new, {} unchanged, 3 kept as reviewed, 0 vanished)", n - 3));
    let bank = t.bank_json("nobel.json");
    let after = items(&bank);
    assert_eq!(after.len(), n, "regeneration changed the number of items");
    assert_eq!(find(after, s(&approved, "id")), [&approved], "the approved item changed");
    assert_eq!(find(after, s(&edited, "id")), [&edited], "the edited item changed");
    assert!(s(find(after, s(&edited, "id"))[0], "question").ends_with("(reworded by the reviewer)"));
    assert_eq!(find(after, s(&rejected, "id")), [&rejected], "the rejected item changed or was duplicated");
    // the rejected fact does not come back under another id either
    let again: Vec<&Value> = after
        .iter()
        .filter(|it| s(it, "sentence") == s(&rejected, "sentence") && s(it, "answer") == s(&rejected, "answer") && s(it, "kind") == s(&rejected, "kind"))
        .collect();
    assert_eq!(again, [&rejected], "the rejected fact was generated again");
}

#[test]
fn regenerating_a_reviewed_bank_twice_changes_nothing() {
    let t = Test::with_course();
    generate_and_review(&t);
    t.generate();
    let before = t.snapshot(BANK);
    t.generate();
    assert_eq!(t.snapshot(BANK), before);
}

#[test]
fn list_and_export_leave_out_the_rejected_item() {
    let t = Test::with_course();
    let (_, rejected, edited) = generate_and_review(&t);
    t.generate();
    let total = t.all_items().len();
    let list = t.quizgen(["list", "--bank", BANK]).succeeds();
    assert_eq!(list.stdout.lines().count(), total - 1);
    assert!(!list.stdout.contains(s(&rejected, "id")), "{}", list.stdout);
    assert!(list.stdout.contains(s(&edited, "question")), "the edited question is what list shows");
    let only = t.quizgen(["list", "--bank", BANK, "--status", "rejected"]).succeeds();
    assert_eq!(only.stdout.lines().count(), 1);
    assert!(only.stdout.starts_with(s(&rejected, "id")));
    let show = t.quizgen(["show", s(&edited, "id"), "--bank", BANK]).succeeds();
    show.stdout_has("status:      edited\n").stdout_has(&format!("question:    {}\n", s(&edited, "question")));
}

#[test]
fn a_removed_sentence_is_reported_as_vanished() {
    let t = Test::with_course();
    let (approved, rejected, edited) = generate_and_review(&t);
    let before = items(&t.bank_json("nobel.json")).clone();
    let sentence = "The ICRC was founded in 1863 by Henry Dunant.";
    let gone: Vec<&Value> = before.iter().filter(|it| s(it, "sentence") == sentence).collect();
    assert!(!gone.is_empty(), "the sentence gave no item to lose");
    assert!(gone.iter().all(|it| s(it, "status") == "generated"), "the review touched the removed sentence; pick another");
    t.remove_lines("course/nobel.txt", sentence);
    let out = t.generate();
    out.stdout_has(&format!("3 kept as reviewed, {} vanished)", gone.len()));
    for it in &gone {
        out.stdout_has(&format!("      vanished {} (line {}): {}\n", s(it, "id"), it["source"]["line"], s(it, "question")));
    }
    let after = items(&t.bank_json("nobel.json")).clone();
    assert_eq!(after.len(), before.len() - gone.len());
    for it in &gone {
        assert!(find(&after, s(it, "id")).is_empty(), "the vanished item is still in the bank: {it}");
    }
    for kept in [&approved, &rejected, &edited] {
        assert_eq!(find(&after, s(kept, "id")), [kept]);
    }
    // the other sources are untouched by the edit
    out.stdout_has("course/treaty.txt -> bank/treaty.json").stdout_has("(0 new,");
}

#[test]
fn a_reviewed_item_stays_when_its_sentence_is_removed() {
    let t = Test::with_course();
    let (approved, _, _) = generate_and_review(&t);
    let sentence = s(&approved, "sentence").to_string();
    let siblings: Vec<Value> =
        items(&t.bank_json("nobel.json")).iter().filter(|it| s(it, "sentence") == sentence && s(it, "status") == "generated").cloned().collect();
    t.remove_lines("course/nobel.txt", &sentence);
    let out = t.generate();
    out.stdout_has(&format!("{} vanished)", siblings.len()));
    let after = items(&t.bank_json("nobel.json")).clone();
    assert_eq!(find(&after, s(&approved, "id")), [&approved], "an approved item was dropped with its sentence");
}

#[test]
fn a_new_sentence_adds_new_items_only() {
    let t = Test::with_course();
    generate_and_review(&t);
    let before = items(&t.bank_json("treaty.json")).clone();
    let mut text = t.read("course/treaty.txt");
    text.push_str("The Geneva Conventions were signed in 1949.\n");
    t.write("course/treaty.txt", text);
    let out = t.generate();
    let after = items(&t.bank_json("treaty.json")).clone();
    let added = after.len() - before.len();
    assert!(added >= 1, "the new sentence gave no item");
    out.stdout_has(&format!(
        "course/treaty.txt -> {BANK}/treaty.json: {} items ({added} new, {} unchanged, 0 kept as reviewed, 0 vanished)",
        after.len(),
        before.len()
    ));
    for it in &before {
        assert!(after.iter().any(|a| a["id"] == it["id"]), "item {} was lost", it["id"]);
    }
}
