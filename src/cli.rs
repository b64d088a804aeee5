//! Command-line arguments (clap derive). Each command's options become a validated
//! value before anything runs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "quizgen", version, about = "Turn course text into a question bank of quiz questions that instructors review and export.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read course texts (.txt, .md; files or directories) and write or update the bank.
    Generate(GenerateArgs),
    /// List the bank's items, one line each.
    List(ListArgs),
    /// Show one item in full.
    Show(ShowArgs),
    /// Write the bank in another format (csv, json, gift, moodle-xml, anki, qti-text, kahoot), or as a quiz in one HTML file (html).
    Export(ExportArgs),
    /// Quiz yourself on the bank: questions, feedback, a score; answers go to your history.
    Quiz(QuizArgs),
    /// Summarize your quiz history: sessions, accuracy by day and kind, the items missed most.
    Stats(StatsArgs),
    /// Read an exported CSV (edited in a spreadsheet) back into the bank.
    Import(ImportArgs),
    /// Review items one by one: approve, edit, reject, skip, back, quit. Each decision is saved at once.
    Review(ReviewArgs),
    /// Change one item without a prompt; with no change given, print it as JSON.
    Edit(EditArgs),
    /// Print test versions with an answer sheet each (PDF, HTML or Markdown), and their answer key.
    Print(PrintArgs),
    /// Score filled-in answer sheets (CSV) against a printed test's key, with an analysis of every item.
    Grade(GradeArgs),
    /// Check the bank against item-writing rules: duplicates, answers given away, options, sources.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct BankArg {
    /// The bank directory.
    #[arg(long, default_value = "question_bank", value_name = "DIR")]
    pub bank: PathBuf,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Course files or directories (searched recursively for .txt and .md).
    #[arg(default_value = "seeds", value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub bank: BankArg,
}

/// Which items a command works on.
#[derive(Debug, Args, Clone, Default)]
pub struct Filter {
    /// Only items of this kind (repeatable): date, founder, mission, definition, acronym, membership, location, provision, action.
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<String>,
    /// Only items with this status (repeatable): generated, approved, edited, rejected. Default: all but rejected.
    #[arg(long = "status", value_name = "STATUS")]
    pub statuses: Vec<String>,
    /// Only items from this source file (its path or file name).
    #[arg(long, value_name = "FILE")]
    pub source: Option<String>,
    /// Only items at least this confident (0 to 1).
    #[arg(long, value_name = "C")]
    pub min_confidence: Option<f32>,
}

/// What `--status` without a value stands for in `quizgen list`.
pub const PROGRESS: &str = "progress";

#[derive(Debug, Args)]
// `list --status` alone shows the review progress per source instead of the items
#[command(mut_arg("statuses", |a| a
    .num_args(0..=1)
    .default_missing_value(PROGRESS)
    .help("Only items with this status (repeatable): generated, approved, edited, rejected. Default: all but rejected. Alone (no value): the review progress per source")))]
pub struct ListArgs {
    #[command(flatten)]
    pub bank: BankArg,
    #[command(flatten)]
    pub filter: Filter,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The item id (q + 11 hex digits).
    pub id: String,
    #[command(flatten)]
    pub bank: BankArg,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub bank: BankArg,
    /// Output format: csv, json, gift, moodle-xml, anki, qti-text, kahoot, html.
    #[arg(long, default_value = "csv")]
    pub format: String,
    /// Ask every item as this type (mc, tf, short, cloze) in the quiz formats, leaving out
    /// items that do not support it. Default: each item's preferred type (html: mixed, each
    /// item in one of the ways it supports; `--type mixed` says so).
    #[arg(long = "type", value_name = "TYPE")]
    pub item_type: Option<String>,
    /// Output file (written atomically); standard output when absent.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filter: Filter,
    #[command(flatten)]
    pub html: crate::export::html::HtmlArgs,
}

#[derive(Debug, Args)]
pub struct QuizArgs {
    #[command(flatten)]
    pub bank: BankArg,
    #[command(flatten)]
    pub filter: Filter,
    /// How many questions.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub count: usize,
    /// How to ask: mc, tf, short, cloze, or mixed (each item in one of the ways it supports).
    #[arg(long = "type", default_value = "mixed", value_name = "TYPE")]
    pub item_type: String,
    /// The same seed gives the same questions, order and options. Default: a new one each time (printed).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Time for the whole quiz, in seconds; what is not answered by then counts as unanswered.
    #[arg(long, value_name = "SECS")]
    pub time_limit: Option<u64>,
    /// Ask only the items you last answered wrong.
    #[arg(long, conflicts_with = "review")]
    pub retry_missed: bool,
    /// Ask the items due by spaced repetition (Leitner boxes), the most overdue first, then new ones.
    #[arg(long)]
    pub review: bool,
    /// Read the answers from this file, one per line (option letter, T/F, or text), instead of asking.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// How many recent sessions to list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub sessions: usize,
    /// How many of the most missed items to list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub items: usize,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, as `quizgen export --format csv` wrote it (UTF-8; a BOM, CRLF line
    /// ends and `;` as separator are accepted).
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    #[command(flatten)]
    pub bank: BankArg,
}

#[derive(Debug, Args)]
#[command(mut_arg("statuses", |a| a.help("Only items with this status (repeatable): generated, approved, edited, rejected. Default: generated")))]
pub struct ReviewArgs {
    #[command(flatten)]
    pub bank: BankArg,
    #[command(flatten)]
    pub filter: Filter,
    /// The order: confidence (lowest first, the doubtful items while attention is fresh) or source (text order).
    #[arg(long, default_value = "confidence", value_parser = ["confidence", "source"])]
    pub order: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The item id (q + 11 hex digits).
    pub id: String,
    /// The new question.
    #[arg(long, value_name = "Q")]
    pub question: Option<String>,
    /// The new answer (accepted variants that do not contain it are dropped unless --accept is given).
    #[arg(long, value_name = "A")]
    pub answer: Option<String>,
    /// A distractor (repeatable); the ones given replace the item's, `--distractor ''` removes them all.
    #[arg(long = "distractor", value_name = "D")]
    pub distractors: Option<Vec<String>>,
    /// An answer also accepted (repeatable); the ones given replace the item's, `--accept ''` removes them all.
    #[arg(long = "accept", value_name = "V")]
    pub accept: Option<Vec<String>>,
    /// Set the status without changing the content (a content change makes the item edited).
    #[arg(long, value_parser = ["approved", "rejected", "generated"])]
    pub status: Option<String>,
    #[command(flatten)]
    pub bank: BankArg,
}

#[derive(Debug, Args)]
pub struct PrintArgs {
    #[command(flatten)]
    pub bank: BankArg,
    #[command(flatten)]
    pub filter: Filter,
    /// How many versions (A, B, C, …): the same questions, each in its own order with its own option order.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub versions: usize,
    /// Questions per version.
    #[arg(long, value_name = "K", required_unless_present = "pools", conflicts_with = "pools")]
    pub count: Option<usize>,
    /// Instead of --count: each version draws N items of KIND of its own (repeatable), e.g. --pool date=5.
    #[arg(long = "pool", value_name = "KIND=N")]
    pub pools: Vec<String>,
    /// How to ask: mc, tf, short, cloze, or mixed (each item in one of the ways it supports).
    #[arg(long = "type", default_value = "mixed", value_name = "TYPE")]
    pub item_type: String,
    /// The same seed gives the same test. Default: a new one each time (printed).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// The title on every page.
    #[arg(long, default_value = "Test", value_name = "TITLE")]
    pub title: String,
    /// pdf, html or md. Default: from the extension of -o, else pdf.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// The test file to write (every version, each with its answer sheet).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Also write the answer key: FILE in the same format, and FILE with the extension .json for `quizgen grade`.
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// The key JSON that `quizgen print --key` wrote.
    #[arg(long, value_name = "KEY.json")]
    pub key: PathBuf,
    /// The responses: a header row, then one row per learner: learner, version, the answer to question 1, 2, …
    #[arg(value_name = "RESPONSES.csv")]
    pub responses: PathBuf,
    /// Write the report here instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write each learner's score as CSV to this file.
    #[arg(long, value_name = "FILE")]
    pub scores: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub bank: BankArg,
    #[command(flatten)]
    pub filter: Filter,
    /// text, or json for scripts.
    #[arg(long, default_value = "text", value_name = "FORMAT")]
    pub format: String,
}
