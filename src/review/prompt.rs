//! What a review asks the reviewer, behind one small trait: inquire's prompts in a
//! terminal (`terminal.rs`), lines read from any input otherwise (`LinePrompter`, for
//! piped stdin and scripts), and scripted answers in the tests.

use std::io::{self, BufRead, Write};

use super::interrupt;

/// What to do with the item shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Approve,
    Reject,
    Edit,
    Skip,
    /// undo the last decision and show its item again
    Back,
    Quit,
}

impl Action {
    pub const ALL: [Action; 6] = [Action::Approve, Action::Reject, Action::Edit, Action::Skip, Action::Back, Action::Quit];

    /// The key that chooses it.
    pub fn key(self) -> char {
        match self {
            Action::Approve => 'a',
            Action::Reject => 'r',
            Action::Edit => 'e',
            Action::Skip => 's',
            Action::Back => 'b',
            Action::Quit => 'q',
        }
    }

    /// Its name, which may also be typed.
    pub fn word(self) -> &'static str {
        match self {
            Action::Approve => "approve",
            Action::Reject => "reject",
            Action::Edit => "edit",
            Action::Skip => "skip",
            Action::Back => "back",
            Action::Quit => "quit",
        }
    }

    /// The action of a typed key or word ("a", "approve").
    pub fn parse(s: &str) -> Option<Action> {
        let s = s.trim().to_lowercase();
        Action::ALL.into_iter().find(|a| s == a.key().to_string() || s == a.word())
    }
}

/// Why prompting stopped without an answer.
#[derive(Debug)]
pub enum Halt {
    /// Ctrl-C
    Interrupted,
    /// the terminal or the input failed
    Failed(io::Error),
}

impl From<io::Error> for Halt {
    fn from(e: io::Error) -> Halt {
        if interrupt::is_interrupt(&e) { Halt::Interrupted } else { Halt::Failed(e) }
    }
}

/// The reviewer, as the session sees them.
pub trait Prompter {
    /// Show text (an item, a confirmation, a problem).
    fn show(&mut self, text: &str) -> Result<(), Halt>;
    /// Ask what to do with the item just shown. The end of the input is `Quit`.
    fn decide(&mut self) -> Result<Action, Halt>;
    /// Ask for one field of an edit, prefilled with `current`. `None`: the reviewer gave
    /// up the edit (Esc, or the end of the input).
    fn field(&mut self, label: &str, current: &str) -> Result<Option<String>, Halt>;
}

/// One answer per line: a, r, e, s, b, q (or the words); in an edit, one line per field,
/// where an empty line keeps the value shown and "-" empties it.
pub struct LinePrompter<R, W> {
    input: R,
    output: W,
}

impl<R: BufRead, W: Write> LinePrompter<R, W> {
    pub fn new(input: R, output: W) -> LinePrompter<R, W> {
        LinePrompter { input, output }
    }

    /// The next line without its line end; `None` at the end of the input. Whatever
    /// comes, the prompt's line is ended, so what is shown next starts a line of its own.
    fn line(&mut self) -> Result<Option<String>, Halt> {
        self.output.flush()?;
        let mut s = String::new();
        match self.input.read_line(&mut s).map_err(Halt::from) {
            Ok(0) => {
                writeln!(self.output)?;
                Ok(None)
            }
            Ok(_) => Ok(Some(s.trim_end_matches(['\n', '\r']).to_string())),
            Err(halt) => {
                writeln!(self.output)?;
                Err(halt)
            }
        }
    }
}

impl<R: BufRead, W: Write> Prompter for LinePrompter<R, W> {
    fn show(&mut self, text: &str) -> Result<(), Halt> {
        writeln!(self.output, "{text}")?;
        Ok(())
    }

    fn decide(&mut self) -> Result<Action, Halt> {
        loop {
            write!(self.output, "{}? ", Action::ALL.map(|a| format!("{} {}", a.key(), a.word())).join(", "))?;
            let Some(line) = self.line()? else { return Ok(Action::Quit) };
            match Action::parse(&line) {
                Some(a) => {
                    // the answer typed into a pipe is not echoed: say what was read
                    writeln!(self.output, "{}", a.key())?;
                    return Ok(a);
                }
                None => writeln!(self.output, "\nunknown action {line:?}: type a, r, e, s, b or q")?,
            }
        }
    }

    fn field(&mut self, label: &str, current: &str) -> Result<Option<String>, Halt> {
        write!(self.output, "  {label} [{current}]: ")?;
        let Some(line) = self.line()? else { return Ok(None) };
        writeln!(self.output, "{line}")?;
        Ok(Some(match line.trim() {
            "" => current.to_string(),
            "-" => String::new(),
            typed => typed.to_string(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, f: impl FnOnce(&mut LinePrompter<&[u8], &mut Vec<u8>>)) -> String {
        let mut out = Vec::new();
        let mut p = LinePrompter::new(input.as_bytes(), &mut out);
        f(&mut p);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_action_per_line_and_unknown_lines_ask_again() {
        let out = run("x\n\nr\napprove\n", |p| {
            assert_eq!(p.decide().unwrap(), Action::Reject);
            assert_eq!(p.decide().unwrap(), Action::Approve);
            assert_eq!(p.decide().unwrap(), Action::Quit, "the end of the input quits");
        });
        assert!(out.contains("unknown action \"x\": type a, r, e, s, b or q"), "{out}");
        assert!(out.contains("unknown action \"\""), "{out}");
        assert!(out.starts_with("a approve, r reject, e edit, s skip, b back, q quit? "), "{out}");
    }

    #[test]
    fn a_field_line_replaces_keeps_or_empties_the_value() {
        run("New?\n\n-\n", |p| {
            assert_eq!(p.field("question", "Old?").unwrap().as_deref(), Some("New?"));
            assert_eq!(p.field("answer", "1949").unwrap().as_deref(), Some("1949"));
            assert_eq!(p.field("accept", "in 1949").unwrap().as_deref(), Some(""));
            assert_eq!(p.field("distractors", "x").unwrap(), None, "the end of the input gives up the edit");
        });
    }

    #[test]
    fn keys_and_words_parse() {
        for a in Action::ALL {
            assert_eq!(Action::parse(&a.key().to_string()), Some(a));
            assert_eq!(Action::parse(&a.word().to_uppercase()), Some(a));
        }
        assert_eq!(Action::parse("ar"), None);
    }
}
