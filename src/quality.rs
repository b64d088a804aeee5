//! The quality gate: every fact gets a final confidence, and a fact that is not clearly a
//! good question (vague stem, given-away answer, over-long stem, pronoun answer) is
//! rejected. Precision comes before recall: when in doubt, reject.

use crate::extract::{AnswerType, Fact};
use crate::text::words::{is_anaphoric_noun, is_function_word, is_pronoun};

/// Items below this confidence are not written to the bank.
pub const MIN_CONFIDENCE: f32 = 0.5;

/// Longest stem, in words, that reads as one question.
const MAX_STEM_WORDS: usize = 25;

/// Why the gate turned a fact down (for the summary and for tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rejection {
    LongStem,
    VagueStem,
    AnswerInStem,
    BadAnswer,
    LowConfidence,
    /// the course gives two answers to the same question
    Ambiguous,
    /// the same question with the same answer came earlier, in this text or another
    Repeated,
}

impl Rejection {
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::LongStem => "stem too long",
            Rejection::VagueStem => "stem needs the surrounding text",
            Rejection::AnswerInStem => "stem gives the answer away",
            Rejection::BadAnswer => "answer is not a usable span",
            Rejection::LowConfidence => "low confidence",
            Rejection::Ambiguous => "the course answers it two ways",
            Rejection::Repeated => "asked already",
        }
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Judge one fact; Ok(confidence) when it may become an item.
pub fn judge(f: &Fact) -> Result<f32, Rejection> {
    let stem = words(&f.question);
    if stem.len() > MAX_STEM_WORDS {
        return Err(Rejection::LongStem);
    }
    let raw: Vec<&str> = f.question.split_whitespace().collect();
    // a name before a personal pronoun gives it its referent ("… Robert Koch announced
    // that he had …"); a demonstrative or "it" always needs the text around it
    let name_at = raw.iter().skip(1).position(|w| w.chars().next().is_some_and(char::is_uppercase)).map(|p| p + 1);
    for (i, w) in raw.iter().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let l = w.to_lowercase();
        if matches!(l.as_str(), "it" | "they" | "them" | "this" | "these" | "those" | "we" | "above" | "following" | "latter" | "former") {
            return Err(Rejection::VagueStem);
        }
        // "What was the last to do so?": "do so" stands for a predicate of another sentence
        if l == "so" && i > 0 && matches!(raw[i - 1].to_lowercase().as_str(), "do" | "did" | "does" | "doing" | "done") {
            return Err(Rejection::VagueStem);
        }
        if matches!(l.as_str(), "he" | "she" | "him") && name_at.is_none_or(|n| n > i) {
            return Err(Rejection::VagueStem);
        }
        if matches!(l.as_str(), "this" | "that" | "these" | "those" | "such") && raw.get(i + 1).is_some_and(|n| is_anaphoric_noun(n)) {
            return Err(Rejection::VagueStem);
        }
        // "the canal", "the city" at the end of a phrase points back to the text
        if l == "the" {
            // "the first Assembly": an ordinal before the noun changes nothing
            let skip = raw.get(i + 1).is_some_and(|n| matches!(n.to_lowercase().as_str(), "first" | "second" | "third" | "last" | "new" | "original"));
            if let Some(n) = raw.get(i + 1 + usize::from(skip)) {
                let i = i + usize::from(skip);
                let n_clean = n.trim_matches(|c: char| !c.is_alphanumeric());
                // "the company's emissions" points back as much as "the company"
                let n_clean = n_clean.strip_suffix("'s").or_else(|| n_clean.strip_suffix("’s")).unwrap_or(n_clean);
                let next2 = raw.get(i + 2).map(|x| x.to_lowercase());
                // "the city of Geneva", "the city in Switzerland"; not "the city in the 16th century"
                let capital = |k: usize| raw.get(k).is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase));
                let named_after = capital(i + 3) || raw.get(i + 3).is_some_and(|x| *x == "the") && capital(i + 4);
                let followed = next2
                    .as_deref()
                    .is_some_and(|x| matches!(x, "of" | "that" | "which" | "who" | "known" | "called" | "named") || matches!(x, "in" | "for") && named_after);
                if is_anaphoric_noun(n_clean) && !followed && n_clean.chars().all(char::is_lowercase) {
                    return Err(Rejection::VagueStem);
                }
                // "the Charter", "the Pact": a capitalised common noun alone is shorthand for a
                // name given elsewhere
                let next_cap = raw.get(i + 2).is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase));
                let lower = n_clean.to_lowercase();
                if n_clean.chars().next().is_some_and(char::is_uppercase) && !next_cap && !followed && is_anaphoric_noun(&lower) {
                    return Err(Rejection::VagueStem);
                }
            }
        }
    }
    // the answer
    let ans = words(&f.answer);
    let acronym = f.answer.len() >= 2 && f.answer.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if ans.is_empty() || ans.len() == 1 && !acronym && (is_pronoun(&ans[0]) || is_function_word(&ans[0])) {
        return Err(Rejection::BadAnswer);
    }
    let max_answer = match f.answer_type {
        AnswerType::Description | AnswerType::Purpose => 30,
        AnswerType::List => 25,
        _ => 12,
    };
    if ans.len() > max_answer {
        return Err(Rejection::BadAnswer);
    }
    // "the political centre of the region": a description that ends on a place it only
    // points back to ("the end of the season" is no such place; "the Games" is a name)
    let last_written = f.answer.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    if matches!(f.answer_type, AnswerType::Description)
        && ans.len() >= 2
        && ans[ans.len() - 2] == "the"
        && matches!(last_written, "region" | "area" | "country" | "city" | "town" | "state" | "nation" | "place" | "site" | "island" | "continent")
    {
        return Err(Rejection::BadAnswer);
    }
    let content: Vec<&String> = ans.iter().filter(|w| !is_function_word(w)).collect();
    if !content.is_empty() && content.iter().all(|w| stem.contains(w)) {
        return Err(Rejection::AnswerInStem);
    }
    let mut c = f.confidence;
    if stem.len() > 20 {
        c -= 0.1;
    }
    if c < MIN_CONFIDENCE {
        return Err(Rejection::LowConfidence);
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Kind, grammar::DateKind};

    fn fact(q: &str, a: &str) -> Fact {
        Fact {
            kind: Kind::Date,
            subject: String::new(),
            question: q.into(),
            answer: a.into(),
            accept: vec![],
            answer_type: AnswerType::Date(DateKind::Year),
            statement: None,
            confidence: 0.9,
        }
    }

    #[test]
    fn accepts_a_plain_question() {
        assert!(judge(&fact("In which year was NATO established?", "1949")).is_ok());
    }

    #[test]
    fn rejects_vague_stems_given_away_answers_and_long_stems() {
        assert_eq!(judge(&fact("In which year did it end?", "1945")), Err(Rejection::VagueStem));
        assert_eq!(judge(&fact("On what date did Panama take control of the canal?", "1999")), Err(Rejection::VagueStem));
        assert_eq!(judge(&fact("Where was the Geneva Convention signed?", "Geneva")), Err(Rejection::AnswerInStem));
        assert_eq!(judge(&fact("What is this?", "this")), Err(Rejection::VagueStem));
        assert_eq!(judge(&fact("Who founded NATO?", "they")), Err(Rejection::BadAnswer));
        // "do so" stands for another sentence's predicate
        assert_eq!(judge(&fact("What was the last to do so?", "Chile")), Err(Rejection::VagueStem));
        assert_eq!(judge(&fact("Which program reduced the company's emissions by a third?", "Green Fleet Program")), Err(Rejection::VagueStem));
        // "the city in the 16th century" needs the text; "the partners in the James Webb Space Telescope" does not
        assert_eq!(judge(&fact("What was the Protestant leader of the city in the 16th century?", "John Calvin")), Err(Rejection::VagueStem));
        assert!(judge(&fact("Who are the partners in the James Webb Space Telescope?", "NASA and ESA")).is_ok());
        // a description that ends on a noun pointing back
        let mut region = fact("What was Cairo?", "the political and cultural center of the region");
        region.answer_type = AnswerType::Description;
        assert_eq!(judge(&region), Err(Rejection::BadAnswer));
        region.answer = "the political and cultural center of the region of the Nile".into();
        assert!(judge(&region).is_ok());
        let long = format!("In which year did {} happen?", "the very long event ".repeat(8));
        assert_eq!(judge(&fact(&long, "1900")), Err(Rejection::LongStem));
    }
}
