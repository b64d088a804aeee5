//! Which items a review walks through, and in what order.

use std::path::PathBuf;

use crate::bank::{BankFile, Item};

/// An item's place in the loaded bank: (file index, item index). Items keep their places
/// for the whole review, since a decision never adds, removes or moves an item.
pub type Place = (usize, usize);

/// The order of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// lowest confidence first, so the doubtful items are seen while attention is fresh
    Confidence,
    /// file by file, in text order
    Source,
}

impl Order {
    pub fn parse(s: &str) -> Option<Order> {
        match s {
            "confidence" => Some(Order::Confidence),
            "source" => Some(Order::Source),
            _ => None,
        }
    }
}

/// The places of the wanted items, in review order (ties in bank order).
pub fn queue(files: &[(PathBuf, BankFile)], wanted: impl Fn(&Item) -> bool, order: Order) -> Vec<Place> {
    let mut places: Vec<Place> =
        files.iter().enumerate().flat_map(|(f, (_, b))| b.items.iter().enumerate().filter(|(_, it)| wanted(it)).map(move |(i, _)| (f, i))).collect();
    if order == Order::Confidence {
        // a stable sort keeps bank order among equal confidences
        places.sort_by(|a, b| files[a.0].1.items[a.1].confidence.total_cmp(&files[b.0].1.items[b.1].confidence));
    }
    places
}
