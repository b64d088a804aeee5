//! Action facts: which named treaty, programme, plan or operation did something, through
//! which one something was done, and who led something named. Shapes:
//! - "The Marshall Plan provided economic aid to Western Europe."
//!   -> "Which plan provided economic aid to Western Europe?"
//! - "Additionally, the Partnership for Peace program allowed non-NATO countries to …"
//!   -> "Which program allowed non-NATO countries to …?"
//! - "Through the Marshall Plan, the United States provided aid to Western Europe."
//!   -> "Through which plan did the United States provide aid to Western Europe?"
//! - "By leading the International Security Assistance Force (ISAF), NATO integrated …"
//!   -> "Who led the International Security Assistance Force (ISAF)?"
//!
//! Only instruments have a class word the question can name ("Which treaty …"): an
//! organization or a country does many things that others do too, so "Which organization
//! condemned the invasion?" has more right answers than the one the text gives.

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::lexicon;
use crate::text::Sentence;
use crate::text::token::Kind as Tok;
use crate::text::words::is_pronoun;

/// Words that name the class of an instrument, as the question names it.
pub const CLASSES: &[&str] = &[
    "treaty",
    "agreement",
    "accord",
    "pact",
    "convention",
    "charter",
    "protocol",
    "act",
    "declaration",
    "doctrine",
    "plan",
    "program",
    "programme",
    "initiative",
    "operation",
    "campaign",
    "project",
    "conference",
    "summit",
];

/// Verbs of concrete effect that an instrument is the subject of, past and present.
/// Verbs of comment ("underscored", "exemplified", "marked") are not here: what they say
/// is the writer's reading, not a fact of the instrument.
const EFFECTS: &[&str] = &[
    "allowed",
    "allows",
    "enabled",
    "enables",
    "ended",
    "ends",
    "abolished",
    "abolishes",
    "established",
    "establishes",
    "created",
    "creates",
    "introduced",
    "introduces",
    "provided",
    "provides",
    "granted",
    "grants",
    "required",
    "requires",
    "banned",
    "bans",
    "prohibited",
    "prohibits",
    "outlawed",
    "replaced",
    "divided",
    "partitioned",
    "united",
    "unified",
    "recognized",
    "recognised",
    "recognizes",
    "recognises",
    "guaranteed",
    "guarantees",
    "imposed",
    "imposes",
    "restored",
    "transferred",
    "ceded",
    "gave",
    "gives",
    "opened",
    "reduced",
    "limited",
    "limits",
    "extended",
    "expanded",
    "funded",
    "financed",
    "defined",
    "defines",
    "regulated",
    "regulates",
    "protected",
    "protects",
    "codified",
    "delivered",
    "supplied",
    "liberated",
    "settled",
    "annexed",
    "returned",
    "obliged",
    "obliges",
    "permitted",
    "permits",
    "authorized",
    "authorised",
    "authorizes",
    "authorises",
    "dissolved",
    "demilitarized",
    "demilitarised",
    "awarded",
    "fixed",
    "set",
    "committed",
    "commits",
];

/// Past forms that say what a text makes of something, not what happened.
const COMMENT_VERBS: &[&str] = &[
    "demonstrated",
    "showed",
    "showcased",
    "highlighted",
    "underscored",
    "underlined",
    "exemplified",
    "illustrated",
    "reflected",
    "marked",
    "symbolized",
    "symbolised",
    "represented",
    "emphasized",
    "emphasised",
    "signaled",
    "signalled",
    "proved",
    "seemed",
    "appeared",
    "remained",
    "was",
    "were",
    "had",
    "did",
];

/// Gerunds of leading, with their past: "By leading X, NATO …" -> "Who led X?". Only
/// verbs with one agent: "By signing the treaty, Italy …" has other signatories.
const LEADING: &[(&str, &str)] =
    &[("leading", "led"), ("commanding", "commanded"), ("heading", "headed"), ("chairing", "chaired"), ("hosting", "hosted"), ("spearheading", "spearheaded")];

/// Words that make a predicate need the text around it.
fn is_anaphoric(w: &str) -> bool {
    is_pronoun(w) || matches!(w, "this" | "these" | "those" | "such" | "its" | "their" | "his" | "her" | "which" | "whose")
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    instrument_subject(s, out);
    through_instrument(s, out);
    by_leading(s, out);
}

/// The class of the instrument named by tokens a..b: its last word ("the Marshall Plan",
/// "the Partnership for Peace program"), or its first when "of" or a name follows
/// ("the Treaty of Versailles", "Operation Overlord").
fn class_of(s: &Sentence, a: usize, b: usize) -> Option<String> {
    let a = if s.is(a, "the") { a + 1 } else { a };
    if b < a + 2 {
        return None;
    }
    let last = s.lower(b - 1);
    let first = s.lower(a);
    let class = if CLASSES.contains(&last.as_ref()) {
        last.into_owned()
    } else if CLASSES.contains(&first.as_ref()) && (s.is(a + 1, "of") || is_name_word(s, a + 1)) {
        first.into_owned()
    } else {
        return None;
    };
    // a name besides the class word: "the Treaty" alone is no name
    (a..b).any(|k| is_capitalized(s.word(k)) && !CLASSES.contains(&s.lower(k).as_ref())).then_some(class)
}

/// A named instrument at `i`, with a trailing lower-case class word ("the Partnership for
/// Peace program"): (start, end, class).
fn instrument_at(s: &Sentence, i: usize) -> Option<(usize, usize, String)> {
    let (a, mut b) = named_np_at(s, i)?;
    if b < s.len() && !is_capitalized(s.word(b)) && CLASSES.contains(&s.lower(b).as_ref()) {
        b += 1;
    }
    let class = class_of(s, a, b)?;
    Some((a, b, class))
}

/// The predicate from `v` (a verb) to the end of its phrase, when it stands on its own:
/// at least two words after the verb, no pronoun or "this" pointing back, no hedge.
fn predicate(s: &Sentence, v: usize, cut_at_second_verb: bool) -> Option<usize> {
    let mut end = phrase_end(s, v + 1);
    if cut_at_second_verb && let Some(k) = (v + 2..end).find(|&k| s.is(k, "and") && k + 1 < end && is_past_verb(s, k + 1)) {
        end = k;
    }
    if end < v + 3 || end > v + 18 {
        return None;
    }
    if (v + 1..end).any(|k| is_anaphoric(&s.lower(k))) || is_hedged(s, v, end) {
        return None;
    }
    // a parenthesis opened and not closed inside the predicate
    let opened = (v + 1..end).filter(|&k| s.is(k, "(")).count();
    let closed = (v + 1..end).filter(|&k| s.is(k, ")")).count();
    (opened == closed).then_some(end)
}

/// A lower-case simple past form ("integrated", "studied").
fn is_past_form(s: &Sentence, i: usize) -> bool {
    s.kind(i) == Some(Tok::Word) && !is_capitalized(s.word(i)) && lexicon::verb_from_past(&s.lower(i)).is_some()
}

/// A simple past that cannot be a noun or an adjective either ("helped", not "trained"):
/// after "and" it surely opens a second predicate.
fn is_past_verb(s: &Sentence, i: usize) -> bool {
    is_past_form(s, i) && !lexicon::pos(&s.lower(i)).is_some_and(|p| p.contains('n') || p.contains('a'))
}

/// The answer and its accepted forms from the instrument's tokens: without the article,
/// and without a trailing lower-case class word.
fn instrument_answer(s: &Sentence, a: usize, b: usize) -> (String, Vec<String>, &'static str) {
    let full = clean_span(s, a, b);
    let (answer, mut accept) = without_article(&full);
    if !is_capitalized(s.word(b - 1))
        && let Some((bare, _)) = answer.rsplit_once(' ')
    {
        accept.push(bare.to_string());
    }
    let article = if s.is(a, "the") { "the " } else { "" };
    (answer, accept, article)
}

/// The opening words before the clause are only a sentence adverb ("Additionally,"):
/// anything longer ("After the war,") is a condition the question would lose.
fn opens_plainly(s: &Sentence, c: usize) -> bool {
    c == s.body || c == s.body + 2 && s.is(s.body + 1, ",")
}

/// "The Marshall Plan provided economic aid to Western Europe."
fn instrument_subject(s: &Sentence, out: &mut Vec<Fact>) {
    let (c, date) = clause_start(s);
    if date.is_some() || !opens_plainly(s, c) {
        return;
    }
    let Some((a, b, class)) = instrument_at(s, c) else { return };
    // the verb group: right after the name, or after an aside (", signed in March 1957,")
    let group = if s.is(b, ",") { (b + 2..s.len().min(b + 16)).find(|&k| s.is(k - 1, ",") && only_asides(s, b, k)) } else { Some(b) };
    let Some(g) = group else { return };
    let v = if g < s.len() && is_verb_adverb(&s.lower(g)) { g + 1 } else { g };
    if v >= s.len() || is_capitalized(s.word(v)) || !EFFECTS.contains(&s.lower(v).as_ref()) {
        return;
    }
    let Some(end) = predicate(s, v, false) else { return };
    // "also" points back to what the text said before; "formally" stays
    let said = clean_span(s, if s.is(g, "also") { v } else { g }, end);
    let (answer, accept, article) = instrument_answer(s, a, b);
    out.push(Fact {
        kind: Kind::Action,
        subject: answer.clone(),
        question: format!("Which {class} {said}?"),
        answer,
        accept,
        answer_type: AnswerType::Name,
        statement: Some((capitalize(article), format!(" {said}."))),
        confidence: 0.75,
    });
}

/// "Through the Marshall Plan, the United States provided …", "Through operation Joint
/// Endeavor, NATO forces facilitated …".
fn through_instrument(s: &Sentence, out: &mut Vec<Fact>) {
    let b0 = s.body;
    if !s.is(b0, "through") {
        return;
    }
    // "operation Joint Endeavor": a lower-case class word before the name
    let (a, b, class, answer_from) = if !is_capitalized(s.word(b0 + 1)) && CLASSES.contains(&s.lower(b0 + 1).as_ref()) {
        let Some(e) = name_run(s, b0 + 2) else { return };
        (b0 + 1, e, s.lower(b0 + 1).into_owned(), b0 + 2)
    } else {
        let Some((a, b, class)) = instrument_at(s, b0 + 1) else { return };
        (a, b, class, a)
    };
    if a != b0 + 1 || !s.is(b, ",") {
        return;
    }
    let c = b + 1;
    // the agent: a name, or a name and a plural noun ("NATO forces")
    let mut v = match named_np_at(s, c) {
        Some((x, y)) if x == c && !is_vague_subject(s, x, y) => y,
        _ => return,
    };
    while v < c + 6 && v < s.len() && !is_capitalized(s.word(v)) && !is_past_form(s, v) && lexicon::pos(&s.lower(v)).is_some_and(|p| p.contains('n')) {
        v += 1;
    }
    if v >= s.len() || !is_past_form(s, v) || COMMENT_VERBS.contains(&s.lower(v).as_ref()) {
        return;
    }
    let Some(verb) = lexicon::verb_from_past(&s.lower(v)) else { return };
    let Some(end) = predicate(s, v, true) else { return };
    let agent = embed(s, c, v);
    let rest = clean_span(s, v + 1, end);
    let past = s.lower(v);
    let (answer, mut accept, article) =
        if answer_from == a { instrument_answer(s, a, b) } else { (clean_span(s, answer_from, b), vec![clean_span(s, a, b)], "") };
    accept.retain(|x| *x != answer);
    let lead = if answer_from == a { format!("Through {article}") } else { format!("Through {class} ") };
    out.push(Fact {
        kind: Kind::Action,
        subject: agent.clone(),
        question: format!("Through which {class} did {agent} {} {rest}?", verb.base),
        answer,
        accept,
        answer_type: AnswerType::Name,
        statement: Some((lead, format!(", {agent} {past} {rest}."))),
        confidence: 0.75,
    });
}

/// "By leading the International Security Assistance Force (ISAF), NATO integrated …"
fn by_leading(s: &Sentence, out: &mut Vec<Fact>) {
    let b0 = s.body;
    if !s.is(b0, "by") {
        return;
    }
    let Some(&(_, past)) = LEADING.iter().find(|(g, _)| s.is(b0 + 1, g)) else { return };
    let Some((a, mut b)) = named_np_at(s, b0 + 2) else { return };
    if a != b0 + 2 || is_vague_subject(s, a, b) {
        return;
    }
    // "(ISAF)": the abbreviation stays with the name
    if s.is(b, "(")
        && let Some(close) = (b + 1..s.len().min(b + 5)).find(|&k| s.is(k, ")"))
    {
        b = close + 1;
    }
    if !s.is(b, ",") {
        return;
    }
    let c = b + 1;
    let Some((x, y)) = named_np_at(s, c) else { return };
    // the agent must be the subject of the main clause: its verb follows at once
    if x != c || is_vague_subject(s, x, y) || y >= s.len() || !is_past_form(s, y) && !s.is(y, "was") && !s.is(y, "became") {
        return;
    }
    let led = s.span(a, b);
    let led = lower_first_if_common(led, false);
    let agent = s.span(x, y).to_string();
    let (answer, accept) = without_article(&agent);
    let person = super::founder::looks_like_person(&answer) && !is_acronym(&answer);
    let article = if s.is(x, "the") { "The " } else { "" };
    out.push(Fact {
        kind: Kind::Action,
        subject: led.clone(),
        question: format!("Who {past} {led}?"),
        answer: answer.clone(),
        accept,
        answer_type: if person { AnswerType::Person } else { AnswerType::Name },
        statement: Some((article.to_string(), format!(" {past} {led}."))),
        confidence: 0.75,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{assert_each_asks, assert_none_asks};

    #[test]
    fn each_shape_yields_its_question() {
        assert_each_asks(
            extract,
            &[
                // an instrument as the subject
                (
                    "The Marshall Plan provided more than 13 billion dollars in aid to Western Europe.",
                    "Which plan provided more than 13 billion dollars in aid to Western Europe?",
                    "Marshall Plan",
                ),
                (
                    "The Marshall Plan provided more than 13 billion dollars in aid to Western Europe.",
                    "Which plan provided more than 13 billion dollars in aid to Western Europe?",
                    "Marshall Plan",
                ),
                (
                    "Additionally, the Partnership for Peace program allowed non-NATO countries to engage in training and operational frameworks.",
                    "Which program allowed non-NATO countries to engage in training and operational frameworks?",
                    "Partnership for Peace program",
                ),
                (
                    "The Treaty of Versailles imposed heavy reparations on Germany.",
                    "Which treaty imposed heavy reparations on Germany?",
                    "Treaty of Versailles",
                ),
                (
                    "The Good Friday Agreement ended most of the violence of the Troubles.",
                    "Which agreement ended most of the violence of the Troubles?",
                    "Good Friday Agreement",
                ),
                (
                    "The Montreal Protocol banned the production of chlorofluorocarbons.",
                    "Which protocol banned the production of chlorofluorocarbons?",
                    "Montreal Protocol",
                ),
                // present tense, as articles describe a charter in force
                (
                    "The Charter of Fundamental Rights guarantees the right to asylum.",
                    "Which charter guarantees the right to asylum?",
                    "Charter of Fundamental Rights",
                ),
                // an adverb inside the verb group
                (
                    "The Treaty of Paris formally ended the American Revolutionary War.",
                    "Which treaty formally ended the American Revolutionary War?",
                    "Treaty of Paris",
                ),
                (
                    "The Geneva Convention also defines the rights of prisoners of war.",
                    "Which convention defines the rights of prisoners of war?",
                    "Geneva Convention",
                ),
                (
                    "Operation Overlord opened a second front in Western Europe.",
                    "Which operation opened a second front in Western Europe?",
                    "Operation Overlord",
                ),
                // an aside between the name and its verb
                (
                    "The Treaty of Rome, signed in March 1957, created the European Economic Community.",
                    "Which treaty created the European Economic Community?",
                    "Treaty of Rome",
                ),
                // "Through …": the instrument of the main clause
                // a lower-case class word before the name; the second predicate is left out
                (
                    "Through operation Joint Endeavor, NATO forces facilitated the implementation of peace agreements and helped prepare local security forces, demonstrating how alliances work.",
                    "Through which operation did NATO forces facilitate the implementation of peace agreements?",
                    "Joint Endeavor",
                ),
                (
                    "Through the Marshall Plan, the United States provided economic aid to Western Europe.",
                    "Through which plan did the United States provide economic aid to Western Europe?",
                    "Marshall Plan",
                ),
                (
                    "Through the Erasmus programme, European students studied abroad at partner universities.",
                    "Through which programme did European students study abroad at partner universities?",
                    "Erasmus programme",
                ),
                (
                    "Through the Treaty of Lisbon, the European Parliament gained new powers over the budget.",
                    "Through which treaty did the European Parliament gain new powers over the budget?",
                    "Treaty of Lisbon",
                ),
                // "By leading …": the agent of the main clause
                (
                    "By leading the International Security Assistance Force (ISAF), NATO integrated military partnerships with non-member nations.",
                    "Who led the International Security Assistance Force (ISAF)?",
                    "NATO",
                ),
                ("By hosting the Congress of Vienna, Austria regained its place among the great powers.", "Who hosted the Congress of Vienna?", "Austria"),
                ("By commanding the Continental Army, George Washington became a national hero.", "Who commanded the Continental Army?", "George Washington"),
            ],
        );
    }

    #[test]
    fn nothing_without_a_named_instrument_or_a_plain_fact() {
        assert_none_asks(
            extract,
            &[
                // an organization, not an instrument: other organizations condemned it too
                "The United Nations condemned the invasion of Kuwait.",
                // a comment, not an effect
                "The Marshall Plan underscored the importance of economic cooperation.",
                // hedged
                "The Marshall Plan may have provided the basis for European integration.",
                // a condition before the clause that the question would lose
                "After the war, the Marshall Plan provided aid to Western Europe.",
                "In 1948, the Marshall Plan provided aid to Western Europe.",
                // a pronoun in the predicate points back
                "The Schengen Agreement abolished border checks among its signatories.",
                // the treaty alone is no name
                "The treaty ended the war between the two kingdoms.",
                // no class word in the name
                "The Hanseatic League controlled trade in the Baltic Sea.",
                // a relative clause is no aside
                "The Treaty of Rome, which Italy ratified first, created the European Economic Community.",
                // signing has other agents
                "By signing the Treaty of Rome, Italy joined the European Economic Community.",
                // a pronoun agent
                "Through the Marshall Plan, it provided economic aid to Western Europe.",
                // too short to stand alone
                "The Treaty of Paris ended it.",
                // the agent is not the clause's subject
                "By leading the coalition, the general's reputation grew.",
            ],
        );
    }
}
