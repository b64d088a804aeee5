//! "the canal" after "the Panama Canal": a definite description whose noun is the head
//! of exactly one name the document has already used refers to that name. Anything
//! less certain (two canals, or none yet) stays unresolved, and the gate then rejects
//! the question as not self-contained.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use super::grammar::{is_capitalized, named_np_at};
use crate::text::Sentence;
use crate::text::words::is_anaphoric_noun;

#[derive(Debug, Default, Clone)]
pub struct Entities {
    /// (head noun in lower case, name as it reads inside a sentence, first line)
    names: Vec<(String, String, usize)>,
    /// the name in the text's title line ("The Panama Canal"): what the text is about
    topic: Option<(String, String)>,
    /// (short name, the one full name it begins), worked out on first use
    shorts: std::sync::OnceLock<Vec<(String, String)>>,
}

/// The head of a name: the word before "of"/"for"/"in", else the last word.
fn head(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    let cut = words.iter().position(|w| matches!(*w, "of" | "for" | "in" | "on")).unwrap_or(words.len());
    words[..cut].last().copied().unwrap_or("")
}

impl Entities {
    pub fn learn(sentences: &[Sentence]) -> Entities {
        let mut names: Vec<(String, String, usize)> = Vec::new();
        for s in sentences {
            let mut i = s.body;
            while i < s.len() {
                match named_np_at(s, i) {
                    Some((a, b)) if b > a + 1 || s.is(a, "the") => {
                        let text = s.span(a, b);
                        let text = match text.strip_prefix("The ") {
                            Some(r) => format!("the {r}"),
                            None => text.to_string(),
                        };
                        let h = head(&text);
                        if is_capitalized(h) && !names.iter().any(|(_, n, _)| *n == text) {
                            names.push((h.to_lowercase(), text, s.line));
                        }
                        i = b;
                    }
                    _ => i += 1,
                }
            }
        }
        Entities { names, topic: None, shorts: std::sync::OnceLock::new() }
    }

    /// Take the document's title line as its topic when it is a name ("The Panama Canal",
    /// "European Space Agency (ESA) - Study Guide"): "the canal" then means the Panama Canal
    /// even where another canal is mentioned in passing.
    pub fn with_title(mut self, title: &str) -> Entities {
        if self.topic.is_some() {
            return self;
        }
        let title = title.split(" - ").next().unwrap_or(title).trim();
        let s = Sentence::new(0, 1, title.to_string(), false);
        if let Some((a, b)) = named_np_at(&s, 0) {
            let only_name = b == s.len() || s.is(b, "(") && s.is(s.len() - 1, ")");
            if only_name {
                let text = s.span(a, b);
                let text = match text.strip_prefix("The ") {
                    Some(r) => format!("the {r}"),
                    None => text.to_string(),
                };
                let h = head(&text).to_lowercase();
                self.topic = Some((h, text));
            }
        }
        self
    }

    /// The one name with this head noun used by `line`, if there is exactly one.
    pub fn resolve(&self, noun: &str, line: usize) -> Option<&str> {
        let noun = noun.to_lowercase();
        if let Some((h, name)) = &self.topic
            && *h == noun
        {
            return Some(name.as_str());
        }
        let mut found = self.names.iter().filter(|(h, _, l)| *h == noun && *l <= line);
        let first = found.next()?;
        // "the Panama Canal" and "Panama Canal" are one name; two different ones are not
        let same = |n: &str| n.trim_start_matches("the ") == first.1.trim_start_matches("the ");
        if found.all(|(_, n, _)| same(n)) && self.names.iter().filter(|(h, n, _)| *h == noun && !same(n)).count() == 0 { Some(first.1.as_str()) } else { None }
    }
}

impl Entities {
    /// "the International Federation" after "the International Federation of Red Cross and
    /// Red Crescent Societies": a shortened name that the text uses on its own, and that only
    /// one longer name of the text begins with, stands for that longer name. Computed once.
    fn short_names(&self) -> &[(String, String)] {
        self.shorts.get_or_init(|| {
            let bare: Vec<&str> = self.names.iter().map(|(_, n, _)| n.trim_start_matches("the ")).collect();
            let used: std::collections::HashSet<&str> = bare.iter().copied().collect();
            // where each name is first used: a shortening comes after the full name ("the
            // Nordic Council" before "the Nordic Council of Ministers" is a body of its own)
            let first_line = |name: &str| self.names.iter().find(|(_, n, _)| n.trim_start_matches("the ") == name).map(|(_, _, l)| *l);
            let topic = self.topic.as_ref().map(|(_, t)| t.trim_start_matches("the "));
            let mut longer: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
            for full in &bare {
                for sep in [" of ", " for "] {
                    if let Some(cut) = full.find(sep) {
                        let short = &full[..cut];
                        let after_full = first_line(full) <= first_line(short);
                        if short.split_whitespace().count() >= 2 && used.contains(short) && after_full && topic != Some(short) {
                            longer.entry(short).or_default().insert(full);
                        }
                    }
                }
            }
            let mut out: Vec<(String, String)> =
                longer.into_iter().filter(|(_, l)| l.len() == 1).map(|(s, l)| (s.to_string(), l.into_iter().next().unwrap_or_default().to_string())).collect();
            out.sort();
            out
        })
    }

    pub fn expand_short_names<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = Cow::Borrowed(text);
        for (short, full) in self.short_names() {
            if out.contains(full.as_str()) {
                continue;
            }
            if let Some(pos) = out.find(short.as_str()) {
                let after = &out[pos + short.len()..];
                let boundary = after.chars().next().is_none_or(|c| !c.is_alphanumeric()) && !after.starts_with(" of ") && !after.starts_with(" for ");
                let before_ok = pos == 0 || out[..pos].ends_with(' ');
                if boundary && before_ok {
                    out = Cow::Owned(format!("{}{}{}", &out[..pos], full, after));
                }
            }
        }
        out
    }
}

/// Expand shortened names in a question or statement (see `Entities::expand_short_names`).
pub fn expand_short_names(text: &str) -> Cow<'_, str> {
    CURRENT.with(|c| c.borrow().as_ref().map_or(Cow::Borrowed(text), |e| e.expand_short_names(text)))
}

thread_local! {
    static CURRENT: RefCell<Option<Entities>> = const { RefCell::new(None) };
}

/// `sentence` with each "the NOUN" or shortened name that the document reads as a full
/// name marked with that name, where `used` (a question with its answer) names it: "The
/// treaty [the Treaty of Rome] introduced …". A learner or rater who sees only the
/// sentence can then check what the question asks about.
pub fn mark_resolved(sentence: &str, line: usize, used: &str) -> String {
    CURRENT.with(|c| match c.borrow().as_ref() {
        Some(e) => e.mark_resolved(sentence, line, used),
        None => sentence.to_string(),
    })
}

impl Entities {
    fn mark_resolved(&self, sentence: &str, line: usize, used: &str) -> String {
        let used = used.to_lowercase();
        let lower = sentence.to_lowercase();
        // a name is marked when the question uses it and the sentence does not spell it out
        let wanted = |name: &str| {
            let bare = name.trim_start_matches("the ").to_lowercase();
            used.contains(&bare) && !lower.contains(&bare)
        };
        let mut out = String::with_capacity(sentence.len() + 32);
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut marked: Vec<String> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(w);
            let prev_is_the = i > 0 && words[i - 1].eq_ignore_ascii_case("the");
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !prev_is_the || core.is_empty() {
                continue;
            }
            let noun = core.to_lowercase();
            if !is_anaphoric_noun(&noun) {
                continue;
            }
            if let Some(name) = self.resolve(&noun, line)
                && wanted(name)
                && !marked.iter().any(|m| m == name)
            {
                // the mark goes before the punctuation that closes the word: "the Protocol [the Montreal Protocol],"
                let tail = &w[core.len()..];
                out.truncate(out.len() - tail.len());
                out.push_str(&format!(" [{name}]{tail}"));
                marked.push(name.to_string());
            }
        }
        for (short, full) in self.short_names() {
            if wanted(full)
                && !marked.iter().any(|m| m.trim_start_matches("the ") == full.as_str())
                && let Some(pos) = out.find(short.as_str())
            {
                let end = pos + short.len();
                if out[end..].chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                    out.insert_str(end, &format!(" [{full}]"));
                }
            }
        }
        out
    }
}

pub fn with_entities<T>(e: Entities, f: impl FnOnce() -> T) -> T {
    CURRENT.with(|c| *c.borrow_mut() = Some(e));
    let out = f();
    CURRENT.with(|c| *c.borrow_mut() = None);
    out
}

/// Whether `name` is what the document's title names ("Simón Bolívar" in a text titled so).
pub fn is_topic(name: &str) -> bool {
    let bare = name.trim_start_matches("the ");
    CURRENT.with(|c| c.borrow().as_ref().and_then(|e| e.topic.as_ref()).is_some_and(|(_, t)| t.trim_start_matches("the ") == bare))
}

/// The name "the NOUN" stands for at `line`, if the document makes it certain.
pub fn resolve(noun: &str, line: usize) -> Option<String> {
    if !is_anaphoric_noun(noun) || noun.chars().any(char::is_uppercase) {
        return None;
    }
    CURRENT.with(|c| c.borrow().as_ref().and_then(|e| e.resolve(noun, line).map(str::to_string)))
}

/// Replace each resolvable "the NOUN" in a question or statement; the text itself when
/// there is none (as for nearly every text).
pub fn resolve_in(text: &str, line: usize) -> Cow<'_, str> {
    // every replacement starts at a word "the" or "The" with a word after it
    if !text.contains("the ") && !text.contains("The ") {
        return Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        if i > 0 {
            out.push(' ');
        }
        let w = words[i];
        if (w == "the" || w == "The") && i + 1 < words.len() {
            let raw = words[i + 1];
            let noun = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
            let punct = &raw[noun.len()..];
            let next = words.get(i + 2).copied().unwrap_or("");
            if punct.is_empty() && matches!(next, "of" | "for") {
                out.push_str(w);
                i += 1;
                continue;
            }
            // "the Pact" after "the Warsaw Pact" is written with a capital too
            let capital = noun.chars().next().is_some_and(char::is_uppercase) && noun.chars().skip(1).all(char::is_lowercase);
            let found = if capital {
                resolve(&noun.to_lowercase(), line).filter(|n| n.trim_start_matches("the ").split_whitespace().count() >= 2)
            } else {
                resolve(noun, line)
            };
            if let Some(name) = found {
                // "the Agreement" -> "the Schengen Agreement": a name headed by a common noun keeps its article
                let head_common = name.split_whitespace().last().is_some_and(|h| crate::lexicon::pos(h).is_some_and(|p| p.contains('n')));
                let name = if !name.starts_with("the ") && head_common { format!("the {name}") } else { name };
                let name = if w == "The" { super::capitalize(&name) } else { name };
                out.push_str(&name);
                out.push_str(punct);
                changed = true;
                i += 2;
                continue;
            }
        }
        out.push_str(w);
        i += 1;
    }
    if changed { Cow::Owned(out) } else { Cow::Borrowed(text) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::sent;

    #[test]
    fn a_resolved_description_is_marked_where_the_question_names_it() {
        let doc = [sent("The Treaty of Rome was signed in 1957."), sent("The treaty introduced the European Economic Community.")];
        let e = Entities::learn(&doc);
        let marked = with_entities(e.clone(), || mark_resolved(&doc[1].text, 5, "Which treaty introduced the European Economic Community? Treaty of Rome"));
        assert_eq!(marked, "The treaty [the Treaty of Rome] introduced the European Economic Community.");
        // a question that does not name the treaty leaves the sentence as it is
        let plain = with_entities(e, || mark_resolved(&doc[1].text, 5, "What did the treaty introduce? the European Economic Community"));
        assert_eq!(plain, doc[1].text);
    }

    #[test]
    fn a_unique_earlier_name_resolves_its_head() {
        let doc = [sent("The Panama Canal links two oceans."), sent("The Hanseatic League and the Swabian League met.")];
        let e = Entities::learn(&doc);
        assert_eq!(e.resolve("canal", 5), Some("the Panama Canal"));
        assert_eq!(e.resolve("league", 5), None, "two leagues");
        assert_eq!(e.resolve("river", 5), None);
        let text = with_entities(e, || resolve_in("On what date did Panama take control of the canal?", 5));
        assert_eq!(text, "On what date did Panama take control of the Panama Canal?");
    }

    #[test]
    fn a_short_name_becomes_the_full_one() {
        let doc = [
            sent("The International Red Cross and Red Crescent Movement has the International Federation of Red Cross and Red Crescent Societies."),
            sent("The International Federation was founded in 1919."),
        ];
        let e = Entities::learn(&doc);
        assert_eq!(
            e.expand_short_names("In which year was the International Federation founded?"),
            "In which year was the International Federation of Red Cross and Red Crescent Societies founded?"
        );
        assert_eq!(
            e.expand_short_names("What is the International Federation of Red Cross and Red Crescent Societies?"),
            "What is the International Federation of Red Cross and Red Crescent Societies?"
        );
    }

    #[test]
    fn a_name_used_before_the_longer_one_is_a_body_of_its_own() {
        let doc = [
            Sentence::new(0, 3, "The Nordic Council is the official body for co-operation among the Nordic countries.".into(), false),
            Sentence::new(0, 5, "In 1971, the Nordic Council of Ministers was established.".into(), false),
        ];
        let e = Entities::learn(&doc);
        assert_eq!(e.expand_short_names("What is the Nordic Council?"), "What is the Nordic Council?");
    }

    #[test]
    fn the_title_names_the_topic() {
        let doc = [sent("The Panama Canal links two oceans."), sent("Lesseps had built the Suez Canal.")];
        assert_eq!(Entities::learn(&doc).resolve("canal", 5), None);
        assert_eq!(Entities::learn(&doc).with_title("The Panama Canal").resolve("canal", 5), Some("the Panama Canal"));
        assert_eq!(Entities::learn(&doc).with_title("Reading 2 - Introduction to Humanitarian Action").resolve("canal", 5), None);
    }
}
