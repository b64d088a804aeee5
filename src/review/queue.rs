//! Which items a review walks through, and in what order.

use crate::bank::Item;

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

/// What the order needs of an item: whether it is wanted, and its confidence. Both the
/// bank's items and the light summaries read to open a large bank fast have it.
pub trait Queued {
    fn confidence(&self) -> f32;
}

impl Queued for Item {
    fn confidence(&self) -> f32 {
        self.confidence
    }
}

/// The places of the wanted items of `files` (each a file's items), in review order (ties
/// in bank order).
pub fn queue<T: Queued>(files: &[&[T]], wanted: impl Fn(&T) -> bool, order: Order) -> Vec<Place> {
    let mut places: Vec<(f32, Place)> = files
        .iter()
        .enumerate()
        .flat_map(|(f, items)| items.iter().enumerate().filter(|(_, it)| wanted(it)).map(move |(i, it)| (it.confidence(), (f, i))))
        .collect();
    if order == Order::Confidence {
        // a stable sort keeps bank order among equal confidences
        places.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    places.into_iter().map(|(_, p)| p).collect()
}
