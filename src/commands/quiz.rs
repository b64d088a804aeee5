//! `quizgen quiz` and `quizgen stats`.

use std::fs::File;
use std::io::{BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use super::Interrupted;
use super::select::{Selection, load_bank, selected};
use crate::bank::Item;
use crate::cli::{QuizArgs, StatsArgs};
use crate::quiz::history::{self, HistoryFile, Record};
use crate::quiz::plan::{TypeChoice, plan};
use crate::quiz::session::{Clock, Prompter, Session, Stop, SystemClock};
use crate::quiz::{civil, lines, schedule, score, stats as summary, terminal};

pub fn run(args: QuizArgs) -> Result<()> {
    let sel = Selection::from_filter(&args.filter)?;
    let Some(types) = TypeChoice::parse(&args.item_type) else {
        bail!("unknown --type '{}'; use mc, tf, short, cloze or mixed", args.item_type);
    };
    if args.count == 0 {
        bail!("--count must be at least 1");
    }
    if args.time_limit == Some(0) {
        bail!("--time-limit must be at least 1 second");
    }
    let answers = match &args.answers {
        Some(p) => Some(File::open(p).with_context(|| format!("cannot read the answers file {}", p.display()))?),
        None => None,
    };
    let files = load_bank(&args.bank.bank)?;
    let items = selected(&files, &sel);
    if items.is_empty() {
        bail!("no item of {} matches ({})", args.bank.bank.display(), sel.describe());
    }
    let history_path = history::default_path();
    let clock = SystemClock;
    let (pool, keep_order) = pool(&args, &items, history_path.as_ref(), clock.unix_ms())?;
    let seed = args.seed.unwrap_or_else(rand::random);
    let questions = plan(&pool, args.count, types, seed, keep_order);
    if questions.is_empty() {
        bail!("none of the {} matching items can be asked as --type {}", pool.len(), args.item_type);
    }

    let fewer = if questions.len() < args.count { format!(" (only {} match)", questions.len()) } else { String::new() };
    println!(
        "Quiz: {} question{}{fewer} from {} (seed {seed}: `--seed {seed}` asks the same again)",
        questions.len(),
        if questions.len() == 1 { "" } else { "s" },
        args.bank.bank.display()
    );
    if let Some(t) = args.time_limit {
        println!("Time limit: {}", crate::quiz::session::clock_text(Duration::from_secs(t)));
    }
    let mut prompter = prompter(answers);
    let mut sink: Box<dyn history::HistorySink> = match &history_path {
        Some(p) => Box::new(HistoryFile::new(p.clone())),
        None => {
            eprintln!("warning: no home directory for the quiz history; set QUIZGEN_HOME to keep your answers");
            Box::new(Vec::<Record>::new())
        }
    };
    let mut out = std::io::stdout();
    let report = Session {
        prompter: prompter.as_mut(),
        out: &mut out,
        history: sink.as_mut(),
        clock: &clock,
        time_limit: args.time_limit.map(Duration::from_secs),
        session_id: format!("{:016x}", rand::random::<u64>()),
    }
    .run(&questions);
    drop(prompter);
    print!("{}", score::render(&report));
    if let Some(p) = &history_path
        && !report.outcomes.is_empty()
    {
        println!("Answers saved in {}", p.display());
    }
    let _ = out.flush();
    match report.stop {
        Some(Stop::Interrupted | Stop::InputEnded) => Err(Interrupted.into()),
        Some(Stop::TimeUp) | None => Ok(()),
    }
}

/// The items to draw from, and whether their order is already the order to ask them in.
fn pool<'a>(args: &QuizArgs, items: &[&'a Item], history_path: Option<&PathBuf>, now: u64) -> Result<(Vec<&'a Item>, bool)> {
    if !args.retry_missed && !args.review {
        return Ok((items.to_vec(), false));
    }
    let Some(path) = history_path else { bail!("no quiz history to read: set QUIZGEN_HOME") };
    let records = read_history(path)?;
    if args.retry_missed {
        let missed = schedule::missed(items, &records);
        if missed.is_empty() {
            bail!("nothing to retry: no item of this selection was last answered wrong (history: {})", path.display());
        }
        return Ok((missed, false));
    }
    let due = schedule::due(items, &records, now);
    if due.is_empty() {
        let next = schedule::next_due(items, &records, now).map(|t| format!("; the next is due {}", civil::date_time(t))).unwrap_or_default();
        bail!("nothing is due for review{next}");
    }
    Ok((due, true))
}

fn read_history(path: &std::path::Path) -> Result<Vec<Record>> {
    let (records, warnings) = history::read(path).with_context(|| format!("cannot read the quiz history {}", path.display()))?;
    for w in warnings {
        eprintln!("warning: {w}");
    }
    Ok(records)
}

/// inquire in a terminal; plain lines from a file or a pipe. Ctrl-C reaches either as an event.
fn prompter(answers: Option<File>) -> Box<dyn Prompter> {
    let stdin = std::io::stdin();
    let interactive = answers.is_none() && stdin.is_terminal() && std::io::stdout().is_terminal();
    if interactive {
        let (p, tx) = terminal::TerminalPrompter::new();
        on_ctrl_c(move || {
            let _ = tx.send(terminal::Event::Interrupt);
        });
        return Box::new(p);
    }
    let (p, tx) = match answers {
        Some(f) => lines::LinePrompter::new(Box::new(BufReader::new(f)) as Box<dyn std::io::BufRead + Send>, std::io::stdout(), true),
        None => {
            let echo = !stdin.is_terminal();
            lines::LinePrompter::new(Box::new(BufReader::new(stdin)) as Box<dyn std::io::BufRead + Send>, std::io::stdout(), echo)
        }
    };
    on_ctrl_c(move || {
        let _ = tx.send(lines::Event::Interrupt);
    });
    Box::new(p)
}

fn on_ctrl_c(f: impl FnMut() + Send + 'static) {
    if let Err(e) = ctrlc::set_handler(f) {
        eprintln!("warning: Ctrl-C will end the quiz without a score ({e})");
    }
}

pub fn stats(args: StatsArgs) -> Result<()> {
    let Some(path) = history::default_path() else { bail!("no quiz history to read: set QUIZGEN_HOME") };
    let records = read_history(&path)?;
    println!("History: {}", path.display());
    print!("{}", summary::render(&records, args.sessions, args.items));
    Ok(())
}
