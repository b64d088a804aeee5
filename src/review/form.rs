//! The edit form: an item's four editable fields asked one by one through any
//! `Prompter`, lists as one line separated by `|`.

use super::draft::{Draft, fitting_accepts};
use super::prompt::{Halt, Prompter};

/// What separates the entries of a list field.
const SEPARATOR: char = '|';

/// Ask for a draft prefilled with `draft`, after saying why the last one was refused.
/// `None`: the reviewer gave up the edit.
pub fn ask(p: &mut dyn Prompter, draft: &Draft, problem: Option<&str>) -> Result<Option<Draft>, Halt> {
    if let Some(problem) = problem {
        p.show(&format!("  not saved: {problem}"))?;
    }
    let Some(question) = p.field("question", &draft.question)? else { return Ok(None) };
    let Some(answer) = p.field("answer", &draft.answer)? else { return Ok(None) };
    // variants of the old answer ("in 1949") would count a wrong answer as right
    let accept = if answer.trim() == draft.answer { draft.accept.clone() } else { fitting_accepts(&draft.accept, &answer) };
    let Some(distractors) = p.field("distractors (separated by |)", &join(&draft.distractors))? else { return Ok(None) };
    let Some(accept) = p.field("also accept (separated by |)", &join(&accept))? else { return Ok(None) };
    Ok(Some(Draft { question, answer, distractors: split(&distractors), accept: split(&accept) }))
}

fn join(list: &[String]) -> String {
    list.join(" | ")
}

/// The entries of a list field, trimmed, empty ones dropped.
pub fn split(s: &str) -> Vec<String> {
    s.split(SEPARATOR).map(str::trim).filter(|e| !e.is_empty()).map(String::from).collect()
}
