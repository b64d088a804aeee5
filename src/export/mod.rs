//! Export formats, one module each behind one trait.

pub mod csv;
pub mod html;
pub mod json;

use std::io::Write;

use anyhow::Result;

use crate::bank::Item;

/// A format the bank can be written in.
pub trait Exporter {
    /// The name users pass to `--format`.
    fn name(&self) -> &'static str;
    /// Write the items (already filtered and in bank order).
    fn write(&self, items: &[&Item], out: &mut dyn Write) -> Result<()>;
    /// What was written, for the line the command prints after writing a file.
    fn summary(&self, items: &[&Item]) -> String {
        format!("{} items", items.len())
    }
}

/// Every format, in the order `--help` lists them.
pub fn formats() -> Vec<Box<dyn Exporter>> {
    vec![Box::new(csv::Csv), Box::new(json::Json), Box::new(html::Html::with_defaults())]
}

pub fn by_name(name: &str) -> Result<Box<dyn Exporter>> {
    formats().into_iter().find(|f| f.name() == name).ok_or_else(|| {
        let known: Vec<&str> = formats().iter().map(|f| f.name()).collect();
        anyhow::anyhow!("unknown export format '{name}'; known formats: {}", known.join(", "))
    })
}
