//! Opening a bank for review so that the first item shows at once, however large the bank.
//!
//! Parsing every item in full is most of the time a large bank takes to open (100,000
//! items: about a third of a second on two cores). The order of the review needs only a
//! few fields of each item, which a borrowing parse reads several times faster; so the
//! queue is built from those, the first item's file alone is parsed in full and shown,
//! and only then is the whole bank parsed, while the reviewer reads.

use std::borrow::Cow;
use std::path::PathBuf;

use rayon::prelude::*;
use serde::Deserialize;

use super::queue::{Order, Place, Queued, queue};
use super::view;
use crate::bank::{BankError, BankFile, Status, store};
use crate::commands::select::Selection;
use crate::extract::Kind;

/// What the review order and the filters need of an item.
#[derive(Deserialize)]
struct Summary<'a> {
    kind: Kind,
    status: Status,
    confidence: f32,
    #[serde(borrow)]
    source: SummarySource<'a>,
}

#[derive(Deserialize)]
struct SummarySource<'a> {
    #[serde(borrow)]
    file: Cow<'a, str>,
}

#[derive(Deserialize)]
struct SummaryFile<'a> {
    #[serde(borrow)]
    items: Vec<Summary<'a>>,
}

impl Queued for Summary<'_> {
    fn confidence(&self) -> f32 {
        self.confidence
    }
}

/// The bank read for a review: its files, and the queue of the selected items.
pub struct Opened {
    pub files: Vec<(PathBuf, BankFile)>,
    pub queue: Vec<Place>,
}

/// Read the bank in `dir`, call `first` with the first item rendered as the review shows
/// it (when any item is selected), then parse the rest. Errors are the bank's own
/// (a corrupt file is named with its line and column, as everywhere).
pub fn open(dir: &std::path::Path, sel: &Selection, order: Order, first: impl FnOnce(&str)) -> Result<Opened, BankError> {
    let texts = store::read_texts(dir)?;
    // a file the light parse refuses is parsed in full below, for the error's details
    let summaries: Option<Vec<SummaryFile>> = texts.par_iter().map(|(_, t)| serde_json::from_str(t).ok()).collect();
    let mut queue_found = None;
    if let Some(summaries) = &summaries {
        let lists: Vec<&[Summary]> = summaries.iter().map(|f| f.items.as_slice()).collect();
        let places = queue(&lists, |s| sel.matches_fields(s.kind, s.status, s.confidence, &s.source.file), order);
        if let Some(&(f, i)) = places.first() {
            let (path, text) = &texts[f];
            let file = store::parse(path, text)?;
            first(&view::render(&file.items[i], 1, places.len()));
        }
        queue_found = Some(places);
    }
    let files: Vec<(PathBuf, BankFile)> = texts.into_par_iter().map(|(p, t)| store::parse(&p, &t).map(|b| (p, b))).collect::<Result<_, _>>()?;
    if files.iter().all(|(_, b)| b.items.is_empty()) {
        return Err(BankError::Empty { dir: dir.to_path_buf() });
    }
    let queue = match queue_found {
        Some(q) => q,
        None => {
            let lists: Vec<&[crate::bank::Item]> = files.iter().map(|(_, b)| b.items.as_slice()).collect();
            queue(&lists, |it| sel.matches(it), order)
        }
    };
    Ok(Opened { files, queue })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::model::BankFile;
    use crate::cli::Filter;
    use crate::export::ask::tests::item;

    fn bank(dir: &std::path::Path, name: &str, confidences: &[f32]) {
        let items = confidences
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut it = item(&format!("q{name}{i:010}"));
                it.confidence = *c;
                it.source.file = format!("course/{name}.txt");
                it.source.line = i + 1;
                it
            })
            .collect();
        let text = serde_json::to_string_pretty(&BankFile::new(format!("course/{name}.txt"), items)).unwrap();
        std::fs::write(dir.join(format!("{name}.json")), text).unwrap();
    }

    fn generated() -> Selection {
        Selection::from_filter(&Filter { statuses: vec!["generated".into()], ..Filter::default() }).unwrap()
    }

    #[test]
    fn the_first_item_shown_early_is_the_one_the_queue_starts_with() {
        let dir = tempfile::tempdir().unwrap();
        bank(dir.path(), "a", &[0.9, 0.7, 0.8]);
        bank(dir.path(), "b", &[0.6, 0.95]);
        for (order, first_id) in [(Order::Confidence, "qb0000000000"), (Order::Source, "qa0000000000")] {
            let mut shown = String::new();
            let opened = open(dir.path(), &generated(), order, |f| shown = f.to_string()).unwrap();
            let (f, i) = opened.queue[0];
            assert_eq!(opened.files[f].1.items[i].id, first_id);
            assert_eq!(shown, view::render(&opened.files[f].1.items[i], 1, 5));
            let lists: Vec<&[crate::bank::Item]> = opened.files.iter().map(|(_, b)| b.items.as_slice()).collect();
            assert_eq!(opened.queue, queue(&lists, |it| generated().matches(it), order), "the queue read light is the full one");
        }
    }

    #[test]
    fn nothing_selected_shows_nothing_and_a_broken_file_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        bank(dir.path(), "a", &[0.9]);
        let none = Selection::from_filter(&Filter { statuses: vec!["rejected".into()], ..Filter::default() }).unwrap();
        let opened = open(dir.path(), &none, Order::Confidence, |_| panic!("nothing to show")).unwrap();
        assert!(opened.queue.is_empty());
        std::fs::write(dir.path().join("b.json"), "{\n  \"format\": 1,\n  \"items\": [ x ]\n}\n").unwrap();
        let err = open(dir.path(), &generated(), Order::Confidence, |_| panic!("a broken bank shows nothing")).err().unwrap();
        assert!(err.to_string().contains("b.json:3:"), "{err}");
    }
}
