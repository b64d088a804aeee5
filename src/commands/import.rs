//! `quizgen import FILE.csv`: the reviewed CSV back into the bank, under the bank's
//! lock; all changed bank files are written together, and only if every row is valid.

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};

use crate::bank::store::{self, Batch};
use crate::cli::ImportArgs;
use crate::import::{apply, read};

/// How many row problems are listed before the rest are only counted.
const SHOWN_ERRORS: usize = 20;

pub fn run(args: ImportArgs) -> Result<()> {
    let file = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).with_context(|| format!("reading {file}"))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            bail!("{file}: not valid UTF-8 at byte offset {at} (line {line}); save the file as CSV UTF-8");
        }
    };
    let dir = &args.bank.bank;
    // reading the bank missing is an error before the lock would create the directory
    store::bank_paths(dir)?;
    let lock = store::lock(dir)?;
    let files = store::read_dir(dir)?;
    // every problem of the file at once: rows that cannot be read, then what the rest would do
    let plan = read::rows(&text).and_then(|(rows, mut errors)| match apply::plan(files, &rows) {
        Ok(plan) if errors.is_empty() => Ok(plan),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            errors.sort_by_key(|e| e.row);
            Err(errors)
        }
    });
    let plan = plan.map_err(|errors| {
        let mut msg = format!("{file}: {} problem(s), nothing was imported:", errors.len());
        for e in errors.iter().take(SHOWN_ERRORS) {
            let _ = write!(msg, "\n  {file}: {e}");
        }
        if errors.len() > SHOWN_ERRORS {
            let _ = write!(msg, "\n  … and {} more", errors.len() - SHOWN_ERRORS);
        }
        anyhow::anyhow!(msg)
    })?;
    let mut batch = Batch::new(&lock);
    for (path, bank) in &plan.files {
        batch.stage(path, bank)?;
    }
    batch.commit()?;
    print!("{}", summary(&file, &dir.display().to_string(), &plan.report));
    Ok(())
}

fn summary(file: &str, dir: &str, r: &apply::Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{file} -> {dir}: {} edited, {} status changed, {} new, {} unchanged", r.edited.len(), r.status.len(), r.added.len(), r.unchanged);
    for id in &r.edited {
        let _ = writeln!(out, "  edited {id}");
    }
    for (id, s) in &r.status {
        let _ = writeln!(out, "  {} {id}", s.as_str());
    }
    for (row, id) in &r.added {
        let _ = writeln!(out, "  new {id} (row {row})");
    }
    for e in &r.ignored {
        let _ = writeln!(out, "  ignored {e}");
    }
    if !r.missing.is_empty() {
        let _ = writeln!(out, "  {} item(s) of the bank are not in the file; they were kept as they are (set status rejected to drop one):", r.missing.len());
        for it in &r.missing {
            let _ = writeln!(out, "    {} {}:{} {}", it.id, it.source.file, it.source.line, it.question);
        }
    }
    if r.missing_rejected > 0 {
        let _ = writeln!(out, "  {} rejected item(s) are not in the file (a default export leaves them out); kept as they are", r.missing_rejected);
    }
    out
}
