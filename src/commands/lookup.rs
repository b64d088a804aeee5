//! Finding an item of a loaded bank by its id, with the nearest ids when there is none.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::bank::BankFile;

/// The place (file index, item index) of the item with `id`. An unknown id is an error
/// that lists the ids sharing the longest beginning with it (a typo, a cut-off copy).
pub fn find(files: &[(PathBuf, BankFile)], id: &str, dir: &Path) -> Result<(usize, usize)> {
    for (f, (_, bank)) in files.iter().enumerate() {
        if let Some(i) = bank.items.iter().position(|it| it.id == id) {
            return Ok((f, i));
        }
    }
    let mut near: Vec<(usize, &str)> =
        files.iter().flat_map(|(_, b)| b.items.iter()).map(|it| (common_prefix(&it.id, id), it.id.as_str())).filter(|(n, _)| *n >= 3).collect();
    near.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    near.truncate(5);
    if near.is_empty() {
        bail!("no item with id {id} in {}", dir.display());
    }
    bail!("no item with id {id} in {}; nearest ids: {}", dir.display(), near.iter().map(|(_, id)| *id).collect::<Vec<_>>().join(", "));
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}
