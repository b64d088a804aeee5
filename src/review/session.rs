//! One review: the queue of items, the reviewer's decisions, and the tally. Every
//! decision is written to its item's bank file at once (atomically, under the bank lock
//! the caller holds), so an interruption, a closed terminal or a crash keeps all the
//! decisions made before it. Only the item's own file is written.

use std::fmt;
use std::io;
use std::path::PathBuf;

use thiserror::Error;

use super::draft::{self, Draft};
use super::form;
use super::interrupt;
use super::prompt::{Action, Halt, Prompter};
use super::queue::Place;
use super::view;
use crate::bank::store::{self, BankLock};
use crate::bank::{BankError, BankFile, Item, Status};

/// What became of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Approved,
    Edited,
    Rejected,
    Skipped,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Approved => "approved",
            Outcome::Edited => "edited",
            Outcome::Rejected => "rejected",
            Outcome::Skipped => "skipped",
        }
    }
}

/// How a review ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// every item of the queue was decided on or skipped
    Done,
    /// the reviewer quit (q, Esc, or the end of the input)
    Quit,
    /// Ctrl-C
    Interrupted,
}

#[derive(Debug, Error)]
pub enum ReviewError {
    #[error("reading the reviewer's answer")]
    Input(#[source] io::Error),
    #[error(transparent)]
    Bank(#[from] BankError),
}

/// Why a step stopped the review.
enum Stop {
    Interrupted,
    Failed(ReviewError),
}

impl From<Halt> for Stop {
    fn from(h: Halt) -> Stop {
        match h {
            Halt::Interrupted => Stop::Interrupted,
            Halt::Failed(e) => Stop::Failed(ReviewError::Input(e)),
        }
    }
}

impl From<BankError> for Stop {
    fn from(e: BankError) -> Stop {
        Stop::Failed(e.into())
    }
}

/// A decision, with what the item was before it, so that `back` can undo it.
struct Decision {
    at: usize,
    before: Item,
    outcome: Outcome,
}

/// The counts the review ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub approved: usize,
    pub edited: usize,
    pub rejected: usize,
    pub skipped: usize,
    /// items of the queue not reached
    pub left: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "approved {}, edited {}, rejected {}, skipped {}, still to review {}", self.approved, self.edited, self.rejected, self.skipped, self.left)
    }
}

pub struct Session<'a> {
    files: &'a mut [(PathBuf, BankFile)],
    lock: &'a BankLock,
    queue: Vec<Place>,
    /// the queue position shown next
    next: usize,
    history: Vec<Decision>,
    /// the first item is on the screen already (shown while the bank was still being read)
    first_shown: bool,
}

impl<'a> Session<'a> {
    pub fn new(files: &'a mut [(PathBuf, BankFile)], lock: &'a BankLock, queue: Vec<Place>) -> Session<'a> {
        Session { files, lock, queue, next: 0, history: Vec::new(), first_shown: false }
    }

    /// The first item was shown before the session started: do not show it again.
    pub fn first_shown(&mut self) {
        self.first_shown = true;
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary { left: self.queue.len() - self.next, ..Summary::default() };
        for d in &self.history {
            match d.outcome {
                Outcome::Approved => s.approved += 1,
                Outcome::Edited => s.edited += 1,
                Outcome::Rejected => s.rejected += 1,
                Outcome::Skipped => s.skipped += 1,
            }
        }
        s
    }

    /// Show the items one by one and carry out the reviewer's decisions.
    pub fn run(&mut self, p: &mut dyn Prompter) -> Result<End, ReviewError> {
        match self.walk(p) {
            Ok(end) => Ok(end),
            Err(Stop::Interrupted) => Ok(End::Interrupted),
            Err(Stop::Failed(e)) => Err(e),
        }
    }

    fn walk(&mut self, p: &mut dyn Prompter) -> Result<End, Stop> {
        while self.next < self.queue.len() {
            if std::mem::take(&mut self.first_shown) && self.next == 0 {
                // rendered by `open` from the same item
            } else {
                p.show(&view::render(self.item(self.next), self.next + 1, self.queue.len()))?;
            }
            if let Some(end) = self.decide(p)? {
                return Ok(end);
            }
        }
        Ok(End::Done)
    }

    /// Ask until a decision moves the review on (`None`) or ends it.
    fn decide(&mut self, p: &mut dyn Prompter) -> Result<Option<End>, Stop> {
        loop {
            // Ctrl-C that came as a signal (a piped review, or between two prompts)
            if interrupt::requested() {
                return Err(Stop::Interrupted);
            }
            let at = self.next;
            let item = self.item(at).clone();
            match p.decide()? {
                Action::Approve => {
                    // an edited item stays marked as edited: its content is the reviewer's
                    let status = if item.status == Status::Edited { Status::Edited } else { Status::Approved };
                    return self.record(p, at, Item { status, ..item }, Outcome::Approved, "").map(|()| None);
                }
                Action::Reject => return self.record(p, at, Item { status: Status::Rejected, ..item }, Outcome::Rejected, "").map(|()| None),
                Action::Skip => return self.record(p, at, item, Outcome::Skipped, "").map(|()| None),
                Action::Edit => {
                    if self.edit(p, at)? {
                        return Ok(None);
                    }
                }
                Action::Back => {
                    if self.back(p)? {
                        return Ok(None);
                    }
                }
                Action::Quit => return Ok(Some(End::Quit)),
            }
        }
    }

    fn item(&self, at: usize) -> &Item {
        let (f, i) = self.queue[at];
        &self.files[f].1.items[i]
    }

    /// Put `new` in place of the item at queue position `at`, write its bank file, and
    /// move on; on a failed write the item is left as it was.
    fn record(&mut self, p: &mut dyn Prompter, at: usize, new: Item, outcome: Outcome, detail: &str) -> Result<(), Stop> {
        let (f, i) = self.queue[at];
        let before = std::mem::replace(&mut self.files[f].1.items[i], new);
        if outcome != Outcome::Skipped
            && let Err(e) = self.save(f)
        {
            self.files[f].1.items[i] = before;
            return Err(e.into());
        }
        self.history.push(Decision { at, before, outcome });
        self.next = at + 1;
        p.show(&format!("  -> {}{detail}\n", outcome.as_str()))?;
        Ok(())
    }

    fn save(&self, f: usize) -> Result<(), BankError> {
        let (path, bank) = &self.files[f];
        store::write_file(self.lock, path, bank)
    }

    /// The edit form until it gives a valid change (true: saved) or the reviewer gives up
    /// or changes nothing (false: ask again what to do).
    fn edit(&mut self, p: &mut dyn Prompter, at: usize) -> Result<bool, Stop> {
        let item = self.item(at).clone();
        let mut draft = Draft::of(&item);
        let mut problem: Option<String> = None;
        loop {
            let Some(d) = form::ask(p, &draft, problem.as_deref())? else {
                p.show("  edit given up; the item is as it was")?;
                return Ok(false);
            };
            match draft::apply(&item, d.clone()) {
                Err(e) => {
                    problem = Some(e.to_string());
                    draft = d;
                }
                Ok((_, applied)) if applied.changed.is_empty() => {
                    p.show("  nothing changed")?;
                    return Ok(false);
                }
                Ok((new, applied)) => {
                    let mut detail = format!(" ({})", applied.changed.join(", "));
                    if applied.dropped_statement {
                        detail.push_str("; true/false and cloze dropped, as the new question and answer may not fit the sentence's statement");
                    }
                    self.record(p, at, new, Outcome::Edited, &detail)?;
                    return Ok(true);
                }
            }
        }
    }

    /// Undo the last decision and go back to its item (true), or say there is none.
    fn back(&mut self, p: &mut dyn Prompter) -> Result<bool, Stop> {
        let Some(last) = self.history.pop() else {
            p.show("  nothing to undo")?;
            return Ok(false);
        };
        let (f, i) = self.queue[last.at];
        let decided = std::mem::replace(&mut self.files[f].1.items[i], last.before.clone());
        if last.outcome != Outcome::Skipped
            && let Err(e) = self.save(f)
        {
            self.files[f].1.items[i] = decided;
            self.history.push(last);
            return Err(e.into());
        }
        self.next = last.at;
        p.show(&format!("  <- back to item {}: {} undone\n", last.at + 1, last.outcome.as_str()))?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::bank::model::{ItemType, SourceRef};
    use crate::extract::Kind;

    /// Answers given in advance; the end of the script is the end of the input.
    #[derive(Default)]
    struct Script {
        actions: VecDeque<Result<Action, Halt>>,
        fields: VecDeque<Option<String>>,
        shown: String,
    }

    impl Script {
        fn new(actions: &str) -> Script {
            Script { actions: actions.chars().filter_map(|c| Action::parse(&c.to_string())).map(Ok).collect(), ..Script::default() }
        }

        fn then_interrupt(mut self) -> Script {
            self.actions.push_back(Err(Halt::Interrupted));
            self
        }

        fn fields(mut self, f: &[Option<&str>]) -> Script {
            self.fields = f.iter().map(|x| x.map(String::from)).collect();
            self
        }
    }

    impl Prompter for Script {
        fn show(&mut self, text: &str) -> Result<(), Halt> {
            self.shown.push_str(text);
            self.shown.push('\n');
            Ok(())
        }
        fn decide(&mut self) -> Result<Action, Halt> {
            self.actions.pop_front().unwrap_or(Ok(Action::Quit))
        }
        fn field(&mut self, _label: &str, current: &str) -> Result<Option<String>, Halt> {
            Ok(self.fields.pop_front().map(|f| f.map(|v| if v.is_empty() { current.to_string() } else { v })).unwrap_or(None))
        }
    }

    fn item(id: &str, line: usize, confidence: f32) -> Item {
        Item {
            id: id.into(),
            kind: Kind::Date,
            item_type: ItemType::Mc,
            types: vec![ItemType::Mc, ItemType::Short],
            question: format!("In which year was thing {line} founded?"),
            answer: format!("19{line:02}"),
            accept: vec![],
            distractors: vec!["1801".into(), "1802".into(), "1803".into()],
            statement: String::new(),
            false_statement: String::new(),
            cloze: String::new(),
            explanation: String::new(),
            source: SourceRef { file: "c/a.txt".into(), line },
            sentence: format!("Thing {line} was founded in 19{line:02}."),
            tags: vec![],
            status: Status::Generated,
            confidence,
        }
    }

    /// A bank of one file with four items in a temporary directory.
    struct Fixture {
        dir: tempfile::TempDir,
        files: Vec<(PathBuf, BankFile)>,
    }

    impl Fixture {
        fn new() -> Fixture {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("a.json");
            let items = (1..=4).map(|n| item(&format!("q{n:011}"), n, 0.5)).collect();
            Fixture { dir, files: vec![(path, BankFile::new("c/a.txt".into(), items))] }
        }

        /// Run a review of every item in bank order; the bank file as written after it.
        fn review(&mut self, p: &mut Script) -> (End, Summary, Vec<Item>) {
            let lock = store::lock(self.dir.path()).unwrap();
            let queue = (0..self.files[0].1.items.len()).map(|i| (0, i)).collect();
            let mut s = Session::new(&mut self.files, &lock, queue);
            let end = s.run(p).unwrap();
            let summary = s.summary();
            let on_disk = store::read_file(&self.dir.path().join("a.json")).map(|b| b.items).unwrap_or_default();
            (end, summary, on_disk)
        }
    }

    fn statuses(items: &[Item]) -> Vec<Status> {
        items.iter().map(|it| it.status).collect()
    }

    #[test]
    fn each_decision_is_on_disk_and_counted() {
        let mut fx = Fixture::new();
        let mut p = Script::new("arsa");
        let (end, summary, disk) = fx.review(&mut p);
        assert_eq!(end, End::Done);
        assert_eq!(statuses(&disk), [Status::Approved, Status::Rejected, Status::Generated, Status::Approved]);
        assert_eq!(summary, Summary { approved: 2, rejected: 1, skipped: 1, ..Summary::default() });
        assert!(p.shown.contains("Item 1/4  q00000000001  date · generated"), "{}", p.shown);
        assert!(p.shown.contains("Item 4/4"), "{}", p.shown);
    }

    #[test]
    fn back_undoes_the_last_decision_on_disk_and_shows_its_item_again() {
        let mut fx = Fixture::new();
        let mut p = Script::new("arbbbq");
        let (end, summary, disk) = fx.review(&mut p);
        assert_eq!(end, End::Quit);
        assert_eq!(statuses(&disk), [Status::Generated; 4], "both decisions are undone on disk");
        assert_eq!(summary, Summary { left: 4, ..Summary::default() });
        assert!(p.shown.contains("<- back to item 2: rejected undone"), "{}", p.shown);
        assert!(p.shown.contains("<- back to item 1: approved undone"), "{}", p.shown);
        assert!(p.shown.contains("nothing to undo"), "{}", p.shown);
        assert_eq!(p.shown.matches("Item 1/4").count(), 2, "{}", p.shown);
    }

    #[test]
    fn an_interruption_keeps_the_decisions_made_before_it() {
        let mut fx = Fixture::new();
        let mut p = Script::new("ra").then_interrupt();
        let (end, summary, disk) = fx.review(&mut p);
        assert_eq!(end, End::Interrupted);
        assert_eq!(statuses(&disk), [Status::Rejected, Status::Approved, Status::Generated, Status::Generated]);
        assert_eq!(summary, Summary { approved: 1, rejected: 1, left: 2, ..Summary::default() });
    }

    #[test]
    fn an_edit_is_validated_until_it_is_valid_and_saved_as_edited() {
        let mut fx = Fixture::new();
        // first try: a distractor equal to the answer; second try: a fixed distractor
        let mut p = Script::new("eq").fields(&[
            Some("When was thing 1 founded?"),
            Some(""),
            Some("1901 | 1802"),
            Some(""),
            Some(""),
            Some(""),
            Some("1850 | 1802"),
            Some(""),
        ]);
        let (_, summary, disk) = fx.review(&mut p);
        assert!(p.shown.contains("not saved: distractor 1 \"1901\" is the answer"), "{}", p.shown);
        assert!(p.shown.contains("-> edited (question, distractors)"), "{}", p.shown);
        assert_eq!(disk[0].status, Status::Edited);
        assert_eq!(disk[0].question, "When was thing 1 founded?");
        assert_eq!(disk[0].distractors, ["1850", "1802"]);
        assert_eq!(disk[0].types, [ItemType::Short], "two distractors are no multiple choice");
        assert_eq!(summary, Summary { edited: 1, left: 3, ..Summary::default() });
    }

    #[test]
    fn a_given_up_or_empty_edit_asks_again_and_changes_nothing() {
        let mut fx = Fixture::new();
        let mut p = Script::new("eeq").fields(&[Some(""), None, Some(""), Some(""), Some(""), Some("")]);
        let (_, summary, disk) = fx.review(&mut p);
        assert!(p.shown.contains("edit given up"), "{}", p.shown);
        assert!(p.shown.contains("nothing changed"), "{}", p.shown);
        assert!(disk.is_empty(), "nothing was written");
        assert_eq!(summary.left, 4);
    }

    #[test]
    fn a_rejected_item_can_be_edited_back_into_use_and_approving_an_edit_keeps_it_edited() {
        let mut fx = Fixture::new();
        fx.files[0].1.items[0].status = Status::Rejected;
        fx.files[0].1.items[1].status = Status::Edited;
        let mut p = Script::new("ea").fields(&[Some("Better?"), Some(""), Some(""), Some("")]);
        let (_, _, disk) = fx.review(&mut p);
        assert_eq!(statuses(&disk)[..2], [Status::Edited, Status::Edited]);
    }

    #[test]
    fn a_failed_write_leaves_the_item_as_it_was_and_says_why() {
        let mut fx = Fixture::new();
        // the bank file's place is taken by a directory, so the rename fails
        std::fs::create_dir(fx.dir.path().join("a.json")).unwrap();
        let lock = store::lock(fx.dir.path()).unwrap();
        let queue = vec![(0, 0)];
        let mut s = Session::new(&mut fx.files, &lock, queue);
        let err = s.run(&mut Script::new("a")).unwrap_err();
        assert!(err.to_string().contains("a.json"), "{err}");
        assert_eq!(s.summary(), Summary { left: 1, ..Summary::default() });
        drop(s);
        assert_eq!(fx.files[0].1.items[0].status, Status::Generated);
    }
}
