//! The reviewer at a terminal: inquire's select prompt for the decision (type its key,
//! then Enter, or use the arrows) and text prompts prefilled for an edit. Ctrl-C is an
//! interruption; Esc quits at the decision and gives up an edit.

use inquire::{InquireError, Select, Text};

use super::prompt::{Action, Halt, Prompter};

/// The reviewer at a terminal (stdin is one).
pub struct TerminalPrompter;

/// An action as listed in the prompt.
struct Choice(Action);

impl std::fmt::Display for Choice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.0 == Action::Back { "back (undo the last decision)" } else { self.0.word() };
        write!(f, "{}  {what}", self.0.key())
    }
}

/// Typing a key keeps only its action, so a key and Enter decide (the default fuzzy
/// filter would also keep every action whose name has that letter).
fn by_key(input: &str, choice: &Choice, _shown: &str, _index: usize) -> Option<i64> {
    match input.trim().chars().next() {
        None => Some(0),
        Some(c) => (c.to_ascii_lowercase() == choice.0.key()).then_some(0),
    }
}

/// Esc and Ctrl-C as the review understands them; other failures of the terminal.
fn halted(e: InquireError) -> Result<Option<String>, Halt> {
    match e {
        InquireError::OperationCanceled => Ok(None),
        InquireError::OperationInterrupted => Err(Halt::Interrupted),
        InquireError::IO(e) => Err(Halt::Failed(e)),
        other => Err(Halt::Failed(std::io::Error::other(other.to_string()))),
    }
}

impl Prompter for TerminalPrompter {
    fn show(&mut self, text: &str) -> Result<(), Halt> {
        println!("{text}");
        Ok(())
    }

    fn decide(&mut self) -> Result<Action, Halt> {
        let choices = Action::ALL.map(Choice).into_iter().collect();
        match Select::new("Decision:", choices).with_scorer(&by_key).with_help_message("type a key and Enter, or ↑↓ and Enter; Esc quits").prompt() {
            Ok(Choice(a)) => Ok(a),
            // Esc at the decision ends the review like `q`
            Err(e) => halted(e).map(|_| Action::Quit),
        }
    }

    fn field(&mut self, label: &str, current: &str) -> Result<Option<String>, Halt> {
        match Text::new(&format!("{label}:")).with_initial_value(current).with_help_message("Enter keeps it; Esc gives up the edit").prompt() {
            Ok(v) => Ok(Some(v)),
            Err(e) => halted(e),
        }
    }
}
