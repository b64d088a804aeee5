//! Date facts: when something named was founded, signed, formed, held, launched,
//! ended or happened. Shapes:
//! - appositive participle: "NATO, established in 1949, …"
//! - passive clause: "The Battle of Solferino was fought on 24 June 1859 …"
//! - nominalisation: "the formation of NATO in 1949"
//! - active clause with a named subject: "In 1903 Marie Curie shared the Nobel Prize …",
//!   "Panama declared its independence from Colombia on 3 November 1903."
//! - a named event with its date: "Operation Allied Force in 1999".

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::lexicon;
use crate::text::Sentence;

/// Participles that describe a state or a report, not an event with a date.
const NOT_EVENTS: &[&str] = &[
    "known",
    "based",
    "located",
    "called",
    "considered",
    "seen",
    "regarded",
    "used",
    "thought",
    "believed",
    "described",
    "involved",
    "made",
    "given",
    "needed",
    "required",
    "expected",
    "said",
    "viewed",
    "recognized",
    "recognised",
    "characterized",
    "defined",
    "named",
    "headquartered",
    "situated",
    "shown",
    "found",
    "marked",
    "followed",
    "led",
    "influenced",
    "affected",
    "associated",
    "linked",
    "related",
    "connected",
    "supported",
    "estimated",
    "reported",
    "noted",
    "remembered",
    "celebrated",
    "praised",
    "criticized",
    "criticised",
    "compared",
    "joined",
    "intended",
    "meant",
    "designed",
    "aimed",
    "tasked",
    "charged",
    "expanded",
    "run",
    "owned",
    "managed",
    "controlled",
    "governed",
    "funded",
    "composed",
    "comprised",
    "divided",
    "limited",
    "allowed",
    "forced",
    "asked",
    "told",
    "placed",
    "put",
];

/// Nominalisations and the participle a question uses for them.
const NOMINALS: &[(&str, &str)] = &[
    ("formation", "formed"),
    ("establishment", "established"),
    ("founding", "founded"),
    ("foundation", "founded"),
    ("creation", "created"),
    ("signing", "signed"),
    ("assassination", "assassinated"),
    ("launch", "launched"),
    ("adoption", "adopted"),
    ("dissolution", "dissolved"),
    ("inauguration", "inaugurated"),
    ("ratification", "ratified"),
    ("abolition", "abolished"),
    ("opening", "opened"),
    ("completion", "completed"),
    ("discovery", "discovered"),
    ("invention", "invented"),
    ("introduction", "introduced"),
];

/// Verbs after which an active clause is better asked in the passive about its object.
const FOUNDING_VERBS: &[&str] = &[
    "founded",
    "established",
    "created",
    "formed",
    "launched",
    "set",
    "built",
    "designed",
    "signed",
    "co-founded",
    "organized",
    "organised",
    "inaugurated",
    "opened",
    "introduced",
    "invented",
    "discovered",
    "adopted",
    "ratified",
];

/// Active verbs that report or judge rather than state an event.
const NOT_ACTIVE_EVENTS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "noted",
    "argued",
    "claimed",
    "believed",
    "thought",
    "seemed",
    "appeared",
    "remained",
    "continued",
    "tended",
    "wanted",
    "hoped",
    "could",
    "would",
    "might",
    "should",
    "became",
    "got",
    "felt",
    "knew",
    "saw",
];

/// Event nouns that head a name which "takes place".
/// ("congress" is not one: "the United States Congress" is a legislature.)
const EVENT_HEADS: &[&str] = &[
    "operation",
    "battle",
    "conference",
    "summit",
    "games",
    "olympics",
    "expedition",
    "siege",
    "massacre",
    "exhibition",
    "election",
    "referendum",
    "championship",
    "championships",
    "cup",
    "festival",
    "uprising",
    "rebellion",
    "coup",
    "landings",
    "airlift",
    "blockade",
    "raid",
];

/// Unnamed events that a year in front of them dates: "the 2010 earthquake in Haiti".
pub const DATED_EVENT_NOUNS: &[&str] = &[
    "earthquake",
    "tsunami",
    "flood",
    "floods",
    "election",
    "elections",
    "revolution",
    "crisis",
    "attack",
    "attacks",
    "outbreak",
    "eruption",
    "hurricane",
    "fire",
    "famine",
    "pandemic",
    "epidemic",
    "summit",
    "conference",
    "coup",
    "referendum",
    "uprising",
    "strike",
    "war",
    "treaty",
    "agreement",
    "accords",
    "accord",
    "census",
    "merger",
];

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    appositive_participle(s, out);
    passive_clause(s, out);
    nominalisation(s, out);
    active_clause(s, out);
    named_event(s, out);
    example_event(s, out);
    year_named_instrument(s, out);
    life_span(s, out);
    relative_event(s, out);
    class_founded(s, out);
}

/// "The Treaty of Lisbon, which entered into force in 2009, amended …"
fn relative_event(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len() {
        if !(s.is(c, ",") && s.is(c + 1, "which")) {
            continue;
        }
        let v = c + 2;
        if v >= s.len() || !is_active_past(s, v) && !(s.is(v, "was") || s.is(v, "were")) {
            continue;
        }
        let Some(close) = (v + 1..s.len().min(v + 14)).find(|&k| s.is(k, ",") || s.is(k, ".")) else { continue };
        let Some(pi) = (v + 1..close).find(|&k| prep_date_at(s, k).is_some() && (s.is(k, "in") || s.is(k, "on"))) else { continue };
        let d = prep_date_at(s, pi).expect("checked");
        if d.end != close {
            continue;
        }
        let Some((a, b)) = named_np_ending_at(s, c) else { continue };
        if a > 0 && !(a == clause_start(s).0 || s.is(a - 1, "the") && a - 1 == clause_start(s).0) {
            continue;
        }
        if is_hedged(s, v, close) || has_vague_words(&clean_span(s, v + 1, pi)) {
            continue;
        }
        let subject = embed(s, a, b);
        let (question, statement) = if s.is(v, "was") || s.is(v, "were") {
            // ", which was signed in 1992,"
            let p = v + 1;
            if !is_event_participle(s.word(p)) || p + 1 != pi || lacks_its_office(s, p) {
                continue;
            }
            let aux = s.lower(v).into_owned();
            let part = s.lower(p).into_owned();
            (format!("{} {aux} {subject} {part}?", d.kind.wh()), (format!("{} {aux} {part} {} ", capitalize(&subject), prep_word(s, &d)), ".".into()))
        } else {
            let Some(verb) = lexicon::verb_from_past(s.word(v)) else { continue };
            let object = clean_span(s, v + 1, pi);
            let tail = if object.is_empty() { String::new() } else { format!(" {object}") };
            if object.is_empty() && NEEDS_OBJECT.contains(&s.lower(v).as_ref()) {
                continue;
            }
            (
                format!("{} did {subject} {}{tail}?", d.kind.wh(), verb.base),
                (format!("{} {}{tail} {} ", capitalize(&subject), s.lower(v), prep_word(s, &d)), ".".into()),
            )
        };
        push(out, s, subject, question, &d, statement, 0.8);
    }
}

/// "The Red Army Faction was a West German far-left militant group founded in 1970."
fn class_founded(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 12)).find(|&k| s.is(k, "is") || s.is(k, "was") || s.is(k, "are") || s.is(k, "were")) else { return };
    if !(s.is(v + 1, "a") || s.is(v + 1, "an")) {
        return;
    }
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let Some(p) = (v + 2..s.len().min(v + 10))
        .find(|&k| matches!(s.lower(k).as_ref(), "founded" | "established" | "formed" | "created" | "launched" | "built" | "opened"))
    else {
        return;
    };
    if (v + 2..p).any(|k| matches!(s.word(k), "," | "that" | "which" | "who" | "of" | "in" | "with")) {
        return;
    }
    let Some(d) = prep_date_at(s, p + 1) else { return };
    if !(s.is(p + 1, "in") || s.is(p + 1, "on")) || is_hedged(s, start, d.end) {
        return;
    }
    let subject = embed(s, a, b);
    let aux = if looks_plural(&subject) { "were" } else { "was" };
    let part = s.lower(p).into_owned();
    let question = format!("{} {aux} {subject} {part}?", d.kind.wh());
    let statement = (format!("{} {aux} {part} {} ", capitalize(&subject), prep_word(s, &d)), ".".into());
    push(out, s, subject, question, &d, statement, 0.8);
}

/// "Florence Nightingale (12 May 1820 – 13 August 1910) was …", "Alexander Fleming
/// (1881–1955)", "Ada Lovelace (born 10 December 1815)": a person's birth and death.
fn life_span(s: &Sentence, out: &mut Vec<Fact>) {
    for o in 1..s.len() {
        if !s.is(o, "(") {
            continue;
        }
        // "Charles Robert Darwin, FRS (…)": post-nominal letters after a comma
        let name_end = if o >= 3 && s.is(o - 2, ",") && is_acronym(s.word(o - 1)) { o - 2 } else { o };
        let Some((a, b)) = named_np_ending_at(s, name_end) else { continue };
        let name = embed(s, a, b);
        // "Augusta Ada King, Countess of Lovelace (…)", "Fleming, Sir Alexander (…)": a title
        // or an inverted name after a comma is not the whole name
        if b - a < 2 || a > 0 && s.is(a - 1, ",") || !super::founder::looks_like_person(&name) {
            continue;
        }
        // the person the sentence or the text is about: "Jawaharlal Nehru was born to Motilal
        // Nehru (1861–1931) and …" gives the parents' dates in passing
        let (start, _) = clause_start(s);
        if a != start && !(s.is(start, "the") && a == start + 1) && !super::coref::is_topic(&name) {
            continue;
        }
        let Some(close) = (o + 1..s.len().min(o + 12)).find(|&k| s.is(k, ")")) else { continue };
        let mut i = o + 1;
        let born_only = s.is(i, "born");
        if born_only {
            i += 1;
        }
        // "1881–1955" is one token
        if close == i + 1 && !born_only {
            if let Some((y1, y2)) = s.word(i).split_once(['–', '-'])
                && is_year(y1)
                && is_year(y2)
            {
                for (year, verb) in [(y1, "born"), (y2, "die")] {
                    let (q, st) = if verb == "born" {
                        (format!("In which year was {name} born?"), format!("{} was born in ", capitalize(&name)))
                    } else {
                        (format!("In which year did {name} die?"), format!("{} died in ", capitalize(&name)))
                    };
                    out.push(Fact {
                        kind: Kind::Date,
                        subject: name.clone(),
                        question: q,
                        answer: year.to_string(),
                        accept: vec![format!("in {year}")],
                        answer_type: AnswerType::Date(DateKind::Year),
                        statement: Some((st, ".".into())),
                        confidence: 0.8,
                    });
                }
            }
            continue;
        }
        let Some(birth) = date_at(s, i) else { continue };
        let rest = birth.end;
        let death = if born_only {
            None
        } else if matches!(s.word(rest.min(s.len() - 1)), "–" | "-" | "—") {
            date_at(s, rest + 1)
        } else {
            None
        };
        // "(25 December 1642 – 20 March 1726/27)": a death date in two calendars is left
        // out, the birth date still stands
        let two_calendars = death.is_none() && close == rest + 4 && s.word(close - 1).contains('/') && date_at(s, rest + 1).is_none();
        let ends_ok = if born_only || two_calendars { birth.end == close || two_calendars } else { death.as_ref().is_some_and(|d| d.end == close) };
        if !ends_ok || birth.kind != DateKind::FullDate && birth.kind != DateKind::Year {
            continue;
        }
        let q = format!("{} was {name} born?", birth.kind.wh());
        let st = (format!("{} was born {} ", capitalize(&name), if birth.kind == DateKind::FullDate { "on" } else { "in" }), ".".into());
        push(out, s, name.clone(), q, &birth, st, 0.8);
        if let Some(d) = death {
            let q = format!("{} did {name} die?", d.kind.wh());
            let st = (format!("{} died {} ", capitalize(&name), if d.kind == DateKind::FullDate { "on" } else { "in" }), ".".into());
            push(out, s, name.clone(), q, &d, st, 0.8);
        }
    }
}

/// Plural event nouns that frame an example: "Operations like the UN Emergency Force in 1956".
const EVENT_CLASSES: &[(&str, &str)] = &[
    ("operations", "operation"),
    ("missions", "mission"),
    ("interventions", "intervention"),
    ("campaigns", "campaign"),
    ("battles", "battle"),
    ("conferences", "conference"),
    ("summits", "summit"),
    ("expeditions", "expedition"),
    ("events", "event"),
];

/// "Operations like the UN Emergency Force in 1956 exemplified …"
fn example_event(s: &Sentence, out: &mut Vec<Fact>) {
    for i in 0..s.len() {
        let w = s.lower(i);
        let Some(&(_, single)) = EVENT_CLASSES.iter().find(|(p, _)| *p == w) else { continue };
        let at = if s.is(i + 1, "like") {
            i + 2
        } else if s.is(i + 1, "such") && s.is(i + 2, "as") {
            i + 3
        } else {
            continue;
        };
        let Some((a, b)) = named_np_at(s, at) else { continue };
        let Some(d) = prep_date_at(s, b) else { continue };
        if !s.is(b, "in") || d.kind != DateKind::Year || s.is(d.end, "and") || s.is(d.end, ",") && named_np_at(s, d.end + 1).is_some() {
            continue;
        }
        let head = s.lower(b - 1);
        if EVENT_HEADS.contains(&head.as_ref()) || s.word(if s.is(a, "the") { a + 1 } else { a }).eq_ignore_ascii_case("operation") {
            continue; // named_event asks it already
        }
        let name = embed(s, a, b);
        let question = format!("In which year did the {single} known as {name} take place?");
        let statement = (format!("The {single} known as {name} took place in "), ".".into());
        push(out, s, name, question, &d, statement, 0.75);
    }
}

/// Instruments that bear the year they were made: "the 1960 Treaty of Mutual Cooperation".
const INSTRUMENTS: &[(&str, &str)] = &[
    ("treaty", "signed"),
    ("treaties", "signed"),
    ("agreement", "signed"),
    ("accord", "signed"),
    ("accords", "signed"),
    ("convention", "adopted"),
    ("charter", "adopted"),
    ("declaration", "adopted"),
    ("constitution", "adopted"),
    ("act", "passed"),
    ("protocol", "adopted"),
];

/// "formalized in the 1960 Treaty of Mutual Cooperation and Security"
fn year_named_instrument(s: &Sentence, out: &mut Vec<Fact>) {
    for i in 0..s.len() {
        if !s.is(i, "the") || i + 2 >= s.len() || !is_year(s.word(i + 1)) {
            continue;
        }
        let Some(end) = name_run(s, i + 2) else { continue };
        let first = s.lower(i + 2);
        let Some(&(_, verb)) = INSTRUMENTS.iter().find(|(n, _)| *n == first) else { continue };
        if end == i + 3 {
            continue; // "the 1960 Treaty" names nothing
        }
        let name = format!("the {}", s.span(i + 2, end));
        let aux = if looks_plural(&name) { "were" } else { "was" };
        let d = DateExpr { start: i + 1, end: i + 2, prep: None, kind: DateKind::Year };
        let question = format!("In which year {aux} {name} {verb}?");
        let statement = (format!("{} {aux} {verb} in ", capitalize(&name)), ".".into());
        push(out, s, name, question, &d, statement, 0.75);
    }
}

fn date_answer(s: &Sentence, d: &DateExpr) -> (String, Vec<String>) {
    let mut a = d.start;
    if s.is(a, "the") {
        a += 1;
    }
    let bare = s.span(a, d.end).to_string();
    let full = s.span(d.start, d.end).to_string();
    let mut accept = Vec::new();
    if full != bare {
        accept.push(full.clone());
    }
    if let Some(p) = d.prep {
        accept.push(format!("{} {}", s.lower(p).into_owned(), full));
    }
    if matches!(d.kind, DateKind::FullDate | DateKind::MonthYear)
        && let Some(y) = (a..d.end).map(|i| s.word(i)).find(|w| is_year(w))
    {
        accept.push(y.to_string());
    }
    (if d.kind == DateKind::Decade { full } else { bare }, accept)
}

fn prep_word(s: &Sentence, d: &DateExpr) -> String {
    d.prep.map(|p| s.lower(p).into_owned()).unwrap_or_else(|| "in".into())
}

fn push(out: &mut Vec<Fact>, s: &Sentence, subject: String, question: String, d: &DateExpr, statement: (String, String), confidence: f32) {
    let (answer, accept) = date_answer(s, d);
    let answer = if d.kind == DateKind::Decade { answer.trim_start_matches("the ").to_string() } else { answer };
    let mut accept = accept;
    if d.kind == DateKind::Decade {
        accept.push(format!("the {answer}"));
    }
    out.push(Fact { kind: Kind::Date, subject, question, answer, accept, answer_type: AnswerType::Date(d.kind), statement: Some(statement), confidence });
}

/// The date that follows a participle, allowing places and short phrases between:
/// "signed in Geneva on 22 August 1864", "killed in a street accident in Paris in April 1906".
fn date_after(s: &Sentence, mut i: usize) -> Option<DateExpr> {
    let limit = (i + 12).min(s.len());
    // "born Maria Skłodowska in Warsaw on …"
    if let Some(e) = name_run(s, i) {
        i = e;
    }
    while i < limit {
        if let Some(d) = prep_date_at(s, i) {
            return matches!(s.lower(i).as_ref(), "in" | "on").then_some(d);
        }
        let w = s.lower(i);
        // "launched by WHO in 1992", "established by the will of Alfred Nobel in 1895"
        if w == "by" {
            if let Some((_, end)) = named_np_at(s, i + 1) {
                i = end;
                continue;
            }
            if let Some(k) = (i + 2..limit.min(i + 8)).find(|&k| prep_date_at(s, k).is_some())
                && (i + 1..k).all(|j| s.kind(j) == Some(crate::text::token::Kind::Word) && !matches!(s.word(j), "and" | "or" | "which" | "who" | "that"))
            {
                i = k;
                continue;
            }
        }
        if matches!(w.as_ref(), "in" | "at") {
            if let Some((_, end)) = place_at(s, i + 1) {
                i = end;
                if s.is(i, ",") && (prep_date_at(s, i + 1).is_some()) {
                    i += 1;
                }
                continue;
            }
            // "in a street accident": a short lower-case phrase without a verb ("at an end"
            // would change the meaning)
            if w != "in" {
                return None;
            }
            let mut j = i + 1;
            while j < limit
                && matches!(s.kind(j), Some(crate::text::token::Kind::Word))
                && !is_capitalized(s.word(j))
                && !s.is(j, "in")
                && !s.is(j, "on")
                && j < i + 5
            {
                j += 1;
            }
            if j > i + 1 && j < limit && (s.is(j, "in") || s.is(j, "on")) {
                i = j;
                continue;
            }
        }
        return None;
    }
    None
}

/// "NATO, established in 1949, exemplified …"
fn appositive_participle(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 0..s.len() {
        if !s.is(c, ",") || c + 1 >= s.len() {
            continue;
        }
        let p = c + 1;
        let part = s.word(p);
        if !is_event_participle(part) || lacks_its_office(s, p) {
            continue;
        }
        let particle = particle_at(s, p + 1);
        let after = p + 1 + particle.is_some() as usize;
        let Some(d) = date_after(s, after) else { continue };
        // the date phrase must close the appositive (a comma or the sentence end)
        if !(s.is(d.end, ",") || s.is(d.end, ".") || d.end >= s.len() || s.is(d.end, "to") || s.is(d.end, "by") || s.is(d.end, "as")) {
            continue;
        }
        let mut name_end = c;
        if s.is(c - 1, ")") {
            // "the North Atlantic Treaty Organization (NATO), established in 1949"
            match (0..c).rev().find(|&k| s.is(k, "(")) {
                Some(o) => name_end = o,
                None => continue,
            }
        }
        let Some((a, b)) = named_np_ending_at(s, name_end) else { continue };
        // a list before the comma ("France, Italy, founded …") is not one subject
        if a > 0 && s.is(a - 1, ",") && !is_clause_opener(s, a) {
            continue;
        }
        if is_hedged(s, p, d.end) {
            continue;
        }
        let subject = embed(s, a, b);
        let aux = if looks_plural(&subject) { "were" } else { "was" };
        let verb = with_particle(part, particle);
        let question = format!("{} {aux} {subject} {verb}?", d.kind.wh());
        let statement = (format!("{} {aux} {verb} {} ", capitalize(&subject), prep_word(s, &d)), ".".into());
        push(out, s, subject, question, &d, statement, 0.9);
    }
}

/// Whether the comma before token `a` closes an opening phrase rather than a list item.
fn is_clause_opener(s: &Sentence, a: usize) -> bool {
    clause_start(s).0 == a
}

fn with_particle(part: &str, particle: Option<&str>) -> String {
    match particle {
        Some(p) => format!("{} {p}", part.to_lowercase()),
        None => part.to_lowercase(),
    }
}

/// "Streptomycin was isolated in 1943", "Aspirin was synthesized in 1897": a substance
/// is named by a common noun, which stands alone as the sentence's subject; only with a
/// verb of discovery ("The virus was identified in 1983" needs to say which virus).
fn discovered_substance(s: &Sentence, start: usize, aux: usize, p: usize) -> Option<(usize, usize)> {
    // not "discovered": "Evidence was discovered in 2004" names no substance
    const DISCOVERY: &[&str] = &["isolated", "synthesized", "synthesised"];
    let w = s.word(start);
    // alone, or with an appositive: "Streptomycin, the first antibiotic effective against TB, was …"
    let alone =
        start == s.body && (aux == start + 1 || only_asides(s, start + 1, aux)) && s.kind(start) == Some(crate::text::token::Kind::Word) && is_capitalized(w);
    let substance = lexicon::pos(w).is_some_and(|p| p.contains('n'))
        && !w.ends_with('s')
        && !crate::text::words::is_function_word(w)
        && !crate::text::words::is_anaphoric_noun(&w.to_lowercase());
    let discovery = DISCOVERY.contains(&s.lower(p).as_ref());
    (alone && substance && discovery).then_some((start, start + 1))
}

/// "Gianni Infantino, elected in 2016": elected to an office the phrase does not name
/// ("was elected president of South Africa in 1994" names it).
fn lacks_its_office(s: &Sentence, p: usize) -> bool {
    matches!(s.lower(p).as_ref(), "elected" | "re-elected" | "appointed" | "nominated" | "chosen" | "promoted") && prep_date_at(s, p + 1).is_some()
}

fn is_event_participle(w: &str) -> bool {
    let l = w.to_lowercase();
    lexicon::verb_from_participle(&l).is_some()
        && !NOT_EVENTS.contains(&l.as_str())
        && (l.ends_with("ed")
            || l.ends_with("en")
            || l.ends_with('t')
            || l.ends_with("wn")
            || l == "held"
            || l == "born"
            || l == "fought"
            || l == "won"
            || l == "begun"
            || l == "run")
}

/// "The Battle of Solferino was fought on 24 June 1859 …", "In 1909 the Radium
/// Institute was established …", "Rust 1.0, the first stable release, was published on …"
fn passive_clause(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, intro_date) = clause_start(s);
    let Some(aux_i) = (start..s.len()).find(|&i| s.is(i, "was") || s.is(i, "were")) else { return };
    let mut p = aux_i + 1;
    let adverb = if p < s.len() && is_verb_adverb(s.word(p)) {
        p += 1;
        Some(s.lower(p - 1).into_owned())
    } else {
        None
    };
    if p >= s.len() || !is_event_participle(s.word(p)) || lacks_its_office(s, p) {
        return;
    }
    let Some((a, b)) = named_subject(s, start, aux_i).or_else(|| discovered_substance(s, start, aux_i, p)) else { return };
    let particle = particle_at(s, p + 1);
    let after = p + 1 + particle.is_some() as usize;
    // "was awarded the Nobel Prize in Physics in 1921": the object stays in the question
    let (object, after) = match passive_object(s, after) {
        Some(end) => (format!(" {}", clean_span(s, after, end)), end),
        None => (String::new(), after),
    };
    let opening = intro_date.is_some();
    // "In 1221, Vienna was granted city rights.": what follows the participle belongs in
    // the question, or the question asks nothing
    let (object, after) =
        if opening && object.is_empty() && after < s.len() && !is_preposition(s.lower(after).as_ref()) && !matches!(s.word(after), "." | "," | ";") {
            let end = phrase_end(s, after);
            if end - after > 6
                || (after..end)
                    .any(|k| lexicon::verb_from_past(s.word(k)).is_some() && !lexicon::pos(s.word(k)).is_some_and(|p| p.contains('n') || p.contains('a')))
            {
                return;
            }
            (format!(" {}", clean_span(s, after, end)), end)
        } else {
            (object, after)
        };
    let d = match intro_date {
        Some(d) => {
            // an opening date and a second one in the clause: which is which is unclear
            if date_after(s, after).is_some() {
                return;
            }
            d
        }
        None => match date_after(s, after) {
            Some(d) => d,
            None => return,
        },
    };
    if !object.is_empty() && !opening && d.prep != Some(after) {
        return;
    }
    // "was declared …", "was made …": these say nothing without what follows
    if object.is_empty()
        && matches!(
            s.lower(p).as_ref(),
            "declared" | "made" | "named" | "appointed" | "elected" | "considered" | "called" | "ranked" | "awarded" | "given" | "granted" | "voted"
                // sent where, engaged or hired for what?
                | "sent" | "engaged" | "hired" | "invited" | "ordered" | "asked" | "employed"
        )
    {
        return;
    }
    if is_hedged(s, start, d.end.max(p)) {
        return;
    }
    let subject = embed(s, a, b);
    let aux = s.lower(aux_i);
    let verb = with_particle(s.word(p), particle);
    let verb_group = match &adverb {
        Some(adv) => format!("{adv} {verb}"),
        None => verb.clone(),
    };
    let question = format!("{} {aux} {subject} {verb_group}{object}?", d.kind.wh());
    let statement = (format!("{} {aux} {verb_group}{object} {} ", capitalize(&subject), prep_word(s, &d)), ".".into());
    push(out, s, subject, question, &d, statement, 0.9);
}

/// The object of a passive with two objects ("awarded the Nobel Prize in Physics"): an
/// article, then words up to the date, with no comma or verb. Returns its end.
fn passive_object(s: &Sentence, i: usize) -> Option<usize> {
    // "elected president of the Republic": a role noun needs no article
    let role = i < s.len()
        && matches!(
            s.lower(i).as_ref(),
            "president"
                | "chairman"
                | "chair"
                | "secretary-general"
                | "director-general"
                | "director"
                | "leader"
                | "head"
                | "prime"
                | "mayor"
                | "governor"
                | "king"
                | "queen"
                | "emperor"
                | "chancellor"
                | "captain"
                | "coach"
                | "bishop"
                | "pope"
                | "member"
                | "fellow"
        );
    if !(s.is(i, "the") || s.is(i, "a") || s.is(i, "an") || role) {
        return None;
    }
    let end = (i + 1..s.len().min(i + 10)).find(|&k| prep_date_at(s, k).is_some())?;
    let clean = (i + 1..end).all(|k| {
        s.kind(k) == Some(crate::text::token::Kind::Word)
            && !matches!(s.word(k), "and" | "or" | "that" | "which" | "who")
            && !(lexicon::verb_from_past(s.word(k)).is_some() && !is_capitalized(s.word(k)) && !lexicon::pos(s.word(k)).is_some_and(|p| p.contains('n')))
    });
    clean.then_some(end)
}

/// "The formation of NATO in 1949 marked …", "the assassination of Archduke Franz Ferdinand in 1914"
fn nominalisation(s: &Sentence, out: &mut Vec<Fact>) {
    for i in 0..s.len() {
        let w = s.lower(i);
        let Some(&(_, participle)) = NOMINALS.iter().find(|(n, _)| *n == w) else { continue };
        if !s.is(i + 1, "of") || i == 0 || !(s.is(i - 1, "the")) {
            continue;
        }
        let Some((a, mut b)) = named_np_at(s, i + 2) else { continue };
        let np_end = b;
        if s.is(b, "(")
            && let Some(c) = (b..s.len().min(b + 6)).find(|&k| s.is(k, ")"))
        {
            b = c + 1;
        }
        let Some(d) = prep_date_at(s, b) else { continue };
        if !s.is(b, "in") && !s.is(b, "on") {
            continue;
        }
        if is_hedged(s, i, d.end) {
            continue;
        }
        let subject = embed(s, a, np_end);
        let aux = if looks_plural(&subject) { "were" } else { "was" };
        let question = format!("{} {aux} {subject} {participle}?", d.kind.wh());
        let statement = (format!("{} {aux} {participle} {} ", capitalize(&subject), prep_word(s, &d)), ".".into());
        push(out, s, subject, question, &d, statement, 0.85);
    }
}

/// "In 1903 Marie Curie shared the Nobel Prize in Physics with …",
/// "Panama declared its independence from Colombia on 3 November 1903."
fn active_clause(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, intro_date) = clause_start(s);
    // the verb: the first past-tense word after a named subject; a past form right after
    // a comma may be an appositive participle ("NATO, established in …,") and is passed
    let mut found = None;
    for v in start + 1..s.len().min(start + 40) {
        if !is_active_past(s, v) {
            continue;
        }
        let mut subj_end = v;
        let mut adverb = None;
        if is_verb_adverb(s.word(v - 1)) && v - 1 > start {
            subj_end = v - 1;
            adverb = Some(s.lower(v - 1).into_owned());
        }
        if let Some(span) = named_subject(s, start, subj_end) {
            found = Some((v, adverb, span));
            break;
        }
        if !s.is(v - 1, ",") {
            return;
        }
    }
    let Some((v, adverb, (a, b))) = found else { return };
    let verb = lexicon::verb_from_past(s.word(v)).expect("checked by is_active_past");
    let clause_end = phrase_end(s, v + 1);
    let (d, obj_end) = match intro_date.clone() {
        Some(d) => {
            if (v + 1..clause_end).any(|i| prep_date_at(s, i).is_some()) {
                return;
            }
            (d, clause_end)
        }
        None => {
            let Some(pi) = (v + 1..clause_end).find(|&i| prep_date_at(s, i).is_some() && (s.is(i, "in") || s.is(i, "on"))) else { return };
            // "… stating that by the Treaty of Alcáçovas signed in 1479": the date belongs to a
            // participle or a clause inside the object, not to the main verb
            // "taught at Vassar before joining the Naval Reserve in 1943": nor to a gerund's phrase
            let gerund_phrase =
                |k: usize| matches!(s.lower(k).as_ref(), "before" | "after" | "while" | "until" | "since" | "upon" | "when") && s.word(k + 1).ends_with("ing");
            let inner = (v + 1..pi).any(|k| matches!(s.lower(k).as_ref(), "that" | "which" | "who" | "whom" | "whose" | "when" | "where") || gerund_phrase(k))
                || pi > v + 1 && is_event_participle(s.word(pi - 1)) && s.word(pi - 1).ends_with("ed");
            if inner {
                return;
            }
            (prep_date_at(s, pi).unwrap(), pi)
        }
    };
    // "oversaw the creation in 1826 of a league …": the date splits the object
    if intro_date.is_none() && s.is(d.end, "of") {
        return;
    }
    // "retired and Mechelin became …": the clause ends where a new subject starts
    let obj_end = (v + 1..obj_end)
        .find(|&k| {
            s.is(k, "and")
                && named_np_at(s, k + 1).is_some_and(|(_, e)| e < s.len() && lexicon::verb_from_past(s.word(e)).is_some() && !is_capitalized(s.word(e)))
        })
        .unwrap_or(obj_end);
    let object = clean_span(s, v + 1, obj_end);
    if !commas_only_in_places(s, v + 1, obj_end) && intro_date.is_none() || has_vague_words(&object) || ends_open(&object) {
        return;
    }
    // "Ecuador left OPEC in 1992, re-joined in 2007, and then withdrew in 2020": a leaving or
    // joining that happened again has more than one date
    let repeated = (v + 1..s.len()).any(|k| {
        let w = s.lower(k);
        w.starts_with("re-") || matches!(w.as_ref(), "rejoined" | "again" | "re-entered" | "returned")
    });
    if repeated && matches!(s.lower(v).as_ref(), "left" | "joined" | "withdrew" | "entered" | "quit" | "rejoined") {
        return;
    }
    // "Fleming reported in 1929" says nothing without what was reported; "The Congress of
    // Vienna began in September 1814" needs nothing more: an event begins
    let event_begins = matches!(s.lower(v).as_ref(), "began" | "started") && names_event(&s.span(a, b).to_lowercase());
    if object.is_empty() && NEEDS_OBJECT.contains(&s.lower(v).as_ref()) && !event_begins {
        return;
    }
    // "As of 2017, …" dates a state of affairs, not an event
    if s.is(s.body, "as") && s.is(s.body + 1, "of") {
        return;
    }
    if is_hedged(s, start, clause_end) {
        return;
    }
    let subject = embed(s, a, b);
    let past = s.lower(v);
    // a founding verb with a named object reads best in the passive: "When was X founded?"
    if FOUNDING_VERBS.contains(&past.as_ref()) && !object.is_empty() {
        let obj_start = v + 1 + particle_at(s, v + 1).is_some() as usize;
        if let Some((oa, ob)) = named_np_at(s, obj_start) {
            let obj_text = embed(s, oa, ob);
            let rest_ok = ob == obj_end || s.is(ob, "(") || s.is(ob, ",");
            if rest_ok && !is_vague_subject(s, oa, ob) {
                let aux = if looks_plural(&obj_text) { "were" } else { "was" };
                let part = with_particle(verb.participle, particle_at(s, v + 1));
                let question = format!("{} {aux} {obj_text} {part}?", d.kind.wh());
                let statement = (format!("{} {aux} {part} {} ", capitalize(&obj_text), prep_word(s, &d)), ".".into());
                push(out, s, obj_text, question, &d, statement, 0.85);
                return;
            }
        }
    }
    let object_base = base_coordinated_verbs(&object);
    let adv = adverb.map(|a| format!("{a} ")).unwrap_or_default();
    let tail = if object_base.is_empty() { String::new() } else { format!(" {object_base}") };
    let question = format!("{} did {subject} {adv}{}{tail}?", d.kind.wh(), verb.base);
    let tail_past = if object.is_empty() { String::new() } else { format!(" {object}") };
    let statement = (format!("{} {adv}{past}{tail_past} {} ", capitalize(&subject), prep_word(s, &d)), ".".into());
    push(out, s, subject, question, &d, statement, 0.8);
}

/// Whether token `i` is a simple past verb that can head an event clause.
fn is_active_past(s: &Sentence, i: usize) -> bool {
    let w = s.word(i);
    if is_capitalized(w) || NOT_ACTIVE_EVENTS.contains(&w.to_lowercase().as_str()) {
        return false;
    }
    if lexicon::verb_from_past(w).is_none() {
        return false;
    }
    // "the ICRC had been" / "was fought": not the past of an active clause
    !(s.is(i.wrapping_sub(1), "was") || s.is(i.wrapping_sub(1), "were") || s.is(i.wrapping_sub(1), "had") || s.is(i.wrapping_sub(1), "been"))
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "to"
            | "into"
            | "under"
            | "after"
            | "before"
            | "during"
            | "as"
            | "through"
            | "between"
            | "among"
            | "against"
            | "near"
            | "since"
            | "until"
            | "following"
    )
}

/// Whether every comma in a..b belongs to a place ("in Passy, France,") rather than
/// separating parts of the sentence.
fn commas_only_in_places(s: &Sentence, a: usize, b: usize) -> bool {
    let mut k = a;
    while k < b {
        if (s.is(k, "in") || s.is(k, "at"))
            && k + 1 < b
            && let Some((_, chain)) = place_at(s, k + 1)
        {
            k = chain;
            if s.is(k, ",") && k + 1 == b {
                return true;
            }
            continue;
        }
        if s.is(k, ",") {
            return false;
        }
        k += 1;
    }
    true
}

/// Verbs that say nothing without their object or clause.
const NEEDS_OBJECT: &[&str] = &[
    "reported",
    "announced",
    "stated",
    "wrote",
    "noted",
    "observed",
    "showed",
    "found",
    "suggested",
    "proposed",
    "published",
    "described",
    "discovered",
    "realized",
    "concluded",
    "explained",
    "declared",
    "argued",
    "claimed",
    "said",
    "made",
    "gave",
    "took",
    "became",
    "received",
    "used",
    "introduced",
    "produced",
    "began",
    "started",
    "begun",
    "continued",
    "grew",
    "joined",
    "left",
    "withdrew",
    "signed",
    "won",
    "lost",
    "attended",
    "entered",
    "reached",
    "visited",
    "ratified",
    "adopted",
    "approved",
    "accepted",
    "rejected",
];

/// Whether a name (in lower case) is an event's: its head is a word for an event ("the
/// Congress of Vienna", "the Thirty Years' War", "the Great Depression").
fn names_event(name: &str) -> bool {
    const EVENTS: &[&str] = &[
        "war",
        "congress",
        "conference",
        "summit",
        "revolution",
        "battle",
        "siege",
        "games",
        "olympics",
        "crusade",
        "rebellion",
        "uprising",
        "campaign",
        "operation",
        "expedition",
        "council",
        "exhibition",
        "festival",
        "depression",
        "crisis",
        "blockade",
        "airlift",
        "strike",
        "reformation",
        "renaissance",
    ];
    let head_part = name.split(" of ").next().unwrap_or(name);
    let head = head_part.split_whitespace().last().unwrap_or("");
    let first = head_part.trim_start_matches("the ").split_whitespace().next().unwrap_or("");
    EVENTS.contains(&head) || first == "operation"
}

/// A phrase cut short: it ends on a conjunction, preposition or article.
pub fn ends_open(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    matches!(
        last.to_lowercase().as_str(),
        "and" | "or" | "but" | "of" | "to" | "the" | "a" | "an" | "in" | "on" | "at" | "by" | "for" | "with" | "from" | "as" | "that" | "which"
    )
}

fn has_vague_words(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let l = w.to_lowercase();
        matches!(
            l.as_str(),
            "this"
                | "these"
                | "those"
                | "such"
                | "another"
                | "it"
                | "they"
                | "them"
                | "there"
                | "here"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "former"
                | "latter"
                | "same"
                | "above"
                | "following"
        )
    })
}

/// "moved to Paris and enrolled at the Sorbonne" -> "… and enroll at the Sorbonne".
fn base_coordinated_verbs(object: &str) -> String {
    let words: Vec<&str> = object.split(' ').collect();
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0
            && words[i - 1] == "and"
            && let Some(v) = lexicon::verb_from_past(w)
            && !lexicon::pos(w).is_some_and(|p| p.contains('a') || p.contains('n'))
        {
            out.push(v.base.to_string());
            continue;
        }
        out.push((*w).to_string());
    }
    out.join(" ")
}

/// "Operation Allied Force in 1999", "the 2010 earthquake in Haiti".
fn named_event(s: &Sentence, out: &mut Vec<Fact>) {
    for i in 0..s.len() {
        // "the 2010 earthquake in Haiti"
        if s.is(i, "the")
            && i + 3 < s.len()
            && is_year(s.word(i + 1))
            && DATED_EVENT_NOUNS.contains(&s.lower(i + 2).as_ref())
            && s.is(i + 3, "in")
            && let Some((pa, _)) = place_at(s, i + 4)
        {
            let noun = s.lower(i + 2);
            let place = s.span(i + 4, pa).to_string();
            let d = DateExpr { start: i + 1, end: i + 2, prep: None, kind: DateKind::Year };
            let question = format!("In which year did the {noun} in {place} occur?");
            let statement = (format!("The {noun} in {place} occurred in "), ".".into());
            push(out, s, format!("the {noun} in {place}"), question, &d, statement, 0.75);
        }
        let Some((a, b)) = named_np_at(s, i) else { continue };
        if i > 0 && named_np_at(s, i - 1).is_some_and(|(_, e)| e == b) {
            continue; // not the start of the name
        }
        let head = s.lower(b - 1);
        let first = s.lower(if s.is(a, "the") { a + 1 } else { a });
        if !(EVENT_HEADS.contains(&head.as_ref()) || first == "operation" || first == "battle") {
            continue;
        }
        let Some(d) = prep_date_at(s, b) else { continue };
        if !s.is(b, "in") || d.kind != DateKind::Year {
            continue;
        }
        // "NATO was formed … in 1949" style dates belong to the clause, not the name:
        // only a name that is not the subject of a dated verb
        if b + 2 < s.len() && s.is(d.end, "of") {
            continue;
        }
        let subject = embed(s, a, b);
        let question = format!("In which year did {subject} take place?");
        let statement = (format!("{} took place in ", capitalize(&subject)), ".".into());
        push(out, s, subject, question, &d, statement, 0.75);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::qa;

    fn one(text: &str) -> (String, String) {
        let got = qa(extract, text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.into_iter().next().unwrap()
    }

    #[test]
    fn appositive_participles() {
        assert_eq!(one("NATO, established in 1949, exemplified Western alliances."), ("In which year was NATO established?".into(), "1949".into()));
        let got = qa(extract, "NATO, established in 1949, exemplified Western alliances, while the Warsaw Pact, formed in 1955, represented unity.");
        assert_eq!(got, [("In which year was NATO established?".into(), "1949".into()), ("In which year was the Warsaw Pact formed?".into(), "1955".into())]);
        assert_eq!(
            one("The first Geneva Convention, signed in Geneva on 22 August 1864, was designed to protect soldiers."),
            ("On what date was the first Geneva Convention signed?".into(), "22 August 1864".into())
        );
        assert_eq!(
            one("Linux 6.1, released in December 2022, was the first version to include Rust."),
            ("When was Linux 6.1 released?".into(), "December 2022".into())
        );
        assert_eq!(
            one("The Archiginnasio, built in 1562–63 to bring the schools together, stands in Bologna."),
            ("When was the Archiginnasio built?".into(), "1562–63".into())
        );
    }

    #[test]
    fn passive_clauses() {
        assert_eq!(
            one("The Battle of Solferino was fought on 24 June 1859 between two armies."),
            ("On what date was the Battle of Solferino fought?".into(), "24 June 1859".into())
        );
        assert_eq!(
            one("Rust 1.0, the first stable release, was published on 15 May 2015."),
            ("On what date was Rust 1.0 published?".into(), "15 May 2015".into())
        );
        assert_eq!(
            one("The first modern Olympic Games were held in Athens in April 1896."),
            ("When were the first modern Olympic Games held?".into(), "April 1896".into())
        );
        assert_eq!(
            one("The Torrijos–Carter Treaties were signed in Washington, D.C., on 7 September 1977 by two leaders."),
            ("On what date were the Torrijos–Carter Treaties signed?".into(), "7 September 1977".into())
        );
        assert_eq!(
            one("In 1909 the Radium Institute was established by the University of Paris."),
            ("In which year was the Radium Institute established?".into(), "1909".into())
        );
        assert_eq!(one("Acme Labs was set up in the late 1990s by two engineers."), ("In which decade was Acme Labs set up?".into(), "late 1990s".into()));
    }

    #[test]
    fn a_substance_discovered() {
        assert_eq!(
            one("Streptomycin was isolated in 1943 in the laboratory of Selman Waksman."),
            ("In which year was streptomycin isolated?".into(), "1943".into())
        );
        assert_eq!(
            one("Insulin was first isolated in 1921 by Frederick Banting and Charles Best."),
            ("In which year was insulin first isolated?".into(), "1921".into())
        );
        assert_eq!(one("Aspirin was first synthesized in August 1897."), ("When was aspirin first synthesized?".into(), "August 1897".into()));
        assert_eq!(
            one("Streptomycin, the first antibiotic effective against TB, was isolated in 1943."),
            ("In which year was streptomycin isolated?".into(), "1943".into())
        );
        for t in [
            // a class that needs to say which one
            "The virus was isolated in 1983.",
            "Viruses were isolated in 1983.",
            // a verb that does not make the noun a substance, or no discovery at all
            "Evidence was discovered in 2004.",
            "Penicillin was used in 1942.",
            // not the subject alone
            "Tuberculosis bacteria were discovered in 1882.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }

    #[test]
    fn passives_with_an_object_and_actives_with_a_place() {
        assert_eq!(
            one("Albert Einstein was awarded the Nobel Prize in Physics in 1921."),
            ("In which year was Albert Einstein awarded the Nobel Prize in Physics?".into(), "1921".into())
        );
        assert_eq!(
            one("Marie Curie died in Passy, France, on 4 July 1934."),
            ("On what date did Marie Curie die in Passy, France?".into(), "4 July 1934".into())
        );
        assert_eq!(
            one("Nelson Mandela was elected president of South Africa in 1994."),
            ("In which year was Nelson Mandela elected president of South Africa?".into(), "1994".into())
        );
        assert_eq!(one("In 1221, Vienna was granted city rights."), ("In which year was Vienna granted city rights?".into(), "1221".into()));
        assert_eq!(
            one("The Nobel Prize was established by the will of Alfred Nobel in 1895."),
            ("In which year was the Nobel Prize established?".into(), "1895".into())
        );
        assert!(qa(extract, "The Warsaw Pact was declared at an end on 25 February 1991.").is_empty());
    }

    #[test]
    fn dates_in_relative_clauses_and_descriptions() {
        assert_eq!(
            one("The Treaty of Lisbon, which entered into force in 2009, amended the Treaty on European Union."),
            ("In which year did the Treaty of Lisbon enter into force?".into(), "2009".into())
        );
        assert_eq!(
            one("The Red Army Faction was a West German far-left militant group founded in 1970."),
            ("In which year was the Red Army Faction founded?".into(), "1970".into())
        );
    }

    #[test]
    fn a_date_inside_the_object_is_not_the_verbs() {
        assert!(qa(extract, "The King sent a letter to the Monarchs stating that by the Treaty of Alcáçovas signed in 1479 the islands were his.").is_empty());
        assert!(qa(extract, "The United Kingdom joined in 1928.").is_empty());
    }

    #[test]
    fn nominalisations() {
        assert_eq!(one("The formation of NATO in 1949 marked a pivotal moment."), ("In which year was NATO formed?".into(), "1949".into()));
        assert_eq!(
            one("The assassination of Archduke Franz Ferdinand in 1914 triggered a war."),
            ("In which year was Archduke Franz Ferdinand assassinated?".into(), "1914".into())
        );
    }

    #[test]
    fn active_clauses() {
        assert_eq!(
            one("In 1903 Marie Curie shared the Nobel Prize in Physics with Pierre Curie and Henri Becquerel, becoming the first woman to win it."),
            ("In which year did Marie Curie share the Nobel Prize in Physics with Pierre Curie and Henri Becquerel?".into(), "1903".into())
        );
        assert_eq!(
            one("Panama declared its independence from Colombia on 3 November 1903."),
            ("On what date did Panama declare its independence from Colombia?".into(), "3 November 1903".into())
        );
        assert_eq!(
            one("In 1891 Maria Skłodowska moved to Paris and enrolled at the Sorbonne."),
            ("In which year did Maria Skłodowska move to Paris and enroll at the Sorbonne?".into(), "1891".into())
        );
        assert_eq!(
            one("Pierre de Coubertin founded the International Olympic Committee (IOC) on 23 June 1894, at a congress."),
            ("On what date was the International Olympic Committee founded?".into(), "23 June 1894".into())
        );
        assert_eq!(
            one("In May 1980 the World Health Assembly declared smallpox eradicated."),
            ("When did the World Health Assembly declare smallpox eradicated?".into(), "May 1980".into())
        );
        assert_eq!(
            one("The Hanseatic Diet first met in Lübeck in 1356."),
            ("In which year did the Hanseatic Diet first meet in Lübeck?".into(), "1356".into())
        );
        // an event begins without an object; a person begins something
        assert_eq!(
            one("The Congress of Vienna began in September 1814, five months after the first abdication of Napoleon, and was completed in June 1815."),
            ("When did the Congress of Vienna begin?".into(), "September 1814".into())
        );
        assert_eq!(qa(extract, "Marie Curie began in 1891."), []);
    }

    #[test]
    fn named_events() {
        assert_eq!(
            one("Joint missions like Operation Allied Force in 1999 illustrate cooperation."),
            ("In which year did Operation Allied Force take place?".into(), "1999".into())
        );
        assert_eq!(one("After the 2010 earthquake in Haiti, relief began."), ("In which year did the earthquake in Haiti occur?".into(), "2010".into()));
    }

    #[test]
    fn example_frames_and_year_named_treaties() {
        assert_eq!(
            one("Operations like the UN Emergency Force in 1956 exemplified early missions."),
            ("In which year did the operation known as the UN Emergency Force take place?".into(), "1956".into())
        );
        assert_eq!(
            one("This collaboration, formalized in the 1960 Treaty of Mutual Cooperation and Security, grew."),
            ("In which year was the Treaty of Mutual Cooperation and Security signed?".into(), "1960".into())
        );
    }

    #[test]
    fn life_spans_of_people() {
        assert_eq!(
            qa(extract, "Florence Nightingale (12 May 1820 – 13 August 1910) was an English social reformer."),
            [
                ("On what date was Florence Nightingale born?".into(), "12 May 1820".into()),
                ("On what date did Florence Nightingale die?".into(), "13 August 1910".into())
            ]
        );
        assert_eq!(
            qa(extract, "Sir Alexander Fleming (1881–1955) discovered penicillin."),
            [("In which year was Sir Alexander Fleming born?".into(), "1881".into()), ("In which year did Sir Alexander Fleming die?".into(), "1955".into())]
        );
        assert_eq!(
            qa(extract, "Ada Lovelace (born 10 December 1815) wrote the first program."),
            [("On what date was Ada Lovelace born?".into(), "10 December 1815".into())]
        );
        assert!(qa(extract, "The League of Nations (1920–1946) failed.").is_empty());
        assert_eq!(
            qa(extract, "Charles Robert Darwin, FRS (12 February 1809 – 19 April 1882) was an English naturalist."),
            [
                ("On what date was Charles Robert Darwin born?".into(), "12 February 1809".into()),
                ("On what date did Charles Robert Darwin die?".into(), "19 April 1882".into())
            ]
        );
        assert_eq!(
            qa(extract, "Sir Isaac Newton (25 December 1642 – 20 March 1726/27) was an English polymath."),
            [("On what date was Sir Isaac Newton born?".into(), "25 December 1642".into())]
        );
    }

    #[test]
    fn yields_nothing_without_a_named_dated_event() {
        for t in [
            "The 1990s further transformed these partnerships, as the Cold War ended.",
            "During the Cold War, military partnerships took shape through alliances such as NATO.",
            "After the events of September 11, 2001, the landscape of military partnerships underwent profound changes.",
            "The committee met for the first time on 17 February 1863.",
            "It took its present name in 1876.",
            "In the post-Cold War era, the role of military alliances continued to evolve.",
            "Many countries may have joined the alliance in 1990.",
            "He is thought to have spent the years after 1867 in poverty.",
            // the subordinate clause's subject is a list: its last name alone did not win
            "When Watson, Crick, and Wilkins won a Nobel Prize for the structure of DNA in 1962, Franklin was overlooked.",
            // a legislature, not an event
            "The United States Congress in 1948 created the Economic Cooperation Administration.",
            // withdrew from what? elected to what?
            "Indonesia withdrew in 2016.",
            // the date is the gerund's; the leaving happened twice
            "Hopper taught mathematics at Vassar before joining the U.S. Naval Reserve in 1943.",
            "Ecuador left OPEC in 1992, re-joined in 2007, and then withdrew in 2020.",
            // sent where? engaged for what?
            "United States Navy Commodore Matthew C. Perry was sent in 1853.",
            "J. B. Spix and C. F. P. von Martius were engaged in 1819.",
            // the date splits the object; the parents' dates are given in passing
            "Bolívar oversaw the creation in 1826 of a league of Hispanic American states.",
            "Jawaharlal Nehru was born to Motilal Nehru (1861–1931) and Swaroop Rani (1863–1954) in Allahabad.",
            "The agency was created in 1946 to help children in Europe after World War II (1939-1945).",
            "The president is Gianni Infantino, elected in 2016.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }
}
