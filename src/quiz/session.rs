//! One quiz from the first question to the score: ask, judge, give feedback, record the
//! answer, and stop cleanly on an interruption, the end of the input or the time limit.
//! Prompting sits behind [`Prompter`] so all of this is tested with scripted answers.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::quiz::history::{HistorySink, Record};
use crate::quiz::matching::Verdict;
use crate::quiz::plan::{Question, Response};

/// Why a quiz ended before its last question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Ctrl-C or Esc
    Interrupted,
    /// the input (piped or `--answers`) ran out
    InputEnded,
    /// `--time-limit` passed
    TimeUp,
}

/// What a prompt gave back.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Answer(Response),
    Stop(Stop),
}

/// Puts one question to the learner and waits for the answer (until `deadline`, if any).
/// The session has already written the header and the stem.
pub trait Prompter {
    fn ask(&mut self, q: &Question, deadline: Option<Instant>) -> Reply;
}

/// The time, for the deadline and the history.
pub trait Clock {
    fn now(&self) -> Instant;
    /// milliseconds since 1970, UTC
    fn unix_ms(&self) -> u64;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn unix_ms(&self) -> u64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
    }
}

/// One question's result.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub given: String,
    pub verdict: Verdict,
}

/// A finished (or stopped) quiz.
#[derive(Debug)]
pub struct Report<'q, 'a> {
    pub questions: &'q [Question<'a>],
    /// one per question answered, in order
    pub outcomes: Vec<Outcome>,
    pub stop: Option<Stop>,
    pub elapsed: Duration,
}

impl Report<'_, '_> {
    pub fn correct(&self) -> usize {
        self.outcomes.iter().filter(|o| o.verdict.is_right()).count()
    }
}

/// What a session needs besides the questions.
pub struct Session<'s> {
    pub prompter: &'s mut dyn Prompter,
    pub out: &'s mut dyn Write,
    pub history: &'s mut dyn HistorySink,
    pub clock: &'s dyn Clock,
    pub time_limit: Option<Duration>,
    pub session_id: String,
}

impl Session<'_> {
    /// Run the quiz. Output errors (a closed pipe) end it like an interruption; every answer
    /// already given is in the history by then.
    pub fn run<'q, 'a>(&mut self, questions: &'q [Question<'a>]) -> Report<'q, 'a> {
        let start = self.clock.now();
        let deadline = self.time_limit.map(|t| start + t);
        let mut outcomes = Vec::new();
        let mut stop = None;
        for (i, q) in questions.iter().enumerate() {
            if deadline.is_some_and(|d| self.clock.now() >= d) {
                stop = Some(Stop::TimeUp);
                break;
            }
            if self.header(i, questions.len(), q, deadline).is_err() {
                stop = Some(Stop::Interrupted);
                break;
            }
            let asked_at = self.clock.now();
            let response = match self.prompter.ask(q, deadline) {
                Reply::Answer(r) => r,
                Reply::Stop(s) => {
                    stop = Some(s);
                    break;
                }
            };
            let answered_at = self.clock.now();
            if deadline.is_some_and(|d| answered_at > d) {
                // too late to count
                stop = Some(Stop::TimeUp);
                break;
            }
            let verdict = q.judge(&response);
            let given = q.given(&response);
            self.history.record(&Record {
                session: self.session_id.clone(),
                at: self.clock.unix_ms(),
                item: q.item.id.clone(),
                kind: q.item.kind,
                item_type: q.item_type(),
                question: q.stem(),
                answer: given.clone(),
                expected: q.expected(),
                correct: verdict.is_right(),
                ms: answered_at.saturating_duration_since(asked_at).as_millis() as u64,
            });
            let fed_back = self.feedback(q, &verdict);
            outcomes.push(Outcome { given, verdict });
            if fed_back.is_err() {
                stop = Some(Stop::Interrupted);
                break;
            }
        }
        Report { questions, outcomes, stop, elapsed: self.clock.now().saturating_duration_since(start) }
    }

    fn header(&mut self, i: usize, n: usize, q: &Question, deadline: Option<Instant>) -> std::io::Result<()> {
        let left = deadline.map(|d| format!(" · {} left", clock_text(d.saturating_duration_since(self.clock.now())))).unwrap_or_default();
        writeln!(self.out, "\nQuestion {}/{n} · {}{left}", i + 1, q.item.kind.as_str())?;
        writeln!(self.out, "{}", q.stem())?;
        self.out.flush()
    }

    fn feedback(&mut self, q: &Question, verdict: &Verdict) -> std::io::Result<()> {
        match verdict {
            Verdict::Exact => writeln!(self.out, "Right!")?,
            Verdict::Typo(spelling) => writeln!(self.out, "Right! (it is spelled: {spelling})")?,
            Verdict::Wrong => writeln!(self.out, "Wrong. The answer: {}", q.expected())?,
        }
        writeln!(self.out, "  From {}:{}: {}", q.item.source.file, q.item.source.line, q.item.sentence)?;
        self.out.flush()
    }
}

/// 75 seconds as "1:15"; a part of a second counts as a whole one, so a fresh 3-second
/// limit shows "0:03", not "0:02".
pub fn clock_text(d: Duration) -> String {
    let s = d.as_millis().div_ceil(1000);
    format!("{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::cell::Cell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use super::*;
    use crate::bank::{Item, ItemType};
    use crate::quiz::plan::tests::item;
    use crate::quiz::plan::{Asked, TypeChoice, plan};

    /// A clock that moves only when told to.
    #[derive(Clone)]
    pub struct FakeClock {
        base: Instant,
        offset: Rc<Cell<Duration>>,
    }

    impl FakeClock {
        pub fn new() -> FakeClock {
            FakeClock { base: Instant::now(), offset: Rc::new(Cell::new(Duration::ZERO)) }
        }

        pub fn advance(&self, d: Duration) {
            self.offset.set(self.offset.get() + d);
        }
    }

    impl Clock for FakeClock {
        fn now(&self) -> Instant {
            self.base + self.offset.get()
        }

        fn unix_ms(&self) -> u64 {
            1_700_000_000_000 + self.offset.get().as_millis() as u64
        }
    }

    /// Answers from a script; each answer takes `think` of the fake clock.
    pub struct Scripted {
        pub replies: VecDeque<Reply>,
        pub clock: FakeClock,
        pub think: Duration,
    }

    impl Prompter for Scripted {
        fn ask(&mut self, _q: &Question, _deadline: Option<Instant>) -> Reply {
            self.clock.advance(self.think);
            self.replies.pop_front().unwrap_or(Reply::Stop(Stop::InputEnded))
        }
    }

    pub fn run_scripted<'q, 'a>(
        qs: &'q [Question<'a>],
        replies: Vec<Reply>,
        think: Duration,
        limit: Option<Duration>,
    ) -> (Report<'q, 'a>, Vec<Record>, String) {
        let clock = FakeClock::new();
        let mut prompter = Scripted { replies: replies.into(), clock: clock.clone(), think };
        let mut out = Vec::new();
        let mut history = Vec::new();
        let report =
            Session { prompter: &mut prompter, out: &mut out, history: &mut history, clock: &clock, time_limit: limit, session_id: "test".into() }.run(qs);
        (report, history, String::from_utf8(out).unwrap())
    }

    fn short_quiz(items: &[Item]) -> Vec<Question<'_>> {
        let pool: Vec<&Item> = items.iter().collect();
        plan(&pool, items.len(), TypeChoice::Only(ItemType::Short), 1, true)
    }

    fn text(s: &str) -> Reply {
        Reply::Answer(Response::Text(s.into()))
    }

    #[test]
    fn answers_are_scored_fed_back_and_recorded_in_order() {
        let items = vec![item("qa", "1949"), item("qb", "1950"), item("qc", "Stockholm")];
        let qs = short_quiz(&items);
        let (report, history, out) = run_scripted(&qs, vec![text("1949"), text("1951"), text("stokholm")], Duration::from_secs(2), None);
        assert_eq!(report.correct(), 2);
        assert_eq!(report.stop, None);
        assert_eq!(history.iter().map(|r| (r.item.as_str(), r.correct)).collect::<Vec<_>>(), [("qa", true), ("qb", false), ("qc", true)]);
        assert_eq!(history[1].answer, "1951");
        assert_eq!(history[1].expected, "1950");
        assert_eq!(history[0].ms, 2000);
        assert!(out.contains("Question 2/3 · date\nWhen was qb founded?"), "{out}");
        assert!(out.contains("Wrong. The answer: 1950\n  From course/a.txt:3: qb was founded in 1950."), "{out}");
        assert!(out.contains("Right! (it is spelled: Stockholm)"), "{out}");
    }

    #[test]
    fn an_interruption_keeps_the_answers_given_before_it() {
        let items = vec![item("qa", "1949"), item("qb", "1950"), item("qc", "1951")];
        let qs = short_quiz(&items);
        let (report, history, _) = run_scripted(&qs, vec![text("1949"), Reply::Stop(Stop::Interrupted)], Duration::from_secs(1), None);
        assert_eq!(report.stop, Some(Stop::Interrupted));
        assert_eq!(report.outcomes.len(), 1);
        assert_eq!(history.len(), 1);
    }

    #[test]
    fn the_time_limit_leaves_the_rest_unanswered_and_a_late_answer_does_not_count() {
        let items: Vec<Item> = (0..5).map(|i| item(&format!("q{i}"), "1949")).collect();
        let qs = short_quiz(&items);
        // 40 s per answer against a 100 s limit: two answers in time, the third comes at 120 s
        let replies = vec![text("1949"); 5];
        let (report, history, out) = run_scripted(&qs, replies, Duration::from_secs(40), Some(Duration::from_secs(100)));
        assert_eq!(report.stop, Some(Stop::TimeUp));
        assert_eq!(report.outcomes.len(), 2);
        assert_eq!(history.len(), 2);
        assert!(out.contains("Question 1/5 · date · 1:40 left"), "{out}");
        assert!(out.contains("Question 3/5 · date · 0:20 left"), "{out}");
    }

    #[test]
    fn input_that_runs_out_ends_the_quiz() {
        let items = vec![item("qa", "1949"), item("qb", "1950")];
        let qs = short_quiz(&items);
        let (report, _, _) = run_scripted(&qs, vec![text("1949")], Duration::from_secs(1), None);
        assert_eq!(report.stop, Some(Stop::InputEnded));
        assert_eq!(report.correct(), 1);
    }

    #[test]
    fn multiple_choice_feedback_names_the_letter_and_the_history_the_option() {
        let items = [item("qa", "1949")];
        let pool: Vec<&Item> = items.iter().collect();
        let qs = plan(&pool, 1, TypeChoice::Only(ItemType::Mc), 5, true);
        let Asked::Choice { options, correct } = &qs[0].asked else { panic!("multiple choice") };
        let wrong = (correct + 1) % options.len();
        let (_, history, out) = run_scripted(&qs, vec![Reply::Answer(Response::Choice(wrong))], Duration::from_secs(1), None);
        let letter = crate::quiz::plan::letter(*correct);
        assert!(out.contains(&format!("Wrong. The answer: {letter}) 1949")), "{out}");
        assert_eq!(history[0].answer, format!("{}) {}", crate::quiz::plan::letter(wrong), options[wrong]));
        assert_eq!(history[0].item_type, ItemType::Mc);
    }
}
