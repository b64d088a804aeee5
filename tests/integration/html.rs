//! `quizgen export --format html`: the file itself (one page, its policy, its data, the
//! options that choose the questions) and its JavaScript answer checker, which must judge
//! as the Rust one does. The page at work in a browser is tested in `browser.rs`.

use std::process::Command;

use quizgen::quiz::matching::judge;
use serde_json::{Value, json};

use crate::support::{BANK, Test, hand_bank};
use crate::tools::{node, root};

/// The JSON data embedded in an exported page.
pub fn page_data(html: &str) -> Value {
    let start = html.find(r#"<script type="application/json" id="quiz-data">"#).expect("the page has its data") + 47;
    let end = start + html[start..].find("</script>").expect("the data element is closed");
    serde_json::from_str(&html[start..end]).unwrap_or_else(|e| panic!("the embedded data is not JSON: {e}"))
}

/// What the page shows as a question's stem, written as the terminal quiz writes it.
fn stem(q: &Value) -> String {
    let text = q["text"].as_str().unwrap();
    match q["type"].as_str().unwrap() {
        "tf" => format!("True or false? {text}"),
        "cloze" => format!("Fill in the blank: {text}"),
        _ => text.to_string(),
    }
}

fn exported(t: &Test, args: &[&str]) -> (String, Value) {
    t.quizgen(["export", "--bank", BANK, "--format", "html", "-o", "quiz.html"]).args(args).succeeds();
    let html = t.read("quiz.html");
    let data = page_data(&html);
    (html, data)
}

#[test]
fn the_page_is_one_file_that_may_load_nothing() {
    let t = Test::with_course();
    t.generate();
    let out = t.quizgen(["export", "--bank", BANK, "--format", "html", "-o", "quiz.html", "--seed", "5", "--title", "Course"]).succeeds();
    out.stderr_has("a quiz of ").stderr_has("(seed 5: `--seed 5` writes the same quiz again) -> quiz.html");
    let html = t.read("quiz.html");
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-"#), "{html}");
    assert_eq!(html.matches("<script").count(), 2, "the data and the one script");
    assert_eq!(html.matches("<style").count(), 1);
    for outside in ["src=", "href=", "url(", "@import", "http://", "https://"] {
        assert!(!html.contains(outside), "the page refers to something outside it: {outside}");
    }
    let data = page_data(&html);
    assert_eq!(data["title"], "Course");
    assert!(html.contains("<title>Course</title>"));
    assert_eq!(data["questions"].as_array().unwrap().len(), t.all_items().len(), "every item by default");
}

#[test]
fn the_file_asks_what_the_terminal_quiz_asks_with_the_same_seed() {
    let t = Test::with_course();
    t.generate();
    t.mkdir("home");
    let args = ["--count", "5", "--type", "mixed", "--seed", "11"];
    let (_, data) = exported(&t, &args);
    // the terminal quiz given no answers lists every question it would have asked
    let out = t.quizgen(["quiz", "--bank", BANK]).args(&args).env("QUIZGEN_HOME", t.join("home").to_str().unwrap()).stdin("").output();
    let asked: Vec<String> =
        out.stdout.lines().filter_map(|l| l.trim_start().split_once(". ")).filter(|(n, _)| n.parse::<usize>().is_ok()).map(|(_, s)| s.to_string()).collect();
    let in_file: Vec<String> = data["questions"].as_array().unwrap().iter().map(stem).collect();
    assert_eq!(asked, in_file, "{}", out.dump());
}

#[test]
fn seed_count_type_and_kind_choose_the_questions() {
    let t = Test::with_course();
    t.generate();
    let (a, _) = exported(&t, &["--seed", "3"]);
    let (b, _) = exported(&t, &["--seed", "3"]);
    let (c, _) = exported(&t, &["--seed", "4"]);
    assert_eq!(a, b, "the same seed writes the same file");
    assert_ne!(a, c);
    let (_, tf) = exported(&t, &["--count", "3", "--type", "tf"]);
    let qs = tf["questions"].as_array().unwrap();
    assert_eq!(qs.len(), 3);
    assert!(qs.iter().all(|q| q["type"] == "tf" && q["truth"].is_boolean()), "{tf}");
    let (_, dates) = exported(&t, &["--kind", "date", "--type", "short"]);
    let qs = dates["questions"].as_array().unwrap();
    assert!(!qs.is_empty() && qs.iter().all(|q| q["kind"] == "date" && q["accept"].is_array()), "{dates}");
}

#[test]
fn wrong_options_are_errors_that_say_what_is_wrong() {
    let t = Test::with_course();
    t.generate();
    let html = ["export", "--bank", BANK, "--format", "html"];
    assert_eq!(t.quizgen(html).args(&["--count", "0"]).fails().error_line(), "error: --count must be at least 1");
    assert_eq!(t.quizgen(html).args(&["--type", "essay"]).fails().error_line(), "error: unknown --type 'essay'; use mc, tf, short, cloze or mixed");
    assert_eq!(t.quizgen(html).args(&["--title", "  "]).fails().error_line(), "error: --title must not be empty");
    assert_eq!(
        t.quizgen(html).args(&["--kind", "date", "--type", "cloze", "--source", "nobel.txt", "--min-confidence", "1"]).fails().error_line(),
        "error: no item matches (kind date, status generated/approved/edited, source nobel.txt, confidence >= 1)"
    );
    let csv = t.quizgen(["export", "--bank", BANK, "--format", "csv", "--seed", "1", "--count", "2"]).fails();
    assert_eq!(csv.error_line(), "error: --count, --seed are only for --format html, not --format csv");
    let unknown = t.quizgen(["export", "--bank", BANK, "--format", "xml"]).fails();
    assert_eq!(unknown.error_line(), "error: unknown export format 'xml'; known formats: csv, json, gift, moodle-xml, anki, qti-text, kahoot, html");
}

#[test]
fn no_question_of_the_type_asked_is_an_error() {
    let t = Test::new();
    let mut item = crate::support::hand_item("q0000000000a", "When?", "1999");
    item["types"] = json!(["short"]);
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![item]));
    let out = t.quizgen(["export", "--bank", BANK, "--format", "html", "--type", "tf"]).fails();
    assert_eq!(out.error_line(), "error: none of the 1 matching items can be asked as --type tf");
    assert!(!t.exists("quiz.html"));
}

/// Texts that would run or inject something if the page ever read them as markup.
pub const HOSTILE: [&str; 4] =
    ["</script><img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "<!-- </style> {{DATA}} & \u{2028}", "'; window.pwned = 1; '"];

/// A bank of items whose every text is hostile, askable in every way; one sentence has a
/// word too long for a phone's width.
pub fn hostile_bank(t: &Test) {
    let items = (0..HOSTILE.len())
        .map(|i| {
            let h = HOSTILE[i];
            let other = HOSTILE[(i + 1) % HOSTILE.len()];
            json!({
                "id": format!("q{i:011x}"), "kind": "definition", "type": "mc", "types": ["mc", "tf", "short", "cloze"],
                "question": format!("{h} question {i}?"), "answer": format!("{h} answer {i}"), "accept": [],
                "distractors": [format!("{other} one"), format!("{other} two"), format!("{other} three")],
                "statement": format!("{h} is true {i}."), "false_statement": format!("{other} is false {i}."),
                "cloze": format!("{h} _____ {i}."), "explanation": h,
                "source": { "file": format!("course/{h}.txt"), "line": i + 1 },
                "sentence": format!("{h} sentence {i} {}", "x".repeat(if i == 0 { 300 } else { 1 })),
                "tags": [], "status": "approved", "confidence": 0.9
            })
        })
        .collect();
    t.write_bank_json("hostile.json", &hand_bank("course/hostile.txt", items));
}

#[test]
fn hostile_texts_stay_data() {
    let t = Test::new();
    hostile_bank(&t);
    let (html, data) = exported(&t, &["--seed", "1", "--title", HOSTILE[0]]);
    for raw in ["<img", "<svg", "</script><", "\u{2028}"] {
        assert!(!html.contains(raw), "{raw:?} is in the page as it was written");
    }
    assert!(html.contains("<title>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</title>"));
    assert_eq!(data["title"], HOSTILE[0], "the data reads back as written");
    let texts: Vec<&str> = data["questions"].as_array().unwrap().iter().map(|q| q["sentence"].as_str().unwrap()).collect();
    for h in HOSTILE {
        assert!(texts.iter().any(|s| s.starts_with(h)), "{h:?} does not read back");
    }
}

/// Run the JavaScript checker over case tables; its exit status and output.
fn js_checker(tables: &[&std::path::Path]) -> (bool, String) {
    let out = Command::new("node")
        .arg(root().join("tests/js/answer_cases.mjs"))
        .arg(root().join("src/export/html/matching.js"))
        .args(tables)
        .output()
        .expect("running node");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn the_javascript_checker_passes_the_shared_table() {
    if !node() {
        return;
    }
    let (ok, out) = js_checker(&[&root().join("tests/answer_cases.json")]);
    assert!(ok, "{out}");
    assert!(out.contains(" cases, 0 disagree"), "{out}");
}

#[test]
fn the_javascript_check_fails_on_a_case_it_gets_wrong() {
    if !node() {
        return;
    }
    let t = Test::new();
    t.write("wrong.json", r#"[{"given": "1948", "answer": "1949", "right": true, "why": "deliberately wrong"}]"#);
    let (ok, out) = js_checker(&[&t.join("wrong.json")]);
    assert!(!ok, "{out}");
    assert!(out.contains("\"1948\" for \"1949\""), "{out}");
}

/// Answers typed close to and far from the shipped bank's: the answer, its case and
/// accents changed, letters dropped, doubled, swapped and replaced, an article, spaces
/// moved, the distractors, and unusual characters.
fn variants(answer: &str) -> Vec<String> {
    let chars: Vec<char> = answer.chars().collect();
    let mut v = vec![
        answer.to_string(),
        answer.to_uppercase(),
        answer.to_lowercase(),
        format!("the {answer}"),
        answer.replace(' ', ""),
        format!("{answer}!"),
        answer.replace('e', "é"),
    ];
    for i in (0..chars.len()).step_by(3) {
        let mut dropped = chars.clone();
        dropped.remove(i);
        v.push(dropped.iter().collect());
        let mut doubled = chars.clone();
        doubled.insert(i, chars[i]);
        v.push(doubled.iter().collect());
        let mut replaced = chars.clone();
        replaced[i] = if chars[i] == 'x' { 'y' } else { 'x' };
        v.push(replaced.iter().collect());
        if i + 1 < chars.len() {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            v.push(swapped.iter().collect());
        }
    }
    v
}

#[test]
fn the_javascript_checker_judges_as_the_rust_one_over_the_shipped_bank() {
    if !node() {
        return;
    }
    let mut cases = Vec::new();
    let mut add = |given: &str, answer: &str, accept: &[String], distractors: &[String]| {
        let mut accepted = vec![answer];
        accepted.extend(accept.iter().map(String::as_str));
        let d: Vec<&str> = distractors.iter().map(String::as_str).collect();
        let right = judge(given, &accepted, &d).is_right();
        cases.push(
            json!({ "given": given, "answer": answer, "accept": accept, "distractors": distractors, "right": right, "why": "as the Rust checker judges it" }),
        );
    };
    for entry in std::fs::read_dir(root().join("question_bank")).unwrap() {
        let path = entry.unwrap().path();
        // the bank's lock file sits beside its JSON files
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let bank: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for it in bank["items"].as_array().unwrap() {
            let strings = |f: &str| it[f].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect::<Vec<_>>();
            let (answer, accept, distractors) = (it["answer"].as_str().unwrap(), strings("accept"), strings("distractors"));
            for given in variants(answer).iter().chain(&distractors).chain(&accept) {
                add(given, answer, &accept, &distractors);
            }
            // each word on its own too, for the typo allowance of every word length
            for word in answer.split(' ') {
                for given in variants(word) {
                    add(&given, word, &[], &[]);
                }
            }
        }
    }
    // letters and digits beyond ASCII: ligatures, full-width forms, other scripts' digits,
    // Roman numerals, superscripts, dotted capital I, final sigma, German sharp s
    let odd = [
        ("ﬁnance", "finance"),
        ("ＮＡＴＯ", "NATO"),
        ("١٩٤٩", "1949"),
        ("Ⅻ", "XII"),
        ("x²", "x2"),
        ("İstanbul", "Istanbul"),
        ("ΟΔΟΣ", "οδος"),
        ("Straße", "strasse"),
        ("Œuvre", "oeuvre"),
        ("Ǆemal", "dzemal"),
        ("naïve café", "naive cafe"),
        ("A\u{200d}B", "AB"),
        ("rock ’n’ roll", "rock n roll"),
        ("½", "1/2"),
    ];
    for (given, answer) in odd {
        add(given, answer, &[], &[]);
        add(answer, given, &[], &[]);
    }
    let t = Test::new();
    t.write("rust_verdicts.json", serde_json::to_string(&cases).unwrap());
    let (ok, out) = js_checker(&[&t.join("rust_verdicts.json")]);
    assert!(ok, "the JavaScript checker disagrees with the Rust one:\n{out}");
    assert!(cases.len() > 1000, "{} cases", cases.len());
}
