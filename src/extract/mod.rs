//! Rule families that find facts in sentences. Each module is one family with its own
//! tests; each rule fires only on a shape it is sure of (precision before recall).

pub mod acronym;
pub mod coref;
pub mod date;
pub mod definition;
pub mod founder;
pub mod grammar;
pub mod location;
pub mod membership;
pub mod mission;
pub mod pronoun;

use serde::{Deserialize, Serialize};

use crate::text::Sentence;
use grammar::DateKind;

/// The rule family a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Date,
    Founder,
    Mission,
    Definition,
    Acronym,
    Membership,
    Location,
}

impl Kind {
    pub const ALL: [Kind; 7] = [Kind::Date, Kind::Founder, Kind::Mission, Kind::Definition, Kind::Acronym, Kind::Membership, Kind::Location];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Founder => "founder",
            Kind::Mission => "mission",
            Kind::Definition => "definition",
            Kind::Acronym => "acronym",
            Kind::Membership => "membership",
            Kind::Location => "location",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What sort of thing the answer is: distractors must be of the same sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AnswerType {
    Date(DateKind),
    /// a person's name
    Person,
    /// the name of an organization, treaty, programme …
    Name,
    Place,
    /// an abbreviation ("NATO")
    Abbreviation,
    /// the words an abbreviation stands for
    Expansion,
    /// a defining phrase ("the body of rules that …")
    Description,
    /// a purpose ("to promote peace", "protecting the victims …")
    Purpose,
    /// a closed list of names
    List,
}

impl AnswerType {
    pub fn tag(self) -> &'static str {
        match self {
            AnswerType::Date(DateKind::Year) => "year",
            AnswerType::Date(DateKind::YearRange) => "year-range",
            AnswerType::Date(DateKind::MonthYear) => "month",
            AnswerType::Date(DateKind::FullDate) => "full-date",
            AnswerType::Date(DateKind::Decade) => "decade",
            AnswerType::Person => "person",
            AnswerType::Name => "name",
            AnswerType::Place => "place",
            AnswerType::Abbreviation => "abbreviation",
            AnswerType::Expansion => "expansion",
            AnswerType::Description => "description",
            AnswerType::Purpose => "purpose",
            AnswerType::List => "list",
        }
    }
}

/// One checkable fact found in one sentence, already phrased as a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub kind: Kind,
    /// what the fact is about, as it reads in the question ("NATO")
    pub subject: String,
    pub question: String,
    pub answer: String,
    /// other answers that count ("in 1949" next to "1949")
    pub accept: Vec<String>,
    pub answer_type: AnswerType,
    /// a true statement around the answer: (before, after); used for true/false and cloze
    pub statement: Option<(String, String)>,
    /// how sure the rule is, 0..1, before the quality gate adjusts it
    pub confidence: f32,
}

impl Fact {
    /// The true statement with `answer` (or a distractor) in its slot.
    pub fn statement_with(&self, answer: &str) -> Option<String> {
        self.statement.as_ref().map(|(b, a)| format!("{b}{answer}{a}"))
    }
}

/// Run every rule family on one sentence.
pub fn facts(s: &Sentence) -> Vec<Fact> {
    let mut out = Vec::new();
    if s.is_empty() {
        return out;
    }
    acronym::extract(s, &mut out);
    date::extract(s, &mut out);
    founder::extract(s, &mut out);
    mission::extract(s, &mut out);
    definition::extract(s, &mut out);
    membership::extract(s, &mut out);
    location::extract(s, &mut out);
    for f in &mut out {
        f.question = coref::resolve_in(&f.question, s.line);
        f.subject = coref::resolve_in(&f.subject, s.line);
        if let Some((before, after)) = &mut f.statement {
            *before = coref::resolve_in(before, s.line);
            *after = coref::resolve_in(after, s.line);
        }
    }
    out
}

/// Capitalise the first letter of a question or statement.
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    pub fn sent(t: &str) -> Sentence {
        Sentence::new(0, 1, t.to_string(), false)
    }

    /// (question, answer) pairs one rule family finds in `text`.
    pub fn qa(extract: fn(&Sentence, &mut Vec<Fact>), text: &str) -> Vec<(String, String)> {
        let s = sent(text);
        let mut out = Vec::new();
        extract(&s, &mut out);
        out.into_iter().map(|f| (f.question, f.answer)).collect()
    }
}
