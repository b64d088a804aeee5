//! Rule families that find facts in sentences. Each module is one family with its own
//! tests; each rule fires only on a shape it is sure of (precision before recall).

pub mod acronym;
pub mod action;
pub mod coref;
pub mod date;
pub mod definition;
pub mod founder;
pub mod grammar;
pub mod location;
pub mod membership;
pub mod mission;
pub mod pronoun;
pub mod provision;

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::text::Sentence;
use crate::text::words::with_ascii_lower;
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
    /// which article (section, chapter) of a named document says something
    Provision,
    /// which named instrument (treaty, plan, operation) did something, or who led something named
    Action,
}

impl Kind {
    pub const ALL: [Kind; 9] =
        [Kind::Date, Kind::Founder, Kind::Mission, Kind::Definition, Kind::Acronym, Kind::Membership, Kind::Location, Kind::Provision, Kind::Action];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Founder => "founder",
            Kind::Mission => "mission",
            Kind::Definition => "definition",
            Kind::Acronym => "acronym",
            Kind::Membership => "membership",
            Kind::Location => "location",
            Kind::Provision => "provision",
            Kind::Action => "action",
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
    /// a numbered part of a document ("Article 5")
    Provision,
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
            AnswerType::Provision => "provision",
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
    // each family needs a word or mark of its own; most sentences have none of them
    let mut t = triggers(s);
    // "As of January 2017, …" states what held then: only an abbreviation stays true
    if s.is(s.body, "as") && s.is(s.body + 1, "of") {
        t &= ACRONYM;
    }
    if t & ACRONYM != 0 {
        acronym::extract(s, &mut out);
    }
    if t & DATE != 0 {
        date::extract(s, &mut out);
    }
    if t & FOUNDER != 0 {
        founder::extract(s, &mut out);
    }
    if t & MISSION != 0 {
        mission::extract(s, &mut out);
    }
    if t & DEFINITION != 0 {
        definition::extract(s, &mut out);
    }
    if t & MEMBERSHIP != 0 {
        membership::extract(s, &mut out);
    }
    if t & LOCATION != 0 {
        location::extract(s, &mut out);
    }
    if t & PROVISION != 0 {
        provision::extract(s, &mut out);
    }
    if t & ACTION != 0 {
        action::extract(s, &mut out);
    }
    for f in &mut out {
        resolve_names(&mut f.question, s.line);
        resolve_names(&mut f.subject, s.line);
        if let Some((before, after)) = &mut f.statement {
            resolve_names(before, s.line);
            resolve_names(after, s.line);
        }
    }
    out
}

/// "the canal" -> "the Panama Canal", a shortened name -> the full one (see `coref`),
/// in place: most texts have neither and are left as they are.
fn resolve_names(text: &mut String, line: usize) {
    if let Cow::Owned(r) = coref::resolve_in(text, line) {
        *text = r;
    }
    if let Cow::Owned(r) = coref::expand_short_names(text) {
        *text = r;
    }
}

const ACRONYM: u16 = 1;
const DATE: u16 = 2;
const FOUNDER: u16 = 4;
const MISSION: u16 = 8;
const DEFINITION: u16 = 16;
const MEMBERSHIP: u16 = 32;
const LOCATION: u16 = 64;
const PROVISION: u16 = 128;
const ACTION: u16 = 256;

/// Words without which a family cannot fire, with the families they open.
fn trigger_words() -> &'static HashMap<&'static str, u16> {
    static WORDS: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m: HashMap<&'static str, u16> = HashMap::default();
        let mut add = |words: &[&'static str], bit: u16| {
            for w in words {
                *m.entry(w).or_insert(0) |= bit;
            }
        };
        add(&["(", "or", "known", "called", "formerly", "originally", "born", "for", "named"], ACRONYM);
        add(founder::FOUNDING, FOUNDER);
        add(&["under"], FOUNDER);
        add(
            &[
                "to",
                "aimed",
                "aims",
                "aim",
                "tasked",
                "charged",
                "entrusted",
                "dedicated",
                "devoted",
                "committed",
                "goal",
                "purpose",
                "seeks",
                "sought",
                "strives",
                "exists",
            ],
            MISSION,
        );
        add(
            &[
                "is",
                "are",
                "was",
                "were",
                "refers",
                "refer",
                "referred",
                "encompasses",
                "encompass",
                "encompassed",
                "operates",
                "operated",
                "works",
                "functions",
                "known",
            ],
            DEFINITION,
        );
        add(
            &[
                "consisted",
                "consists",
                "comprised",
                "comprises",
                "made",
                "composed",
                "united",
                "unites",
                "brought",
                "consisting",
                "are",
                "were",
                "has",
                "had",
                "have",
                "partnership",
                "collaboration",
                "alliance",
                "coalition",
                "union",
                "consortium",
                "federation",
                "confederation",
                "such",
            ],
            MEMBERSHIP,
        );
        add(&["in", "at"], LOCATION);
        add(&["article", "section", "chapter", "clause"], PROVISION);
        // the instrument's class word, or the opening "Through …" / "By leading …"
        add(action::CLASSES, ACTION);
        add(&["through", "by"], ACTION);
        m
    })
}

/// The families a sentence's words could open.
fn triggers(s: &Sentence) -> u16 {
    let words = trigger_words();
    let mut bits = 0;
    for i in 0..s.len() {
        let w = s.word(i);
        let digits = w.bytes().filter(u8::is_ascii_digit).count();
        if digits >= 4 {
            bits |= DATE;
        }
        if w.starts_with("co-") {
            bits |= FOUNDER;
        }
        // a term's gloss: "…, a …" (definition::term_appositives)
        if w == "," && (s.is(i + 1, "a") || s.is(i + 1, "an") || s.is(i + 1, "the")) {
            bits |= DEFINITION;
        }
        let hit = if w.bytes().any(|b| b.is_ascii_uppercase()) { with_ascii_lower(w, |l| words.get(l).copied()) } else { words.get(w).copied() };
        if let Some(b) = hit {
            bits |= b;
        }
    }
    bits
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

    /// Each (text, question, answer) gives exactly that one question and answer.
    pub fn assert_each_asks(extract: fn(&Sentence, &mut Vec<Fact>), cases: &[(&str, &str, &str)]) {
        for &(text, question, answer) in cases {
            assert_eq!(qa(extract, text), [(question.to_string(), answer.to_string())], "{text}");
        }
    }

    /// None of the texts gives a question.
    pub fn assert_none_asks(extract: fn(&Sentence, &mut Vec<Fact>), texts: &[&str]) {
        for text in texts {
            assert_eq!(qa(extract, text), [], "{text}");
        }
    }
}
