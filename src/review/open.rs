//! Opening a bank for review so that the first item shows at once, however large the bank.
//!
//! Parsing every item in full is most of the time a large bank takes to open (100,000
//! items: about a third of a second on two cores). The order of the review needs only the
//! kind, status, confidence and source of each item, and in a bank file as quizgen writes
//! it each of those stands on a line of its own at a known indentation; so a scan of the
//! lines builds a preview of the queue, the first item's file alone is parsed in full and
//! shown, and only then is the whole bank parsed, while the reviewer reads. The review
//! itself always uses the queue of the full parse; a file laid out otherwise (edited by
//! hand) simply gets no preview.

use std::path::PathBuf;

use rayon::prelude::*;

use super::queue::{Order, Place, Queued, queue};
use super::view;
use crate::bank::{BankError, BankFile, Item, Status, store};
use crate::commands::select::Selection;
use crate::extract::Kind;

/// What the review order and the filters need of an item.
struct Summary<'a> {
    kind: Kind,
    status: Status,
    confidence: f32,
    file: &'a str,
}

impl Queued for Summary<'_> {
    fn confidence(&self) -> f32 {
        self.confidence
    }
}

/// The summaries of a bank file's items, from the lines `generate` and `review` write
/// (pretty-printed: an item's fields six spaces in, its source's eight); `None` when the
/// file is laid out otherwise or a value needs more than this reading.
fn summaries(text: &str) -> Option<Vec<Summary<'_>>> {
    let (mut kinds, mut statuses, mut confidences, mut files) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut objects = 0;
    for line in text.lines() {
        if line == "    {" {
            objects += 1;
        } else if let Some(v) = line.strip_prefix("      \"kind\": \"") {
            kinds.push(Kind::parse(v.strip_suffix("\",")?)?);
        } else if let Some(v) = line.strip_prefix("      \"status\": \"") {
            statuses.push(Status::parse(v.trim_end_matches(',').strip_suffix('"')?)?);
        } else if let Some(v) = line.strip_prefix("      \"confidence\": ") {
            confidences.push(v.trim_end_matches(',').parse::<f32>().ok()?);
        } else if let Some(v) = line.strip_prefix("        \"file\": \"") {
            let v = v.strip_suffix("\",")?;
            // an escaped path would have to be unescaped to compare with --source
            if v.contains('\\') {
                return None;
            }
            files.push(v);
        }
    }
    let n = kinds.len();
    // one of each per item object, and no items only where the file says so
    if statuses.len() != n || confidences.len() != n || files.len() != n || objects != n || n == 0 && !text.contains("\"items\": []") {
        return None;
    }
    Some((0..n).map(|i| Summary { kind: kinds[i], status: statuses[i], confidence: confidences[i], file: files[i] }).collect())
}

/// The bank read for a review: its files, and the queue of the selected items.
pub struct Opened {
    pub files: Vec<(PathBuf, BankFile)>,
    pub queue: Vec<Place>,
    /// whether `first` showed the item the queue starts with
    pub first_shown: bool,
}

/// Read the bank in `dir`; call `first` with the first selected item rendered as the
/// review shows it as soon as a preview finds it; then parse the whole bank. Errors are
/// the bank's own (a corrupt file is named with its line and column, as everywhere).
pub fn open(dir: &std::path::Path, sel: &Selection, order: Order, first: impl FnOnce(&str)) -> Result<Opened, BankError> {
    let texts = store::read_texts(dir)?;
    let preview: Option<Vec<Vec<Summary>>> = texts.par_iter().map(|(_, t)| summaries(t)).collect();
    let mut shown_id = None;
    if let Some(preview) = &preview {
        let lists: Vec<&[Summary]> = preview.iter().map(Vec::as_slice).collect();
        let places = queue(&lists, |s| sel.matches_fields(s.kind, s.status, s.confidence, s.file), order);
        if let Some(&(f, i)) = places.first() {
            let (path, text) = &texts[f];
            let file = store::parse(path, text)?;
            if let Some(it) = file.items.get(i) {
                first(&view::render(it, 1, places.len()));
                shown_id = Some(it.id.clone());
            }
        }
    }
    let files: Vec<(PathBuf, BankFile)> = texts.into_par_iter().map(|(p, t)| store::parse(&p, &t).map(|b| (p, b))).collect::<Result<_, _>>()?;
    if files.iter().all(|(_, b)| b.items.is_empty()) {
        return Err(BankError::Empty { dir: dir.to_path_buf() });
    }
    let lists: Vec<&[Item]> = files.iter().map(|(_, b)| b.items.as_slice()).collect();
    let queue = queue(&lists, |it| sel.matches(it), order);
    let first_shown = shown_id.is_some_and(|id| queue.first().is_some_and(|&(f, i)| files[f].1.items[i].id == id));
    Ok(Opened { files, queue, first_shown })
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
            assert!(opened.first_shown);
        }
    }

    #[test]
    fn the_preview_reads_the_files_quizgen_writes_and_passes_on_others() {
        let dir = tempfile::tempdir().unwrap();
        bank(dir.path(), "a", &[0.9, 0.7]);
        let text = std::fs::read_to_string(dir.path().join("a.json")).unwrap();
        let s = summaries(&text).expect("a pretty-printed bank file");
        assert_eq!(
            s.iter().map(|s| (s.confidence, s.status, s.file)).collect::<Vec<_>>(),
            [(0.9, Status::Generated, "course/a.txt"), (0.7, Status::Generated, "course/a.txt")]
        );
        let compact: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(summaries(&compact.to_string()).is_none(), "another layout: no preview");
        // the full parse still opens it, without a preview
        std::fs::write(dir.path().join("a.json"), compact.to_string()).unwrap();
        let opened = open(dir.path(), &generated(), Order::Confidence, |_| panic!("no preview of a compact file")).unwrap();
        assert!(!opened.first_shown);
        assert_eq!(opened.queue.len(), 2);
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
