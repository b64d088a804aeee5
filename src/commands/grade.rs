//! `quizgen grade`: score a class's responses against a printed test's key and analyse the items.

use std::io::Write;

use anyhow::{Result, bail};

use super::output;
use crate::cli::GradeArgs;
use crate::grade::{analyse, report, responses};
use crate::print::key;

pub fn run(args: GradeArgs) -> Result<()> {
    for out in [&args.output, &args.scores].into_iter().flatten() {
        output::check_writable(out)?;
    }
    if args.output.is_some() && args.output == args.scores {
        bail!("the report and the scores would both be written to {}", args.scores.as_ref().map(|p| p.display().to_string()).unwrap_or_default());
    }
    let key = key::read(&args.key)?;
    let sheets = responses::read(&args.responses, &key)?;
    let analysis = analyse(&key, sheets);
    let text = report::render(&analysis, &args.key.display().to_string(), &args.responses.display().to_string());
    if let Some(path) = &args.scores {
        output::write(path, &report::scores_csv(&analysis))?;
        eprintln!("scores of {} learners -> {}", analysis.sheets.len(), path.display());
    }
    match &args.output {
        Some(path) => {
            output::write(path, text.as_bytes())?;
            eprintln!("report -> {}", path.display());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush())
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                return Err(e.into());
            }
        }
    }
    Ok(())
}
