//! Location facts: where something named is based, or where a named event or signing
//! took place. Shapes:
//! - "The ICRC is headquartered in Geneva, Switzerland." / "ESA's headquarters are in Paris."
//! - "The Regional Office for the Americas, based in Washington, D.C., …"
//! - "The Magna Charta Universitatum was signed in Bologna on …", "… were held in Athens …"
//! - "The Hanseatic Diet first met in Lübeck in 1356."
//! - "ESA's largest site is in Noordwijk, the Netherlands, …"
//! - "the SCO focuses on regional stability in Central Asia" -> Where does the SCO focus on regional stability?

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::text::Sentence;

/// Participles after which "in PLACE" says where the event happened.
const EVENT_PLACES: &[&str] = &[
    "signed",
    "held",
    "founded",
    "established",
    "born",
    "built",
    "fought",
    "buried",
    "opened",
    "hosted",
    "staged",
    "assassinated",
    "convened",
    "crowned",
    "inaugurated",
    "concluded",
    "drafted",
    "adopted",
    "proclaimed",
    "declared",
    "launched",
    "formed",
    "created",
    "set",
    "incorporated",
    "registered",
    "discovered",
    "completed",
];

/// Participles and adjectives of being based somewhere.
const SEATS: &[&str] = &["headquartered", "based", "located", "situated", "seated", "centred", "centered", "housed"];

fn push(out: &mut Vec<Fact>, s: &Sentence, subject: String, question: String, place: (usize, usize, usize), statement_before: String, confidence: f32) {
    let (a, first_end, chain_end) = place;
    let answer = s.span(a, first_end).to_string();
    let mut accept = Vec::new();
    let full = s.span(a, chain_end).to_string();
    if full != answer {
        accept.push(full.clone());
        accept.push(format!("in {full}"));
    }
    accept.push(format!("in {answer}"));
    let (answer, accept) = match answer.strip_prefix("the ") {
        Some(r) => {
            let mut acc = accept;
            acc.push(answer.clone());
            (r.to_string(), acc)
        }
        None => (answer, accept),
    };
    if subject.to_lowercase().contains(&answer.to_lowercase()) {
        return; // "the Geneva Convention … signed in Geneva" gives itself away
    }
    out.push(Fact {
        kind: Kind::Location,
        subject,
        question,
        answer,
        accept,
        answer_type: AnswerType::Place,
        statement: Some((statement_before, ".".into())),
        confidence,
    });
}

/// A place after "in"/"at": (start, end of first place, end of chain); not a date.
fn place_after(s: &Sentence, prep: usize) -> Option<(usize, usize, usize)> {
    if !(s.is(prep, "in") || s.is(prep, "at")) {
        return None;
    }
    let (first, chain) = place_at(s, prep + 1)?;
    // "in the Mahalangur Himal sub-range of …": the name is only part of the place
    if first < s.len()
        && s.kind(first) == Some(crate::text::token::Kind::Word)
        && !is_capitalized(s.word(first))
        && !crate::text::words::is_function_word(s.word(first))
        && !is_verb_form(s.word(first))
    {
        return None;
    }
    Some((prep + 1, first, chain))
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    seats(s, out);
    appositive_seat(s, out);
    events(s, out);
    dated_event_place(s, out);
    sites_in(s, out);
    capital_of(s, out);
    appositive_capital(s, out);
    headquarters_of(s, out);
    died_in(s, out);
    focus_in(s, out);
}

/// "Meanwhile, the SCO focuses on regional stability in Central Asia, …": where a named
/// body concentrates its work. Only "focus(es) on" / "concentrate(s) on" with an object of
/// two or more words and a place that closes the phrase.
fn focus_in(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, date) = clause_start(s);
    if date.is_some() {
        return;
    }
    let Some(v) = (start + 1..s.len().min(start + 12))
        .find(|&i| matches!(s.lower(i).as_ref(), "focuses" | "focused" | "concentrates" | "concentrated" | "focus" | "concentrate") && s.is(i + 1, "on"))
    else {
        return;
    };
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let Some(p) = (v + 3..s.len().min(v + 10)).find(|&k| s.is(k, "in")) else { return };
    // the object is plain words: no second place, list or clause before "in"
    if (v + 2..p).any(|k| matches!(s.word(k), "," | ";" | "(" | "and" | "or") || is_capitalized(s.word(k))) {
        return;
    }
    let Some(place) = place_after(s, p) else { return };
    let closes = place.2 >= s.len() || matches!(s.word(place.2), "," | "." | ";");
    if !closes || is_hedged(s, start, place.2) {
        return;
    }
    let subject = embed(s, a, b);
    let verb = s.lower(v);
    let (aux, base) = match verb.as_ref() {
        "focused" => ("did", "focus"),
        "concentrated" => ("did", "concentrate"),
        "focuses" => ("does", "focus"),
        "concentrates" => ("does", "concentrate"),
        other => ("do", other),
    };
    let object = clean_span(s, v + 2, p);
    let q = format!("Where {aux} {subject} {base} on {object}?");
    let st = format!("{} {verb} on {object} in ", capitalize(&subject));
    push(out, s, subject, q, place, st, 0.75);
}

/// "Vienna, the capital of Austria, lies on the Danube." -> What is the capital of Austria?
fn appositive_capital(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some((a, b)) = named_np_at(s, start) else { return };
    if !(s.is(b, ",") && s.is(b + 1, "the") && s.is(b + 2, "capital") && s.is(b + 3, "of")) {
        return;
    }
    let Some((_, chain)) = place_at(s, b + 4) else { return };
    if !s.is(chain, ",") || is_hedged(s, start, chain) {
        return;
    }
    let role = s.span(b + 1, chain).to_string();
    let past = (chain + 1..s.len().min(chain + 4)).any(|k| s.is(k, "was") || s.is(k, "were"));
    let be = if past { "was" } else { "is" };
    let answer = s.span(a, b).trim_start_matches("The ").to_string();
    let q = format!("What {be} {role}?");
    let st = (String::new(), format!(" {be} {role}."));
    out.push(Fact {
        kind: Kind::Location,
        subject: role,
        question: q,
        answer,
        accept: vec![],
        answer_type: AnswerType::Place,
        statement: Some(st),
        confidence: 0.8,
    });
}

/// "The headquarters of the African Union are in Addis Ababa." -> Where are the
/// headquarters of the African Union?
fn headquarters_of(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    if !(s.is(start, "the") && s.is(start + 1, "headquarters") && s.is(start + 2, "of")) {
        return;
    }
    let Some((_, b)) = named_np_at(s, start + 3) else { return };
    let v = b;
    if !(s.is(v, "are") || s.is(v, "is") || s.is(v, "were") || s.is(v, "was")) {
        return;
    }
    let p = if s.is(v + 1, "located") || s.is(v + 1, "based") { v + 2 } else { v + 1 };
    let Some(place) = place_after(s, p) else { return };
    if is_hedged(s, start, place.2) {
        return;
    }
    let subject = lower_first_if_common(s.span(start, b), true);
    let be = s.word(v).to_lowercase();
    let q = format!("Where {be} {subject}?");
    let st = format!("{} {be} in ", capitalize(&subject));
    push(out, s, subject, q, place, st, 0.85);
}

/// "Canberra is the capital of Australia." -> What is the capital of Australia?
fn capital_of(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 8)).find(|&i| s.is(i, "is") || s.is(i, "was")) else { return };
    if !s.is(v + 1, "the") {
        return;
    }
    let role_end = if s.is(v + 2, "capital") {
        v + 3
    } else if s.is(v + 2, "largest") && s.is(v + 3, "city") {
        v + 4
    } else {
        return;
    };
    let role_end = if s.is(role_end, "city") { role_end + 1 } else { role_end };
    if !(s.is(role_end, "of") || s.is(role_end, "in")) {
        return;
    }
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let Some((_, chain)) = place_at(s, role_end + 1) else { return };
    if !(s.is(chain, ".") || s.is(chain, ",") || chain >= s.len()) || is_hedged(s, start, chain) {
        return;
    }
    let be = s.lower(v);
    let role = s.span(v + 1, chain).to_string();
    let answer = s.span(a, b).to_string();
    let q = format!("What {be} {role}?");
    let st = (String::new(), format!(" {be} {role}."));
    out.push(Fact {
        kind: Kind::Location,
        subject: role.clone(),
        question: q,
        answer: answer.clone(),
        accept: vec![],
        answer_type: AnswerType::Place,
        statement: Some(st),
        confidence: 0.85,
    });
}

/// "Marie Curie died in Passy, France, on 4 July 1934." -> Where did Marie Curie die?
fn died_in(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 30)).find(|&i| s.is(i, "died")) else { return };
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let Some(place) = place_after(s, v + 1) else { return };
    if is_hedged(s, start, place.2) {
        return;
    }
    let subject = embed(s, a, b);
    let q = format!("Where did {subject} die?");
    let st = format!("{} died in ", capitalize(&subject));
    push(out, s, subject, q, place, st, 0.85);
}

/// "after the 2010 earthquake in Haiti" -> Where did the 2010 earthquake occur?
fn dated_event_place(s: &Sentence, out: &mut Vec<Fact>) {
    for i in 0..s.len() {
        if !(s.is(i, "the")
            && i + 3 < s.len()
            && is_year(s.word(i + 1))
            && super::date::DATED_EVENT_NOUNS.contains(&s.lower(i + 2).as_ref())
            && !matches!(s.lower(i + 2).as_ref(), "treaty" | "agreement" | "accord" | "accords" | "war" | "merger" | "census")
            && s.is(i + 3, "in"))
        {
            continue;
        }
        let Some(place) = place_after(s, i + 3) else { continue };
        let event = s.span(i, i + 3).to_string();
        let q = format!("Where did {event} occur?");
        let st = format!("{} occurred in ", capitalize(&event));
        push(out, s, event, q, place, st, 0.75);
    }
}

/// "the University of Bologna has campuses in Cesena, Forlì, Ravenna and Rimini",
/// "The four principal Kontore were in London, Bruges, Bergen and Novgorod."
fn sites_in(s: &Sentence, out: &mut Vec<Fact>) {
    const SITES: &[&str] = &[
        "campuses",
        "offices",
        "branches",
        "sites",
        "bases",
        "factories",
        "plants",
        "embassies",
        "headquarters",
        "laboratories",
        "centres",
        "centers",
        "stations",
        "schools",
        "hospitals",
        "museums",
        "facilities",
        "subsidiaries",
    ];
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "has" | "had" | "have" | "were" | "are")) else {
        return;
    };
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let verb = s.lower(v);
    let (noun, list_at) = if matches!(verb.as_ref(), "has" | "had" | "have") {
        let n = s.lower((v + 1).min(s.len() - 1));
        if !SITES.contains(&n.as_ref()) || !s.is(v + 2, "in") {
            return;
        }
        (Some(n), v + 3)
    } else {
        if !s.is(v + 1, "in") {
            return;
        }
        (None, v + 2)
    };
    let Some((end, items)) = name_list_at(s, list_at) else { return };
    if items.len() < 2 || !(s.is(end, ".") || end >= s.len()) || is_hedged(s, start, end) {
        return;
    }
    let subject = embed(s, a, b);
    let answer = s.span(list_at, end).to_string();
    let (q, st) = match &noun {
        Some(n) => {
            let aux = if verb == "had" {
                "did"
            } else if verb == "have" {
                "do"
            } else {
                "does"
            };
            (format!("In which places {aux} {subject} have {n}?"), format!("{} {verb} {n} in ", capitalize(&subject)))
        }
        None => (format!("Where {verb} {subject}?"), format!("{} {verb} in ", capitalize(&subject))),
    };
    if subject.to_lowercase().contains(&answer.to_lowercase()) {
        return;
    }
    out.push(Fact {
        kind: Kind::Location,
        subject,
        question: q,
        answer: answer.clone(),
        accept: vec![format!("in {answer}")],
        answer_type: AnswerType::List,
        statement: Some((st, ".".into())),
        confidence: 0.8,
    });
}

/// "X is headquartered in P", "X's headquarters are in P", "X's largest site is in P".
fn seats(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "is" | "are" | "was" | "were" | "has" | "have")) else {
        return;
    };
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let be = s.lower(v);
    let subject = embed(s, a, b);
    if is_hedged(s, start, v + 2) {
        return;
    }
    // "has been headquartered in Lausanne, Switzerland, since 1915"
    let (been, p) = if (be == "has" || be == "have") && s.is(v + 1, "been") { (true, v + 2) } else { (false, v + 1) };
    let mut p = p;
    let mut w = s.lower(p.min(s.len() - 1));
    // "… is the central bank of the euro area and is headquartered in Frankfurt"
    if !SEATS.contains(&w.as_ref()) && !been {
        let also = (p..s.len().min(p + 20))
            .take_while(|&k| !s.is(k, ",") && !s.is(k, ";"))
            .find(|&k| s.is(k, "and") && s.is(k + 1, be.as_ref()) && SEATS.contains(&s.lower((k + 2).min(s.len() - 1)).as_ref()));
        if let Some(k) = also {
            p = k + 2;
            w = s.lower(p);
        }
    }
    if SEATS.contains(&w.as_ref()) {
        let Some(place) = place_after(s, p + 1) else { return };
        let since = if been && s.is(place.2, ",") && s.is(place.2 + 1, "since") && is_year(s.word((place.2 + 2).min(s.len() - 1))) {
            format!(" since {}", s.word(place.2 + 2))
        } else {
            String::new()
        };
        if been && since.is_empty() {
            return;
        }
        let q = if been { format!("Where {be} {subject} been {w}{since}?") } else { format!("Where {be} {subject} {w}?") };
        let st = if been { format!("{} {be} been {w}{since} in ", capitalize(&subject)) } else { format!("{} {be} {w} in ", capitalize(&subject)) };
        push(out, s, subject, q, place, st, 0.9);
        return;
    }
    // copular: only for a possessive subject or "headquarters" ("ESA's largest site is in …")
    let possessive = (a..b).any(|k| strip_possessive(s.word(k)).is_some()) || s.word(b - 1).eq_ignore_ascii_case("headquarters");
    if !been
        && possessive
        && (be == "is" || be == "are" || be == "was" || be == "were")
        && let Some(place) = place_after(s, v + 1)
    {
        if !(s.is(place.2, ".") || s.is(place.2, ",") || place.2 >= s.len()) {
            return;
        }
        let q = format!("Where {be} {subject}?");
        let st = format!("{} {be} in ", capitalize(&subject));
        push(out, s, subject, q, place, st, 0.85);
    }
}

/// "The Regional Office for the Americas, based in Washington, D.C., also serves …"
fn appositive_seat(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len() {
        if !s.is(c, ",") || c + 1 >= s.len() || !SEATS.contains(&s.lower(c + 1).as_ref()) {
            continue;
        }
        let Some(place) = place_after(s, c + 2) else { continue };
        let Some((a, b)) = named_np_ending_at(s, c) else { continue };
        if a > 0 && s.is(a - 1, ",") && clause_start(s).0 != a {
            continue;
        }
        // "the capital city of Scotland, situated in Lothian": the participle belongs to
        // the phrase the name ends, not to the name
        if a > 0 && matches!(s.lower(a - 1).as_ref(), "of" | "in" | "from" | "to" | "for" | "with" | "by" | "and") {
            continue;
        }
        let subject = embed(s, a, b);
        let be = if looks_plural(&subject) { "are" } else { "is" };
        let w = s.lower(c + 1);
        let q = format!("Where {be} {subject} {w}?");
        let st = format!("{} {be} {w} in ", capitalize(&subject));
        push(out, s, subject, q, place, st, 0.85);
    }
}

/// "The Magna Charta Universitatum was signed in Bologna on 18 September 1988 …",
/// "The Hanseatic Diet first met in Lübeck in 1356."
fn events(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "was" | "were" | "met" | "convened" | "gathered")) else {
        return;
    };
    let mut subj_end = v;
    let mut adverb = String::new();
    if is_verb_adverb(s.word(v - 1)) && v - 1 > start {
        subj_end = v - 1;
        adverb = format!("{} ", s.lower(v - 1).into_owned());
    }
    let Some((a, b)) = named_subject(s, start, subj_end) else { return };
    let verb = s.lower(v);
    let subject = embed(s, a, b);
    if is_hedged(s, start, v + 3) {
        return;
    }
    if verb == "was" || verb == "were" {
        let mut p = v + 1;
        if p < s.len() && is_verb_adverb(s.word(p)) {
            adverb = format!("{} ", s.lower(p).into_owned());
            p += 1;
        }
        let part = s.lower(p.min(s.len() - 1));
        if !EVENT_PLACES.contains(&part.as_ref()) {
            return;
        }
        let mut prep = p + 1;
        if part == "set" {
            if !s.is(prep, "up") {
                return;
            }
            prep += 1;
        }
        // "born Maria Skłodowska in Warsaw"
        if part == "born"
            && let Some(e) = name_run(s, prep)
        {
            prep = e;
        }
        let Some(place) = place_after(s, prep) else { return };
        let verb_text = if part == "set" { "set up".to_string() } else { part.into_owned() };
        let q = format!("Where {verb} {subject} {adverb}{verb_text}?");
        let st = format!("{} {verb} {adverb}{verb_text} in ", capitalize(&subject));
        push(out, s, subject, q, place, st, 0.85);
    } else {
        let Some(place) = place_after(s, v + 1) else { return };
        let base = match verb.as_ref() {
            "met" => "meet",
            "convened" => "convene",
            _ => "gather",
        };
        let q = format!("Where did {subject} {adverb}{base}?");
        let st = format!("{} {adverb}{verb} in ", capitalize(&subject));
        push(out, s, subject, q, place, st, 0.8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::qa;

    fn p(q: &str, a: &str) -> (String, String) {
        (q.to_string(), a.to_string())
    }

    #[test]
    fn seats() {
        assert_eq!(qa(extract, "The ICRC is headquartered in Geneva, Switzerland."), [p("Where is the ICRC headquartered?", "Geneva")]);
        assert_eq!(qa(extract, "ESA's headquarters are in Paris."), [p("Where are ESA's headquarters?", "Paris")]);
        assert_eq!(
            qa(extract, "ESA's largest site is in Noordwijk, the Netherlands, where spacecraft are tested."),
            [p("Where is ESA's largest site?", "Noordwijk")]
        );
        assert_eq!(
            qa(extract, "The IOC has been headquartered in Lausanne, Switzerland, since 1915."),
            [p("Where has the IOC been headquartered since 1915?", "Lausanne")]
        );
        assert_eq!(
            qa(extract, "The Regional Office for the Americas, based in Washington, D.C., also serves as PAHO."),
            [p("Where is the Regional Office for the Americas based?", "Washington, D.C.")]
        );
        assert_eq!(qa(extract, "Nokia is based in Espoo, Finland."), [p("Where is Nokia based?", "Espoo")]);
        assert_eq!(
            qa(extract, "The European Central Bank (ECB) is the central bank of the euro area and is headquartered in Frankfurt."),
            [p("Where is the European Central Bank headquartered?", "Frankfurt")]
        );
        assert!(qa(extract, "Mount Everest is located in the Mahalangur Himal sub-range of the Himalayas.").is_empty());
    }

    #[test]
    fn events() {
        assert_eq!(
            qa(extract, "The Magna Charta Universitatum was signed in Bologna on 18 September 1988 by rectors."),
            [p("Where was the Magna Charta Universitatum signed?", "Bologna")]
        );
        assert_eq!(
            qa(extract, "The first modern Olympic Games were held in Athens in April 1896."),
            [p("Where were the first modern Olympic Games held?", "Athens")]
        );
        assert_eq!(qa(extract, "The Hanseatic Diet first met in Lübeck in 1356."), [p("Where did the Hanseatic Diet first meet?", "Lübeck")]);
        assert_eq!(qa(extract, "Marie Curie was born Maria Skłodowska in Warsaw on 7 November 1867."), [p("Where was Marie Curie born?", "Warsaw")]);
        assert_eq!(
            qa(extract, "Only two weeks later, the Hay–Bunau-Varilla Treaty was signed in Washington, giving the United States control."),
            [p("Where was the Hay–Bunau-Varilla Treaty signed?", "Washington")]
        );
    }

    #[test]
    fn dated_events_and_sites() {
        assert_eq!(
            qa(extract, "For example, after the 2010 earthquake in Haiti, U.S. personnel initiated relief."),
            [p("Where did the 2010 earthquake occur?", "Haiti")]
        );
        assert_eq!(
            qa(extract, "Besides its main seat in Bologna, the University of Bologna has campuses in Cesena, Forlì, Ravenna and Rimini."),
            [p("In which places does the University of Bologna have campuses?", "Cesena, Forlì, Ravenna and Rimini")]
        );
        assert_eq!(
            qa(extract, "The four principal Kontore were in London, Bruges, Bergen and Novgorod."),
            [p("Where were the four principal Kontore?", "London, Bruges, Bergen and Novgorod")]
        );
    }

    #[test]
    fn capitals_and_deaths() {
        assert_eq!(qa(extract, "Canberra is the capital of Australia."), [p("What is the capital of Australia?", "Canberra")]);
        assert_eq!(qa(extract, "Vienna, the capital of Austria, lies on the Danube."), [p("What is the capital of Austria?", "Vienna")]);
        assert_eq!(
            qa(extract, "The headquarters of the African Union are in Addis Ababa, Ethiopia."),
            [p("Where are the headquarters of the African Union?", "Addis Ababa")]
        );
        assert_eq!(qa(extract, "Marie Curie died in Passy, France, on 4 July 1934."), [p("Where did Marie Curie die?", "Passy")]);
    }

    #[test]
    fn where_a_body_focuses_its_work() {
        use crate::extract::testing::assert_each_asks;
        assert_each_asks(
            extract,
            &[
                (
                    "Meanwhile, the SCO focuses on regional stability in Central Asia, facilitating collaborative peacekeeping efforts.",
                    "Where does the SCO focus on regional stability?",
                    "Central Asia",
                ),
                ("Greenpeace focused on nuclear testing in the Pacific.", "Where did Greenpeace focus on nuclear testing?", "Pacific"),
                (
                    "The Aga Khan Foundation concentrates on rural development in East Africa.",
                    "Where does the Aga Khan Foundation concentrate on rural development?",
                    "East Africa",
                ),
            ],
        );
    }

    #[test]
    fn yields_nothing_without_a_named_subject_and_a_place() {
        for t in [
            "The first Geneva Convention was signed in Geneva on 22 August 1864.",
            "The AU has also undertaken various operations in Africa.",
            "Missions in countries such as Liberia highlight combined efforts.",
            "The conference was held in 1949.",
            "It was signed in Paris.",
            "The treaty was signed in Paris.",
            "Pierre Curie was killed in a street accident in Paris in April 1906.",
            "Servo was written in Rust by Mozilla Research.",
            // no named subject; a list before the place; a hedge
            "The company focuses on renewable energy in Southeast Asia.",
            "The SCO focuses on trade, security and culture in Central Asia.",
            "The SCO may focus on regional stability in Central Asia.",
            // the participle belongs to "the capital city of Scotland", not to Scotland
            "Edinburgh, the capital city of Scotland, situated in Lothian, grew.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }
}
