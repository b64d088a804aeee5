//! The question bank: `<dir>/<source-stem>.json`, one file per source text.

pub mod id;
pub mod merge;
pub mod model;
pub mod store;

pub use model::{BankFile, Item, ItemType, SourceRef, Status};
pub use store::BankError;
