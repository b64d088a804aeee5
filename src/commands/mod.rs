//! One function per command, each taking its parsed options.

mod check;
mod edit;
mod export;
mod generate;
mod grade;
mod import;
mod list;
mod lookup;
mod output;
mod print;
mod progress;
mod quiz;
mod review;
pub mod select;

use anyhow::Result;
use thiserror::Error;

use crate::cli::{Cli, Command};

/// Run the command; the error chain is printed by `main`.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Generate(a) => generate::run(a),
        Command::List(a) => list::run(a),
        Command::Show(a) => list::show(a),
        Command::Export(a) => export::run(a),
        Command::Quiz(a) => quiz::run(a),
        Command::Stats(a) => quiz::stats(a),
        Command::Import(a) => import::run(a),
        Command::Review(a) => review::run(a),
        Command::Edit(a) => edit::run(a),
        Command::Print(a) => print::run(a),
        Command::Grade(a) => grade::run(a),
        Command::Check(a) => check::run(a),
    }
}

/// A command stopped early by the user (Ctrl-C, Esc): it has said so and saved its work;
/// `main` exits with 130, the shell's code for an interrupt, without an error message.
#[derive(Debug, Error)]
#[error("interrupted")]
pub struct Interrupted;
