//! `quizgen print`: the PDF read back with poppler's pdftotext, HTML and Markdown by snapshot,
//! the key, and the errors.

use serde_json::Value;

use crate::support::{BANK, Test, hand_bank, hand_item};

/// A bank of three hand-written items: one asked as multiple choice, one as true/false, one
/// as a short answer, with text that HTML and Markdown must escape.
fn hand_test() -> Test {
    let t = Test::new();
    let mut mc = hand_item("q00000000a01", "In which year was the *Union* <founded>?", "1901");
    mc["distractors"] = serde_json::json!(["1899", "1903", "1910"]);
    let mut tf = hand_item("q00000000a02", "In which year was the Fund created?", "1902");
    tf["types"] = serde_json::json!(["tf"]);
    tf["statement"] = "The Fund was created in 1902.".into();
    tf["false_statement"] = "The Fund was created in 1899.".into();
    let mut short = hand_item("q00000000a03", "What does the abbreviation R&D stand for?", "research and development");
    short["types"] = serde_json::json!(["short"]);
    short["accept"] = serde_json::json!(["research & development"]);
    t.write_bank_json("hand.json", &hand_bank("course/hand.txt", vec![mc, tf, short]));
    t
}

fn print_hand(t: &Test, format: &str) -> (String, String) {
    let args = ["print", "--bank", BANK, "--versions", "2", "--count", "3", "--seed", "11", "--title", "Unit 1 | \"Quiz\""];
    t.quizgen(args).args(&["-o", &format!("test.{format}"), "--key", &format!("key.{format}")]).succeeds();
    (t.read(format!("test.{format}")), t.read(format!("key.{format}")))
}

#[test]
fn markdown_test_and_key() {
    let t = hand_test();
    let (test, key) = print_hand(&t, "md");
    insta::assert_snapshot!("markdown_test", test);
    insta::assert_snapshot!("markdown_key", key);
}

#[test]
fn html_test_and_key() {
    let t = hand_test();
    let (test, key) = print_hand(&t, "html");
    insta::assert_snapshot!("html_test", test);
    insta::assert_snapshot!("html_key", key);
}

#[test]
fn the_key_json_holds_each_version_with_bank_ids_and_source_sentences() {
    let t = Test::with_course();
    t.generate();
    t.quizgen(["print", "--bank", BANK, "--versions", "3", "--count", "4", "--seed", "5", "-o", "t.md", "--key", "k.md"]).succeeds();
    let key: Value = serde_json::from_str(&t.read("k.json")).unwrap();
    let items = t.all_items();
    let versions = key["versions"].as_array().unwrap();
    assert_eq!(versions.iter().map(|v| v["code"].as_str().unwrap()).collect::<Vec<_>>(), ["A", "B", "C"]);
    for v in versions {
        let qs = v["questions"].as_array().unwrap();
        assert_eq!(qs.len(), 4);
        for q in qs {
            let item = items.iter().find(|it| it["id"] == q["id"]).unwrap_or_else(|| panic!("{} is a bank id", q["id"]));
            assert_eq!(q["sentence"], item["sentence"]);
            assert_eq!(q["source"], item["source"]);
        }
    }
    // the key document lists the same ids
    let doc = t.read("k.md");
    for q in versions.iter().flat_map(|v| v["questions"].as_array().unwrap()) {
        assert!(doc.contains(q["id"].as_str().unwrap()));
    }
}

#[test]
fn the_same_seed_prints_the_same_test_and_another_seed_another() {
    let t = Test::with_course();
    t.generate();
    let run = |seed: &str, out: &str| t.quizgen(["print", "--bank", BANK, "--versions", "2", "--count", "5", "--seed", seed, "-o", out]).succeeds();
    run("3", "a.md");
    run("3", "b.md");
    run("4", "c.md");
    assert_eq!(t.read("a.md"), t.read("b.md"));
    assert_ne!(t.read("a.md"), t.read("c.md"));
}

#[cfg(feature = "pdf")]
/// pdftotext's text of a PDF, one string per page. None when poppler is not installed (a
/// failure under CI, where .ci/run installs it).
fn pdf_pages(t: &Test, pdf: &str) -> Option<Vec<String>> {
    match std::process::Command::new("pdftotext").args([pdf, "-"]).current_dir(t.path()).output() {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext {pdf}: {}", String::from_utf8_lossy(&out.stderr));
            let text = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8");
            // pages end in a form feed
            Some(text.split('\u{c}').filter(|p| !p.trim().is_empty()).map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect())
        }
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped: pdftotext not found ({e}); install poppler-utils");
            None
        }
        Err(e) => panic!("pdftotext not found under CI ({e}): .ci/run installs poppler-utils"),
    }
}

#[cfg(feature = "pdf")]
#[test]
fn the_pdf_has_every_question_of_every_version_in_the_keys_order_and_the_version_on_every_page() {
    let t = Test::with_course();
    t.generate();
    t.quizgen(["print", "--bank", BANK, "--versions", "3", "--count", "8", "--seed", "9", "--title", "Midterm", "-o", "test.pdf", "--key", "key.pdf"])
        .succeeds();
    assert!(t.read_bytes("test.pdf").starts_with(b"%PDF-"));
    let Some(pages) = pdf_pages(&t, "test.pdf") else { return };
    let key: Value = serde_json::from_str(&t.read("key.json")).unwrap();
    let mut page = 0;
    for v in key["versions"].as_array().unwrap() {
        let code = v["code"].as_str().unwrap();
        // this version's pages: from here to the one that is its answer sheet
        let first = page;
        while !pages[page].contains(&format!("Answer sheet · Version {code}")) {
            page += 1;
            assert!(page < pages.len(), "no answer sheet for version {code}");
        }
        let last = page;
        page += 1;
        let n = last - first + 1;
        for (i, p) in pages[first..=last].iter().enumerate() {
            assert!(p.starts_with(&format!("Midterm Version {code} Page {} of {n}", i + 1)), "page {} of version {code} lacks its header: {p}", i + 1);
        }
        let text = pages[first..last].join(" ");
        let mut at = 0;
        for q in v["questions"].as_array().unwrap() {
            let stem = q["stem"].as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
            let wanted = format!("{}. {stem}", q["number"]);
            let found = text[at..].find(&wanted).unwrap_or_else(|| panic!("version {code}: question {wanted:?} not found after offset {at} in\n{text}"));
            at += found + wanted.len();
            for o in q["options"].as_array().unwrap().iter().filter(|_| q["type"] == "mc") {
                let o = o.as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(text[at..].contains(&o), "version {code} question {}: option {o:?} missing", q["number"]);
            }
        }
    }
    assert_eq!(page, pages.len(), "no pages after the last answer sheet");
    // the key PDF: each version's answers, with the bank ids
    let key_pages = pdf_pages(&t, "key.pdf").unwrap();
    let all = key_pages.join(" ");
    for v in key["versions"].as_array().unwrap() {
        assert!(all.contains(&format!("Answer key · Version {}", v["code"].as_str().unwrap())));
        for q in v["questions"].as_array().unwrap() {
            assert!(all.contains(q["id"].as_str().unwrap()), "key.pdf lacks {}", q["id"]);
        }
    }
}

#[cfg(feature = "pdf")]
#[test]
fn the_same_seed_gives_the_same_pdf_bytes() {
    let t = hand_test();
    for out in ["a.pdf", "b.pdf"] {
        t.quizgen(["print", "--bank", BANK, "--count", "3", "--seed", "1", "-o", out]).succeeds();
    }
    assert_eq!(t.read_bytes("a.pdf"), t.read_bytes("b.pdf"));
}

#[test]
fn more_questions_than_items_says_how_many_there_are() {
    let t = hand_test();
    let out = t.quizgen(["print", "--bank", BANK, "--count", "9", "-o", "t.pdf"]).fails();
    assert_eq!(out.error_line(), "error: asked for 9 questions, but only 3 items match (status generated/approved/edited)");
    let out = t.quizgen(["print", "--bank", BANK, "--count", "2", "--type", "mc", "-o", "t.pdf"]).fails();
    assert_eq!(out.error_line(), "error: asked for 2 questions, but only 1 of the 3 items that match (status generated/approved/edited) can be asked as mc");
    assert!(!t.exists("t.pdf"));
}

#[test]
fn an_unwritable_output_fails_before_anything_is_written() {
    let t = hand_test();
    let out = t.quizgen(["print", "--bank", BANK, "--count", "3", "-o", "test.md", "--key", "missing/key.md"]).fails();
    assert_eq!(out.error_line(), "error: cannot write missing/key.md: the directory missing does not exist");
    assert!(!t.exists("test.md"), "the test is not written when its key cannot be");
    t.mkdir("out");
    let out = t.quizgen(["print", "--bank", BANK, "--count", "3", "-o", "out"]).fails();
    assert_eq!(out.error_line(), "error: cannot write out: it is a directory; name a file");
    let out = t.quizgen(["print", "--bank", BANK, "--count", "3", "-o", "k.md", "--key", "k.md"]).fails();
    out.stderr_has("both be written to k.md");
    let names: Vec<String> = std::fs::read_dir(t.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.contains(".tmp")), "no temporary file left: {names:?}");
}

#[test]
fn bad_options_name_what_is_wrong() {
    let t = hand_test();
    t.quizgen(["print", "--bank", BANK, "--count", "3", "--format", "docx", "-o", "t.docx"])
        .fails()
        .stderr_has("unknown --format 'docx'; known formats: pdf, html, md");
    t.quizgen(["print", "--bank", BANK, "--count", "3", "--versions", "0", "-o", "t.md"]).fails().stderr_has("--versions must be at least 1");
    t.quizgen(["print", "--bank", BANK, "--pool", "date", "-o", "t.md"]).fails().stderr_has("--pool 'date': write KIND=N");
    t.quizgen(["print", "--bank", BANK, "--pool", "planet=2", "-o", "t.md"]).fails().stderr_has("unknown kind 'planet'");
}

#[test]
fn a_key_named_json_is_written_as_json_only() {
    let t = hand_test();
    t.quizgen(["print", "--bank", BANK, "--count", "3", "-o", "t.html", "--key", "answers.json"]).succeeds();
    let key: Value = serde_json::from_str(&t.read("answers.json")).unwrap();
    assert_eq!(key["format"], 1);
    assert!(t.read("t.html").starts_with("<!DOCTYPE html>"), "the format follows the extension of -o");
}
