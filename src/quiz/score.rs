//! The score at the end of a quiz: right out of asked, by kind, the time taken, and every
//! missed question with its answer, so the learner knows what to read again.

use std::fmt::Write as _;

use crate::extract::Kind;
use crate::quiz::session::{Report, Stop};

pub fn render(report: &Report) -> String {
    let total = report.questions.len();
    let answered = report.outcomes.len();
    let correct = report.correct();
    let mut s = String::new();
    match report.stop {
        Some(Stop::Interrupted) => s.push_str("\nQuiz interrupted: your answers so far are saved.\n"),
        Some(Stop::InputEnded) => s.push_str("\nThe answers ran out before the last question.\n"),
        Some(Stop::TimeUp) => s.push_str("\nTime is up.\n"),
        None => {}
    }
    let _ = write!(s, "\nScore: {correct}/{total} ({}%) in {}", percent(correct, total), duration_text(report.elapsed.as_secs()));
    if answered < total {
        let _ = write!(s, " · {answered} answered, {} unanswered", total - answered);
    }
    s.push('\n');
    for kind in Kind::ALL {
        let of_kind: Vec<usize> = (0..total).filter(|i| report.questions[*i].item.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let right = of_kind.iter().filter(|i| report.outcomes.get(**i).is_some_and(|o| o.verdict.is_right())).count();
        let _ = writeln!(s, "  {:<11} {right}/{}", kind.as_str(), of_kind.len());
    }
    let missed: Vec<usize> = (0..answered).filter(|i| !report.outcomes[*i].verdict.is_right()).collect();
    if !missed.is_empty() {
        let _ = writeln!(s, "Missed ({}):", missed.len());
        for i in missed {
            let q = &report.questions[i];
            let given = &report.outcomes[i].given;
            let given = if given.trim().is_empty() { "no answer" } else { given };
            let _ = writeln!(s, "  {}. {}\n     answer: {} (you: {given})", i + 1, q.stem(), q.expected());
        }
    }
    if answered < total {
        let _ = writeln!(s, "Unanswered ({}):", total - answered);
        for (i, q) in report.questions.iter().enumerate().skip(answered) {
            let _ = writeln!(s, "  {}. {}\n     answer: {}", i + 1, q.stem(), q.expected());
        }
    }
    s
}

fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

/// 125 seconds as "2m 05s".
fn duration_text(secs: u64) -> String {
    if secs < 60 { format!("{secs}s") } else { format!("{}m {:02}s", secs / 60, secs % 60) }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::bank::{Item, ItemType};
    use crate::quiz::plan::tests::item;
    use crate::quiz::plan::{Response, TypeChoice, plan};
    use crate::quiz::session::Reply;
    use crate::quiz::session::tests::run_scripted;

    #[test]
    fn the_score_counts_by_kind_and_lists_what_was_missed_and_unanswered() {
        let mut items = [item("qa", "1949"), item("qb", "1950"), item("qc", "1951")];
        items[2].kind = Kind::Location;
        let pool: Vec<&Item> = items.iter().collect();
        let qs = plan(&pool, 3, TypeChoice::Only(ItemType::Short), 1, true);
        let replies = vec![Reply::Answer(Response::Text("1949".into())), Reply::Answer(Response::Text(" ".into())), Reply::Stop(Stop::Interrupted)];
        let (report, _, _) = run_scripted(&qs, replies, Duration::from_secs(65), None);
        let s = render(&report);
        assert!(s.contains("Quiz interrupted"), "{s}");
        assert!(s.contains("Score: 1/3 (33%) in 3m 15s · 2 answered, 1 unanswered"), "{s}");
        assert!(s.contains("  date        1/2\n  location    0/1\n"), "{s}");
        assert!(s.contains("Missed (1):\n  2. When was qb founded?\n     answer: 1950 (you: no answer)"), "{s}");
        assert!(s.contains("Unanswered (1):\n  3. When was qc founded?\n     answer: 1951"), "{s}");
    }

    #[test]
    fn percent_rounds_to_the_nearest() {
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(10, 10), 100);
    }
}
