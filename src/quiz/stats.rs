//! `quizgen stats`: what the history says about the learner: sessions, accuracy day by day,
//! the weakest kinds and the items missed most, and what is waiting to be retried.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rustc_hash::FxHashMap;

use crate::quiz::civil;
use crate::quiz::history::Record;
use crate::quiz::schedule;

#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, correct: bool) {
        self.total += 1;
        self.right += usize::from(correct);
    }

    fn text(self) -> String {
        format!("{}/{} ({}%)", self.right, self.total, (self.right * 100 + self.total / 2) / self.total.max(1))
    }

    fn share(self) -> f64 {
        self.right as f64 / self.total.max(1) as f64
    }
}

/// The summary of a history, at most `recent` sessions and `weakest` items listed.
pub fn render(history: &[Record], recent: usize, weakest: usize) -> String {
    let mut s = String::new();
    if history.is_empty() {
        s.push_str("No answers yet: take a quiz with `quizgen quiz`.\n");
        return s;
    }
    let mut all = Tally::default();
    let mut by_day: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_kind: BTreeMap<&str, Tally> = BTreeMap::new();
    // sessions in the order they started
    let mut sessions: Vec<(&str, u64, Tally)> = Vec::new();
    let mut by_item: FxHashMap<&str, (Tally, &str)> = FxHashMap::default();
    for r in history {
        all.add(r.correct);
        by_day.entry(civil::date(r.at)).or_default().add(r.correct);
        by_kind.entry(r.kind.as_str()).or_default().add(r.correct);
        match sessions.iter_mut().find(|(id, _, _)| *id == r.session) {
            Some((_, _, t)) => t.add(r.correct),
            None => {
                let mut t = Tally::default();
                t.add(r.correct);
                sessions.push((r.session.as_str(), r.at, t));
            }
        }
        let e = by_item.entry(r.item.as_str()).or_insert((Tally::default(), r.question.as_str()));
        e.0.add(r.correct);
        e.1 = r.question.as_str();
    }
    let _ = writeln!(s, "Sessions: {} · answers: {} · right: {}", sessions.len(), all.total, all.text());
    s.push_str("\nBy day:\n");
    for (day, t) in &by_day {
        let _ = writeln!(s, "  {day}  {}", t.text());
    }
    let _ = writeln!(s, "\nLast {} sessions:", recent.min(sessions.len()));
    for (_, at, t) in sessions.iter().rev().take(recent).rev() {
        let _ = writeln!(s, "  {}  {}", civil::date_time(*at), t.text());
    }
    let mut kinds: Vec<(&str, Tally)> = by_kind.into_iter().collect();
    kinds.sort_by(|a, b| a.1.share().total_cmp(&b.1.share()).then(a.0.cmp(b.0)));
    s.push_str("\nBy kind, weakest first:\n");
    for (k, t) in &kinds {
        let _ = writeln!(s, "  {k:<11} {}", t.text());
    }
    let mut items: Vec<(&str, Tally, &str)> = by_item.into_iter().filter(|(_, (t, _))| t.right < t.total).map(|(id, (t, q))| (id, t, q)).collect();
    items.sort_by(|a, b| (b.1.total - b.1.right).cmp(&(a.1.total - a.1.right)).then(a.1.share().total_cmp(&b.1.share())).then(a.0.cmp(b.0)));
    if !items.is_empty() {
        s.push_str("\nMissed most:\n");
        for (id, t, q) in items.iter().take(weakest) {
            let _ = writeln!(s, "  {id}  missed {} of {}  {q}", t.total - t.right, t.total);
        }
    }
    let to_retry = schedule::cards(history).values().filter(|c| !c.last_correct).count();
    if to_retry > 0 {
        let _ = writeln!(s, "\n{to_retry} item(s) last answered wrong: `quizgen quiz --retry-missed` asks them again.");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Kind;
    use crate::quiz::history::tests::record;

    #[test]
    fn sessions_days_kinds_and_missed_items_are_summarized() {
        let day = 86_400_000;
        let mut h = vec![record("qa", 20_000 * day, false), record("qb", 20_000 * day + 1, true)];
        let mut later = vec![record("qa", 20_001 * day, false), record("qc", 20_001 * day + 1, true)];
        for r in &mut later {
            r.session = "s2".into();
        }
        later[1].kind = Kind::Location;
        h.extend(later);
        let s = render(&h, 10, 5);
        assert!(s.starts_with("Sessions: 2 · answers: 4 · right: 2/4 (50%)\n"), "{s}");
        assert!(s.contains("  2024-10-04  1/2 (50%)\n  2024-10-05  1/2 (50%)\n"), "{s}");
        assert!(s.contains("By kind, weakest first:\n  date        1/3 (33%)\n  location    1/1 (100%)\n"), "{s}");
        assert!(s.contains("Missed most:\n  qa  missed 2 of 2  When?\n"), "{s}");
        assert!(!s.contains("qb  missed"), "an item never missed is not listed: {s}");
        assert!(s.contains("1 item(s) last answered wrong"), "{s}");
    }

    #[test]
    fn an_empty_history_says_how_to_start() {
        assert!(render(&[], 10, 5).contains("quizgen quiz"));
    }
}
