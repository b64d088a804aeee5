//! The quiz in a terminal, with inquire: a list to pick from for multiple choice and
//! true/false, a line editor for typed answers. Ctrl-C or Esc at any prompt ends the quiz.
//!
//! inquire cannot stop waiting by itself, so each prompt runs on a thread of its own while
//! the quiz waits for its answer, a Ctrl-C signal between prompts, or the deadline. When the
//! deadline cuts a prompt short, the terminal settings saved at the start are put back at
//! once (the abandoned prompt still holds raw mode), and again when the quiz ends.

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Instant;

use inquire::{InquireError, Select, Text};

use crate::quiz::plan::{Asked, Question, Response, letter};
use crate::quiz::session::{Prompter, Reply, Stop};

/// What a prompt thread or the Ctrl-C handler reports.
#[derive(Debug)]
pub enum Event {
    Answered(Response),
    /// Esc or Ctrl-C in the prompt, or SIGINT between prompts
    Interrupt,
    Failed(String),
}

const CHOICE_HELP: &str = "↑↓ to move, Enter to answer, Esc to end the quiz";
const TEXT_HELP: &str = "Enter to answer, Esc to end the quiz";

pub struct TerminalPrompter {
    events: Receiver<Event>,
    sender: Sender<Event>,
    saved: Option<libc::termios>,
}

impl TerminalPrompter {
    /// The returned sender is for the Ctrl-C handler.
    pub fn new() -> (TerminalPrompter, Sender<Event>) {
        let (tx, rx) = channel();
        (TerminalPrompter { events: rx, sender: tx.clone(), saved: saved_termios() }, tx)
    }

    fn restore_terminal(&self) {
        if let Some(t) = &self.saved {
            // SAFETY: `t` was filled by tcgetattr on the same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t) };
        }
        // show the cursor again, in case a prompt hid it
        print!("\x1b[?25h");
    }
}

impl Drop for TerminalPrompter {
    fn drop(&mut self) {
        self.restore_terminal();
    }
}

fn saved_termios() -> Option<libc::termios> {
    // SAFETY: tcgetattr writes a termios into the zeroed value; it is used only on success.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        (libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then_some(t)
    }
}

impl Prompter for TerminalPrompter {
    fn ask(&mut self, q: &Question, deadline: Option<Instant>) -> Reply {
        let tx = self.sender.clone();
        let asked = q.asked.clone();
        std::thread::spawn(move || {
            let _ = tx.send(prompt(&asked));
        });
        let event = match deadline {
            None => self.events.recv().ok(),
            Some(d) => match self.events.recv_timeout(d.saturating_duration_since(Instant::now())) {
                Ok(e) => Some(e),
                Err(RecvTimeoutError::Timeout) => {
                    self.restore_terminal();
                    println!();
                    return Reply::Stop(Stop::TimeUp);
                }
                Err(RecvTimeoutError::Disconnected) => None,
            },
        };
        match event {
            Some(Event::Answered(r)) => Reply::Answer(r),
            Some(Event::Interrupt) | None => Reply::Stop(Stop::Interrupted),
            Some(Event::Failed(e)) => {
                eprintln!("error: the terminal prompt failed: {e}");
                Reply::Stop(Stop::Interrupted)
            }
        }
    }
}

/// Show one inquire prompt and wait for it.
fn prompt(asked: &Asked) -> Event {
    let result = match asked {
        Asked::Choice { options, .. } => {
            let lettered: Vec<String> = options.iter().enumerate().map(|(i, o)| format!("{}) {o}", letter(i))).collect();
            Select::new("Your answer:", lettered)
                .without_filtering()
                .with_help_message(CHOICE_HELP)
                .with_page_size(options.len())
                .raw_prompt()
                .map(|o| Response::Choice(o.index))
        }
        Asked::TrueFalse { .. } => Select::new("Your answer:", vec!["True", "False"])
            .without_filtering()
            .with_help_message(CHOICE_HELP)
            .raw_prompt()
            .map(|o| Response::Bool(o.index == 0)),
        Asked::Short | Asked::Cloze => Text::new("Your answer:").with_help_message(TEXT_HELP).prompt().map(Response::Text),
    };
    match result {
        Ok(r) => Event::Answered(r),
        Err(InquireError::OperationCanceled | InquireError::OperationInterrupted) => Event::Interrupt,
        Err(e) => Event::Failed(e.to_string()),
    }
}
