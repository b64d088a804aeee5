use super::Fact; use crate::text::Sentence; pub fn extract(_s: &Sentence, _out: &mut Vec<Fact>) {}
