//! The quiz without a terminal: the options and a prompt are printed as plain lines and one
//! answer is read per line (an option letter or number, T or F, or the text), from piped
//! standard input or an `--answers` file. This is what scripts and tests drive.

use std::io::{BufRead, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Instant;

use crate::quiz::matching::normalize;
use crate::quiz::plan::{Asked, Question, Response, letter};
use crate::quiz::session::{Prompter, Reply, Stop};

/// What the reading thread and the Ctrl-C handler report.
#[derive(Debug)]
pub enum Event {
    Line(String),
    End,
    Interrupt,
}

pub struct LinePrompter<W: Write> {
    events: Receiver<Event>,
    out: W,
    /// print each answer after its prompt, as a terminal would have shown it being typed
    echo: bool,
}

impl<W: Write> LinePrompter<W> {
    /// Read answers from `input` on a thread of its own, so a deadline can cut a wait short;
    /// the returned sender is for the Ctrl-C handler.
    pub fn new<R: BufRead + Send + 'static>(input: R, out: W, echo: bool) -> (LinePrompter<W>, Sender<Event>) {
        let (tx, rx) = channel();
        let reader_tx = tx.clone();
        std::thread::spawn(move || read_lines(input, reader_tx));
        (LinePrompter { events: rx, out, echo }, tx)
    }

    fn next(&mut self, deadline: Option<Instant>) -> Result<String, Stop> {
        let event = match deadline {
            None => self.events.recv().map_err(|_| Stop::InputEnded)?,
            Some(d) => match self.events.recv_timeout(d.saturating_duration_since(Instant::now())) {
                Ok(e) => e,
                Err(RecvTimeoutError::Timeout) => return Err(Stop::TimeUp),
                Err(RecvTimeoutError::Disconnected) => return Err(Stop::InputEnded),
            },
        };
        match event {
            Event::Line(l) => Ok(l),
            Event::End => Err(Stop::InputEnded),
            Event::Interrupt => Err(Stop::Interrupted),
        }
    }
}

fn read_lines<R: BufRead>(mut input: R, tx: Sender<Event>) {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                let line = String::from_utf8_lossy(&buf).trim().to_string();
                if tx.send(Event::Line(line)).is_err() {
                    return;
                }
            }
        }
    }
    let _ = tx.send(Event::End);
}

impl<W: Write> Prompter for LinePrompter<W> {
    fn ask(&mut self, q: &Question, deadline: Option<Instant>) -> Reply {
        let prompt = match &q.asked {
            Asked::Choice { options, .. } => {
                for (i, o) in options.iter().enumerate() {
                    let _ = writeln!(self.out, "  {}) {o}", letter(i));
                }
                format!("Answer (A-{}): ", letter(options.len().saturating_sub(1)))
            }
            Asked::TrueFalse { .. } => "Answer (T/F): ".to_string(),
            Asked::Short | Asked::Cloze => "Answer: ".to_string(),
        };
        loop {
            let _ = write!(self.out, "{prompt}");
            let _ = self.out.flush();
            let line = match self.next(deadline) {
                Ok(l) => l,
                Err(stop) => {
                    let _ = writeln!(self.out);
                    return Reply::Stop(stop);
                }
            };
            if self.echo {
                let _ = writeln!(self.out, "{line}");
            }
            match parse(&q.asked, &line) {
                Some(r) => return Reply::Answer(r),
                None => {
                    let hint = match &q.asked {
                        Asked::Choice { options, .. } => format!("a letter from A to {}", letter(options.len() - 1)),
                        _ => "T (true) or F (false)".to_string(),
                    };
                    let _ = writeln!(self.out, "Please answer with {hint}.");
                }
            }
        }
    }
}

/// Read one line as an answer of the question's shape; `None` when it is not one.
pub fn parse(asked: &Asked, line: &str) -> Option<Response> {
    let t = line.trim();
    match asked {
        Asked::Choice { options, .. } => {
            let lower = t.to_ascii_lowercase();
            let lower = lower.trim_end_matches([')', '.']);
            if let [c] = lower.as_bytes()
                && c.is_ascii_lowercase()
            {
                let i = usize::from(c - b'a');
                return (i < options.len()).then_some(Response::Choice(i));
            }
            if let Ok(n) = lower.parse::<usize>() {
                return (1..=options.len()).contains(&n).then(|| Response::Choice(n - 1));
            }
            let n = normalize(t);
            options.iter().position(|o| normalize(o) == n && !n.is_empty()).map(Response::Choice)
        }
        Asked::TrueFalse { .. } => match t.to_ascii_lowercase().as_str() {
            "t" | "true" | "y" | "yes" => Some(Response::Bool(true)),
            "f" | "false" | "n" | "no" => Some(Response::Bool(false)),
            _ => None,
        },
        Asked::Short | Asked::Cloze => Some(Response::Text(t.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;
    use std::time::Duration;

    use super::*;
    use crate::bank::{Item, ItemType};
    use crate::quiz::plan::tests::item;
    use crate::quiz::plan::{TypeChoice, plan};

    fn choice() -> Asked {
        Asked::Choice { options: vec!["1949".into(), "1950".into(), "North Atlantic".into()], correct: 0 }
    }

    #[test]
    fn a_choice_is_a_letter_a_number_or_the_option_itself() {
        assert_eq!(parse(&choice(), "b"), Some(Response::Choice(1)));
        assert_eq!(parse(&choice(), " C) "), Some(Response::Choice(2)));
        assert_eq!(parse(&choice(), "1"), Some(Response::Choice(0)));
        assert_eq!(parse(&choice(), "north atlantic"), Some(Response::Choice(2)));
        assert_eq!(parse(&choice(), "d"), None, "only three options");
        assert_eq!(parse(&choice(), "4"), None);
        assert_eq!(parse(&choice(), "0"), None);
        assert_eq!(parse(&choice(), ""), None);
    }

    #[test]
    fn true_or_false_takes_the_usual_words() {
        let tf = Asked::TrueFalse { statement: "x".into(), truth: true };
        for (s, b) in [("T", true), ("true", true), ("yes", true), ("f", false), ("FALSE", false), ("n", false)] {
            assert_eq!(parse(&tf, s), Some(Response::Bool(b)), "{s}");
        }
        assert_eq!(parse(&tf, "maybe"), None);
    }

    #[test]
    fn a_bad_answer_is_asked_again_and_the_end_of_input_stops() {
        let it = item("qa", "1949");
        let qs = plan(&[&it as &Item], 1, TypeChoice::Only(ItemType::Mc), 2, false);
        let mut out = Vec::new();
        let (mut p, _tx) = LinePrompter::new(Cursor::new("z\nA\n"), &mut out, true);
        assert_eq!(p.ask(&qs[0], None), Reply::Answer(Response::Choice(0)));
        assert_eq!(p.ask(&qs[0], None), Reply::Stop(Stop::InputEnded));
        drop(p);
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("Answer (A-D): z\nPlease answer with a letter from A to D.\nAnswer (A-D): A\n"), "{out}");
    }

    #[test]
    fn an_interrupt_or_the_deadline_ends_the_wait() {
        let it = item("qa", "1949");
        let qs = plan(&[&it as &Item], 1, TypeChoice::Only(ItemType::Short), 2, false);
        // a reader that never gives a line: a pipe whose writer stays open
        let (reader, _writer) = std::io::pipe().unwrap();
        let (mut p, tx) = LinePrompter::new(std::io::BufReader::new(reader), Vec::new(), false);
        assert_eq!(p.ask(&qs[0], Some(Instant::now() + Duration::from_millis(50))), Reply::Stop(Stop::TimeUp));
        tx.send(Event::Interrupt).unwrap();
        assert_eq!(p.ask(&qs[0], None), Reply::Stop(Stop::Interrupted));
    }
}
