//! One function per command, each taking its parsed options.

mod edit;
mod export;
mod generate;
mod list;
mod lookup;
mod progress;
mod review;
pub mod select;

use anyhow::Result;

use crate::cli::{Cli, Command};

/// Run the command; the error chain is printed by `main`.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Generate(a) => generate::run(a),
        Command::List(a) => list::run(a),
        Command::Show(a) => list::show(a),
        Command::Export(a) => export::run(a),
        Command::Review(a) => review::run(a),
        Command::Edit(a) => edit::run(a),
    }
}
