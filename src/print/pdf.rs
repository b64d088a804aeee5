//! PDF through typst used as a library. The template (`template.typ`, built into the binary)
//! gets the layout as one JSON text in `sys.inputs`, so no question is ever read as typst
//! markup; the fonts are the ones the `typst-assets` crate carries, built into the binary
//! and embedded in every PDF, so the test prints the same on any machine.

use thiserror::Error;
use typst::foundations::{Bytes, Dict, IntoValue};
use typst::text::Font;
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use super::Layout;

const TEMPLATE: &str = include_str!("template.typ");

/// The families the template asks for: the others typst-assets carries are not loaded.
const FAMILIES: [&str; 2] = ["Libertinus Serif", "DejaVu Sans Mono"];

/// typst rejected the template or could not write the PDF: a fault of quizgen, not of the
/// bank, since the bank's text reaches typst only as data.
#[derive(Debug, Error)]
#[error("the PDF could not be made (typst: {0}); please report this")]
pub struct PdfError(String);

pub fn render(layout: &Layout) -> Result<Vec<u8>, PdfError> {
    let fonts: Vec<Font> =
        typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).filter(|f| FAMILIES.contains(&f.info().family.as_str())).collect();
    let engine = TypstEngine::builder().main_file(TEMPLATE).fonts(fonts).build();
    let mut inputs = Dict::new();
    let json = serde_json::to_string(layout).expect("a layout serializes");
    inputs.insert("data".into(), json.into_value());
    let doc: PagedDocument = engine.compile_with_input(inputs).output.map_err(|e| PdfError(e.to_string()))?;
    // no creation date: the same seed gives the same bytes
    let options = typst_pdf::PdfOptions::default();
    typst_pdf::pdf(&doc, &options).map_err(|e| PdfError(format!("{e:?}")))
}
