//! Reading the CSV: what spreadsheets do to it is undone here. A UTF-8 byte-order mark
//! is dropped, CRLF line ends are read like LF (also inside cells), `;` is taken as the
//! separator when the header uses it (Excel in decimal-comma locales), columns are found
//! by their header name, and the export's formula guard (one leading `'`) is removed.

use super::RowError;
use crate::export::csv::{COLUMNS, unguard};

/// One data row, its cells in the order of `COLUMNS`, unguarded.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// as a spreadsheet numbers it: the header is row 1, the first item row 2
    pub number: usize,
    pub cells: Vec<String>,
}

impl Row {
    pub fn get(&self, column: &str) -> &str {
        let i = COLUMNS.iter().position(|c| *c == column).expect("a known column");
        &self.cells[i]
    }
}

/// The separator the header line uses: `;` if it has one and no comma.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.contains(';') && !header.contains(',') { b';' } else { b',' }
}

/// The rows of a CSV text and the problems of the rows that could not be read; a
/// header that does not fit is an error on its own (no row can be read without it).
pub fn rows(text: &str) -> Result<(Vec<Row>, Vec<RowError>), Vec<RowError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(separator(text)).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(vec![RowError { row: 1, column: None, problem: format!("not CSV: {e}") }]),
        None => return Err(vec![RowError { row: 1, column: None, problem: format!("the file is empty; the header must be: {}", COLUMNS.join(",")) }]),
    };
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let mut errors = Vec::new();
    let mut index = Vec::new();
    for col in COLUMNS {
        match names.iter().position(|n| *n == col) {
            Some(i) => index.push(i),
            None => errors.push(RowError { row: 1, column: Some(col), problem: "this column is missing from the header".into() }),
        }
    }
    for (i, n) in names.iter().enumerate() {
        if !COLUMNS.contains(n) {
            errors.push(RowError { row: 1, column: None, problem: format!("unknown column '{n}' (column {}); the columns are: {}", i + 1, COLUMNS.join(",")) });
        } else if names[..i].contains(n) {
            errors.push(RowError { row: 1, column: None, problem: format!("the column {n} appears twice") });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut rows = Vec::new();
    for (i, rec) in records.enumerate() {
        let number = i + 2;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(RowError { row: number, column: None, problem: format!("not CSV: {e}") });
                continue;
            }
        };
        // a row a spreadsheet left empty at the end
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rec.len() != names.len() {
            errors.push(RowError { row: number, column: None, problem: format!("{} cells, the header has {}", rec.len(), names.len()) });
            continue;
        }
        let cells = index.iter().map(|&j| unguard(&rec[j].replace("\r\n", "\n"))).collect();
        rows.push(Row { number, cells });
    }
    Ok((rows, errors))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::export::Exporter;
    use crate::export::ask::tests::item;
    use crate::export::csv::{Csv, split_list};

    const HEADER: &str = "id,source,line,kind,type,question,answer,distractor_1,distractor_2,distractor_3,accept,explanation,sentence,tags,status,confidence";

    #[test]
    fn bom_crlf_and_semicolons_are_read_like_the_export() {
        let plain = format!("{HEADER}\nq0123456789a,a.txt,1,date,mc,'=1+2,\"x\ny\",,,,,,,,approved,0.90\n");
        let excel = format!("\u{feff}{}", plain.replace(',', ";").replace('\n', "\r\n"));
        let (a, errors) = rows(&plain).unwrap();
        assert!(errors.is_empty());
        assert_eq!(a, rows(&excel).unwrap().0);
        assert_eq!(a[0].get("question"), "=1+2");
        assert_eq!(a[0].get("answer"), "x\ny");
        assert_eq!(a[0].number, 2);
    }

    #[test]
    fn a_missing_column_and_a_short_row_are_named() {
        let errs = rows("id,source\n").unwrap_err();
        assert_eq!(errs[0].to_string(), "row 1, column line: this column is missing from the header");
        let (_, errs) = rows(&format!("{HEADER}\nq0123456789a,a.txt\n")).unwrap();
        assert_eq!(errs[0].to_string(), "row 2: 2 cells, the header has 16");
    }

    proptest! {
        /// Whatever the text (formula starts, quotes, separators, line breaks, `|` and `\\`
        /// in lists), the export's cells read back as the bank's values. CR is left out:
        /// the reader takes CRLF inside a cell for a spreadsheet's line break.
        #[test]
        fn any_text_reads_back_as_it_was_written(
            question in "[^\r]*",
            answer in "[=+@'\t\n -]?[^\r]*",
            list in prop::collection::vec("[^\r]+", 0..4),
        ) {
            let mut it = item("q000000000000");
            it.question = question.clone();
            it.answer = answer.clone();
            it.accept = list.clone();
            it.tags = list.clone();
            let mut out = Vec::new();
            Csv.write(&[&it], None, &mut out).unwrap();
            let (rows, errors) = rows(&String::from_utf8(out).unwrap()).unwrap();
            prop_assert!(errors.is_empty());
            prop_assert_eq!(rows[0].get("question"), question.as_str());
            prop_assert_eq!(rows[0].get("answer"), answer.as_str());
            prop_assert_eq!(split_list(rows[0].get("accept")), list.clone());
            prop_assert_eq!(split_list(rows[0].get("tags")), list);
        }
    }
}
