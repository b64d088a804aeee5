//! `quizgen generate`: texts in, bank files out, and a summary of what changed.

use std::fmt::Write as _;

use anyhow::Result;

use crate::cli::GenerateArgs;
use crate::generate::{generate_files, write_bank};
use crate::text::read::collect_files;

pub fn run(args: GenerateArgs) -> Result<()> {
    let files = collect_files(&args.inputs)?;
    let generated = generate_files(&files)?;
    let rejected: usize = generated.rejected.values().sum();
    let rejected_detail: Vec<String> = generated.rejected.iter().map(|(r, n)| format!("{} {n}", r.as_str())).collect();
    let sentences = generated.sentences;
    let written = write_bank(&args.bank.bank, generated)?;
    let total: usize = written.per_kind.values().sum();
    let mut out = String::new();
    writeln!(out, "{total} items from {} file(s), {sentences} sentences, in {}", files.len(), args.bank.bank.display())?;
    let kinds: Vec<String> = written.per_kind.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
    writeln!(out, "  by kind: {}", if kinds.is_empty() { "none".to_string() } else { kinds.join(", ") })?;
    writeln!(
        out,
        "  rejected by the quality gate: {rejected}{}",
        if rejected_detail.is_empty() { String::new() } else { format!(" ({})", rejected_detail.join(", ")) }
    )?;
    let kept: usize = written.reports.iter().map(|(_, _, r, _)| r.kept_reviewed).sum();
    writeln!(out, "  kept as reviewed (approved, edited or rejected, left as they were): {kept}")?;
    for (src, path, r, n) in &written.reports {
        writeln!(
            out,
            "  {src} -> {}: {n} items ({} new, {} unchanged, {} kept as reviewed, {} vanished)",
            path.display(),
            r.added,
            r.unchanged,
            r.kept_reviewed,
            r.vanished.len()
        )?;
        for v in &r.vanished {
            writeln!(out, "      vanished {} (line {}): {}", v.id, v.source.line, v.question)?;
        }
    }
    print!("{out}");
    Ok(())
}
