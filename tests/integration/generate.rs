//! `quizgen generate` on a small, clean course: the bank files it writes, their
//! shape, the summary, and determinism.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::{BANK, BANK_FILES, COURSE, Test, is_item_id, items, s};

#[test]
fn writes_one_bank_file_per_source() {
    let t = Test::with_course();
    t.generate();
    assert_eq!(t.bank_files(), BANK_FILES);
    for (path, _) in COURSE {
        let stem = path.rsplit('/').next().unwrap().split('.').next().unwrap();
        let bank = t.bank_json(&format!("{stem}.json"));
        assert_eq!(bank["format"], 1);
        assert_eq!(bank["source"], path, "the bank file names its source as given on the command line");
        assert!(!items(&bank).is_empty(), "{path} gave no items");
    }
}

#[test]
fn bank_files_are_pretty_printed_json_ending_in_a_newline() {
    let t = Test::with_course();
    t.generate();
    for name in BANK_FILES {
        let text = t.read(format!("{BANK}/{name}"));
        assert!(text.starts_with("{\n  \"format\": 1,\n  \"source\": "), "{name}:\n{text}");
        assert!(text.ends_with("}\n") && !text.ends_with("\n\n"), "{name} should end with one newline");
        // exactly what serde's pretty printer makes of the bank's own type
        let bank: quizgen::bank::BankFile = serde_json::from_str(&text).unwrap();
        let again = serde_json::to_string_pretty(&bank).unwrap() + "\n";
        assert_eq!(text, again, "{name} is not in the canonical pretty-printed form");
    }
}

#[test]
fn items_are_well_formed_and_sorted_by_line() {
    let t = Test::with_course();
    t.generate();
    let known_kinds = ["date", "founder", "mission", "definition", "acronym", "membership", "location", "provision", "action"];
    let known_types = ["mc", "tf", "short", "cloze"];
    for (path, text) in COURSE {
        let stem = path.rsplit('/').next().unwrap().split('.').next().unwrap();
        let bank = t.bank_json(&format!("{stem}.json"));
        let lines: Vec<&str> = text.lines().collect();
        let mut last = (0u64, String::new());
        for it in items(&bank) {
            let id = s(it, "id");
            assert!(is_item_id(id), "id {id:?} does not match ^q[0-9a-f]{{11}}$");
            assert_eq!(s(it, "status"), "generated");
            assert!(known_kinds.contains(&s(it, "kind")), "{it}");
            assert!(known_types.contains(&s(it, "type")), "{it}");
            let types: Vec<&str> = it["types"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            assert!(types.contains(&s(it, "type")), "the preferred type is one of the types: {it}");
            assert!(!s(it, "question").trim().is_empty() && !s(it, "answer").trim().is_empty(), "{it}");
            let c = it["confidence"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&c), "confidence {c} out of range");
            assert_eq!(it["source"]["file"], path);
            let line = it["source"]["line"].as_u64().unwrap();
            assert!(line >= 1 && line as usize <= lines.len(), "line {line} outside {path}");
            // the sentence as written, but for the " [referent]" marks of what its pronoun or
            // "the foundation" stands for
            let written = crate::marks::unmarked(s(it, "sentence"));
            assert!(lines[line as usize - 1].contains(&written), "{path}:{line} does not hold the sentence {:?}", s(it, "sentence"));
            let key = (line, id.to_string());
            assert!(key > last, "items out of order: {key:?} after {last:?}");
            last = key;
        }
    }
}

#[test]
fn ids_are_unique_across_the_bank() {
    let t = Test::with_course();
    t.generate();
    let all = t.all_items();
    let mut ids: Vec<&str> = all.iter().map(|it| s(it, "id")).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids in the bank");
}

#[test]
fn finds_the_plain_facts_of_the_course() {
    let t = Test::with_course();
    t.generate();
    let all = t.all_items();
    let has = |kind: &str, answer: &str| all.iter().any(|it| s(it, "kind") == kind && s(it, "answer") == answer);
    for (kind, answer) in [
        ("date", "1863"),
        ("founder", "Henry Dunant"),
        ("acronym", "International Committee of the Red Cross"),
        ("date", "1867"),
        ("founder", "Marie Curie"),
        ("acronym", "North Atlantic Treaty Organization"),
        ("date", "1919"),
    ] {
        assert!(
            has(kind, answer),
            "no {kind} item answered {answer:?}; items:\n{}",
            all.iter().map(|it| format!("{} -> {}", s(it, "question"), s(it, "answer"))).collect::<Vec<_>>().join("\n")
        );
    }
    let founder = all.iter().find(|it| s(it, "answer") == "Henry Dunant").unwrap();
    assert!(s(founder, "question").contains("ICRC"), "{founder}");
    assert_eq!(founder["source"]["line"], 7);
}

#[test]
fn headings_and_title_lines_give_no_items() {
    let t = Test::with_course();
    t.generate();
    for it in t.all_items() {
        let sentence = s(&it, "sentence");
        assert!(!sentence.contains("Science History Online"), "a title line became an item: {it}");
        assert!(!sentence.contains('#') && sentence != "Achievements" && sentence != "Marie Curie", "a heading became an item: {it}");
        assert!(!sentence.starts_with("- "), "the list marker was kept: {it}");
    }
    // the list items are prose and are read
    let all = t.all_items();
    assert!(all.iter().any(|it| s(it, "answer") == "1911" && it["source"]["line"] == 9), "the second list item gave no date item");
}

/// "by kind: date 10, founder 2" -> {date: 10, founder: 2}
fn kinds_of(line: &str) -> BTreeMap<String, usize> {
    let rest = line.trim().strip_prefix("by kind: ").unwrap_or_else(|| panic!("not a by-kind line: {line:?}"));
    if rest == "none" {
        return BTreeMap::new();
    }
    rest.split(", ")
        .map(|p| {
            let (k, n) = p.rsplit_once(' ').unwrap();
            (k.to_string(), n.parse().unwrap())
        })
        .collect()
}

#[test]
fn the_summary_counts_what_was_written() {
    let t = Test::with_course();
    let out = t.generate();
    let all = t.all_items();
    let lines: Vec<&str> = out.stdout.lines().collect();
    let prefix = format!("{} items from 3 file(s), ", all.len());
    assert!(lines[0].starts_with(&prefix) && lines[0].ends_with(&format!(" sentences, in {BANK}")), "{}", out.stdout);
    let sentences: usize = lines[0][prefix.len()..].split(' ').next().unwrap().parse().unwrap();
    assert!(sentences >= 14, "the course has at least 14 sentences, summary says {sentences}");
    let by_kind = kinds_of(lines[1]);
    assert_eq!(by_kind.values().sum::<usize>(), all.len());
    for (kind, n) in &by_kind {
        assert_eq!(all.iter().filter(|it| s(it, "kind") == kind).count(), *n, "count of kind {kind}");
    }
    assert!(lines[2].trim_start().starts_with("rejected by the quality gate: "), "{}", out.stdout);
    for (path, _) in COURSE {
        let stem = path.rsplit('/').next().unwrap().split('.').next().unwrap();
        let n = items(&t.bank_json(&format!("{stem}.json"))).len();
        out.stdout_has(&format!("  {path} -> {BANK}/{stem}.json: {n} items ({n} new, 0 unchanged, 0 kept as reviewed, 0 vanished)\n"));
    }
}

#[test]
fn regenerating_unchanged_input_is_byte_identical_and_adds_nothing() {
    let t = Test::with_course();
    t.generate();
    let before = t.snapshot(BANK);
    let out = t.generate();
    assert_eq!(t.snapshot(BANK), before, "bank files changed on regeneration of the same course");
    for (path, _) in COURSE {
        let stem = path.rsplit('/').next().unwrap().split('.').next().unwrap();
        let n = items(&t.bank_json(&format!("{stem}.json"))).len();
        out.stdout_has(&format!("  {path} -> {BANK}/{stem}.json: {n} items (0 new, {n} unchanged, 0 kept as reviewed, 0 vanished)\n"));
    }
    assert!(!out.stdout.contains("vanished q"), "{}", out.stdout);
}

#[test]
fn a_fresh_bank_is_the_same_whatever_the_thread_count() {
    let t = Test::with_course();
    t.generate();
    t.quizgen(["generate", "course", "--bank", "bank1"]).env("RAYON_NUM_THREADS", "1").succeeds();
    t.quizgen(["generate", "course/treaty.txt", "course/curie.md", "course/nobel.txt", "--bank", "bank2"]).succeeds();
    let a = t.snapshot(BANK);
    assert_eq!(t.snapshot("bank1"), a, "one thread gave a different bank");
    assert_eq!(t.snapshot("bank2"), a, "naming the files in another order gave a different bank");
}

#[test]
fn a_single_file_input_gives_a_single_bank_file() {
    let t = Test::with_course();
    let out = t.quizgen(["generate", "course/treaty.txt", "--bank", BANK]).succeeds();
    out.stdout_has("from 1 file(s)");
    assert_eq!(t.bank_files(), ["treaty.json"]);
    assert_eq!(t.bank_json("treaty.json")["source"], "course/treaty.txt");
}

#[test]
fn sources_with_the_same_name_in_two_folders_get_two_bank_files() {
    let t = Test::new();
    t.write("course/a/intro.txt", "The Treaty of Versailles was signed in 1919.\n");
    t.write("course/b/intro.txt", "The International Committee of the Red Cross (ICRC) was founded in 1863 by Henry Dunant.\n");
    t.generate();
    let files = t.bank_files();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.iter().all(|f| f.starts_with("intro")), "{files:?}");
    let sources: Vec<Value> = files.iter().map(|f| t.bank_json(f)["source"].clone()).collect();
    assert!(sources.contains(&Value::from("course/a/intro.txt")) && sources.contains(&Value::from("course/b/intro.txt")), "{sources:?}");
    // and the second run finds the same files again
    let before = t.snapshot(BANK);
    t.generate().stdout_has("(0 new,");
    assert_eq!(t.snapshot(BANK), before);
}

#[test]
fn regenerating_one_of_two_same_named_sources_leaves_the_other_alone() {
    let t = Test::new();
    t.write("course/a/intro.txt", "The Treaty of Versailles was signed in 1919.\n");
    t.write("course/b/intro.txt", "The International Committee of the Red Cross (ICRC) was founded in 1863 by Henry Dunant.\n");
    t.generate();
    let before = t.snapshot(BANK);
    let a_file = t.bank_files().into_iter().find(|f| t.bank_json(f)["source"] == "course/a/intro.txt").unwrap();
    let out = t.quizgen(["generate", "course/b/intro.txt", "--bank", BANK]).succeeds();
    assert!(!out.stdout.contains("vanished q"), "course/a's items were reported vanished:\n{}", out.stdout);
    assert_eq!(t.bank_json(&a_file)["source"], "course/a/intro.txt", "course/b's items went into course/a's bank file");
    assert_eq!(t.snapshot(BANK), before, "regenerating course/b alone changed the bank");
}

#[test]
fn a_file_named_twice_is_read_once() {
    let t = Test::with_course();
    let out = t.quizgen(["generate", "course", "./course/nobel.txt", "--bank", BANK]).succeeds();
    out.stdout_has("from 3 file(s)");
    assert_eq!(t.bank_files(), BANK_FILES);
}

#[test]
fn an_uppercase_md_extension_is_read_as_markdown() {
    let t = Test::new();
    let text = "The **Red Cross** was founded in [Geneva](http://example.org) in 1863.\n";
    t.write("lower/notes.md", text).write("upper/NOTES.MD", text);
    t.quizgen(["generate", "lower", "--bank", "bank_lower"]).succeeds();
    t.quizgen(["generate", "upper", "--bank", "bank_upper"]).succeeds();
    let answers = |bank: &str, file: &str| -> Vec<String> {
        let v: Value = serde_json::from_str(&t.read(format!("{bank}/{file}"))).unwrap();
        items(&v).iter().map(|it| s(it, "answer").to_string()).collect()
    };
    let lower = answers("bank_lower", "notes.json");
    assert!(lower.contains(&"1863".to_string()), "{lower:?}");
    assert_eq!(answers("bank_upper", "NOTES.json"), lower);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_the_course_is_not_followed() {
    let t = Test::new();
    t.write("course/treaty.txt", crate::support::TREATY_TXT);
    std::os::unix::fs::symlink("..", t.join("course/loop")).unwrap();
    let out = t.quizgen(["generate", "course", "--bank", BANK]).output();
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1), "{}", out.dump());
    if out.status.success() {
        out.stdout_has("from 1 file(s)");
        assert_eq!(t.bank_files(), ["treaty.json"]);
    }
}

#[cfg(unix)]
#[test]
fn bank_files_get_the_usual_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let t = Test::with_course();
    t.generate();
    t.quizgen(["export", "--bank", BANK, "-o", "out.csv"]).succeeds();
    // a file the test creates has the mode the umask (shared with the child) gives
    t.write("reference.txt", "x");
    let mode = |rel: &str| std::fs::metadata(t.join(rel)).unwrap().permissions().mode() & 0o777;
    let usual = mode("reference.txt");
    assert_eq!(mode(&format!("{BANK}/nobel.json")), usual, "bank file mode {:o}, usual {usual:o}", mode(&format!("{BANK}/nobel.json")));
    assert_eq!(mode("out.csv"), usual, "export file mode {:o}, usual {usual:o}", mode("out.csv"));
}
