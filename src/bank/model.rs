//! The bank's data: one file per source text, holding its items.

use serde::{Deserialize, Serialize};

use crate::extract::Kind;

/// Version of the bank file format.
pub const FORMAT: u32 = 1;

/// How an item can be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemType {
    /// multiple choice
    Mc,
    /// true/false
    Tf,
    /// short answer, typed in
    Short,
    /// the statement with a blank
    Cloze,
}

impl ItemType {
    pub const ALL: [ItemType; 4] = [ItemType::Mc, ItemType::Tf, ItemType::Short, ItemType::Cloze];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemType::Mc => "mc",
            ItemType::Tf => "tf",
            ItemType::Short => "short",
            ItemType::Cloze => "cloze",
        }
    }

    pub fn parse(s: &str) -> Option<ItemType> {
        ItemType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Where an item was reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Generated,
    Approved,
    Edited,
    Rejected,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Generated, Status::Approved, Status::Edited, Status::Rejected];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Generated => "generated",
            Status::Approved => "approved",
            Status::Edited => "edited",
            Status::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// A reviewer has decided on the item: regeneration leaves it as it is.
    pub fn is_reviewed(self) -> bool {
        self != Status::Generated
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
}

/// One question of the bank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub kind: Kind,
    /// the preferred way to ask it
    #[serde(rename = "type")]
    pub item_type: ItemType,
    /// every way it can be asked
    pub types: Vec<ItemType>,
    pub question: String,
    pub answer: String,
    pub accept: Vec<String>,
    pub distractors: Vec<String>,
    /// a true statement of the fact (for true/false)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub statement: String,
    /// the same statement made false with a distractor (for true/false)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub false_statement: String,
    /// the statement with the answer blanked out as "_____" (for cloze)
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cloze: String,
    pub explanation: String,
    pub source: SourceRef,
    pub sentence: String,
    pub tags: Vec<String>,
    pub status: Status,
    pub confidence: f32,
}

/// The blank that stands for the answer in a cloze.
pub const BLANK: &str = "_____";

/// One bank file: the items of one source text, sorted by source line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankFile {
    pub format: u32,
    pub source: String,
    pub items: Vec<Item>,
}

impl BankFile {
    pub fn new(source: String, mut items: Vec<Item>) -> BankFile {
        sort_items(&mut items);
        BankFile { format: FORMAT, source, items }
    }
}

pub fn sort_items(items: &mut [Item]) {
    items.sort_by(|a, b| a.source.line.cmp(&b.source.line).then_with(|| a.id.cmp(&b.id)));
}
