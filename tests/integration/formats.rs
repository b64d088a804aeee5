//! Every quiz format, from the shipped bank and from a bank of hostile text
//! (`tests/fixtures/hostile.json`: the control characters of each format, HTML and XML
//! markup, `]]>`, tabs, line breaks, leading `= + # //`, `[html]`, `$…$`, `->`, emoji,
//! right-to-left text, texts too long for Kahoot), checked by the real importer's parser
//! (see `validators.rs`): the file is accepted, it holds one question per item (plus one
//! category per source), each of the type asked, and the texts it shows are the bank's.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::support::{BANK, Test, s};
use crate::validators;

/// A test directory whose bank is a copy of the shipped `question_bank/`.
pub fn shipped() -> Test {
    let t = Test::new();
    t.mkdir(BANK);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for e in fs::read_dir(root.join("question_bank")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            t.write(Path::new(BANK).join(p.file_name().unwrap()), fs::read(&p).unwrap());
        }
    }
    t
}

/// A test directory whose bank is the hostile fixture.
pub fn hostile() -> Test {
    let t = Test::new();
    t.write(Path::new(BANK).join("hostile.json"), fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.json")).unwrap());
    t
}

/// HTML shown as text: tags dropped, line breaks and the entities we write decoded,
/// white space runs as one space.
fn shown(html: &str) -> String {
    let mut text = html.replace("<br />", "\n").replace("<br>", "\n").replace("<p>", "").replace("</p>", "");
    for (e, c) in [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#37;", "%"),
        ("&#123;", "{"),
        ("&#125;", "}"),
        ("&#58;", ":"),
        ("&#35;", "#"),
        ("&#126;", "~"),
        ("&amp;", "&"),
    ] {
        text = text.replace(e, c);
    }
    norm(&text)
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(|x| x.as_str().unwrap_or_default().to_string()).collect()).unwrap_or_default()
}

/// The item asked as a type: which type, the choices (answer first) and the answers.
struct Expect<'a> {
    item: &'a Value,
    ty: String,
}

impl Expect<'_> {
    fn id(&self) -> &str {
        s(self.item, "id")
    }
    fn field(&self, f: &str) -> String {
        norm(s(self.item, f))
    }
    /// The answer and distractors (up to three), as shown.
    fn choices(&self) -> BTreeSet<String> {
        let mut c: BTreeSet<String> = strs(&self.item["distractors"]).iter().take(3).map(|d| norm(d)).collect();
        c.insert(self.field("answer"));
        c
    }
    /// The answer and accepted variants, each once.
    fn answers(&self) -> Vec<String> {
        let mut a = vec![self.field("answer")];
        for x in strs(&self.item["accept"]) {
            if !a.contains(&norm(&x)) {
                a.push(norm(&x));
            }
        }
        a
    }
    /// The statement shown for true/false, and whether it is the true one.
    fn judged(&self, shown_text: &str) -> bool {
        if shown_text == self.field("statement") {
            true
        } else {
            assert_eq!(shown_text, self.field("false_statement"), "{}: neither statement", self.id());
            false
        }
    }
}

/// Export the bank in `format` (asked as `ty` when given) to a file; the items the
/// file should hold, and the ids reported skipped with their reasons.
fn export<'a>(t: &Test, items: &'a [Value], format: &str, ty: Option<&str>, file: &str) -> (Vec<Expect<'a>>, Vec<(String, String)>) {
    let mut run = t.quizgen(["export", "--bank", BANK, "--format", format, "-o", file]);
    if let Some(ty) = ty {
        run = run.arg("--type").arg(ty);
    }
    let out = run.succeeds();
    let skipped: Vec<(String, String)> = out
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("skipped "))
        .map(|l| {
            let (id, why) = l.split_once(": ").unwrap();
            (id.to_string(), why.to_string())
        })
        .collect();
    let wanted = items
        .iter()
        .filter(|it| s(it, "status") != "rejected")
        .filter(|it| ty.is_none_or(|ty| strs(&it["types"]).iter().any(|x| x == ty)))
        .filter(|it| !skipped.iter().any(|(id, _)| id == s(it, "id")))
        .map(|it| Expect { item: it, ty: ty.map(str::to_string).unwrap_or_else(|| s(it, "type").to_string()) })
        .collect();
    (wanted, skipped)
}

/// Every type, and each item's preferred one.
const ALL_TYPES: [Option<&str>; 5] = [None, Some("mc"), Some("tf"), Some("short"), Some("cloze")];

/// The two banks, each exported as preferred and as each of `types`.
fn each_export(format: &str, ext: &str, types: &[Option<&str>], check: impl Fn(&Test, &[Expect], &[(String, String)], &Path)) {
    for t in [shipped(), hostile()] {
        let items = t.all_items();
        for &ty in types {
            if ty.is_some_and(|ty| !items.iter().any(|it| strs(&it["types"]).iter().any(|x| x == ty))) {
                continue;
            }
            let file = format!("out-{}.{ext}", ty.unwrap_or("preferred"));
            let (want, skipped) = export(&t, &items, format, ty, &file);
            assert!(!want.is_empty(), "{format} {ty:?}: nothing exported");
            check(&t, &want, &skipped, &t.join(&file));
        }
    }
}

#[test]
fn gift_is_read_by_gift_pegjs_with_every_question_and_its_text() {
    each_export("gift", "gift", &ALL_TYPES, |_, want, skipped, file| {
        assert!(skipped.is_empty(), "GIFT skipped {skipped:?}");
        let parsed = validators::gift(file);
        let questions: Vec<&Value> = parsed.as_array().unwrap().iter().filter(|q| q["type"] != "Category").collect();
        let categories = parsed.as_array().unwrap().len() - questions.len();
        let sources: BTreeSet<&str> = want.iter().map(|w| w.item["source"]["file"].as_str().unwrap()).collect();
        assert_eq!(categories, sources.len(), "one $CATEGORY per source");
        assert_eq!(questions.len(), want.len());
        for (q, w) in questions.iter().zip(want) {
            assert_eq!((q["title"].as_str(), q["id"].as_str()), (Some(w.id()), Some(w.id())));
            let tags: Vec<String> = strs(&w.item["tags"]).iter().map(|t| t.replace(' ', "-")).collect();
            assert_eq!(strs(&q["tags"]), tags, "{}", w.id());
            assert_eq!(shown(q["globalFeedback"]["text"].as_str().unwrap()), w.field("explanation"), "{}", w.id());
            let stem = shown(q["stem"]["text"].as_str().unwrap());
            let choices = q["choices"].as_array().cloned().unwrap_or_default();
            let text = |c: &Value| c["text"]["text"].as_str().unwrap().to_string();
            match w.ty.as_str() {
                "mc" => {
                    assert_eq!((q["type"].as_str(), stem), (Some("MC"), w.field("question")), "{}", w.id());
                    assert_eq!(choices.iter().map(|c| shown(&text(c))).collect::<BTreeSet<_>>(), w.choices(), "{}", w.id());
                    let right: Vec<String> = choices.iter().filter(|c| c["isCorrect"] == true).map(|c| shown(&text(c))).collect();
                    assert_eq!(right, [w.field("answer")], "{}", w.id());
                }
                "tf" => {
                    assert_eq!(q["type"], "TF", "{}", w.id());
                    assert_eq!(q["isTrue"].as_bool(), Some(w.judged(&stem)), "{}", w.id());
                }
                ty => {
                    // short answers are plain strings: compared as they are, not as HTML
                    let answers: Vec<String> = choices.iter().map(|c| norm(&text(c))).collect();
                    assert!(choices.iter().all(|c| c["isCorrect"] == true), "{}", w.id());
                    assert_eq!((q["type"].as_str(), answers), (Some("Short"), w.answers()), "{}", w.id());
                    // gift-pegjs shows the gap as " _____ "
                    let gap = |x: &str| x.replace(" _____", "_____").replace("_____ ", "_____");
                    // a gap that opens the sentence cannot be embedded in GIFT: the sentence with its
                    // blank is asked as a short answer
                    let (embedded, want_stem) =
                        if ty == "cloze" { (!w.field("cloze").starts_with("_____"), w.field("cloze")) } else { (false, w.field("question")) };
                    assert_eq!((q["hasEmbeddedAnswers"].as_bool(), gap(&stem)), (Some(embedded), gap(&want_stem)), "{}", w.id());
                }
            }
        }
    });
}

/// Split a Moodle cloze text at its one sub-question: the text around it and the
/// sub-question's answers.
fn cloze_parts(text: &str) -> (String, Vec<String>) {
    let start = text.find("{1:SHORTANSWER:").expect("a sub-question");
    let end = start + text[start..].find('}').expect("its end");
    let answers = text[start + "{1:SHORTANSWER:".len()..end].split('~').map(|a| shown(a.strip_prefix('=').unwrap())).collect();
    (format!("{}_____{}", &text[..start], &text[end + 1..]), answers)
}

#[test]
fn moodle_xml_passes_moodles_rules_with_every_question_and_its_text() {
    each_export("moodle-xml", "xml", &ALL_TYPES, |_, want, skipped, file| {
        assert!(skipped.is_empty(), "Moodle XML skipped {skipped:?}");
        let parsed = validators::moodle_xml(file);
        let questions: Vec<&Value> = parsed.as_array().unwrap().iter().filter(|q| q["type"] != "category").collect();
        assert_eq!(questions.len(), want.len());
        for (q, w) in questions.iter().zip(want) {
            assert_eq!((q["name"].as_str(), q["idnumber"].as_str()), (Some(w.id()), Some(w.id())));
            assert_eq!(strs(&q["tags"]), strs(&w.item["tags"]));
            assert_eq!(shown(q["feedback"].as_str().unwrap()), w.field("explanation"), "{}", w.id());
            let text = q["text"].as_str().unwrap();
            let answers = q["answers"].as_array().unwrap();
            let right: Vec<String> = answers.iter().filter(|a| a["fraction"] == 100.0).map(|a| a["text"].as_str().unwrap().to_string()).collect();
            match w.ty.as_str() {
                "mc" => {
                    assert_eq!((q["type"].as_str(), shown(text)), (Some("multichoice"), w.field("question")), "{}", w.id());
                    assert_eq!(answers.iter().map(|a| shown(a["text"].as_str().unwrap())).collect::<BTreeSet<_>>(), w.choices());
                    assert_eq!(right.iter().map(|r| shown(r)).collect::<Vec<_>>(), [w.field("answer")], "{}", w.id());
                }
                "tf" => {
                    assert_eq!(q["type"], "truefalse", "{}", w.id());
                    assert_eq!(right, [if w.judged(&shown(text)) { "true" } else { "false" }], "{}", w.id());
                }
                "short" => {
                    assert_eq!((q["type"].as_str(), shown(text)), (Some("shortanswer"), w.field("question")), "{}", w.id());
                    assert_eq!(right.iter().map(|r| norm(r)).collect::<Vec<_>>(), w.answers(), "{}", w.id());
                }
                _ => {
                    assert_eq!(q["type"], "cloze", "{}", w.id());
                    let (around, answers) = cloze_parts(text);
                    assert_eq!((shown(&around), answers), (w.field("cloze"), w.answers()), "{}", w.id());
                }
            }
        }
    });
}

/// The text of an Anki cloze field with the deletion as `_____`, and the deletion.
fn anki_cloze(field: &str) -> (String, String) {
    let start = field.find("{{c1::").expect("a deletion");
    let end = start + field[start..].find("}}").expect("its end");
    (format!("{}_____{}", &field[..start], &field[end + 2..]), shown(&field[start + 6..end]))
}

#[test]
fn anki_imports_every_item_as_one_note_with_its_text() {
    each_export("anki", "txt", &ALL_TYPES, |_, want, skipped, file| {
        assert!(skipped.is_empty(), "Anki skipped {skipped:?}");
        let got = validators::anki(&[file]);
        let log = &got["logs"][0];
        assert_eq!(log["new"].as_u64(), Some(want.len() as u64), "{log}");
        for k in ["updated", "duplicate", "conflicting", "first_field_match", "empty_first_field", "missing_notetype", "missing_deck"] {
            assert_eq!(log[k], 0, "{k}: {log}");
        }
        let notes = got["notes"].as_array().unwrap();
        assert_eq!(notes.len(), want.len());
        for w in want {
            let n = notes.iter().find(|n| n["guid"] == w.id()).unwrap_or_else(|| panic!("no note with guid {}", w.id()));
            let source = Path::new(w.item["source"]["file"].as_str().unwrap()).file_stem().unwrap().to_string_lossy().into_owned();
            assert_eq!(n["deck"].as_str(), Some(format!("quizgen::{source}").as_str()));
            let tags: Vec<String> = strs(&w.item["tags"]).iter().map(|t| t.replace(' ', "_")).collect();
            assert_eq!(strs(&n["tags"]), tags);
            let fields = strs(&n["fields"]);
            assert_eq!(n["cards"], 1);
            match w.ty.as_str() {
                "mc" => {
                    let (stem, list) = fields[0].split_once("<ol type=\"A\">").unwrap();
                    assert_eq!(shown(stem), w.field("question"));
                    let choices: Vec<String> =
                        list.trim_end_matches("</ol>").split("</li>").filter(|c| !c.is_empty()).map(|c| shown(c.trim_start_matches("<li>"))).collect();
                    assert_eq!(choices.iter().cloned().collect::<BTreeSet<_>>(), w.choices());
                    let letter = (b'A' + choices.iter().position(|c| *c == w.field("answer")).unwrap() as u8) as char;
                    assert!(fields[1].starts_with(&format!("{letter}: ")), "{}: {}", w.id(), fields[1]);
                }
                "tf" => {
                    let truth = w.judged(&shown(fields[0].trim_end_matches("<br>(true or false?)")));
                    assert!(fields[1].starts_with(if truth { "True<br>" } else { "False<br>" }), "{}", w.id());
                }
                "short" => assert_eq!(shown(&fields[0]), w.field("question")),
                _ => {
                    assert_eq!(n["notetype"], "Cloze");
                    let (around, answer) = anki_cloze(&fields[0]);
                    assert_eq!((shown(&around), answer), (w.field("cloze"), w.field("answer")), "{}", w.id());
                }
            }
            if w.ty != "cloze" {
                assert_eq!(n["notetype"], "Basic");
            }
        }
    });
}

#[test]
fn anki_reimport_of_a_newer_export_updates_the_notes() {
    let t = hostile();
    t.quizgen(["export", "--bank", BANK, "--format", "anki", "-o", "first.txt"]).succeeds();
    let mut bank = t.bank_json("hostile.json");
    bank["items"][0]["question"] = "A new question?".into();
    t.write_bank_json("hostile.json", &bank);
    t.quizgen(["export", "--bank", BANK, "--format", "anki", "-o", "second.txt"]).succeeds();
    let got = validators::anki(&[&t.join("first.txt"), &t.join("second.txt")]);
    let n = bank["items"].as_array().unwrap().len();
    assert_eq!(got["logs"][1]["new"], 0, "{}", got["logs"]);
    assert_eq!(got["logs"][1]["updated"], 1, "{}", got["logs"]);
    assert_eq!(got["notes"].as_array().unwrap().len(), n);
    let note = got["notes"].as_array().unwrap().iter().find(|x| x["guid"] == "q0000000000a0").unwrap();
    assert!(note["fields"][0].as_str().unwrap().starts_with("A new question?<ol"), "{note}");
}

#[test]
fn text2qti_converts_the_quiz_with_every_question_and_its_text() {
    each_export("qti-text", "txt", &ALL_TYPES, |_, want, skipped, file| {
        // the one reason to skip: a repeated question text, which text2qti refuses
        for (id, why) in skipped {
            assert!(why.starts_with("same question text as "), "{id}: {why}");
        }
        let items = validators::text2qti(file);
        let items = items.as_array().unwrap();
        assert_eq!(items.len(), want.len());
        for (q, w) in items.iter().zip(want) {
            assert_eq!(q["title"].as_str(), Some(w.id()));
            assert_eq!(shown(q["feedback"].as_str().unwrap()), w.field("explanation"), "{}", w.id());
            let text = shown(q["text"].as_str().unwrap());
            let right: Vec<String> = strs(&q["right"]).iter().map(|r| shown(r)).collect();
            match w.ty.as_str() {
                "mc" => {
                    assert_eq!((q["type"].as_str(), text), (Some("multiple_choice_question"), w.field("question")), "{}", w.id());
                    assert_eq!(strs(&q["choices"]).iter().map(|c| shown(c)).collect::<BTreeSet<_>>(), w.choices(), "{}", w.id());
                    assert_eq!(right, [w.field("answer")], "{}", w.id());
                }
                "tf" => {
                    assert_eq!(q["type"], "true_false_question", "{}", w.id());
                    assert_eq!(right, [if w.judged(&text) { "True" } else { "False" }], "{}", w.id());
                }
                ty => {
                    let stem = if ty == "cloze" { w.field("cloze") } else { w.field("question") };
                    assert_eq!((q["type"].as_str(), text, right), (Some("short_answer_question"), stem, w.answers()), "{}", w.id());
                }
            }
        }
    });
}

/// UTF-16 units, as Kahoot's browser counts.
fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

#[test]
fn kahoot_rows_keep_the_templates_rules_and_what_does_not_fit_is_reported() {
    // typed answers have no Kahoot row: a short or cloze export is an error (tested below)
    each_export("kahoot", "xlsx", &ALL_TYPES[..3], |t, want, skipped, file| {
        for (id, why) in skipped {
            if why == "Kahoot's quiz template has no typed answers" {
                continue;
            }
            // "the question has 123 characters, Kahoot allows 120": true of one of the item's texts
            let it = t.all_items().into_iter().find(|it| s(it, "id") == id).unwrap();
            let numbers: Vec<usize> = why.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).take(2).collect();
            let texts: Vec<String> =
                ["question", "statement", "false_statement", "answer"].iter().map(|f| s(&it, f).to_string()).chain(strs(&it["distractors"])).collect();
            assert!(numbers.len() == 2 && numbers[0] > numbers[1], "{id}: {why}");
            assert!(texts.iter().any(|x| units(&norm(x)) == numbers[0]), "{id}: {why}");
        }
        let rows = validators::kahoot(file);
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), want.len());
        for (r, w) in rows.iter().zip(want) {
            let answers = strs(&r["answers"]);
            let right = &answers[r["correct"][0].as_u64().unwrap() as usize - 1];
            match w.ty.as_str() {
                "mc" => {
                    assert_eq!(r["question"].as_str().map(norm), Some(w.field("question")));
                    assert_eq!(answers.iter().map(|a| norm(a)).collect::<BTreeSet<_>>(), w.choices(), "{}", w.id());
                    assert_eq!(norm(right), w.field("answer"));
                }
                "tf" => {
                    assert_eq!(answers, ["True", "False"]);
                    assert_eq!(right, if w.judged(&norm(r["question"].as_str().unwrap())) { "True" } else { "False" });
                }
                ty => panic!("{}: Kahoot has no {ty} rows", w.id()),
            }
        }
    });
    // the hostile bank's typed and over-long items are named, not dropped in silence
    let t = hostile();
    let out = t.quizgen(["export", "--bank", BANK, "--format", "kahoot", "-o", "k.xlsx"]).succeeds();
    out.stderr_has("skipped q0000000000a4: Kahoot's quiz template has no typed answers")
        .stderr_has("skipped q0000000000a8: the question has 319 characters, Kahoot allows 120")
        .stderr_has("4 items -> k.xlsx (3 skipped)");
}

#[test]
fn exports_are_the_same_on_every_run() {
    let t = hostile();
    for f in ["gift", "moodle-xml", "anki", "qti-text", "kahoot"] {
        // an .xlsx records when it was made: pinned the standard way
        t.quizgen(["export", "--bank", BANK, "--format", f, "-o", "a"]).env("SOURCE_DATE_EPOCH", "1700000000").succeeds();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        t.quizgen(["export", "--bank", BANK, "--format", f, "-o", "b"]).env("SOURCE_DATE_EPOCH", "1700000000").succeeds();
        assert_eq!(t.read_bytes("a"), t.read_bytes("b"), "{f}");
    }
}

#[test]
fn a_type_no_item_supports_and_an_unknown_type_are_errors() {
    let t = hostile();
    t.quizgen(["export", "--bank", BANK, "--format", "gift", "--type", "essay"]).fails().stderr_has("unknown type 'essay'; known types: mc, tf, short, cloze");
    t.quizgen(["export", "--bank", BANK, "--format", "kahoot", "--type", "cloze", "-o", "k.xlsx"])
        .fails()
        .stderr_has("skipped q0000000000a6")
        .stderr_has("none of the 1 selected items fits the kahoot format");
    assert!(!t.exists("k.xlsx"), "nothing is written when nothing fits");
}

#[test]
fn an_existing_output_file_is_replaced_whole_and_no_temporary_file_stays() {
    let t = hostile();
    t.write("quiz.xlsx", "an older export");
    t.quizgen(["export", "--bank", BANK, "--format", "kahoot", "-o", "quiz.xlsx"]).succeeds();
    assert!(t.read_bytes("quiz.xlsx").starts_with(b"PK"), "the old file was not replaced by the .xlsx");
    validators::kahoot(&t.join("quiz.xlsx"));
    let left: Vec<String> = t.snapshot(".").into_keys().filter(|n| n.starts_with(".quizgen-")).collect();
    assert!(left.is_empty(), "temporary files left behind: {left:?}");
    t.quizgen(["export", "--bank", BANK, "--format", "gift", "-o", "missing/quiz.gift"]).fails().stderr_has("the directory missing does not exist");
}
