//! Which items a learner should see again, from their history.
//!
//! `--retry-missed`: the items whose latest answer was wrong.
//!
//! `--review`: Leitner boxes. Every item starts in box 1; a right answer moves it up one box
//! (to box 5 at most), a wrong one back to box 1; an item is due again when the interval of
//! its box has passed since its last answer. We chose Leitner over FSRS because FSRS needs
//! weights fitted to many reviews per learner and rates answers on a four-grade scale,
//! while a quiz gives one right/wrong answer per item a few times a week: with so little
//! data Leitner's fixed steps behave as well, and a learner can predict them.

use rustc_hash::FxHashMap;

use crate::bank::Item;
use crate::quiz::history::Record;

/// Days to wait in each box before the item is due again (box 1 is due at once).
pub const BOX_DAYS: [u64; 5] = [0, 1, 3, 7, 14];

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Where an item stands after its answers so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card {
    /// 1 to 5
    pub leitner_box: usize,
    pub last_at: u64,
    pub last_correct: bool,
}

impl Card {
    pub fn due_at(&self) -> u64 {
        self.last_at + BOX_DAYS[self.leitner_box - 1] * DAY_MS
    }
}

/// Replay the history, oldest first, into one card per item.
pub fn cards(history: &[Record]) -> FxHashMap<&str, Card> {
    let mut ordered: Vec<&Record> = history.iter().collect();
    // the file is in the order given; sorting by time (stable) also copes with merged files
    ordered.sort_by_key(|r| r.at);
    let mut cards: FxHashMap<&str, Card> = FxHashMap::default();
    for r in ordered {
        let card = cards.entry(r.item.as_str()).or_insert(Card { leitner_box: 1, last_at: r.at, last_correct: r.correct });
        card.leitner_box = if r.correct { (card.leitner_box + 1).min(BOX_DAYS.len()) } else { 1 };
        card.last_at = r.at;
        card.last_correct = r.correct;
    }
    cards
}

/// The items last answered wrong, in the order given.
pub fn missed<'a>(items: &[&'a Item], history: &[Record]) -> Vec<&'a Item> {
    let cards = cards(history);
    items.iter().copied().filter(|it| cards.get(it.id.as_str()).is_some_and(|c| !c.last_correct)).collect()
}

/// The items due at `now`: the most overdue first, then those never answered, in the order given.
pub fn due<'a>(items: &[&'a Item], history: &[Record], now: u64) -> Vec<&'a Item> {
    let cards = cards(history);
    let mut seen: Vec<(u64, &Item)> = Vec::new();
    let mut new = Vec::new();
    for it in items {
        match cards.get(it.id.as_str()) {
            Some(c) if c.due_at() <= now => seen.push((c.due_at(), it)),
            Some(_) => {}
            None => new.push(*it),
        }
    }
    seen.sort_by_key(|(due, _)| *due);
    seen.into_iter().map(|(_, it)| it).chain(new).collect()
}

/// When the next item that is not due now will be (for "nothing is due until …").
pub fn next_due(items: &[&Item], history: &[Record], now: u64) -> Option<u64> {
    let cards = cards(history);
    items.iter().filter_map(|it| cards.get(it.id.as_str())).map(Card::due_at).filter(|d| *d > now).min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::history::tests::record;
    use crate::quiz::plan::tests::item;

    #[test]
    fn right_answers_climb_the_boxes_and_a_wrong_one_falls_to_the_first() {
        let h = vec![record("qa", 10, true), record("qa", 20, true), record("qa", 30, true)];
        assert_eq!(cards(&h)["qa"].leitner_box, 4);
        let h = [h, vec![record("qa", 40, false)]].concat();
        assert_eq!(cards(&h)["qa"].leitner_box, 1);
        let many: Vec<Record> = (0..10).map(|i| record("qb", i, true)).collect();
        assert_eq!(cards(&many)["qb"].leitner_box, 5, "box 5 is the last");
    }

    #[test]
    fn missed_means_the_latest_answer_was_wrong() {
        let (a, b, c) = (item("qa", "1949"), item("qb", "1950"), item("qc", "1951"));
        let h = vec![record("qa", 1, false), record("qb", 2, false), record("qb", 3, true), record("qa", 0, true)];
        let items = [&a, &b, &c];
        // qa: right at time 0, wrong at time 1 (the file order does not matter); qb put right since; qc never asked
        assert_eq!(missed(&items, &h).iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["qa"]);
    }

    #[test]
    fn due_items_come_most_overdue_first_then_new_ones() {
        let (a, b, c, d) = (item("qa", "1"), item("qb", "2"), item("qc", "3"), item("qd", "4"));
        let now = 100 * DAY_MS;
        let h = vec![
            // qa: right once, box 2, due a day after its answer: 10 days overdue
            record("qa", now - 11 * DAY_MS, true),
            // qb: wrong, box 1, due at once
            record("qb", now - DAY_MS / 2, false),
            // qc: right twice, box 3, answered yesterday: due in two days
            record("qc", now - 3 * DAY_MS, true),
            record("qc", now - DAY_MS, true),
        ];
        let items = [&a, &b, &c, &d];
        assert_eq!(due(&items, &h, now).iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["qa", "qb", "qd"]);
        assert_eq!(next_due(&items, &h, now), Some(now + 2 * DAY_MS));
    }
}
