//! Export formats, one module each behind one trait. The formats that ask questions
//! (gift, moodle-xml, anki, qti-text, kahoot) share `ask`, which decides how an item is
//! put to a learner; `csv` and `json` write the bank's items as they are; `html` is a
//! whole quiz in one page, planned like the terminal quiz.

pub mod anki;
pub mod ask;
pub mod csv;
pub mod gift;
pub mod html;
pub mod json;
pub mod kahoot;
pub mod markup;
pub mod moodle_xml;
pub mod qti_text;

use std::io::Write;

use anyhow::Result;

use crate::bank::{Item, ItemType};

/// An item a format could not hold, and why (reported to the user, never silent).
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub id: String,
    pub reason: String,
}

/// A format the bank can be written in.
pub trait Exporter {
    /// The name users pass to `--format`.
    fn name(&self) -> &'static str;
    /// Whether the output is binary (not for a terminal).
    fn binary(&self) -> bool {
        false
    }
    /// Write the items (already filtered and in bank order), each asked as `as_type`
    /// where given, else as its preferred type; return the items left out.
    fn write(&self, items: &[&Item], as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>>;
    /// What was written, for the line the command prints after writing a file.
    fn summary(&self, items: &[&Item], skipped: usize) -> String {
        format!("{} items", items.len() - skipped)
    }
}

/// Every format, in the order `--help` lists them.
pub fn formats() -> Vec<Box<dyn Exporter>> {
    vec![
        Box::new(csv::Csv),
        Box::new(json::Json),
        Box::new(gift::Gift),
        Box::new(moodle_xml::MoodleXml),
        Box::new(anki::Anki),
        Box::new(qti_text::QtiText),
        Box::new(kahoot::Kahoot),
        Box::new(html::Html::with_defaults()),
    ]
}

pub fn by_name(name: &str) -> Result<Box<dyn Exporter>> {
    formats().into_iter().find(|f| f.name() == name).ok_or_else(|| {
        let known: Vec<&str> = formats().iter().map(|f| f.name()).collect();
        anyhow::anyhow!("unknown export format '{name}'; known formats: {}", known.join(", "))
    })
}
