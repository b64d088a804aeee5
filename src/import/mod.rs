//! `quizgen import`: a CSV bank that a reviewer edited in a spreadsheet, read back.
//! `read` turns the file into rows (every cell checked, errors naming row and column);
//! `apply` matches the rows to the bank's items and works out the new bank files. Both
//! run before anything is written, so one bad row leaves the bank as it was.

pub mod apply;
pub mod read;

use std::fmt;

/// A problem with one cell (or, with no column, one row) of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// the row as a spreadsheet numbers it: the header is row 1
    pub row: usize,
    pub column: Option<&'static str>,
    pub problem: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(f, "row {}, column {c}: {}", self.row, self.problem),
            None => write!(f, "row {}: {}", self.row, self.problem),
        }
    }
}
