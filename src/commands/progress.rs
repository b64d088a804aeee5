//! `quizgen list --status`: how far the review has come, per source file: items by
//! status and the share a reviewer has decided on.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::select::{Selection, load_bank};
use crate::bank::{Item, Status};
use crate::cli::{Filter, ListArgs, PROGRESS};

/// Whether the list asks for progress rather than items.
pub fn wanted(f: &Filter) -> bool {
    f.statuses.iter().any(|s| s == PROGRESS)
}

pub fn run(args: &ListArgs) -> Result<()> {
    if args.filter.statuses.len() > 1 {
        bail!("--status without a value shows the review progress of every status; give it alone, or give statuses to list their items");
    }
    let filter = Filter { statuses: Status::ALL.map(|s| s.as_str().to_string()).to_vec(), ..args.filter.clone() };
    let sel = Selection::from_filter(&filter)?;
    let files = load_bank(&args.bank.bank)?;
    let mut rows: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for it in files.iter().flat_map(|(_, b)| b.items.iter()).filter(|it| sel.matches(it)) {
        rows.entry(it.source.file.as_str()).or_default()[column(it)] += 1;
    }
    if rows.is_empty() {
        bail!("no item matches ({})", sel.describe());
    }
    print!("{}", table(&rows));
    Ok(())
}

/// The column of an item: its status, in `Status::ALL` order.
fn column(it: &Item) -> usize {
    Status::ALL.iter().position(|s| *s == it.status).unwrap_or(0)
}

fn table(rows: &BTreeMap<&str, [usize; 4]>) -> String {
    let width = rows.keys().map(|s| s.chars().count()).max().unwrap_or(0).max("source".len());
    let mut total = [0; 4];
    let mut out = String::new();
    let _ = writeln!(out, "{:<width$}  {:>5}  {:>9}  {:>8}  {:>6}  {:>8}  {:>8}", "source", "items", "to review", "approved", "edited", "rejected", "reviewed");
    for (source, counts) in rows {
        row(&mut out, source, counts, width);
        for (t, c) in total.iter_mut().zip(counts) {
            *t += c;
        }
    }
    if rows.len() > 1 {
        row(&mut out, "all", &total, width);
    }
    out
}

fn row(out: &mut String, source: &str, [generated, approved, edited, rejected]: &[usize; 4], width: usize) {
    let items = generated + approved + edited + rejected;
    let reviewed = (items - generated) * 100 / items.max(1);
    let _ = writeln!(out, "{source:<width$}  {items:>5}  {generated:>9}  {approved:>8}  {edited:>6}  {rejected:>8}  {:>8}", format!("{reviewed} %"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_source_and_a_total() {
        let rows = BTreeMap::from([("a.txt", [2, 1, 0, 1]), ("b.txt", [3, 0, 0, 0])]);
        assert_eq!(
            table(&rows),
            "source  items  to review  approved  edited  rejected  reviewed\n\
             a.txt       4          2         1       0         1      50 %\n\
             b.txt       3          3         0       0         0       0 %\n\
             all         7          5         1       0         1      28 %\n"
        );
    }
}
