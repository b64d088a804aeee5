//! All selected items as one pretty-printed JSON array (the bank's item shape).

use std::io::Write;

use anyhow::Result;

use super::Exporter;
use super::Skipped;
use crate::bank::{Item, ItemType};

pub struct Json;

impl Exporter for Json {
    fn name(&self) -> &'static str {
        "json"
    }

    fn write(&self, items: &[&Item], _as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        serde_json::to_writer_pretty(&mut *out, items)?;
        out.write_all(b"\n")?;
        Ok(vec![])
    }
}
