//! `quizgen edit`: one item changed from the command line, with the same checks as an
//! edit in `quizgen review`; with no change given, the item printed as JSON.

use anyhow::{Context, Result, anyhow, bail};

use super::lookup;
use super::review::lock_existing;
use super::select::load_bank;
use crate::bank::{Item, Status, store};
use crate::cli::EditArgs;
use crate::review::draft::{self, Draft, fitting_accepts};
use crate::review::form::split;

pub fn run(args: EditArgs) -> Result<()> {
    let dir = args.bank.bank.as_path();
    let content = args.question.is_some() || args.answer.is_some() || args.distractors.is_some() || args.accept.is_some();
    if !content && args.status.is_none() {
        // reading needs no lock: a review may be running
        let files = load_bank(dir)?;
        let (f, i) = lookup::find(&files, &args.id, dir)?;
        println!("{}", serde_json::to_string_pretty(&files[f].1.items[i])?);
        return Ok(());
    }
    if content && args.status.is_some() {
        bail!("--status cannot be combined with a change of question, answer, distractors or accepted answers: a changed item is saved as edited");
    }
    let lock = lock_existing(dir)?;
    let mut files = load_bank(dir)?;
    let (f, i) = lookup::find(&files, &args.id, dir)?;
    let item = &files[f].1.items[i];
    let (new, said) = match &args.status {
        Some(s) => {
            let status = Status::parse(s).with_context(|| format!("unknown status '{s}'"))?;
            (Item { status, ..item.clone() }, format!("{}: {} -> {}", item.id, item.status.as_str(), status.as_str()))
        }
        None => changed(item, &args)?,
    };
    files[f].1.items[i] = new;
    let (path, bank) = &files[f];
    store::write_file(&lock, path, bank).with_context(|| format!("writing {}", path.display()))?;
    println!("{said}");
    Ok(())
}

/// The item with the options' content, and what to say about it.
fn changed(item: &Item, args: &EditArgs) -> Result<(Item, String)> {
    let mut d = Draft::of(item);
    if let Some(q) = &args.question {
        d.question = q.clone();
    }
    if let Some(a) = &args.answer {
        d.answer = a.clone();
        // variants of the old answer ("in 1949") would count a wrong answer as right
        d.accept = fitting_accepts(&item.accept, a);
    }
    // each value may itself be a `|`-separated list, as in the review's edit form
    if let Some(ds) = &args.distractors {
        d.distractors = ds.iter().flat_map(|v| split(v)).collect();
    }
    if let Some(vs) = &args.accept {
        d.accept = vs.iter().flat_map(|v| split(v)).collect();
    }
    let (new, applied) = draft::apply(item, d).map_err(|e| anyhow!("{}: {e}; the item was left as it was", item.id))?;
    if applied.changed.is_empty() {
        return Ok((new, format!("{}: nothing changed", item.id)));
    }
    let mut said =
        format!("{}: edited ({}); types: {}", item.id, applied.changed.join(", "), new.types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", "));
    if applied.dropped_statement {
        said.push_str("\n  true/false and cloze dropped: the new question and answer may not fit the sentence's statement");
    }
    Ok((new, said))
}
