//! `quizgen grade`: a hand-worked class of ten learners on a printed two-version test, and the
//! errors that name the row.

use serde_json::Value;

use crate::support::{BANK, Output, Test, hand_bank, hand_item};

/// Who got which item right, by item (the bank's order): learner i's row. Worked by hand
/// (and checked in Python's statistics module):
/// - totals 3, 3, 3, 2, 2, 3, 2, 1, 1, 1 (mean 2.1, population variance 0.69)
/// - facility 1.0, 0.5, 0.4, 0.2; item variances 0, 0.25, 0.24, 0.16 (sum 0.65)
/// - corrected item–total r: n/a (item 1 does not vary), 0.41 (1/√6), 0.06, −0.24
/// - alpha = 4/3 · (1 − 0.65/0.69) = 16/207 = 0.077
const RIGHT: [[u8; 4]; 10] =
    [[1, 1, 1, 0], [1, 1, 1, 0], [1, 1, 1, 0], [1, 1, 0, 0], [1, 0, 1, 0], [1, 1, 0, 1], [1, 0, 0, 1], [1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]];
const IDS: [&str; 4] = ["q00000000b01", "q00000000b02", "q00000000b03", "q00000000b04"];

/// Four multiple-choice items, printed as versions A and B, the key in key.json.
fn printed() -> (Test, Value) {
    let t = Test::new();
    let items = IDS.iter().enumerate().map(|(i, id)| hand_item(id, &format!("In which year was treaty {} signed?", i + 1), &format!("190{}", i + 1))).collect();
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", items));
    t.quizgen(["print", "--bank", BANK, "--versions", "2", "--count", "4", "--type", "mc", "--seed", "3", "-o", "test.md", "--key", "key.md"]).succeeds();
    let key = serde_json::from_str(&t.read("key.json")).unwrap();
    (t, key)
}

/// The responses CSV of the class: learners alternate versions A and B; a wrong answer is
/// always the distractor "-41", and learner 10 leaves a wrong one blank instead.
fn responses(key: &Value) -> String {
    let mut csv = String::from("learner,version,1,2,3,4\n");
    for (l, right) in RIGHT.iter().enumerate() {
        let v = &key["versions"][l % 2];
        let mut row = vec![format!("learner {}", l + 1), v["code"].as_str().unwrap().to_string()];
        for q in v["questions"].as_array().unwrap() {
            let item = IDS.iter().position(|id| q["id"] == *id).unwrap();
            let options: Vec<&str> = q["options"].as_array().unwrap().iter().map(|o| o.as_str().unwrap()).collect();
            let answer = if right[item] == 1 {
                q["answer"].as_str().unwrap().to_string()
            } else if l == 9 {
                String::new()
            } else {
                ((b'A' + options.iter().position(|o| *o == "-41").unwrap() as u8) as char).to_string()
            };
            row.push(answer);
        }
        csv.push_str(&row.join(","));
        csv.push('\n');
    }
    csv
}

fn grade(t: &Test, extra: &[&str]) -> Output {
    t.quizgen(["grade", "--key", "key.json", "responses.csv"]).args(extra).output()
}

/// The report's block of one item: from its heading to the next.
fn block<'a>(report: &'a str, id: &str) -> &'a str {
    let start = report.find(&format!("### {id}")).unwrap_or_else(|| panic!("no block for {id}:\n{report}"));
    let rest = &report[start..];
    &rest[..rest[4..].find("\n#").map_or(rest.len(), |e| e + 4)]
}

#[test]
fn the_hand_worked_class_gives_the_known_facility_discrimination_and_alpha() {
    let (t, key) = printed();
    t.write("responses.csv", responses(&key));
    let out = grade(&t, &["--scores", "scores.csv"]);
    assert!(out.status.success(), "{}", out.dump());
    let r = &out.stdout;
    assert!(r.contains("Cronbach's alpha: 0.08 (4 items, 10 learners"), "{r}");
    assert!(r.contains("Mean score 2.1/4"), "{r}");
    let b = block(r, IDS[0]);
    assert!(b.contains("facility 1.00 (10/10) · discrimination n/a · TOO EASY"), "{b}");
    let b = block(r, IDS[1]);
    assert!(b.contains("facility 0.50 (5/10) · discrimination 0.41  "), "{b}");
    // five wrong: four chose -41, learner 10 left it blank; the unused distractors show 0
    assert!(b.contains("chosen: 1902: 5 · -41: 4 · -39: 0 · -50: 0 · no answer: 1"), "{b}");
    assert!(block(r, IDS[2]).contains("facility 0.40 (4/10) · discrimination 0.06  "));
    assert!(block(r, IDS[3]).contains("facility 0.20 (2/10) · discrimination -0.24 · TOO HARD, NEGATIVE DISCRIMINATION"));
    let flagged = &r[r.find("## Items to look at").unwrap()..r.find("## Items\n").unwrap()];
    assert!(flagged.starts_with("## Items to look at (2 of 4)"), "{flagged}");
    assert!(flagged.contains(&format!("- {} (too hard, negative discrimination)", IDS[3])), "{flagged}");
    assert_eq!(
        t.read("scores.csv"),
        "learner,version,score,questions,percent\nlearner 1,A,3,4,75.0\nlearner 2,B,3,4,75.0\nlearner 3,A,3,4,75.0\nlearner 4,B,2,4,50.0\nlearner 5,A,2,4,50.0\n\
         learner 6,B,3,4,75.0\nlearner 7,A,2,4,50.0\nlearner 8,B,1,4,25.0\nlearner 9,A,1,4,25.0\nlearner 10,B,1,4,25.0\n"
    );
}

#[test]
fn the_report_goes_to_a_file_with_dash_o() {
    let (t, key) = printed();
    t.write("responses.csv", responses(&key));
    let out = grade(&t, &["-o", "report.md"]);
    assert!(out.status.success() && out.stdout.is_empty(), "{}", out.dump());
    assert!(t.read("report.md").contains("Cronbach's alpha: 0.08"));
}

/// The class's CSV with one line replaced.
fn with_line(key: &Value, line: usize, text: &str) -> String {
    let csv = responses(key);
    let mut lines: Vec<&str> = csv.lines().collect();
    lines[line - 1] = text;
    lines.join("\n") + "\n"
}

#[test]
fn bad_rows_are_errors_naming_the_line() {
    let (t, key) = printed();
    t.write("responses.csv", with_line(&key, 3, "Ann,Q,A,B,C,D"));
    grade(&t, &[]).assert_error("error: responses.csv, line 3 (learner \"Ann\"): unknown version \"Q\"; this key has versions A, B");
    t.write("responses.csv", with_line(&key, 4, "Ben,A,A,B,C"));
    grade(&t, &[]).assert_error("error: responses.csv, line 4 (learner \"Ben\"): version A has 4 questions, but the row gives 3 answers");
    t.write("responses.csv", with_line(&key, 5, "Cy,B,A,E,C,D"));
    grade(&t, &[]).assert_error("error: responses.csv, line 5 (learner \"Cy\"): question 2: \"E\" is not one of the options A–D");
    t.write("responses.csv", "name,version,1\nAnn,A,B\n");
    grade(&t, &[]).assert_error("error: responses.csv: the first row must be the header `learner,version,1,2,…`; it is `name,version,1`");
    t.write("responses.csv", "learner,version,1,2,3,4\n");
    grade(&t, &[]).assert_error("error: responses.csv: no responses after the header row");
    t.write("responses.csv", responses(&key));
    t.write("bad.json", "{\"format\": 1,");
    t.quizgen(["grade", "--key", "bad.json", "responses.csv"]).fails().stderr_has("bad.json:1:").stderr_has("not an answer key");
    let mut edited = key.clone();
    edited["versions"][1]["questions"][2]["answer"] = "E".into();
    t.write("edited.json", serde_json::to_string(&edited).unwrap());
    t.quizgen(["grade", "--key", "edited.json", "responses.csv"])
        .fails()
        .stderr_has("edited.json: not a usable answer key: version B question 3: the answer \"E\" does not fit its mc question");
}

#[test]
fn versions_drawn_from_pools_are_graded_but_get_no_alpha() {
    let t = Test::new();
    let mut items: Vec<Value> =
        (0..6).map(|i| hand_item(&format!("q00000000f0{i}"), &format!("In which year was pact {i} signed?"), &format!("191{i}"))).collect();
    for it in &mut items[3..] {
        it["kind"] = "acronym".into();
    }
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", items));
    t.quizgen([
        "print",
        "--bank",
        BANK,
        "--versions",
        "3",
        "--pool",
        "date=2",
        "--pool",
        "acronym=1",
        "--type",
        "mc",
        "--seed",
        "8",
        "-o",
        "t.md",
        "--key",
        "key.json",
    ])
    .succeeds();
    let key: Value = serde_json::from_str(&t.read("key.json")).unwrap();
    let mut csv = String::from("learner,version,1,2,3\n");
    for (l, v) in key["versions"].as_array().unwrap().iter().enumerate() {
        let answers: Vec<&str> = v["questions"].as_array().unwrap().iter().map(|q| q["answer"].as_str().unwrap()).collect();
        csv.push_str(&format!("L{l},{},{}\n", v["code"].as_str().unwrap(), answers.join(",")));
    }
    t.write("responses.csv", csv);
    let out = grade(&t, &[]);
    assert!(out.status.success(), "{}", out.dump());
    assert!(out.stdout.contains("Cronbach's alpha: not computed: the versions ask different items (--pool)."), "{}", out.stdout);
    assert!(out.stdout.contains("| L2 | C | 3/3 | 100 |"), "{}", out.stdout);
}

#[test]
fn a_short_row_padded_by_a_spreadsheet_is_fine_and_blank_rows_are_skipped() {
    let (t, key) = printed();
    let a = &key["versions"][0]["questions"];
    let answers: Vec<&str> = (0..4).map(|i| a[i]["answer"].as_str().unwrap()).collect();
    t.write("responses.csv", format!("learner,version,1,2,3,4,5\nAnn,a,{},,\n,,,,\n", answers.join(",")));
    let out = grade(&t, &[]);
    assert!(out.status.success(), "{}", out.dump());
    assert!(out.stdout.contains("| Ann | A | 4/4 | 100 |"), "{}", out.stdout);
}

#[test]
fn written_answers_are_judged_like_the_quiz_judges_them() {
    let t = Test::new();
    let mut it = hand_item("q00000000c01", "What does the abbreviation R&D stand for?", "research and development");
    it["types"] = serde_json::json!(["short"]);
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![it]));
    t.quizgen(["print", "--bank", BANK, "--count", "1", "-o", "t.md", "--key", "key.json"]).succeeds();
    t.write("responses.csv", "learner,version,1\nAnn,A,Research & Development\nBen,A,research and devlopment\nCy,A,reserve\n");
    let out = grade(&t, &["--scores", "s.csv"]);
    assert!(out.status.success(), "{}", out.dump());
    assert_eq!(t.read("s.csv"), "learner,version,score,questions,percent\nAnn,A,1,1,100.0\nBen,A,1,1,100.0\nCy,A,0,1,0.0\n");
    assert!(out.stdout.contains("chosen: research and development: 2 · reserve: 1"), "{}", out.stdout);
}
