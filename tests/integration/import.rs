//! `quizgen import`: the CSV a reviewer edited in a spreadsheet, back into the bank.

use crate::formats::{hostile, shipped};
use crate::support::{BANK, Test, s};

/// Export the bank as CSV into `file`.
fn export(t: &Test, file: &str) -> String {
    t.quizgen(["export", "--bank", BANK, "--format", "csv", "-o", file]).succeeds();
    t.read(file)
}

/// Parse CSV text into records.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect()
}

/// Write records as CSV the way the export does (any row length, for bad rows).
fn write_records(t: &Test, file: &str, rows: &[Vec<String>]) {
    let mut w = csv::WriterBuilder::new().flexible(true).terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    t.write(file, w.into_inner().unwrap());
}

/// The bank's files as text (the lock file aside), to compare before and after.
fn bank_state(t: &Test) -> Vec<(String, String)> {
    t.bank_files().into_iter().map(|f| (f.clone(), t.read(std::path::Path::new(BANK).join(&f)))).collect()
}

fn item<'a>(items: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    items.iter().find(|it| s(it, "id") == id).unwrap_or_else(|| panic!("no item {id}"))
}

#[test]
fn export_import_export_is_byte_identical_and_changes_no_bank_file() {
    for t in [shipped(), hostile()] {
        let before = bank_state(&t);
        let first = export(&t, "a.csv");
        let out = t.quizgen(["import", "a.csv", "--bank", BANK]).succeeds();
        out.stdout_has(" 0 edited, 0 status changed, 0 new,");
        assert!(bank_state(&t) == before, "an unchanged CSV changed the bank");
        assert_eq!(export(&t, "b.csv"), first);
    }
}

#[test]
fn a_spreadsheets_bom_crlf_and_semicolons_read_as_the_export() {
    let t = hostile();
    let before = bank_state(&t);
    let text = export(&t, "a.csv");
    // what Excel writes: a BOM, CRLF everywhere (inside cells too), `;` in comma-decimal locales
    let rows = records(&text);
    let mut w = csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for r in &rows {
        w.write_record(r.iter().map(|c| c.replace('\n', "\r\n"))).unwrap();
    }
    let mut excel = b"\xef\xbb\xbf".to_vec();
    excel.extend(w.into_inner().unwrap());
    t.write("excel.csv", excel);
    t.quizgen(["import", "excel.csv", "--bank", BANK]).succeeds().stdout_has(" 0 edited, 0 status changed, 0 new, 7 unchanged");
    assert!(bank_state(&t) == before, "the bank changed");
    assert_eq!(export(&t, "b.csv"), text);
}

#[test]
fn edits_make_items_edited_and_the_status_column_is_applied() {
    let t = hostile();
    let mut rows = records(&export(&t, "a.csv"));
    // row 2: the question changed (and the guard of a formula kept)
    rows[1][5] = "'=Which one is right?".into();
    // (the hostile bank is all approved) row 3: back to generated; row 4: rejected; row 5: edited and rejected in one go
    rows[2][14] = "generated".into();
    rows[3][14] = "rejected".into();
    rows[4][6] = "B&T".into();
    rows[4][14] = "rejected".into();
    // row 8: a new distractor and an extra accepted answer
    rows[7][9] = "Toulouse".into();
    rows[7][10] = "paris|PARIS".into();
    write_records(&t, "edited.csv", &rows);
    let out = t.quizgen(["import", "edited.csv", "--bank", BANK]).succeeds();
    out.stdout_has("edited.csv -> bank: 3 edited, 2 status changed, 0 new, 2 unchanged");
    let items = t.all_items();
    let a0 = item(&items, "q0000000000a0");
    assert_eq!((s(a0, "question"), s(a0, "status")), ("=Which one is right?", "edited"));
    assert_eq!(s(item(&items, "q0000000000a2"), "status"), "generated");
    assert_eq!(s(item(&items, "q0000000000a3"), "status"), "rejected");
    let a4 = item(&items, "q0000000000a4");
    assert_eq!((s(a4, "answer"), s(a4, "status")), ("B&T", "rejected"));
    let aa = item(&items, "q0000000000aa");
    assert_eq!(aa["distractors"], serde_json::json!(["Lyon", "Marseille", "Toulouse"]));
    assert_eq!(aa["accept"], serde_json::json!(["paris", "PARIS"]));
    // the round trip of the edited bank is exact again
    let text = export(&t, "b.csv");
    let before = bank_state(&t);
    t.quizgen(["import", "b.csv", "--bank", BANK]).succeeds();
    assert!(bank_state(&t) == before, "the bank changed");
    assert_eq!(export(&t, "c.csv"), text);
}

#[test]
fn an_edited_answer_carries_into_the_true_false_statements() {
    let t = shipped();
    let mut rows = records(&export(&t, "a.csv"));
    // the first item: "In which year was the United Nations established?" -> 1945
    assert_eq!(rows[1][6], "1945");
    rows[1][6] = "1946".into();
    write_records(&t, "edited.csv", &rows);
    t.quizgen(["import", "edited.csv", "--bank", BANK]).succeeds();
    let items = t.all_items();
    let it = item(&items, &rows[1][0]);
    assert_eq!(s(it, "statement"), "The United Nations was established in 1946.");
    assert_eq!(s(it, "false_statement"), "The United Nations was established in 1949.");
}

#[test]
fn rows_missing_from_the_file_are_reported_and_kept() {
    let t = hostile();
    let rows = records(&export(&t, "a.csv"));
    let kept: Vec<Vec<String>> = rows.iter().filter(|r| r[0] != "q0000000000a4").cloned().collect();
    write_records(&t, "fewer.csv", &kept);
    let before = bank_state(&t);
    let out = t.quizgen(["import", "fewer.csv", "--bank", BANK]).succeeds();
    out.stdout_has("1 item(s) of the bank are not in the file; they were kept as they are").stdout_has("q0000000000a4 course/hostile.txt:4 [html]What is");
    assert!(bank_state(&t) == before, "a missing row must not change the bank");
}

#[test]
fn a_new_row_without_id_gets_one_and_joins_its_sources_file() {
    let t = hostile();
    let mut rows = records(&export(&t, "a.csv"));
    let mut new = vec![String::new(); 16];
    new[1] = "course/hostile.txt".into();
    new[3] = "location".into();
    new[4] = "mc".into();
    new[5] = "Where is the Louvre?".into();
    new[6] = "Paris".into();
    new[7] = "Rome".into();
    rows.push(new);
    write_records(&t, "new.csv", &rows);
    let out = t.quizgen(["import", "new.csv", "--bank", BANK]).succeeds();
    out.stdout_has(" 1 new, 7 unchanged");
    let items = t.all_items();
    let added = items.iter().find(|it| s(it, "question") == "Where is the Louvre?").expect("the new item");
    let id = s(added, "id");
    assert!(crate::support::is_item_id(id), "{id}");
    out.stdout_has(&format!("new {id} (row 9)"));
    assert_eq!((s(added, "status"), s(added, "type"), added["source"]["line"].as_u64()), ("edited", "mc", Some(0)));
    // re-importing its own export adds nothing
    let text = export(&t, "b.csv");
    t.quizgen(["import", "b.csv", "--bank", BANK]).succeeds().stdout_has(" 0 new, 8 unchanged");
    assert_eq!(export(&t, "c.csv"), text);
}

#[test]
fn bad_rows_are_named_with_row_and_column_and_nothing_is_written() {
    let t = hostile();
    let mut rows = records(&export(&t, "a.csv"));
    rows[1][5] = "A valid edit".into();
    rows[2][14] = "maybe".into();
    rows[3][4] = "essay".into();
    rows[4][6] = String::new();
    rows[5][0] = "q999999999999".into();
    rows[6][0] = rows[7][0].clone();
    let mut short = rows[1].clone();
    short.truncate(3);
    rows.push(short);
    let mut orphan = vec![String::new(); 16];
    (orphan[1], orphan[3], orphan[4], orphan[5], orphan[6]) = ("course/elsewhere.txt".into(), "date".into(), "short".into(), "Q?".into(), "A".into());
    rows.push(orphan);
    write_records(&t, "bad.csv", &rows);
    let before = bank_state(&t);
    let out = t.quizgen(["import", "bad.csv", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: bad.csv: 7 problem(s), nothing was imported:");
    for line in [
        "bad.csv: row 3, column status: unknown status 'maybe'; the statuses are: generated, approved, edited, rejected",
        "bad.csv: row 4, column type: unknown type 'essay'; the types are: mc, tf, short, cloze",
        "bad.csv: row 5, column answer: empty; every item needs one",
        "bad.csv: row 6, column id: no item q999999999999 in the bank; leave the id empty for a new item",
        "bad.csv: row 8, column id: q0000000000aa is on row 7 too",
        "bad.csv: row 9: 3 cells, the header has 16",
        "bad.csv: row 10, column source: a new item needs the source of the bank file it joins, one of: course/hostile.txt",
    ] {
        out.stderr_has(line);
    }
    assert!(bank_state(&t) == before, "a file with bad rows changed the bank");
}

#[test]
fn a_wrong_header_a_non_utf8_file_and_a_locked_bank_are_refused() {
    let t = hostile();
    t.write("wrong.csv", "id,question,colour\nq0000000000a0,x,red\n");
    let out = t.quizgen(["import", "wrong.csv", "--bank", BANK]).fails();
    out.stderr_has("wrong.csv: row 1, column source: this column is missing from the header").stderr_has("unknown column 'colour' (column 3)");
    t.write("latin1.csv", b"id,source\ncaf\xe9\n".as_slice());
    let out = t.quizgen(["import", "latin1.csv", "--bank", BANK]).fails();
    assert_eq!(out.error_line(), "error: latin1.csv: not valid UTF-8 at byte offset 13 (line 2); save the file as CSV UTF-8");
    t.quizgen(["import", "nowhere.csv", "--bank", BANK]).fails().stderr_has("nowhere.csv");
    t.quizgen(["import", "wrong.csv", "--bank", "nobank"]).fails().stderr_has("nobank: no bank here");
    assert!(!t.exists("nobank"), "a failed import must not create a bank");
    export(&t, "a.csv");
    let lock = std::fs::File::options().create(true).truncate(false).write(true).open(t.join(BANK).join(".quizgen.lock")).unwrap();
    lock.try_lock().unwrap();
    t.quizgen(["import", "a.csv", "--bank", BANK]).fails().stderr_has("locked");
}

#[test]
fn changed_informational_cells_are_reported_and_ignored() {
    let t = hostile();
    let mut rows = records(&export(&t, "a.csv"));
    rows[1][12] = "A sentence the reviewer rewrote.".into();
    rows[1][15] = "0.10".into();
    write_records(&t, "info.csv", &rows);
    let before = bank_state(&t);
    let out = t.quizgen(["import", "info.csv", "--bank", BANK]).succeeds();
    out.stdout_has("ignored row 2, column sentence: changed, but it is not the reviewer's to change").stdout_has("ignored row 2, column confidence:");
    assert!(bank_state(&t) == before, "the bank changed");
}
