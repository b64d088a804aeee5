//! `quizgen export`: CSV and JSON, to stdout or a file, and the spreadsheet formula guard.

use serde_json::Value;

use crate::support::{BANK, Test, hand_bank, hand_item, s};

const HEADER: &str = "id,source,line,kind,type,question,answer,distractor_1,distractor_2,distractor_3,accept,explanation,sentence,tags,status,confidence";

/// Parse CSV text: the header and the records, each checked to have 16 fields.
fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().expect("a header").iter().map(str::to_string).collect();
    let mut rows = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.unwrap_or_else(|e| panic!("CSV record {i} does not parse: {e}"));
        assert_eq!(rec.len(), 16, "CSV record {i} has {} fields: {rec:?}", rec.len());
        rows.push(rec.iter().map(str::to_string).collect());
    }
    (header, rows)
}

#[test]
fn csv_has_the_contract_header_and_one_16_field_row_per_item() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["export", "--bank", BANK, "--format", "csv"]).succeeds();
    assert_eq!(out.stdout.lines().next(), Some(HEADER));
    assert!(!out.stdout.starts_with('\u{feff}'), "no byte-order mark");
    assert!(!out.stdout.contains('\r'), "lines end in \\n");
    let (header, rows) = parse_csv(&out.stdout);
    assert_eq!(header.join(","), HEADER);
    let all = t.all_items();
    assert_eq!(rows.len(), all.len());
    for (row, it) in rows.iter().zip(&all) {
        assert_eq!(row[0], s(it, "id"));
        assert_eq!(row[1], it["source"]["file"].as_str().unwrap());
        assert_eq!(row[2], it["source"]["line"].to_string());
        assert_eq!(row[3], s(it, "kind"));
        assert_eq!(row[4], s(it, "type"));
        assert_eq!(row[5], s(it, "question"));
        assert_eq!(row[6], s(it, "answer"));
        let d: Vec<&str> = it["distractors"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        for k in 0..3 {
            assert_eq!(row[7 + k], d.get(k).copied().unwrap_or(""), "distractor_{} of {}", k + 1, row[0]);
        }
        assert_eq!(row[11], s(it, "explanation"));
        assert_eq!(row[12], s(it, "sentence"));
        assert_eq!(row[14], "generated");
        let c: f64 = row[15].parse().unwrap();
        assert!((c - it["confidence"].as_f64().unwrap()).abs() < 0.006, "confidence {c} vs {}", it["confidence"]);
    }
}

#[test]
fn csv_is_the_default_format() {
    let t = Test::with_course();
    t.generate();
    let default = t.quizgen(["export", "--bank", BANK]).succeeds();
    let csv = t.quizgen(["export", "--bank", BANK, "--format", "csv"]).succeeds();
    assert_eq!(default.stdout, csv.stdout);
}

#[test]
fn output_file_holds_the_export() {
    let t = Test::with_course();
    t.generate();
    let stdout = t.quizgen(["export", "--bank", BANK]).succeeds().stdout;
    let n = t.all_items().len();
    let out = t.quizgen(["export", "--bank", BANK, "-o", "out.csv"]).succeeds();
    assert!(out.stdout.is_empty(), "nothing on stdout when writing a file: {}", out.stdout);
    out.stderr_has(&format!("{n} items -> out.csv"));
    assert_eq!(t.read("out.csv"), stdout);
    // --output too, into a sub-directory, and in JSON
    t.mkdir("exports");
    t.quizgen(["export", "--bank", BANK, "--format", "json", "--output", "exports/all.json"]).succeeds();
    let v: Value = serde_json::from_str(&t.read("exports/all.json")).unwrap();
    assert_eq!(v.as_array().unwrap().len(), n);
}

#[test]
fn output_into_a_missing_directory_fails_naming_it() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["export", "--bank", BANK, "-o", "missing_dir/x.csv"]).fails();
    assert_eq!(out.error_line(), "error: cannot write missing_dir/x.csv: the directory missing_dir does not exist");
    assert!(!t.exists("missing_dir"), "the directory must not be created");
}

#[test]
fn an_unknown_format_fails_listing_the_known_ones() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["export", "--bank", BANK, "--format", "nope"]).fails();
    out.stderr_has("unknown export format 'nope'").stderr_has("known formats: csv, json, gift, moodle-xml, anki, qti-text, kahoot");
}

#[test]
fn json_export_is_an_array_of_the_bank_items() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["export", "--bank", BANK, "--format", "json"]).succeeds();
    let v: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("export json is not JSON: {e}\n{}", out.stdout));
    let arr = v.as_array().expect("a JSON array");
    assert_eq!(arr, &t.all_items(), "the JSON export holds the bank's items as they are");
}

#[test]
fn export_filters_leave_out_rejected_items_by_default() {
    let t = Test::new();
    let mut rejected = hand_item("q000000000b2", "In which year?", "1902");
    rejected["status"] = "rejected".into();
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![hand_item("q000000000a1", "In which year?", "1901"), rejected]));
    let (_, rows) = parse_csv(&t.quizgen(["export", "--bank", BANK]).succeeds().stdout);
    assert_eq!(rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), ["q000000000a1"]);
    let (_, rows) = parse_csv(&t.quizgen(["export", "--bank", BANK, "--status", "rejected"]).succeeds().stdout);
    assert_eq!(rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), ["q000000000b2"]);
}

#[test]
fn csv_guards_formulas_but_not_negative_numbers() {
    let t = Test::new();
    let mut it = hand_item("q0123456789a", "=1+2", "-40");
    it["accept"] = serde_json::json!(["minus 40", "a|b"]);
    it["distractors"] = serde_json::json!(["@SUM(A1)", "+x", "-39"]);
    it["tags"] = serde_json::json!(["year", "back\\slash"]);
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![it]));
    let out = t.quizgen(["export", "--bank", BANK, "--format", "csv"]).succeeds();
    let (_, rows) = parse_csv(&out.stdout);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row[0], "q0123456789a");
    assert_eq!(row[5], "'=1+2");
    assert_eq!(row[6], "-40");
    assert_eq!(row[7], "'@SUM(A1)");
    assert_eq!(row[8], "'+x");
    assert_eq!(row[9], "-39");
    assert_eq!(row[10], "minus 40|a\\|b");
    assert_eq!(row[13], "year|back\\\\slash");
    assert_eq!(row[14], "approved");
    assert_eq!(row[15], "0.90");
    // the JSON export is not a spreadsheet: values as they are
    let json: Value = serde_json::from_str(&t.quizgen(["export", "--bank", BANK, "--format", "json"]).succeeds().stdout).unwrap();
    assert_eq!(json[0]["question"], "=1+2");
}

#[test]
fn an_output_path_that_is_a_directory_fails_with_one_clear_message() {
    let t = Test::with_course();
    t.generate();
    t.mkdir("out");
    let out = t.quizgen(["export", "--bank", BANK, "-o", "out"]).fails();
    assert_eq!(out.error_line(), "error: cannot write out: it is a directory; name a file");
    let lines: Vec<&str> = out.stderr.lines().collect();
    let causes: Vec<&str> = lines.iter().filter_map(|l| l.trim().strip_prefix("caused by: ")).collect();
    for (i, c) in causes.iter().enumerate() {
        assert!(!causes[i + 1..].iter().any(|d| c.ends_with(d) || d.ends_with(c)), "the cause is repeated:\n{}", out.stderr);
    }
}
