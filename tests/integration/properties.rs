//! Properties: no text makes the pipeline panic. The library is tested directly (fast,
//! many cases); the binary on a handful of random inputs (each run is a process).

use std::path::Path;

use proptest::prelude::*;

use crate::support::{BANK, Test};

/// Words and furniture of course texts, so that random sequences reach the rules.
const VOCAB: &[&str] = &[
    "The",
    "the",
    "was",
    "were",
    "founded",
    "established",
    "created",
    "in",
    "on",
    "by",
    "1901",
    "1863",
    "1949",
    "(ICRC)",
    "(NATO)",
    "(",
    ")",
    "International",
    "Committee",
    "of",
    "Red",
    "Cross",
    "ICRC",
    "NATO",
    "is",
    "are",
    "a",
    "an",
    "organization",
    "located",
    "based",
    "Geneva",
    "Paris",
    "to",
    "promote",
    "peace",
    "aims",
    "mission",
    ".",
    ",",
    ";",
    ":",
    "-",
    " - ",
    "\n",
    "\n\n",
    "\n# ",
    "\n- ",
    "\n1. ",
    "\na) ",
    "**",
    "_",
    "[",
    "](",
    "```",
    "|",
    ">",
    "’",
    "é",
    "—",
    "…",
    "\u{feff}",
    "born",
    "signed",
    "member",
    "members",
    "include",
    "includes",
    "and",
    "or",
    "Treaty",
    "Convention",
    "stands",
    "for",
    "short",
    "known",
    "as",
    "\"",
    "'",
    "Dr.",
    "U.S.",
    "e.g.",
    "c.",
    "BC",
    "AD",
    "1990s",
    "1914–1918",
    "May",
    "4",
    "1950",
    "He",
    "She",
    "It",
    "which",
    "who",
    "that",
    "Marie",
    "Curie",
    "Henry",
    "Dunant",
    "World",
    "Health",
    "Organization",
    "(WHO)",
    "United",
    "Nations",
    "such",
    "encompasses",
    "refers",
    "defined",
    "means",
    "principle",
    "headquartered",
    "Switzerland",
    "?",
    "!",
    "\t",
    "\r\n",
    "２０２０",
    "Ⅻ",
    "ß",
    "İ",
    "🙂",
    "\u{301}",
    // the shapes of the action, focus, example and substance rules
    "Through",
    "leading",
    "By",
    "Plan",
    "Operation",
    "ended",
    "allowed",
    "focuses",
    "Asia",
    "Central",
    "Union’s",
    "initiatives",
    "isolated",
    "Streptomycin",
    "Article",
    "5",
    "began",
    "FRS",
    "1726/27",
    "–",
    "World War I.",
    "v.",
    "do so",
    "[",
    "]",
];

fn course_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        6 => prop::sample::select(VOCAB).prop_map(str::to_string),
        1 => "[A-Z][a-z]{0,8}",
        1 => "[0-9]{1,4}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(token, 0..120).prop_map(|ws| ws.join(" "))
}

/// Arbitrary strings, half of them course-like.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), course_like()]
}

fn check_analyse(text: &str, markdown: bool) -> Result<(), TestCaseError> {
    let (found, _rejected, sentences) = quizgen::generate::analyse(0, "x.txt", text, markdown);
    let lines = text.lines().count().max(1);
    prop_assert!(found.is_empty() || sentences > 0, "facts without sentences");
    for f in &found {
        prop_assert!(f.line >= 1 && f.line <= lines, "line {} outside a text of {} lines", f.line, lines);
        prop_assert!((0.0..=1.0).contains(&f.confidence), "confidence {}", f.confidence);
        prop_assert!(!f.sentence.is_empty());
        prop_assert_eq!(&f.source, "x.txt");
    }
    Ok(())
}

/// 64 cases by default; `PROPTEST_CASES=5000 cargo test --test integration properties`
/// for a deeper search.
fn library_cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: library_cases(), ..ProptestConfig::default() })]

    #[test]
    fn analyse_never_panics_on_arbitrary_text(text in any::<String>(), markdown in any::<bool>()) {
        check_analyse(&text, markdown)?;
    }

    #[test]
    fn analyse_never_panics_on_course_like_text(text in course_like(), markdown in any::<bool>()) {
        check_analyse(&text, markdown)?;
    }

    #[test]
    fn analyse_never_panics_on_lossily_decoded_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_analyse(&String::from_utf8_lossy(&bytes), false)?;
    }

    #[test]
    fn decode_accepts_exactly_nonblank_utf8_without_nul(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..200),
        // mostly valid text with a stray byte or two
        (any::<String>(), prop::collection::vec(any::<u8>(), 0..3), any::<prop::sample::Index>()).prop_map(|(s, extra, at)| {
            let mut b = s.into_bytes();
            let i = at.index(b.len() + 1);
            b.splice(i..i, extra);
            b
        }),
    ]) {
        let got = quizgen::text::read::decode(Path::new("x.txt"), bytes.clone());
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            let err = got.expect_err("a NUL byte is refused").to_string();
            prop_assert!(err.contains(&format!("byte offset {nul},")), "{}", err);
        } else {
            match std::str::from_utf8(&bytes) {
                Err(e) => {
                    let err = got.expect_err("bad UTF-8 is refused").to_string();
                    let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
                    prop_assert!(err.contains(&format!("byte offset {} (line {line})", e.valid_up_to())), "{}", err);
                }
                Ok(s) => {
                    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
                    if s.trim().is_empty() {
                        prop_assert!(got.is_err(), "blank text accepted");
                    } else {
                        prop_assert_eq!(got.expect("valid text is accepted"), s);
                    }
                }
            }
        }
    }
}

/// Run the binary on one text: a clean success or a clean failure, never a panic
/// or a signal. A success leaves a bank that the export reads.
fn check_binary(contents: &[u8]) -> Result<(), TestCaseError> {
    let t = Test::new();
    t.write("course/random.txt", contents);
    let out = t.quizgen(["generate", "course/random.txt", "--bank", BANK]).output();
    let code = out.status.code();
    prop_assert!(code.is_some(), "killed by a signal:\n{}", out.dump());
    prop_assert!(!out.stderr.contains("panicked"), "panicked:\n{}", out.dump());
    match code {
        Some(0) => {
            prop_assert!(out.stdout.contains("items from 1 file(s)"), "{}", out.dump());
            let bank = t.bank_json("random.json");
            prop_assert_eq!(&bank["format"], 1);
            let n = bank["items"].as_array().unwrap().len();
            let export = t.quizgen(["export", "--bank", BANK, "--format", "csv"]).output();
            if n == 0 {
                prop_assert_eq!(export.status.code(), Some(1), "{}", export.dump());
            } else {
                prop_assert_eq!(export.status.code(), Some(0), "{}", export.dump());
                let rows = csv::Reader::from_reader(export.stdout.as_bytes()).records().count();
                prop_assert_eq!(rows, n);
            }
        }
        Some(1) => {
            prop_assert!(out.stderr.starts_with("error: course/random.txt: "), "{}", out.dump());
        }
        _ => prop_assert!(false, "exit code {:?}:\n{}", code, out.dump()),
    }
    Ok(())
}

proptest! {
    // each case is one or two processes: keep them few
    #![proptest_config(ProptestConfig { cases: 4, max_shrink_iters: 16, ..ProptestConfig::default() })]

    #[test]
    fn the_binary_survives_arbitrary_text(text in any_text()) {
        check_binary(text.as_bytes())?;
    }

    #[test]
    fn the_binary_survives_lossily_decoded_bytes(bytes in prop::collection::vec(any::<u8>(), 1..400)) {
        check_binary(String::from_utf8_lossy(&bytes).as_bytes())?;
    }

    #[test]
    fn the_binary_survives_raw_bytes(bytes in prop::collection::vec(any::<u8>(), 0..100)) {
        check_binary(&bytes)?;
    }
}

#[test]
fn the_binary_survives_some_fixed_awkward_texts() {
    for text in [
        "\u{feff}The ICRC was founded in 1863.\n",
        "(((((((((((",
        "The (ICRC) is (.",
        ".",
        "\r\n\r\nThe International Committee of the Red Cross (ICRC) was founded in 1863 by Henry Dunant.\r\n",
        "- \n- - -\n# \n1. \na) b\n",
        "The Ⅻ (ⅫⅫ) was founded in ２０２０ by İİ ß.",
    ] {
        check_binary(text.as_bytes()).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}
