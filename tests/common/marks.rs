//! Shared by the test binaries: an item's sentence may carry " [referent]" marks where
//! its question names what a pronoun or "the treaty" stands for ("It [the Riverside
//! Museum] was opened …"); the source text and the gold keys hold it as written.

/// The sentence without its " [referent]" marks.
pub fn unmarked(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence;
    while let Some(start) = rest.find(" [") {
        let Some(len) = rest[start..].find(']') else { break };
        out.push_str(&rest[..start]);
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}
