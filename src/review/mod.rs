//! Reviewing the bank: an instructor approves, edits, rejects or skips the generated
//! items one by one. The session logic (`session`) talks to the reviewer only through
//! the `Prompter` trait (`prompt`), so it runs the same with inquire in a terminal,
//! with lines from a pipe, and with scripted answers in the tests.

pub mod draft;
pub mod form;
pub mod interrupt;
pub mod open;
pub mod prompt;
pub mod queue;
pub mod session;
pub mod terminal;
pub mod view;
