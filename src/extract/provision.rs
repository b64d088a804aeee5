//! Provision facts: which article, section or chapter of a named treaty, charter or law
//! says something. Shapes:
//! - "Article 5 of the North Atlantic Treaty states that an armed attack against one …"
//! - "Article 51 of the Charter of the United Nations recognizes the right of self-defence."
//! - "Chapter VII of the UN Charter allows the Security Council to …"
//! - "Article 5 of this treaty states that …", where the text names exactly one treaty.
//!
//! The provision must open the clause and own the verb, so "strategies, like Article 5,
//! establish …" (an example, not the subject) yields nothing.

use super::grammar::*;
use super::{AnswerType, Fact, Kind, coref};
use crate::text::Sentence;

/// The units a provision is numbered in, as the question names them.
const UNITS: &[(&str, &str)] = &[("Article", "article"), ("Section", "section"), ("Chapter", "chapter"), ("Clause", "clause")];

/// Present and past forms of the verbs by which a provision says something.
const SAYING: &[&str] = &[
    "states",
    "stated",
    "provides",
    "provided",
    "stipulates",
    "stipulated",
    "declares",
    "declared",
    "specifies",
    "specified",
    "establishes",
    "established",
    "guarantees",
    "guaranteed",
    "requires",
    "required",
    "prohibits",
    "prohibited",
    "forbids",
    "forbade",
    "affirms",
    "affirmed",
    "recognizes",
    "recognized",
    "recognises",
    "recognised",
    "grants",
    "granted",
    "allows",
    "allowed",
    "permits",
    "permitted",
    "obliges",
    "obliged",
    "defines",
    "defined",
    "enshrines",
    "enshrined",
    "outlines",
    "outlined",
    "protects",
    "protected",
    "bans",
    "banned",
    "commits",
    "committed",
    "empowers",
    "empowered",
];

/// Heads of the names of documents that have articles.
const DOCUMENTS: &[&str] = &[
    "Treaty",
    "Charter",
    "Convention",
    "Conventions",
    "Constitution",
    "Act",
    "Agreement",
    "Protocol",
    "Covenant",
    "Declaration",
    "Statute",
    "Accord",
    "Accords",
    "Pact",
    "Code",
    "Directive",
    "Regulation",
    "Law",
];

/// A provision number: 1 to 3 digits, or a Roman numeral.
fn is_number(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) && !w.starts_with('0')
        || (1..=6).contains(&w.len()) && w.bytes().all(|b| b"IVXLC".contains(&b))
}

/// The document a provision belongs to, as the question should name it: a name headed by
/// a document noun ("the North Atlantic Treaty", "the UN Charter"), or "this/the treaty"
/// standing for the one treaty the text names. Returns the name and the end of its tokens.
fn document_at(s: &Sentence, i: usize) -> Option<(String, usize)> {
    if (s.is(i, "this") || s.is(i, "the")) && i + 1 < s.len() {
        let noun = s.word(i + 1);
        let bare = DOCUMENTS.iter().any(|d| d.eq_ignore_ascii_case(noun)) && !matches!(s.lower(i + 2).as_ref(), "of" | "for" | "on");
        if bare && let Some(name) = coref::resolve(&noun.to_lowercase(), s.line) {
            return named_document(&name).then_some((name, i + 2));
        }
        if s.is(i, "this") {
            return None;
        }
    }
    let (a, mut b) = named_np_at(s, i)?;
    // "the Convention on the Rights of the Child" (named_np_at takes "the Treaty on
    // European Union" whole, but stops at an article after "on")
    if DOCUMENTS.contains(&s.word(b - 1))
        && s.is(b, "on")
        && let Some((_, e)) = named_np_at(s, b + 1)
    {
        b = e;
    }
    let name = embed(s, a, b);
    named_document(&name).then_some((name, b))
}

/// "the North Atlantic Treaty", "the Treaty of Lisbon", "the Charter of the United Nations":
/// a capitalised name of two or more words with a document noun in it.
fn named_document(name: &str) -> bool {
    let words: Vec<&str> = name.trim_start_matches("the ").split_whitespace().collect();
    words.len() >= 2 && words.iter().any(|w| DOCUMENTS.contains(w)) && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    let (c, opening_date) = clause_start(s);
    for i in s.body..s.len().saturating_sub(4) {
        let Some(&(unit, unit_lower)) = UNITS.iter().find(|(u, _)| s.word(i) == *u) else { continue };
        let number = s.word(i + 1);
        // "Article 2(4)": a sub-paragraph the answer would lose
        if !is_number(number) || s.is(i + 2, "(") && s.tokens[i + 2].start == s.tokens[i + 1].end || !s.is(i + 2, "of") {
            continue;
        }
        let Some((document, d)) = document_at(s, i + 3) else { continue };
        let Some(v) = saying_verb(s, i == c && opening_date.is_none(), d) else { continue };
        let end = phrase_end(s, v + 1);
        // no hedge test on what is said: "may", "shall" or "considered" there are the
        // provision's own words ("a member state may withdraw"), not the writer's doubt
        if end < v + 3 {
            continue;
        }
        let said = clean_span(s, v, end);
        out.push(Fact {
            kind: Kind::Provision,
            subject: document.clone(),
            question: format!("Which {unit_lower} of {document} {said}?"),
            answer: format!("{unit} {number}"),
            accept: vec![number.to_string(), format!("{unit_lower} {number}")],
            answer_type: AnswerType::Provision,
            statement: Some((String::new(), format!(" of {document} {said}."))),
            confidence: 0.8,
        });
    }
}

/// Where the verb of saying of a provision ending at `d` is: ", which states …" anywhere;
/// right after it ("… Treaty states …") or after an aside ("…, also known as …, states …")
/// only when the provision opens the clause, so it is the verb's subject.
fn saying_verb(s: &Sentence, opens_clause: bool, d: usize) -> Option<usize> {
    let saying = |v: usize| v < s.len() && SAYING.contains(&s.lower(v).as_ref());
    if s.is(d, ",") && s.is(d + 1, "which") && saying(d + 2) {
        return Some(d + 2);
    }
    if !opens_clause {
        return None;
    }
    if saying(d) {
        return Some(d);
    }
    if s.is(d, ",") {
        let close = (d + 2..s.len().min(d + 14)).find(|&k| matches!(s.word(k), "," | "(" | ")" | ";" | "."))?;
        if s.is(close, ",") && saying(close + 1) {
            return Some(close + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::coref::{Entities, with_entities};

    /// The facts of the last sentence of `text`, with the text's names known for "this treaty".
    fn facts_of(text: &str) -> Vec<Fact> {
        let sentences = crate::text::sentences(0, text, false);
        let entities = Entities::learn(&sentences);
        with_entities(entities, || {
            let mut out = Vec::new();
            extract(sentences.last().expect("a sentence"), &mut out);
            out
        })
    }

    fn one(text: &str) -> (String, String) {
        let f = facts_of(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        (f[0].question.clone(), f[0].answer.clone())
    }

    #[test]
    fn articles_of_named_treaties() {
        assert_eq!(
            one("Article 5 of the North Atlantic Treaty states that an armed attack against one member shall be considered an attack against all."),
            (
                "Which article of the North Atlantic Treaty states that an armed attack against one member shall be considered an attack against all?".into(),
                "Article 5".into()
            )
        );
        assert_eq!(
            one("Article 51 of the Charter of the United Nations recognizes the inherent right of individual or collective self-defence."),
            (
                "Which article of the Charter of the United Nations recognizes the inherent right of individual or collective self-defence?".into(),
                "Article 51".into()
            )
        );
        assert_eq!(
            one("Article 50 of the Treaty on European Union provides that a member state may withdraw from the union.").1,
            "Article 50",
            "'may' inside what the article provides is its content, not a hedge"
        );
    }

    #[test]
    fn a_which_clause_or_an_aside_before_the_verb() {
        assert_eq!(
            one("At the core of the alliance is Article 5 of the Washington Treaty, which states that an attack on one member is an attack on all."),
            ("Which article of the Washington Treaty states that an attack on one member is an attack on all?".into(), "Article 5".into())
        );
        assert_eq!(
            one(
                "Article 5 of the North Atlantic Treaty, also known as the collective defence clause, states that an armed attack against one member is an attack against all."
            ),
            ("Which article of the North Atlantic Treaty states that an armed attack against one member is an attack against all?".into(), "Article 5".into())
        );
        // without "which" a provision inside the sentence is not the verb's subject
        assert!(facts_of("Members rely on Article 5 of the North Atlantic Treaty states that it binds.").is_empty());
    }

    #[test]
    fn names_with_on() {
        assert_eq!(
            one("Article 12 of the Convention on the Rights of the Child guarantees children the right to express their views.").0,
            "Which article of the Convention on the Rights of the Child guarantees children the right to express their views?"
        );
    }

    #[test]
    fn sections_chapters_and_roman_numerals() {
        assert_eq!(
            one("Chapter VII of the UN Charter allows the Security Council to authorize the use of force."),
            ("Which chapter of the UN Charter allows the Security Council to authorize the use of force?".into(), "Chapter VII".into())
        );
        assert_eq!(
            one("Section 230 of the Communications Decency Act protects online platforms from liability for content posted by users."),
            (
                "Which section of the Communications Decency Act protects online platforms from liability for content posted by users?".into(),
                "Section 230".into()
            )
        );
        assert_eq!(one("Article I of the Constitution of the United States established the Congress as the legislative branch.").1, "Article I");
    }

    #[test]
    fn a_sentence_adverb_may_open_and_an_ing_clause_is_cut_off() {
        assert_eq!(
            one("Moreover, Article 2 of the Kyoto Protocol requires developed countries to reduce emissions, marking a first binding commitment."),
            ("Which article of the Kyoto Protocol requires developed countries to reduce emissions?".into(), "Article 2".into())
        );
    }

    #[test]
    fn this_treaty_is_the_one_treaty_the_text_names() {
        let text = "The North Atlantic Treaty was signed in Washington in 1949. Article 5 of this treaty states that an attack against one member is considered an attack against all.";
        assert_eq!(
            one(text),
            (
                "Which article of the North Atlantic Treaty states that an attack against one member is considered an attack against all?".into(),
                "Article 5".into()
            )
        );
        let two = "The Treaty of Paris and the Treaty of Rome differ. Article 5 of this treaty states that the members cooperate on coal and steel.";
        assert!(facts_of(two).is_empty(), "two treaties: 'this treaty' is not certain");
        let none = "Article 5 of this treaty states that an attack against one member is an attack against all.";
        assert!(facts_of(none).is_empty(), "no treaty named at all");
    }

    #[test]
    fn the_statement_and_variants_fit_the_answer() {
        let f = &facts_of("Article 5 of the North Atlantic Treaty states that an attack on one is an attack on all.")[0];
        assert_eq!(f.statement_with(&f.answer).unwrap(), "Article 5 of the North Atlantic Treaty states that an attack on one is an attack on all.");
        assert_eq!(f.accept, ["5", "article 5"]);
        assert_eq!(f.answer_type, AnswerType::Provision);
    }

    #[test]
    fn nothing_from_other_shapes() {
        for text in [
            // the article is an example, not the subject
            "Collective defense strategies, like Article 5 of NATO, establish a commitment to mutual defense.",
            // no document named
            "Article 5 states that an attack against one is an attack against all.",
            // an organization, not a document
            "Article 5 of NATO states that an attack against one is an attack against all.",
            // a sub-paragraph the answer would lose
            "Article 2(4) of the Charter of the United Nations prohibits the threat or use of force.",
            // hedged: the writer is unsure what the article does
            "Article 7 of the Paris Agreement may require countries to report on adaptation.",
            "Article 7 of the Paris Agreement probably requires countries to report on adaptation.",
            // no verb of saying
            "Article 5 of the North Atlantic Treaty was invoked after the attacks of 2001.",
            // an opening date makes it a dated event, not what the article says
            "In 2001, Article 5 of the North Atlantic Treaty states that members respond together.",
            // a word, not a number
            "Article One of the Treaty of Rome declares that the parties establish a community.",
            // too little said
            "Article 3 of the Treaty of Rome states this.",
        ] {
            assert!(facts_of(text).is_empty(), "{text}: {:?}", facts_of(text));
        }
    }
}
