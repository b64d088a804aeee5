//! Definitions: what a term means. Shapes:
//! - "Interoperability refers to the ability of …"
//! - "Ownership is defined as the set of rules that …"
//! - "Tuberculosis (TB) is an infectious disease caused by …", "A Kontor was a trading post that …"
//! - appositive: "Gustave Moynier, a Geneva lawyer, …", "Rust 1.0, the first stable release, …"
//!
//! A copular sentence is read as a definition only when its complement classifies the
//! subject: evaluative complements ("a critical component", "another vital attribute")
//! and hedged or ranked claims are not definitions.

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::text::Sentence;
use crate::text::token::Kind as Tok;
use crate::text::words::{is_anaphoric_noun, is_function_word, is_pronoun, is_vague_determiner};

/// Words that make a complement a judgement rather than a class.
const EVALUATIVE: &[&str] = &[
    "critical",
    "crucial",
    "essential",
    "vital",
    "key",
    "important",
    "significant",
    "major",
    "primary",
    "notable",
    "noteworthy",
    "prominent",
    "pivotal",
    "fundamental",
    "central",
    "integral",
    "main",
    "good",
    "great",
    "best",
    "worst",
    "excellent",
    "remarkable",
    "useful",
    "valuable",
    "effective",
    "successful",
    "powerful",
    "strong",
    "leading",
    "another",
    "growing",
    "emerging",
    "increasing",
    "popular",
    "famous",
    "critical",
    "necessary",
    "indispensable",
    "core",
    "cornerstone",
    "hallmark",
    "testament",
    "example",
    "aspect",
    "component",
    "factor",
    "element",
    "focus",
    "concern",
    "challenge",
    "priority",
    "issue",
    "problem",
    "topic",
    "step",
    "way",
    "instance",
    "case",
    "reason",
    "result",
    "consequence",
    "attribute",
    "characteristic",
    "trend",
    "shift",
    "measure",
    "indicator",
    "limitation",
    "benefit",
    "advantage",
    "drawback",
    "vehicle",
    "catalyst",
    "reminder",
    "symbol",
    "matter",
    "driver",
    "pillar",
    "lot",
    "variety",
    "host",
    "primary",
    "significant",
    "frequent",
    "common",
    "typical",
    "rare",
    "unique",
    "special",
    "real",
    "true",
    "serious",
    "complex",
    "difficult",
    "simple",
    "clear",
    "obvious",
];

/// Heads that describe a person only when the subject looks like a person's name
/// ("the market leader" is a company).
const AMBIGUOUS_PERSON_NOUNS: &[&str] = &[
    "leader",
    "member",
    "members",
    "group",
    "founder",
    "pioneer",
    "player",
    "director",
    "chief",
    "partner",
    "head",
    "owner",
    "manufacturer",
    "producer",
    "publisher",
    "winner",
];

/// Heads of a complement that describe a person: the question asks "Who".
const PERSON_NOUNS: &[&str] = &[
    "recipient",
    "co-recipient",
    "laureate",
    "daughter",
    "son",
    "child",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "heir",
    "pupil",
    "disciple",
    "colleague",
    "assistant",
    "bacteriologist",
    "pharmacologist",
    "microbiologist",
    "economist",
    "aviator",
    "astronaut",
    "pilot",
    "inventor",
    "designer",
    "cofounder",
    "co-founder",
    "person",
    "man",
    "woman",
    "scholar",
    "scholars",
    "scientist",
    "physicist",
    "chemist",
    "biologist",
    "mathematician",
    "engineer",
    "inventor",
    "writer",
    "author",
    "poet",
    "novelist",
    "philosopher",
    "historian",
    "lawyer",
    "jurist",
    "judge",
    "politician",
    "statesman",
    "diplomat",
    "president",
    "king",
    "queen",
    "emperor",
    "prince",
    "princess",
    "general",
    "officer",
    "soldier",
    "explorer",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "merchant",
    "banker",
    "economist",
    "doctor",
    "physician",
    "surgeon",
    "nurse",
    "neurologist",
    "teacher",
    "professor",
    "student",
    "students",
    "priest",
    "bishop",
    "cardinal",
    "pope",
    "monk",
    "nun",
    "artist",
    "painter",
    "sculptor",
    "architect",
    "composer",
    "musician",
    "singer",
    "actor",
    "actress",
    "people",
    "nurse",
    "astronomer",
    "geologist",
    "botanist",
    "zoologist",
    "psychologist",
    "sociologist",
    "linguist",
    "programmer",
    "journalist",
    "editor",
    "minister",
    "chancellor",
    "senator",
    "governor",
    "mayor",
    "chief",
    "ruler",
    "monarch",
    "saint",
    "missionary",
    "athlete",
    "coach",
    "footballer",
    "chef",
];

fn push(out: &mut Vec<Fact>, subject: String, question: String, answer: String, accept: Vec<String>, statement: (String, String), confidence: f32) {
    let n = answer.split_whitespace().count();
    if !(1..=30).contains(&n) {
        return;
    }
    out.push(Fact { kind: Kind::Definition, subject, question, answer, accept, answer_type: AnswerType::Description, statement: Some(statement), confidence });
}

/// The term before the verb: a name, or up to four words of a noun phrase, possibly with
/// a parenthesis or an appositive that the question leaves out. (start, end) of the core.
fn term(s: &Sentence, a: usize, b: usize) -> Option<(usize, usize)> {
    if a >= b || is_pronoun(s.word(a)) || is_vague_determiner(s.word(a)) {
        return None;
    }
    if let Some(x) = named_subject(s, a, b) {
        return Some(x);
    }
    // core: up to the first comma or parenthesis; what follows must be asides only:
    // "(TB)", ", the league’s cargo ship,", "(Ci), an older unit of radioactivity,"
    let core_end = (a..b).find(|&k| s.is(k, ",") || s.is(k, "(")).unwrap_or(b);
    if core_end < b && !only_asides(s, core_end, b) {
        return None;
    }
    let mut i = a;
    if s.is(i, "a") || s.is(i, "an") || s.is(i, "the") {
        i += 1;
    }
    let words = core_end.saturating_sub(i);
    if !(1..=4).contains(&words) {
        return None;
    }
    for k in i..core_end {
        let w = s.word(k);
        if s.kind(k) != Some(Tok::Word) || is_function_word(w) && !s.is(k, "of") {
            return None;
        }
    }
    if s.is(core_end - 1, "of") {
        return None;
    }
    // "An example", "One challenge": the text's own framing, not a term
    if (i..core_end).any(|k| EVALUATIVE.contains(&s.lower(k).as_ref())) {
        return None;
    }
    // "the city", "the system": points back to the text
    if s.is(a, "the") && words == 1 && is_anaphoric_noun(s.word(i)) {
        return None;
    }
    Some((a, core_end))
}

/// The defining phrase after the verb, from `i`: (start, end).
fn definition_at(s: &Sentence, i: usize) -> Option<(usize, usize)> {
    let end = phrase_end(s, i);
    if end <= i {
        return None;
    }
    // "a full member but has been suspended since …": a second predicate follows
    let second_predicate = |k: usize| {
        // "an elected member of Parliament and between 2003 and 2005 served as …" (inside a
        // relative clause a second verb is the clause's: "a strategy in which the contacts
        // are traced and vaccinated")
        let in_clause = (i..k).any(|j| matches!(s.lower(j).as_ref(), "who" | "which" | "that" | "whose" | "whom" | "where"));
        // "… and a focused technology corporation headquartered in Munich" joins two noun
        // phrases; a verb before any relative pronoun after "and" starts a second predicate
        let joins_noun_phrase = matches!(s.lower((k + 1).min(s.len() - 1)).as_ref(), "a" | "an" | "the" | "its" | "their" | "his" | "her");
        let and_then_verb = !in_clause
            && !joins_noun_phrase
            && s.is(k, "and")
            && (k + 1..end.min(k + 9)).take_while(|&j| !s.is(j, ",") && !matches!(s.lower(j).as_ref(), "who" | "which" | "that" | "whose")).any(|j| {
                let w = s.lower(j);
                !is_capitalized(s.word(j))
                    && crate::lexicon::verb_from_past(&w).is_some()
                    && !crate::lexicon::pos(&w).is_some_and(|p| p.contains('n') || p.contains('a'))
            });
        and_then_verb
            || s.is(k, "but")
                && k + 1 < end
                && (matches!(s.lower(k + 1).as_ref(), "has" | "have" | "had" | "was" | "were" | "is" | "are" | "remains" | "remained")
                    || crate::lexicon::verb_from_past(&s.lower(k + 1)).is_some() && !crate::lexicon::pos(&s.lower(k + 1)).is_some_and(|p| p.contains('a')))
    };
    // "a full member", "a part": a noun that says nothing without what it belongs to
    let bare_relation =
        |k: usize| RELATIONAL.contains(&s.lower(k).as_ref()) && (k + 1 >= end || matches!(s.lower(k + 1).as_ref(), "but" | "and" | "," | "since"));
    if (i..end).any(|k| second_predicate(k) || bare_relation(k)) {
        return None;
    }
    Some((i, end))
}

/// Nouns of relation: "a member", "a part", "one" need "of …" to define anything.
const RELATIONAL: &[&str] = &["member", "members", "part", "parts", "example", "component", "branch", "subsidiary", "affiliate", "division", "unit"];

fn is_evaluative(s: &Sentence, a: usize, b: usize) -> bool {
    (a..b.min(a + 4)).any(|k| EVALUATIVE.contains(&s.lower(k).as_ref()))
        || s.is(a, "one") && s.is(a + 1, "of")
        || (a..b).any(|k| s.is(k, "such") && s.is(k + 1, "as") || s.is(k, "including") || s.is(k, "like") && k == a + 1)
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    unique_description(s, out);
    term_appositives(s, out);
    known_as_appositive(s, out);
    let (start, _) = clause_start(s);
    // "In its original form, the pact was …", "At its peak, …": an opening that points
    // back makes what follows hold only then
    if (s.body..start).any(|k| matches!(s.lower(k).as_ref(), "its" | "their" | "his" | "her" | "it" | "they")) {
        return;
    }
    // the context phrase that opened the sentence ("In Rust,", "In medieval Bologna,")
    let context = opening_context(s, start);
    // punctuation inside a parenthesis ("(English pronunciation: …)") does not end the term
    let mut depth = 0i32;
    for v in start + 1..s.len().min(start + 40) {
        match s.word(v) {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
        if depth > 0 || s.is(v, ")") {
            continue;
        }
        let w = s.lower(v);
        match w.as_ref() {
            // "Hopper coined the term bug to refer to …" is a purpose, not a definition
            "refers" | "refer" | "referred" if s.is(v + 1, "to") && !s.is(v - 1, "to") => {
                refers(s, out, start, v, &w, &context);
                return;
            }
            "encompasses" | "encompass" | "encompassed" => {
                encompasses(s, out, start, v, &w, &context);
                return;
            }
            "operates" | "operated" | "works" | "functions" if s.is(v + 1, "on") && s.is(v + 2, "the") && s.is(v + 3, "principle") && s.is(v + 4, "of") => {
                principle(s, out, start, v, &w);
                return;
            }
            "is" | "are" | "was" | "were" if LANGUAGES.contains(&s.word((v + 1).min(s.len() - 1))) && s.is(v + 2, "for") => {
                language_gloss(s, out, start, v);
                return;
            }
            "is" | "are" | "was" | "were" => {
                if s.is(v + 1, "defined") && s.is(v + 2, "as") {
                    defined_as(s, out, start, v, &context);
                } else {
                    copular(s, out, start, v, &context);
                }
                return;
            }
            "," | ";" | ":" if !(s.is(v, ",") || s.is(v, "(")) => {
                return;
            }
            _ => {}
        }
    }
}

/// "In Rust," -> "In Rust, " prefix for the question; empty when the sentence has none.
fn opening_context(s: &Sentence, start: usize) -> String {
    // only a domain or a place: "In Rust,", "In medieval Bologna,", "In WHO’s constitution,"
    let named = (s.body + 1..start.saturating_sub(1)).any(|k| is_capitalized(s.word(k)));
    if start > s.body + 1 && s.is(start - 1, ",") && s.is(s.body, "in") && named {
        let text = s.span(s.body, start - 1);
        if text.split_whitespace().count() <= 5 && !text.split_whitespace().any(|w| is_pronoun(w) || is_vague_determiner(w)) {
            return format!("{text}, ");
        }
    }
    String::new()
}

fn question_with_context(context: &str, q: &str) -> String {
    if context.is_empty() {
        q.to_string()
    } else {
        let mut c = q.chars();
        let first: String = c.next().map(|f| f.to_lowercase().collect()).unwrap_or_default();
        format!("{context}{first}{}", c.as_str())
    }
}

/// "Interoperability refers to the ability of military forces …"
fn refers(s: &Sentence, out: &mut Vec<Fact>, start: usize, v: usize, verb: &str, context: &str) {
    let Some((a, b)) = term(s, start, v).or_else(|| long_term(s, start, v)) else { return };
    if is_hedged(s, start, v) {
        return;
    }
    let Some((x, y)) = definition_at(s, v + 2) else { return };
    let subject = embed(s, a, b);
    let aux = match verb {
        "referred" => "did",
        "refer" => "do",
        _ => "does",
    };
    let answer = s.span(x, y).to_string();
    let q = question_with_context(context, &format!("What {aux} {subject} refer to?"));
    let st = (format!("{}{} {verb} to ", capitalize(context), if context.is_empty() { capitalize(&subject) } else { subject.clone() }), ".".into());
    push(out, subject, q, answer, vec![], st, 0.9);
}

/// "Strategic partnerships in a military context refer to …": a term of up to seven words
/// with a prepositional phrase, allowed only before "refers to".
fn long_term(s: &Sentence, a: usize, b: usize) -> Option<(usize, usize)> {
    let n = b.checked_sub(a)?;
    if !(2..=7).contains(&n) || is_pronoun(s.word(a)) || is_vague_determiner(s.word(a)) {
        return None;
    }
    (a..b).all(|k| s.kind(k) == Some(Tok::Word) && !matches!(s.lower(k).as_ref(), "which" | "that" | "who" | "is" | "are" | "was" | "were")).then_some((a, b))
}

/// "Military diplomacy encompasses diplomatic activities conducted by …"
fn encompasses(s: &Sentence, out: &mut Vec<Fact>, start: usize, v: usize, verb: &str, context: &str) {
    let Some((a, b)) = term(s, start, v) else { return };
    if is_hedged(s, start, v) || (a..b).any(|k| s.is(k, "of")) || v + 1 >= s.len() || is_vague_determiner(s.word(v + 1)) || is_evaluative(s, v + 1, s.len()) {
        return;
    }
    let Some((x, y)) = definition_at(s, v + 1) else { return };
    if y - x < 3 {
        return;
    }
    let subject = embed(s, a, b);
    let aux = match verb {
        "encompassed" => "did",
        "encompass" => "do",
        _ => "does",
    };
    let answer = s.span(x, y).to_string();
    let q = question_with_context(context, &format!("What {aux} {subject} encompass?"));
    let st = (format!("{}{} {verb} ", capitalize(context), if context.is_empty() { capitalize(&subject) } else { subject.clone() }), ".".into());
    push(out, subject, q, answer, vec![], st, 0.8);
}

/// "NATO operates on the principle of collective security, meaning that …"
fn principle(s: &Sentence, out: &mut Vec<Fact>, start: usize, v: usize, verb: &str) {
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let x = v + 5;
    let end = phrase_end(s, x);
    if end <= x || end > x + 6 || is_hedged(s, start, v) {
        return;
    }
    let subject = embed(s, a, b);
    let (aux, base) = match verb {
        "operated" => ("did", "operate"),
        "operates" => ("does", "operate"),
        "works" => ("does", "work"),
        _ => ("does", "function"),
    };
    let answer = s.span(x, end).to_string();
    let q = format!("On what principle {aux} {subject} {base}?");
    let st = (format!("{} {verb} on the principle of ", capitalize(&subject)), ".".into());
    push(out, subject, q, answer.clone(), vec![format!("the principle of {answer}")], st, 0.8);
}

/// "Ownership is defined as the set of rules …"
fn defined_as(s: &Sentence, out: &mut Vec<Fact>, start: usize, v: usize, context: &str) {
    let Some((a, b)) = term(s, start, v) else { return };
    if is_hedged(s, start, v) {
        return;
    }
    let mut x = v + 3;
    let quoted = matches!(s.word(x.min(s.len() - 1)), "“" | "\"");
    if quoted {
        x += 1;
    }
    let Some((x, mut y)) = definition_at(s, x) else { return };
    if quoted && let Some(c) = (x..s.len()).find(|&k| matches!(s.word(k), "”" | "\"")) {
        y = c;
    }
    let subject = embed(s, a, b);
    let be = s.lower(v);
    let answer = s.span(x, y).trim_end_matches(['.', ',']).to_string();
    let q = question_with_context(context, &format!("How {be} {subject} defined?"));
    let st = (format!("{}{} {be} defined as ", capitalize(context), if context.is_empty() { capitalize(&subject) } else { subject.clone() }), ".".into());
    push(out, subject, q, answer, vec![], st, 0.9);
}

/// "Tuberculosis (TB) is an infectious disease caused by …", "The glossators were scholars who …"
fn copular(s: &Sentence, out: &mut Vec<Fact>, start: usize, v: usize, context: &str) {
    let Some((a, b)) = term(s, start, v) else { return };
    let d = v + 1;
    if d >= s.len() || is_hedged(s, start, d + 1) || s.is(d, "also") || s.is(d, "not") || s.is(d, "now") {
        return;
    }
    let be = s.lower(v);
    let plural = be == "are" || be == "were";
    let first = s.word(d);
    let starts_ok = if plural {
        // a bare plural class followed by a relative clause: "scholars who explained …"
        (d + 1..s.len().min(d + 4)).any(|k| matches!(s.word(k), "who" | "that" | "which" | "whose"))
            && s.kind(d) == Some(Tok::Word)
            && !is_function_word(first)
            && !is_capitalized(first)
    } else {
        // "a Norwegian company" is a class; "the Netherlands" is a name
        let next = (d + 1).min(s.len() - 1);
        let class_after = !is_capitalized(s.word(next))
            || s.kind(next + 1) == Some(Tok::Word)
                && !is_capitalized(s.word(next + 1))
                && crate::lexicon::pos(s.word(next + 1)).is_some_and(|p| p.contains('n') || p.contains('a'));
        matches!(first.to_lowercase().as_str(), "a" | "an" | "the" | "one") && !s.is(d + 1, "of") && class_after
            || strip_possessive(first).is_some_and(is_capitalized)
    };
    if !starts_ok || is_evaluative(s, d, s.len()) {
        return;
    }
    // "Greenland is the world's largest island": a rank has one holder, so the question
    // asks for it; "What is Greenland?" would have other answers
    if ranks(s, d) {
        rank_holder(s, out, a, b, v, d);
        return;
    }
    // "The AU is the organization …" fine; "NATO is the alliance" is too thin: two words at least
    let Some((x, y)) = definition_at(s, d) else { return };
    // a name needs more than "a treaty"; a term may be "a guild"
    let named = is_capitalized(s.word(a)) && !(a == s.body && crate::lexicon::is_common_word(s.word(a))) || (a + 1..b).any(|k| is_capitalized(s.word(k)));
    if y - x < 2 || (s.is(x, "the") || named) && y - x < 3 || cut_short(s, x, y) {
        return;
    }
    // "UNESCO is an international organization": a class with nothing that singles the
    // name out has many right answers; a short definition needs its "of …", "that …", a
    // possessive or a number
    let singles_out = (x..y).any(|k| {
        matches!(s.lower(k).as_ref(), "of" | "for" | "that" | "which" | "who" | "whose" | "in" | "on" | "at" | "to" | "with" | "based" | "founded")
            || strip_possessive(s.word(k)).is_some()
            || s.kind(k) == Some(Tok::Number)
    });
    if named && y - x <= 4 && !singles_out {
        return;
    }
    if restates_the_name(s, a, b, x, y) {
        return;
    }
    // "What is Vienna?" has as many answers as the city has descriptions; its capital and
    // rank questions ask what one description holds
    let place = s.span(a, b).trim_start_matches("The ").trim_start_matches("the ");
    if crate::gazetteer::is_city(place) || crate::gazetteer::is_country(place) {
        return;
    }
    let subject = embed(s, a, b);
    let person = describes_person(s, a, b, x, y);
    // an individual can be described many ways; a class of people ("the glossators") is
    // defined by its description
    let individual = (a..b).any(|k| {
        is_capitalized(s.word(k)) && k > a
            || is_capitalized(s.word(k))
                && !s.is(k, "the")
                && !(k == s.body && crate::lexicon::is_common_word(s.word(k)) && crate::text::casing::document_prefers_lower(s.word(k)) != Some(false))
    });
    // "Darwin's scientific discovery is …": an attribute of a name, described by its role
    if (a..b).any(|k| strip_possessive(s.word(k)).is_some()) {
        return;
    }
    // "Babbage was …": a surname alone is too thin a subject for a description of a person
    if person && individual && b - a < 2 {
        return;
    }
    // "Sir Isaac Newton": a title or two capitalised names make a person even when the
    // description's head noun is unknown
    let person = person || individual && super::founder::looks_like_person(s.span(a, b)) && b - a >= 2 && !(s.is(a, "the") || s.is(a, "a") || s.is(a, "an"));
    // a person can be described in many ways ("a Geneva lawyer", "the co-founder of the
    // ICRC", "its president"): the blind ratings found "Who was X?" to have too many right
    // answers, so only a class of people ("the glossators") is defined
    if person && individual {
        return;
    }
    let wh = if person { "Who" } else { "What" };
    let answer = s.span(x, y).to_string();
    let mut accept = Vec::new();
    // "a guild" -> also "guild"
    if let Some(r) = answer.strip_prefix("a ").or_else(|| answer.strip_prefix("an ")).or_else(|| answer.strip_prefix("the ")) {
        accept.push(r.to_string());
    }
    let q = question_with_context(context, &format!("{wh} {be} {subject}?"));
    let st = (format!("{}{} {be} ", capitalize(context), if context.is_empty() { capitalize(&subject) } else { subject.clone() }), ".".into());
    push(out, subject, q, answer, accept, st, 0.8);
}

/// "the first version of the kernel to …", "the largest …": a rank, not a class; "What
/// was X?" would have other right answers.
fn ranks(s: &Sentence, d: usize) -> bool {
    let rank_word = |w: &str| {
        let w = w.to_lowercase();
        // "most-visited", "fourth-largest": any part of a compound may rank
        let first_part = w.split('-').next().unwrap_or(&w).to_string();
        let last = if matches!(first_part.as_str(), "most" | "least" | "best" | "second" | "third" | "fourth" | "fifth") {
            first_part
        } else {
            w.rsplit('-').next().unwrap_or(&w).to_string()
        };
        matches!(
            last.as_str(),
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "last"
                | "only"
                | "largest"
                | "biggest"
                | "smallest"
                | "oldest"
                | "youngest"
                | "newest"
                | "latest"
                | "earliest"
                | "highest"
                | "lowest"
                | "longest"
                | "most"
                | "best"
                | "leading"
                | "leader"
                | "main"
                | "fastest"
        ) || last.ends_with("est") && crate::lexicon::pos(&last).is_some_and(|p| p.contains('a'))
            || last.chars().next().is_some_and(|c| c.is_ascii_digit())
    };
    // "the first …", "the world's first …", "Africa's fourth-largest …"
    let opens = s.is(d, "the") || strip_possessive(s.word(d)).is_some();
    opens && (d + 1..s.len().min(d + 5)).any(|k| rank_word(s.word(k)))
}

/// "Greenland is the world's largest island." -> What is the world's largest island?
fn rank_holder(s: &Sentence, out: &mut Vec<Fact>, a: usize, b: usize, v: usize, d: usize) {
    let Some((x, y)) = definition_at(s, d) else { return };
    // a rank is one claim: any doubt in the sentence ("…, but the exact number differs
    // among sources") is doubt about it, and so is a condition it holds under ("…, based on
    // 2020 unit sales"), or a second holder ("the largest … followed by Volkswagen")
    let condition =
        (d..s.len()).any(|k| s.is(k, "based") && s.is(k + 1, "on") || s.is(k, "according") && s.is(k + 1, "to") || s.is(k, "followed") && s.is(k + 1, "by"));
    if is_hedged(s, s.body, s.len()) || condition {
        return;
    }
    if y - x < 3 || y - x > 16 || cut_short(s, x, y) || !(s.is(d, "the") || strip_possessive(s.word(d)).is_some()) {
        return;
    }
    // the subject must be a name (not "the city", not "South America's leading trading
    // bloc"), the rank not "one of the …"
    let name_ends = is_capitalized(s.word(b - 1)) || s.kind(b - 1) == Some(Tok::Number);
    if !name_ends || !(a..b).any(|k| is_capitalized(s.word(k)) && !s.is(k, "the")) || s.is(d, "one") || (x..y).any(|k| s.is(k, "one") && s.is(k + 1, "of")) {
        return;
    }
    let be = s.lower(v).into_owned();
    let rank = lower_first_if_common(s.span(x, y), true);
    let answer_full = embed(s, a, b);
    let (answer, accept) = without_article(&answer_full);
    // "the first woman to …" asks "Who"; "the first American human spaceflight program" does not
    let person = (x..y).take_while(|&k| !s.is(k, "of") && !s.is(k, "to") && !s.is(k, "that") && !s.is(k, "who")).any(|k| is_person_noun(s.word(k)))
        // "the first European recorded to have viewed …": a nationality standing for a person
        || (x..y).any(|k| {
            let w = s.word(k);
            is_capitalized(w) && (w.ends_with("ean") || w.ends_with("ian") || w.ends_with("ese") || w == "American" || w == "African")
                && matches!(s.lower(k + 1).as_ref(), "to" | "who" | "recorded" | "known" | "ever")
        });
    let q = format!("{} {be} {rank}?", if person { "Who" } else { "What" });
    let st = (String::new(), format!(" {be} {rank}."));
    out.push(Fact {
        kind: Kind::Definition,
        subject: rank,
        question: q,
        answer,
        accept,
        answer_type: if person { AnswerType::Person } else { AnswerType::Name },
        statement: Some(st),
        confidence: 0.75,
    });
}

/// "the 55th state to ratify": an infinitive without its object, or a phrase ending on a
/// preposition or conjunction, was cut short.
fn cut_short(s: &Sentence, x: usize, y: usize) -> bool {
    if y < x + 2 {
        return false;
    }
    let last = s.word(y - 1);
    super::date::ends_open(s.span(x, y))
        || s.is(y - 2, "to") && crate::lexicon::verb(last).is_some_and(|_| !crate::lexicon::pos(last).is_some_and(|p| p.contains('n')))
}

/// Whether the word is a noun that can only describe a person.
pub fn is_person_noun(w: &str) -> bool {
    PERSON_NOUNS.contains(&w.to_lowercase().as_str())
}

/// Whether the definition x..y describes the person named a..b: its head is a person noun
/// (an ambiguous one like "leader" only with a subject that looks like a person's name).
fn describes_person(s: &Sentence, a: usize, b: usize, x: usize, y: usize) -> bool {
    let head_at = (x..y.min(x + 6)).find(|&k| s.is(k, "of") || s.is(k, "who") || s.is(k, "that") || s.is(k, "in") || s.is(k, ",")).unwrap_or(y.min(x + 6));
    let words: Vec<String> = (x..head_at).map(|k| s.lower(k).into_owned()).collect();
    if words.iter().any(|w| PERSON_NOUNS.contains(&w.as_str())) {
        return true;
    }
    let capitalized_name =
        (a..b).filter(|&k| is_capitalized(s.word(k))).count() >= 2 && !(a..b).any(|k| is_acronym(s.word(k))) && super::founder::looks_like_person(s.span(a, b));
    // "an English social reformer": an agent noun after a person's name
    let agent_noun = |w: &str| {
        ["ist", "er", "or", "ian", "ant"].iter().any(|suf| w.ends_with(suf)) && w.len() > 5 && crate::lexicon::pos(w).is_some_and(|p| p.contains('n'))
    };
    capitalized_name && words.iter().any(|w| AMBIGUOUS_PERSON_NOUNS.contains(&w.as_str()) || agent_noun(w))
}

/// Nationality adjectives and the country they point to.
const DEMONYMS: &[(&str, &str)] = &[
    ("american", "united states"),
    ("british", "united kingdom"),
    ("english", "england"),
    ("french", "france"),
    ("german", "germany"),
    ("italian", "italy"),
    ("spanish", "spain"),
    ("portuguese", "portugal"),
    ("dutch", "netherlands"),
    ("swiss", "switzerland"),
    ("swedish", "sweden"),
    ("norwegian", "norway"),
    ("danish", "denmark"),
    ("finnish", "finland"),
    ("polish", "poland"),
    ("russian", "russia"),
    ("chinese", "china"),
    ("japanese", "japan"),
    ("indian", "india"),
    ("canadian", "canada"),
    ("australian", "australia"),
    ("mexican", "mexico"),
    ("brazilian", "brazil"),
    ("turkish", "turkey"),
    ("greek", "greece"),
    ("irish", "ireland"),
    ("european", "europe"),
    ("african", "africa"),
    ("asian", "asia"),
];

/// "The Italian Space Agency is Italy's national space agency": the definition only
/// says the name again (most of its words, or its nationality as a country).
fn restates_the_name(s: &Sentence, a: usize, b: usize, x: usize, y: usize) -> bool {
    let name: Vec<String> = (a..b).map(|k| s.lower(k).into_owned()).filter(|w| !is_function_word(w) && w.chars().any(char::is_alphanumeric)).collect();
    let def: Vec<String> = (x..y)
        .map(|k| strip_possessive(s.word(k)).unwrap_or(s.word(k)).to_lowercase())
        .filter(|w| !is_function_word(w) && w.chars().any(char::is_alphanumeric))
        .collect();
    // "Panamanian" restates "Panama", "Italy" restates "Italian"
    let related = |n: &str, d: &str| {
        n == d
            || n.chars().count() >= 5 && d.chars().count() >= 5 && n.chars().take(5).eq(d.chars().take(5))
            || DEMONYMS.iter().any(|(dem, c)| *dem == n && (*c == d || c.split(' ').any(|cw| cw == d)))
    };
    const THIN: &[&str] = &["body", "organization", "organisation", "institution", "entity", "national", "official", "main", "one"];
    let new_words = def.iter().filter(|d| !name.iter().any(|n| related(n, d)) && !THIN.contains(&d.as_str())).count();
    let shared = def.iter().filter(|d| name.iter().any(|n| related(n, d))).count();
    // a restatement is short, repeats the name and adds at most one word of its own
    y - x <= 8 && shared >= 1 && new_words <= 1
}

const LANGUAGES: &[&str] = &[
    "Latin",
    "Greek",
    "French",
    "German",
    "Italian",
    "Spanish",
    "Portuguese",
    "Dutch",
    "Arabic",
    "Hebrew",
    "Sanskrit",
    "Japanese",
    "Chinese",
    "Russian",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Polish",
    "Turkish",
    "Persian",
    "Hindi",
    "Swahili",
];

/// "The Olympic motto, “Citius, Altius, Fortius”, is Latin for “Faster, Higher, Stronger”."
fn language_gloss(s: &Sentence, out: &mut Vec<Fact>, start: usize, v: usize) {
    // the words glossed: a quotation in the subject, or the subject itself
    let quote = (start..v).find(|&k| matches!(s.word(k), "“" | "\""));
    let (subject, shown) = match quote {
        Some(q) => {
            let Some(close) = (q + 1..v).find(|&k| matches!(s.word(k), "”" | "\"")) else { return };
            let Some((a, b)) = named_np_at(s, start).or_else(|| term(s, start, q.saturating_sub(1))) else { return };
            (embed(s, a, b), s.span(q, close + 1).to_string())
        }
        None => {
            let Some((a, b)) = term(s, start, v) else { return };
            let t = embed(s, a, b);
            (t.clone(), t)
        }
    };
    let x = v + 3;
    let (x, y) = if matches!(s.word(x.min(s.len() - 1)), "“" | "\"") {
        let Some(close) = (x + 1..s.len()).find(|&k| matches!(s.word(k), "”" | "\"")) else { return };
        (x + 1, close)
    } else {
        (x, phrase_end(s, x))
    };
    if y <= x || is_hedged(s, start, v) {
        return;
    }
    let lang = s.word(v + 1);
    let answer = s.span(x, y).trim_end_matches(['.', ',']).to_string();
    let q = if quote.is_some() { format!("What does {subject} {shown} mean?") } else { format!("What does {shown} mean in English?") };
    let st = (format!("{} is {lang} for ", capitalize(&shown)), ".".into());
    push(out, subject, q, answer, vec![], st, 0.8);
}

/// "Working with pitchblende, a uranium ore, the Curies found …", "published on crates.io,
/// the community's package registry." -> What is pitchblende? A lower-case term the
/// lexicon does not know (or one written like "crates.io"), glossed in an appositive.
fn term_appositives(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len().saturating_sub(2) {
        if !s.is(c, ",") || !(s.is(c + 1, "a") || s.is(c + 1, "an") || s.is(c + 1, "the")) {
            continue;
        }
        let t = c - 1;
        let w = s.word(t);
        let singular = !w.ends_with('s') || w.ends_with("ss");
        let rare = w.chars().all(|ch| ch.is_lowercase() || ch == '.' || ch == '-')
            && w.chars().next().is_some_and(char::is_alphabetic)
            && singular
            && !is_function_word(w)
            && !w.ends_with('.');
        if !rare || w.len() < 4 || t > 0 && !matches!(s.lower(t - 1).as_ref(), "with" | "of" | "on" | "from" | "by" | "using" | "in" | "as" | "into") {
            continue;
        }
        // "In addition, the agency provides …": an opening phrase, not a term and its gloss
        if t <= s.body + 1 {
            continue;
        }
        let end = (c + 2..s.len().min(c + 14)).find(|&k| s.is(k, ",") || s.is(k, ".") || s.is(k, ";")).unwrap_or(s.len());
        let (x, y) = (c + 1, end);
        // a gloss is a noun phrase: a verb of its own makes it a clause
        let finite = (x + 1..y).any(|k| {
            let w = s.lower(k);
            !is_capitalized(s.word(k))
                && (crate::lexicon::verb_from_third(&w).is_some() && w.ends_with('s') || matches!(w.as_ref(), "is" | "are" | "was" | "were"))
                && !crate::lexicon::pos(&w).is_some_and(|p| p.contains('n'))
        });
        if finite {
            continue;
        }
        if y - x < 2 || is_evaluative(s, x, y) || cut_short(s, x, y) || ranks(s, x) || (x..y).any(|k| is_capitalized(s.word(k)) && k == x + 1) {
            continue;
        }
        // "…, a letter of recommendation, a few poems, and …": items of a list, not a gloss
        let in_list = s.is(end, ",") && (s.is(end + 1, "and") || s.is(end + 1, "or"))
            || (c.saturating_sub(8)..c).any(|k| s.is(k, ","))
            || matches!(s.lower(x + 1).as_ref(), "few" | "lot" | "number" | "couple" | "series" | "variety" | "range" | "pair" | "bit");
        if in_list {
            continue;
        }
        let answer = s.span(x, y).to_string();
        let accept = answer
            .strip_prefix("a ")
            .or_else(|| answer.strip_prefix("an "))
            .or_else(|| answer.strip_prefix("the "))
            .map(|r| vec![r.to_string()])
            .unwrap_or_default();
        let q = format!("What is {w}?");
        let st = (format!("{} is ", capitalize(w)), ".".into());
        push(out, w.to_string(), q, answer, accept, st, 0.75);
    }
}

/// "Expulsion from the league, a penalty known as Verhansung, could ruin …" -> What was
/// expulsion from the league known as?
fn known_as_appositive(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(c) = (start + 1..s.len().min(start + 10)).find(|&k| s.is(k, ",")) else { return };
    if !(s.is(c + 1, "a") || s.is(c + 1, "an")) {
        return;
    }
    let Some(k) = (c + 2..s.len().min(c + 6)).find(|&k| s.is(k, "known") && s.is(k + 1, "as")) else { return };
    if (c + 2..k).any(|j| is_function_word(s.word(j)) || is_capitalized(s.word(j))) {
        return;
    }
    let x = k + 2;
    let Some(close) = (x..s.len().min(x + 6)).find(|&j| s.is(j, ",")) else { return };
    if close == x || (start..c).any(|j| is_pronoun(s.word(j)) || is_vague_determiner(s.word(j))) || c - start > 6 {
        return;
    }
    let subject = lower_first_if_common(&super::coref::resolve_in(&clean_span(s, start, c), s.line), true);
    let past = (close + 1..s.len()).any(|j| matches!(s.word(j), "was" | "were" | "could" | "had"));
    let be = if past { "was" } else { "is" };
    let answer = s.span(x, close).to_string();
    let q = format!("What {be} {subject} known as?");
    let st = (format!("{} {be} known as ", capitalize(&subject)), ".".into());
    push(out, subject, q, answer, vec![], st, 0.75);
}

/// "The first international organization set up to maintain world peace was the League of
/// Nations." A superlative makes the description fit one thing: the question asks for it.
fn unique_description(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    if !s.is(start, "the") || start + 2 >= s.len() {
        return;
    }
    let rank = s.lower(start + 1);
    let unique = matches!(
        rank.as_ref(),
        "first"
            | "last"
            | "oldest"
            | "largest"
            | "biggest"
            | "smallest"
            | "highest"
            | "longest"
            | "only"
            | "earliest"
            | "tallest"
            | "deepest"
            | "youngest"
            | "fastest"
    );
    if !unique {
        return;
    }
    let Some(v) = (start + 2..s.len().min(start + 16)).find(|&k| s.is(k, "was") || s.is(k, "is")) else { return };
    // "the first woman to …", not a name ("the first Geneva Convention")
    if is_capitalized(s.word(start + 2))
        || (start + 2..v).any(|k| is_pronoun(s.word(k)) || is_vague_determiner(s.word(k)) || s.is(k, ",") || s.is(k, "of") && s.is(k + 1, "these"))
        || is_hedged(s, start, v)
    {
        return;
    }
    let Some((a, b)) = named_np_at(s, v + 1) else { return };
    if !(s.is(b, ".") || b >= s.len() || s.is(b, ",")) {
        return;
    }
    let description = lower_first_if_common(s.span(start, v), true);
    let be = s.lower(v).into_owned();
    let answer_full = s.span(a, b).to_string();
    let (answer, accept) = without_article(&answer_full);
    let person = (start + 1..v).take_while(|&k| !s.is(k, "of") && !s.is(k, "to") && !s.is(k, "that") && !s.is(k, "who")).any(|k| is_person_noun(s.word(k)));
    let q = format!("{} {be} {description}?", if person { "Who" } else { "What" });
    let st = (String::new(), format!(" {be} {description}."));
    out.push(Fact {
        kind: Kind::Definition,
        subject: description,
        question: q,
        answer,
        accept,
        answer_type: if person { AnswerType::Person } else { AnswerType::Name },
        statement: Some(st),
        confidence: 0.8,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::qa;

    fn p(q: &str, a: &str) -> (String, String) {
        (q.to_string(), a.to_string())
    }

    #[test]
    fn refers_to() {
        let doc = [crate::extract::testing::sent("We value interoperability.")];
        let got = crate::text::casing::with_casing(crate::text::casing::Casing::learn(&doc), || {
            qa(extract, "Interoperability refers to the ability of military forces from different nations to work together effectively.")
        });
        assert_eq!(got, [p("What does interoperability refer to?", "the ability of military forces from different nations to work together effectively")]);
        assert_eq!(
            qa(extract, "Strategic partnerships in a military context refer to collaborative relationships established between nations."),
            [p("What do strategic partnerships in a military context refer to?", "collaborative relationships established between nations")]
        );
        assert_eq!(
            qa(extract, "In Rust, a crate refers to a single unit of compilation, either a library or an executable program."),
            [p("In Rust, what does a crate refer to?", "a single unit of compilation")]
        );
        assert_eq!(
            qa(
                extract,
                "Latent TB infection refers to a state in which the bacteria survive in the body without causing symptoms; a person cannot pass it on."
            ),
            [p("What does latent TB infection refer to?", "a state in which the bacteria survive in the body without causing symptoms")]
        );
    }

    #[test]
    fn defined_as() {
        assert_eq!(
            qa(extract, "In WHO’s constitution, health is defined as “a state of complete physical, mental and social well-being.”"),
            [p("In WHO’s constitution, how is health defined?", "a state of complete physical, mental and social well-being")]
        );
        assert_eq!(
            qa(extract, "Ownership is defined as the set of rules that decide which part of a program frees each value."),
            [p("How is ownership defined?", "the set of rules that decide which part of a program frees each value")]
        );
    }

    #[test]
    fn copular_definitions() {
        assert_eq!(
            qa(extract, "Tuberculosis (TB) is an infectious disease caused by the bacterium Mycobacterium tuberculosis."),
            [p("What is tuberculosis?", "an infectious disease caused by the bacterium Mycobacterium tuberculosis")]
        );
        assert_eq!(
            qa(extract, "A Kontor was a trading post that Hanseatic merchants maintained in a foreign city, with its own warehouses."),
            [p("What was a Kontor?", "a trading post that Hanseatic merchants maintained in a foreign city")]
        );
        assert_eq!(
            qa(extract, "The glossators were scholars who explained the texts of Roman law by writing short notes."),
            [p("Who were the glossators?", "scholars who explained the texts of Roman law by writing short notes")]
        );
        let doc = [crate::extract::testing::sent("We run Cargo and Servo daily.")];
        let casing = crate::text::casing::Casing::learn(&doc);
        let got = crate::text::casing::with_casing(casing.clone(), || qa(extract, "Cargo is Rust's build tool and package manager: it compiles projects."));
        assert_eq!(got, [p("What is Cargo?", "Rust's build tool and package manager")]);
        let got = crate::text::casing::with_casing(casing, || qa(extract, "Servo is an experimental browser engine written in Rust by Mozilla Research."));
        assert_eq!(got, [p("What is Servo?", "an experimental browser engine written in Rust by Mozilla Research")]);
        assert_eq!(
            qa(extract, "The cog, the league’s typical cargo ship, was a broad, single-masted vessel with a flat bottom and a square sail."),
            [p("What was the cog?", "a broad, single-masted vessel with a flat bottom and a square sail")]
        );
        assert_eq!(
            qa(extract, "In medieval Bologna, a universitas was a guild, and the university was a guild of students."),
            [p("In medieval Bologna, what was a universitas?", "a guild")]
        );
        // a nationality that stands for a person asks "Who"
        assert_eq!(
            qa(extract, "David Livingstone was the first European recorded to have viewed the Victoria Falls."),
            [("Who was the first European recorded to have viewed the Victoria Falls?".to_string(), "David Livingstone".to_string())]
        );
    }

    #[test]
    fn an_opening_phrase_is_kept_only_when_it_names_a_domain() {
        let got = qa(extract, "In addition to funding, resource limitations encompass shortages in personnel and equipment.");
        assert_eq!(got, [p("What do resource limitations encompass?", "shortages in personnel and equipment")]);
    }

    #[test]
    fn encompass_and_principles() {
        assert_eq!(
            qa(
                extract,
                "Military diplomacy encompasses diplomatic activities conducted by military leaders and personnel to foster relationships between nations."
            ),
            [p(
                "What does military diplomacy encompass?",
                "diplomatic activities conducted by military leaders and personnel to foster relationships between nations"
            )]
        );
        assert_eq!(
            qa(extract, "NATO operates on the principle of collective security, meaning that an attack against one member is an attack against all."),
            [p("On what principle does NATO operate?", "collective security")]
        );
        assert_eq!(
            qa(extract, "The curie (Ci), an older unit of radioactivity, is defined as 3.7 × 10¹⁰ decays per second."),
            [p("How is the curie defined?", "3.7 × 10¹⁰ decays per second")]
        );
        assert!(qa(extract, "International military collaboration encompasses various strategic objectives aimed at enhancing security.").is_empty());
        assert!(qa(extract, "Legal frameworks guiding international military collaboration encompass treaties, agreements, and conventions.").is_empty());
    }

    #[test]
    fn glosses_and_appositive_terms() {
        assert_eq!(
            qa(extract, "The Olympic motto, “Citius, Altius, Fortius”, is Latin for “Faster, Higher, Stronger”."),
            [p("What does the Olympic motto “Citius, Altius, Fortius” mean?", "Faster, Higher, Stronger")]
        );
        assert_eq!(qa(extract, "Working with pitchblende, a uranium ore, the Curies found active samples."), [p("What is pitchblende?", "a uranium ore")]);
        assert_eq!(
            qa(extract, "Crates are published on crates.io, the community's package registry."),
            [p("What is crates.io?", "the community's package registry")]
        );
        assert_eq!(
            qa(extract, "Expulsion from the league, a penalty known as Verhansung, could ruin a town’s trade."),
            [p("What was expulsion from the league known as?", "Verhansung")]
        );
        assert!(qa(extract, "Working with partners, a key group, the firm grew.").is_empty());
        assert!(qa(extract, "Working with partner, a key group, the firm grew.").is_empty());
        assert!(
            qa(extract, "Tesla arrived in New York with four cents in his pocket, a letter of recommendation, a few poems, and his belongings.").is_empty()
        );
    }

    #[test]
    fn a_unique_description_asks_for_its_name() {
        assert_eq!(
            qa(extract, "The first international organization set up to maintain world peace was the League of Nations."),
            [p("What was the first international organization set up to maintain world peace?", "League of Nations")]
        );
        assert_eq!(qa(extract, "The first woman to win a Nobel Prize was Marie Curie."), [p("Who was the first woman to win a Nobel Prize?", "Marie Curie")]);
        assert!(qa(extract, "The first of these alliances was NATO.").is_empty());
    }

    #[test]
    fn judgements_are_not_definitions() {
        for t in [
            "Force interoperability is often a primary concern.",
            "Another limitation is resource allocation.",
            "Capacity building is also an essential aspect of international military collaboration.",
            "Interoperability is a significant focus in the development of communication systems.",
            "Military aid is a critical component of strategic alliances, facilitating cooperation.",
            "Adaptability is another vital attribute, as landscapes evolve.",
            "Another noteworthy partnership is the United States-Japan Security Alliance.",
            "One primary challenge is the divergence of national interests.",
            "Military alliances during peacekeeping missions are structured frameworks that facilitate efforts.",
            "These partnerships are characterized by shared objectives.",
            "The result was a disaster for the alliance.",
            "It is a body of rules.",
            "Climate change is increasingly recognized as an emerging threat.",
            "An important aspect of these initiatives is the deployment of forces.",
            "An example is the collaboration between the United States and Japan.",
            "The American Red Cross is the national society of the United States.",
            "The Italian Space Agency is Italy's national space agency.",
            "The Panama Canal Authority is a Panamanian body.",
            // a relation without what it belongs to, and a second predicate
            "Venezuela is a full member but has been suspended since 1 December 2016.",
            "Bolivia is a member.",
            // an opening phrase is no term
            "In addition, the agency provides relief supplies in emergencies.",
            "In its original form, the Kellogg-Briand Pact was a renunciation of war between France and the United States.",
            // a city has many descriptions; a rank under a condition or with a runner-up
            "Vienna is Austria's primate city, with just over two million inhabitants.",
            "Toyota is the largest automobile manufacturer in the world followed by Volkswagen, based on 2020 unit sales.",
            // "to refer to" says what a word was coined for
            "After a moth got into the circuits of Mark I, Hopper coined the term bug to refer to unexplained computer failures.",
            "Maathai was an elected member of Parliament of Kenya and between January 2003 and November 2005 served as Assistant Minister.",
            // a bare class that does not single the name out
            "UNESCO is an international organization.",
            // a rank the sentence itself doubts
            "Mendeleev was the 13th surviving child of 17 total, but the exact number differs among sources.",
            // the subject is a description, not a name
            "South America's leading trading bloc, Mercosur, is the largest trading bloc in South America.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }
}
