//! `quizgen list` and `quizgen show`.

use anyhow::{Result, bail};

use super::select::{Selection, load_bank, selected};
use super::{lookup, progress};
use crate::cli::{ListArgs, ShowArgs};

pub fn run(args: ListArgs) -> Result<()> {
    if progress::wanted(&args.filter) {
        return progress::run(&args);
    }
    let sel = Selection::from_filter(&args.filter)?;
    let files = load_bank(&args.bank.bank)?;
    let items = selected(&files, &sel);
    if items.is_empty() {
        bail!("no item matches ({})", sel.describe());
    }
    let mut out = String::new();
    for it in &items {
        out.push_str(&format!(
            "{}  {:<10} {:<9} {:.2}  {}:{}  {} -> {}\n",
            it.id,
            it.kind.as_str(),
            it.status.as_str(),
            it.confidence,
            it.source.file,
            it.source.line,
            it.question,
            it.answer
        ));
    }
    print!("{out}");
    Ok(())
}

pub fn show(args: ShowArgs) -> Result<()> {
    let files = load_bank(&args.bank.bank)?;
    let (f, i) = lookup::find(&files, &args.id, &args.bank.bank)?;
    let it = &files[f].1.items[i];
    let mut out = String::new();
    out.push_str(&format!(
        "id:          {}\nkind:        {}\ntypes:       {}\nstatus:      {}\nconfidence:  {:.2}\n",
        it.id,
        it.kind.as_str(),
        it.types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", "),
        it.status.as_str(),
        it.confidence
    ));
    out.push_str(&format!("question:    {}\nanswer:      {}\n", it.question, it.answer));
    if !it.accept.is_empty() {
        out.push_str(&format!("also accept: {}\n", it.accept.join(" | ")));
    }
    if !it.distractors.is_empty() {
        out.push_str(&format!("distractors: {}\n", it.distractors.join(" | ")));
    }
    if !it.statement.is_empty() {
        out.push_str(&format!("true:        {}\nfalse:       {}\ncloze:       {}\n", it.statement, it.false_statement, it.cloze));
    }
    out.push_str(&format!("source:      {}:{}\nsentence:    {}\n", it.source.file, it.source.line, it.sentence));
    print!("{out}");
    Ok(())
}
