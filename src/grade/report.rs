//! The grading report (plain text an instructor reads, Markdown-friendly) and the
//! per-learner scores CSV.

use std::fmt::Write;

use super::{Analysis, Flag, TOO_EASY, TOO_HARD};

pub fn render(a: &Analysis, key_path: &str, responses_path: &str) -> String {
    let mut out = String::new();
    let n = a.sheets.len();
    let scores: Vec<usize> = a.sheets.iter().map(|s| s.score()).collect();
    let max = a.sheets.first().map_or(0, |s| s.answers.len());
    let mean = scores.iter().sum::<usize>() as f64 / n.max(1) as f64;
    let _ = writeln!(out, "# Grades: {n} learner{}, {max} questions\n", if n == 1 { "" } else { "s" });
    let _ = writeln!(out, "Key: {key_path} · responses: {responses_path}\n");
    let _ = writeln!(
        out,
        "Mean score {mean:.1}/{max} ({:.0} %), lowest {}, highest {}.",
        100.0 * mean / max.max(1) as f64,
        scores.iter().min().unwrap_or(&0),
        scores.iter().max().unwrap_or(&0)
    );
    match (a.alpha, a.same_items) {
        (Some(alpha), _) => {
            let _ = writeln!(out, "Cronbach's alpha: {alpha:.2} ({} items, {n} learners){}.", a.items.len(), alpha_word(alpha));
        }
        (None, true) => out.push_str("Cronbach's alpha: not defined (fewer than two items or learners, or every learner has the same score).\n"),
        (None, false) => out.push_str("Cronbach's alpha: not computed: the versions ask different items (--pool).\n"),
    }

    let flagged: Vec<_> = a.items.iter().filter(|i| !i.flags.is_empty()).collect();
    let _ = writeln!(out, "\n## Items to look at ({} of {})\n", flagged.len(), a.items.len());
    if flagged.is_empty() {
        out.push_str("None: no item is too easy, too hard or discriminates negatively.\n");
    }
    for i in &flagged {
        let flags: Vec<&str> = i.flags.iter().map(|f| f.as_str()).collect();
        let _ = writeln!(out, "- {} ({}): {}", i.id, flags.join(", "), i.stem);
        for f in &i.flags {
            let _ = writeln!(out, "  {}", advice(*f));
        }
    }

    out.push_str("\n## Items\n\n");
    let _ = writeln!(
        out,
        "Facility: share right (flagged above {TOO_EASY} or below {TOO_HARD}). Discrimination: correlation of the item with the rest of the test (corrected item–total; below 0 is flagged, 0.2 and up is good).\n"
    );
    for i in &a.items {
        let _ = writeln!(out, "### {} · {}\n", i.id, i.stem);
        let _ = writeln!(out, "{} · answer: {} · from {}  ", i.item_type.as_str(), i.answer, i.source);
        let _ = writeln!(
            out,
            "facility {} ({}/{}) · discrimination {}{}  ",
            num(i.facility),
            i.right,
            i.asked,
            num(i.discrimination),
            if i.flags.is_empty() {
                String::new()
            } else {
                format!(" · {}", i.flags.iter().map(|f| f.as_str().to_uppercase()).collect::<Vec<_>>().join(", "))
            }
        );
        let choices: Vec<String> = i.choices.iter().map(|(c, n)| format!("{c}: {n}")).collect();
        let _ = writeln!(out, "chosen: {}\n", choices.join(" · "));
    }

    out.push_str("## Learners\n\n| learner | version | score | % |\n|---|---|---:|---:|\n");
    for s in &a.sheets {
        let _ = writeln!(
            out,
            "| {} | {} | {}/{} | {:.0} |",
            s.learner.replace('|', "\\|"),
            s.version,
            s.score(),
            s.answers.len(),
            percent(s.score(), s.answers.len())
        );
    }
    out
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

fn num(x: Option<f64>) -> String {
    x.map_or_else(|| "n/a".to_string(), |x| format!("{x:.2}"))
}

fn alpha_word(alpha: f64) -> &'static str {
    if alpha >= 0.8 {
        ", good"
    } else if alpha >= 0.7 {
        ", acceptable"
    } else {
        ", low: the items do not measure one thing together, or the test is short"
    }
}

fn advice(f: Flag) -> &'static str {
    match f {
        Flag::TooEasy => "Nearly everyone got it right: it tells little; make the distractors closer, or keep it as a warm-up.",
        Flag::TooHard => "Few got it right: check the key and the source sentence first, then the wording.",
        Flag::NegativeDiscrimination => {
            "Learners who did well on the rest got it wrong more often: check the key, a second right answer, or a misleading stem."
        }
    }
}

/// `learner,version,score,questions,percent`, one row per learner in the responses' order.
pub fn scores_csv(a: &Analysis) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["learner", "version", "score", "questions", "percent"]);
    for s in &a.sheets {
        let _ = w.write_record([
            s.learner.clone(),
            s.version.clone(),
            s.score().to_string(),
            s.answers.len().to_string(),
            format!("{:.1}", percent(s.score(), s.answers.len())),
        ]);
    }
    w.into_inner().unwrap_or_default()
}
