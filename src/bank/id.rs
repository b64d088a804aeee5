//! Stable item ids: a content hash of kind, normalized sentence and answer, written as
//! "q" + 11 hex digits so a spreadsheet never reads it as a number.

use crate::extract::Kind;

/// Feed the text to the hasher lower-cased, with ’ as ' and runs of white space as one
/// space, without building the normalized string.
fn hash_normalized(h: &mut blake3::Hasher, s: &str) {
    let mut first = true;
    let mut buf = [0u8; 4];
    for w in s.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        first = false;
        if w.is_ascii() {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                h.update(w.to_ascii_lowercase().as_bytes());
            } else {
                h.update(w.as_bytes());
            }
            continue;
        }
        for c in w.chars() {
            if c == '’' {
                h.update(b"'");
            } else {
                for l in c.to_lowercase() {
                    h.update(l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
    }
}

pub fn item_id(kind: Kind, sentence: &str, answer: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(kind.as_str().as_bytes());
    h.update(b"\x1f");
    hash_normalized(&mut h, sentence);
    h.update(b"\x1f");
    hash_normalized(&mut h, answer);
    let hex = h.finalize().to_hex();
    format!("q{}", &hex[..11])
}

/// A seed for the item's own randomness (distractor choice), from its id.
pub fn seed_of(id: &str) -> u64 {
    u64::from_str_radix(id.trim_start_matches('q'), 16).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_spreadsheet_safe() {
        let a = item_id(Kind::Date, "NATO was formed in 1949.", "1949");
        assert_eq!(a, item_id(Kind::Date, "NATO  was formed in 1949.", "1949"));
        assert_ne!(a, item_id(Kind::Location, "NATO was formed in 1949.", "1949"));
        assert_eq!(a.len(), 12);
        assert!(a.starts_with('q') && a[1..].chars().all(|c| c.is_ascii_hexdigit() && !c.is_uppercase()));
    }
}
