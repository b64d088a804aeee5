//! Founder facts: who founded, created, set up, established, designed or launched
//! something named. Shapes:
//! - active: "Pierre de Coubertin founded the International Olympic Committee …"
//! - passive: "The Radium Institute was established in 1909 by the University of Paris …"
//! - appositive: "The Royal College of Spain, founded by Cardinal Gil Álvarez de Albornoz …"

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::lexicon;
use crate::text::Sentence;

/// Past forms (and participles) of the verbs of founding and making.
pub const FOUNDING: &[&str] = &[
    "founded",
    "co-founded",
    "cofounded",
    "established",
    "created",
    "set",
    "launched",
    "formed",
    "designed",
    "invented",
    "developed",
    "built",
    "organized",
    "organised",
    "initiated",
    "instituted",
    "started",
    "coined",
    "devised",
    "drafted",
    "pioneered",
    "introduced",
    "conceived",
    "composed",
    "wrote",
    "written",
    "authored",
    "discovered",
    "signed",
    "commissioned",
    "refounded",
    "constructed",
    "engineered",
    "produced",
    "directed",
];

/// The verb of a past form, "co-founded" read as "founded".
fn past_verb(w: &str) -> Option<&'static lexicon::Verb> {
    let l = w.to_lowercase();
    lexicon::verb_from_past(&l).or_else(|| l.strip_prefix("co-").and_then(lexicon::verb_from_past))
}

fn is_founding(w: &str) -> bool {
    FOUNDING.contains(&w.to_lowercase().as_str())
}

/// Whether an agent looks like a person's name: capitalised words, no organisation word.
pub fn looks_like_person(text: &str) -> bool {
    const ORG_WORDS: &[&str] = &[
        "University",
        "Institute",
        "Society",
        "Societies",
        "Committee",
        "Company",
        "Corporation",
        "Council",
        "Organization",
        "Organisation",
        "League",
        "Union",
        "Agency",
        "Association",
        "Foundation",
        "Government",
        "Ministry",
        "Bank",
        "Church",
        "Republic",
        "Kingdom",
        "Nations",
        "States",
        "Research",
        "Laboratory",
        "Group",
        "Party",
        "Army",
        "Navy",
        "Office",
        "Centre",
        "Center",
        "College",
        "School",
        "Museum",
        "Gallery",
        "Library",
        "Hospital",
        "Academy",
        "Observatory",
        "Theatre",
        "Theater",
        "Federation",
        "International",
        "Assembly",
        "Board",
        "Commission",
        "Inc.",
        "Ltd",
        "Ltd.",
        "Co.",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    // a name starts with a capital: "of the European Communities" is a cut phrase
    if !words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return false;
    }
    // "Gaillard Cut", "Mantoux test", "Firefox Quantum": the head names a thing
    const THING_HEADS: &[&str] = &[
        "Cut",
        "Canal",
        "Lake",
        "River",
        "Bay",
        "Street",
        "Road",
        "Bridge",
        "Tower",
        "Park",
        "Hall",
        "Island",
        "Islands",
        "Mountain",
        "Mountains",
        "Sea",
        "Ocean",
        "Strait",
        "Prize",
        "Cup",
        "Award",
        "Act",
        "Treaty",
        "Pact",
        "Accord",
        "Quantum",
        "Week",
        "Games",
        "Cross",
        "Crescent",
        "Wall",
        "Gate",
        "Square",
        "Palace",
        "Castle",
        "Cathedral",
        "Church",
        "Valley",
        "Desert",
        "Forest",
        "Peninsula",
        "Coast",
        "Line",
        "Project",
        "Program",
        "Programme",
        "Mission",
        "Operation",
        "War",
        "Revolution",
        "Plan",
        "Doctrine",
        "Declaration",
        "Charter",
        "Convention",
        "Conventions",
        "Agreement",
        "Protocol",
        "Initiative",
        "Campaign",
        "Conference",
        "Summit",
        "Code",
        "Test",
        "Theory",
        "Law",
        "Effect",
        "System",
        "Engine",
        "Telescope",
        "Station",
        "Airport",
        "Port",
        "Harbour",
        "Harbor",
        "Studiorum",
        "Universitatum",
        "Spaceport",
        "Day",
        "Era",
        "Age",
    ];
    // "World War II": a regnal or ordinal numeral after the head keeps the head's sort
    let numeral = |w: &str| !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let last = match words.as_slice() {
        [.., head, n] if numeral(n) && THING_HEADS.contains(head) => head,
        _ => words.last().copied().unwrap_or(""),
    }
    .trim_end_matches(',');
    // "Treaty of Utrecht", "Operation of …": the head before "of" names the thing ("Joan of
    // Arc" keeps a person's head); "Operation Clean Game", "Lake Victoria": so does a first word
    let head_before_of = words.iter().position(|w| *w == "of").and_then(|k| k.checked_sub(1)).map(|k| words[k]);
    let thing_first =
        words.first().is_some_and(|w| matches!(*w, "Operation" | "Project" | "Lake" | "Mount" | "Fort" | "Cape" | "Camp" | "Treaty" | "Battle" | "Siege"));
    let thing_head = THING_HEADS.contains(&last)
        || thing_first
        || head_before_of.is_some_and(|h| THING_HEADS.contains(&h))
        || last.chars().next().is_some_and(char::is_lowercase)
        || last.chars().any(|c| c.is_ascii_digit());
    !words.is_empty()
        && !thing_head
        && words.len() <= 6
        && !words.iter().any(|w| ORG_WORDS.contains(&w.trim_end_matches(',')) || is_acronym(w))
        && !text.contains(" and ")
        && !text.starts_with("the ")
}

fn agent_type(text: &str) -> AnswerType {
    if looks_like_person(text) { AnswerType::Person } else { AnswerType::Name }
}

/// The agent after "by": one name or a closed list of names, with any appositive
/// after a comma left out ("Ludwig Guttmann, a German-born British neurologist").
fn agent_at(s: &Sentence, i: usize) -> Option<(usize, usize)> {
    let ends = |e: usize| e >= s.len() || matches!(s.word(e), "," | "." | ";" | "in" | "on" | "for" | "at" | "to" | "with" | "as" | "during");
    if let Some((end, _)) = name_list_at(s, i)
        && ends(end)
    {
        return Some((i, end));
    }
    // "the national societies of Britain, France, Italy, Japan and the United States"
    if s.is(i, "the")
        && let Some(of) = (i + 1..s.len().min(i + 5)).find(|&k| s.is(k, "of"))
    {
        let plain = (i + 1..of)
            .all(|k| s.kind(k) == Some(crate::text::token::Kind::Word) && !is_capitalized(s.word(k)) && !crate::text::words::is_function_word(s.word(k)));
        // people or bodies ("the national societies of …"), not an event ("the merger of …")
        let head = s.lower(of - 1);
        let agents = head.ends_with('s') && !head.ends_with("ss") && lexicon::pos(&head).is_some_and(|p| p.contains('n'));
        if plain
            && agents
            && of > i + 1
            && let Some((end, _)) = name_list_at(s, of + 1).or_else(|| named_np_at(s, of + 1).map(|(_, e)| (e, vec![])))
            && ends(end)
        {
            return Some((i, end));
        }
    }
    let (a, mut b) = named_np_at(s, i)?;
    // "Adolf II, Count of Holstein," : a capitalised title in apposition stays
    if s.is(b, ",") && named_np_at(s, b + 1).is_some_and(|(x, _)| !s.is(x, "the")) {
        let (_, b2) = named_np_at(s, b + 1)?;
        if s.is(b2, ",") && (s.is(b2 + 1, "and") || s.is(b2 + 1, "who")) || s.is(b2, ".") {
            b = b2;
        }
    }
    if !(s.is(b, ",")
        || s.is(b, ".")
        || s.is(b, "in")
        || s.is(b, "on")
        || s.is(b, "for")
        || s.is(b, "to")
        || s.is(b, "with")
        || s.is(b, "as")
        // "…, founded by Dunant and later renamed": "and" opens a new predicate; "by Moreau and
        // two colleagues" names more founders than the one name
        || s.is(b, "and") && b + 1 < s.len() && is_verb_form(s.word(b + 1)) && !crate::lexicon::pos(s.word(b + 1)).is_some_and(|p| p.contains('n'))
        || s.is(b, "and") && matches!(s.lower(b + 1).as_ref(), "was" | "were" | "is" | "are" | "has" | "had" | "later" | "then" | "soon")
        || b >= s.len())
    {
        return None;
    }
    Some((a, b))
}

fn push(out: &mut Vec<Fact>, s: &Sentence, thing: String, verb_past: &str, agent: (usize, usize), rest: &str, confidence: f32) {
    // "the treaty" as an agent is the one treaty the text names
    let resolved = (agent.1 == agent.0 + 2 && s.is(agent.0, "the")).then(|| super::coref::resolve(s.word(agent.0 + 1), s.line)).flatten();
    if agent.1 == agent.0 + 2 && s.is(agent.0, "the") && resolved.is_none() && crate::text::words::is_anaphoric_noun(s.word(agent.0 + 1)) {
        return;
    }
    let answer = resolved.unwrap_or_else(|| s.span(agent.0, agent.1).to_string());
    let answer = answer.trim_end_matches(',').to_string();
    let (mut answer, mut accept) = without_article(&answer);
    // "the architect Helen Carver": the name is the answer, the role may come with it
    if let Some((role, name)) = answer.split_once(' ')
        && role.chars().all(char::is_lowercase)
        && lexicon::pos(role).is_some_and(|p| p.contains('n'))
        && looks_like_person(name)
        && name.split_whitespace().count() >= 2
    {
        accept.push(answer.clone());
        answer = name.to_string();
    }
    if answer.to_lowercase().contains(&thing.to_lowercase()) || thing.to_lowercase().contains(&answer.to_lowercase()) {
        return;
    }
    // "Cardinal Gil Álvarez de Albornoz" -> also "Gil Álvarez de Albornoz"; "Dr. X" -> "X"
    let titles = ["Dr.", "Cardinal", "Sir", "King", "Queen", "Pope", "President", "General", "Professor", "Prof.", "Saint", "St."];
    if let Some(first) = answer.split_whitespace().next()
        && titles.contains(&first)
    {
        accept.push(answer[first.len()..].trim().to_string());
    }
    if let Some((main, _)) = answer.split_once(", ")
        && looks_like_person(main)
        && !answer.contains(" and ")
    {
        accept.push(main.to_string());
    }
    let tail = if rest.is_empty() { String::new() } else { format!(" {rest}") };
    // a treaty or a law is no "who": "Which treaty introduced the European Economic Community?"
    const INSTRUMENT_HEADS: &[&str] = &[
        "Treaty",
        "Act",
        "Agreement",
        "Convention",
        "Charter",
        "Accord",
        "Accords",
        "Protocol",
        "Statute",
        "Law",
        "Constitution",
        "Declaration",
        "Resolution",
        "Decree",
        "Pact",
        "Treaties",
    ];
    let instrument = answer.split_whitespace().find(|w| INSTRUMENT_HEADS.contains(w)).map(|w| w.to_lowercase());
    let question = match &instrument {
        Some(head) => format!("Which {head} {verb_past} {thing}{tail}?"),
        None => format!("Who {verb_past} {thing}{tail}?"),
    };
    let aux = if looks_plural(&thing) { "were" } else { "was" };
    let participle = lexicon::verb_from_past(verb_past.split(' ').next().unwrap_or(verb_past)).map(|v| v.participle).unwrap_or(verb_past);
    let participle = match verb_past.split_once(' ') {
        Some((_, particle)) => format!("{participle} {particle}"),
        None => participle.to_string(),
    };
    let statement = (format!("{} {aux} {participle}{tail} by ", capitalize(&thing)), ".".into());
    out.push(Fact {
        kind: Kind::Founder,
        subject: thing,
        question,
        answer: answer.clone(),
        accept,
        answer_type: agent_type(&answer),
        statement: Some(statement),
        confidence,
    });
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    active(s, out);
    passive(s, out);
    appositive(s, out);
    under_instrument(s, out);
}

/// "NATO, established under the North Atlantic Treaty", "X was created under the Y Act":
/// the founding instrument.
fn under_instrument(s: &Sentence, out: &mut Vec<Fact>) {
    const INSTRUMENTS: &[&str] = &[
        "treaty",
        "act",
        "agreement",
        "convention",
        "charter",
        "accord",
        "accords",
        "protocol",
        "statute",
        "law",
        "constitution",
        "declaration",
        "resolution",
        "decree",
        "pact",
    ];
    for u in 2..s.len() {
        if !s.is(u, "under") || !is_founding(s.word(u - 1)) || lexicon::verb_from_participle(s.word(u - 1)).is_none() {
            continue;
        }
        let Some((ia, ib)) = named_np_at(s, u + 1) else { continue };
        let head = s.lower(ib - 1);
        let head = if INSTRUMENTS.contains(&head.as_ref()) {
            head.into_owned()
        } else {
            match (ia..ib).map(|k| s.lower(k).into_owned()).find(|w| INSTRUMENTS.contains(&w.as_str())) {
                Some(h) => h,
                None => continue,
            }
        };
        if !(s.is(ib, ".") || s.is(ib, ",") || ib >= s.len() || s.is(ib, "in")) {
            continue;
        }
        let p = u - 1;
        // the thing founded: an appositive ("NATO, established under …") or a passive subject
        let thing = if s.is(p - 1, ",") {
            named_np_ending_at(s, p - 1).filter(|(a, _)| *a == 0 || !s.is(a - 1, ","))
        } else if s.is(p - 1, "was") || s.is(p - 1, "were") {
            let (start, _) = clause_start(s);
            named_subject(s, start, p - 1)
        } else {
            None
        };
        let Some((a, b)) = thing else { continue };
        if is_hedged(s, a, ib) {
            continue;
        }
        let subject = embed(s, a, b);
        let aux = if looks_plural(&subject) { "were" } else { "was" };
        let part = s.lower(p);
        let answer_full = s.span(ia, ib).to_string();
        let (answer, accept) = without_article(&answer_full);
        let question = format!("Under which {head} {aux} {subject} {part}?");
        let statement = (format!("{} {aux} {part} under ", capitalize(&subject)), ".".into());
        out.push(Fact { kind: Kind::Founder, subject, question, answer, accept, answer_type: AnswerType::Name, statement: Some(statement), confidence: 0.8 });
    }
}

/// "Pierre de Coubertin founded the International Olympic Committee (IOC) on …",
/// "Gustave Moynier, a Geneva lawyer, co-founded the ICRC with Dunant …"
fn active(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| is_founding(s.word(i)) && !is_capitalized(s.word(i))) else { return };
    if s.is(v - 1, "was") || s.is(v - 1, "were") || s.is(v - 1, "been") || s.is(v - 1, "be") || s.is(v - 1, "is") || s.is(v - 1, "are") {
        return;
    }
    if past_verb(s.word(v)).is_none() {
        return;
    }
    let Some(agent) = named_subject(s, start, v).or_else(|| adjectival_group(s, start, v)) else { return };
    let particle = particle_at(s, v + 1);
    if s.is(v, "set") && particle != Some("up") {
        return;
    }
    let obj = v + 1 + particle.is_some() as usize;
    let Some((oa, ob)) = named_np_at(s, obj) else { return };
    if is_vague_subject(s, oa, ob) || s.is(oa, "a") {
        return;
    }
    if is_hedged(s, start, ob) {
        return;
    }
    // "co-founded the ICRC with Dunant": keep the partner in the question
    let mut rest = String::new();
    let mut ob2 = ob;
    if s.is(ob2, "(")
        && let Some(c) = (ob2..s.len().min(ob2 + 6)).find(|&k| s.is(k, ")"))
    {
        ob2 = c + 1;
    }
    if s.is(ob2, "with")
        && let Some((_, pe)) = named_np_at(s, ob2 + 1)
    {
        rest = s.span(ob2, pe).to_string();
    }
    let thing = embed(s, oa, ob);
    let verb = match particle {
        Some(p) => format!("{} {p}", s.lower(v).into_owned()),
        None => s.lower(v).into_owned(),
    };
    push(out, s, thing, &verb, agent, &rest, 0.85);
}

/// "Hanseatic and Dutch towns", "European countries": capitalised adjectives and a plural
/// noun name a group that can found something.
fn adjectival_group(s: &Sentence, a: usize, b: usize) -> Option<(usize, usize)> {
    if b < a + 2 || b > a + 5 {
        return None;
    }
    let head = s.word(b - 1);
    let plural = head.ends_with('s') && !is_capitalized(head) && lexicon::pos(head).is_some_and(|p| p.contains('n'));
    let mods_ok = (a..b - 1).all(|k| is_capitalized(s.word(k)) && !crate::text::words::is_function_word(s.word(k)) || s.is(k, "and"));
    (plural && mods_ok && is_capitalized(s.word(a))).then_some((a, b))
}

/// "X was founded in 1143 by Adolf II, Count of Holstein, and …"
fn passive(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    for aux in start..s.len().min(start + 40) {
        if !(s.is(aux, "was") || s.is(aux, "were")) {
            continue;
        }
        let mut p = aux + 1;
        if p < s.len() && is_verb_adverb(s.word(p)) {
            p += 1;
        }
        if p >= s.len() || !is_founding(s.word(p)) || lexicon::verb_from_participle(s.word(p)).is_none() {
            continue;
        }
        let Some((a, b)) = named_subject(s, start, aux) else { return };
        let particle = particle_at(s, p + 1);
        let Some(by) = (p + 1..s.len().min(p + 12)).find(|&k| s.is(k, "by")) else { return };
        // only places, dates and short phrases between the verb and "by"
        if (p + 1..by).any(|k| s.is(k, ",") && !(s.word(k + 1) == "D.C." || is_capitalized(s.word(k + 1)))) {
            return;
        }
        let Some(agent) = agent_at(s, by + 1) else { return };
        if is_hedged(s, start, agent.1) {
            return;
        }
        let thing = embed(s, a, b);
        let verb = base_past(s.word(p), particle);
        push(out, s, thing.clone(), &verb, agent, "", 0.9);
        // ", and was refounded by Henry the Lion in 1159"
        let mut k = agent.1;
        while k + 4 < s.len() {
            if (s.is(k, ",") && s.is(k + 1, "and") || s.is(k, "and")) && {
                let w = if s.is(k, ",") { k + 2 } else { k + 1 };
                (s.is(w, "was") || s.is(w, "were")) && is_founding(s.word(w + 1)) && s.is(w + 2, "by")
            } {
                let w = if s.is(k, ",") { k + 2 } else { k + 1 };
                let Some(agent2) = agent_at(s, w + 3) else { return };
                let verb2 = base_past(s.word(w + 1), None);
                push(out, s, thing.clone(), &verb2, agent2, "", 0.85);
                k = agent2.1;
                continue;
            }
            k += 1;
        }
        return;
    }
}

/// The simple past that asks about a participle: "established" -> "established",
/// "written" -> "wrote", "set up" -> "set up".
fn base_past(participle: &str, particle: Option<&str>) -> String {
    let l = participle.to_lowercase();
    let past = lexicon::verb_from_participle(&l).map(|v| v.past).unwrap_or(&l);
    match particle {
        Some(p) => format!("{past} {p}"),
        None => past.to_string(),
    }
}

/// "The Royal College of Spain, founded by Cardinal Gil Álvarez de Albornoz in …"
fn appositive(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len() {
        if !s.is(c, ",") || c + 2 >= s.len() || !is_founding(s.word(c + 1)) {
            continue;
        }
        let p = c + 1;
        if lexicon::verb_from_participle(s.word(p)).is_none() {
            continue;
        }
        let particle = particle_at(s, p + 1);
        let mut by = p + 1 + particle.is_some() as usize;
        // "founded in 1948 by Ludwig Guttmann"
        if let Some(d) = prep_date_at(s, by) {
            by = d.end;
        }
        if !s.is(by, "by") {
            continue;
        }
        // "The Global Task Force on Cholera Control (GTFCC), launched by WHO …"
        let name_end = if s.is(c - 1, ")") { (0..c).rev().find(|&k| s.is(k, "(")).unwrap_or(c) } else { c };
        let Some((a, b)) = named_np_ending_at(s, name_end) else { continue };
        if a > 0 && (s.is(a - 1, ",") && clause_start(s).0 != a || s.is(a - 1, "a") || s.is(a - 1, "an")) {
            continue;
        }
        let Some(agent) = agent_at(s, by + 1) else { continue };
        if is_hedged(s, p, agent.1) {
            continue;
        }
        let thing = embed(s, a, b);
        let verb = base_past(s.word(p), particle);
        push(out, s, thing, &verb, agent, "", 0.85);
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
    fn one_name_of_several_founders_is_no_answer() {
        assert_eq!(qa(extract, "The Lyon Protocol, drafted by Moreau and two colleagues, defined safety rules."), Vec::<(String, String)>::new());
    }

    #[test]
    fn a_group_of_signatories_keeps_its_head() {
        let got = qa(
            extract,
            "The Maastricht Treaty, signed on 7 February 1992 by the members of the European Communities in Maastricht, created the European Union.",
        );
        assert_eq!(got, [p("Who signed the Maastricht Treaty?", "members of the European Communities")]);
    }

    #[test]
    fn instruments_and_things_are_no_people() {
        for thing in [
            "Treaty of Utrecht",
            "Geneva Convention",
            "Operation of Dover",
            "Marshall Plan",
            "Good Friday Agreement",
            "Riverside Museum of Science",
            "Operation Clean Game",
            "Lake Victoria",
            "World War II",
        ] {
            assert!(!looks_like_person(thing), "{thing}");
        }
        for person in ["Joan of Arc", "Catherine of Aragon", "Paul Hoffman", "Marie Curie", "Henry VIII"] {
            assert!(looks_like_person(person), "{person}");
        }
    }

    #[test]
    fn active_founders() {
        assert_eq!(
            qa(extract, "Pierre de Coubertin founded the International Olympic Committee (IOC) on 23 June 1894."),
            [p("Who founded the International Olympic Committee?", "Pierre de Coubertin")]
        );
        assert_eq!(
            qa(extract, "Gustave Moynier, a Geneva lawyer, co-founded the ICRC with Dunant and was its president."),
            [p("Who co-founded the ICRC with Dunant?", "Gustave Moynier")]
        );
        assert_eq!(
            qa(extract, "In 1976 Steve Jobs and Steve Wozniak founded Apple Computer in a garage."),
            [p("Who founded Apple Computer?", "Steve Jobs and Steve Wozniak")]
        );
        assert_eq!(
            qa(extract, "After the war, the League of Nations set up the Health Organization."),
            [p("Who set up the Health Organization?", "League of Nations")]
        );
    }

    #[test]
    fn passive_founders() {
        assert_eq!(
            qa(extract, "The Radium Institute was established in 1909 by the University of Paris and the Pasteur Institute."),
            [p("Who established the Radium Institute?", "University of Paris and the Pasteur Institute")]
        );
        assert_eq!(
            qa(extract, "The Olympic rings, five rings on a white background, were designed by Coubertin in 1913."),
            [p("Who designed the Olympic rings?", "Coubertin")]
        );
        assert_eq!(
            qa(extract, "The sanitarium at Saranac Lake was founded by Dr. Edward Livingston Trudeau, who had tuberculosis himself."),
            Vec::<(String, String)>::new()
        );
        assert_eq!(
            qa(extract, "The Adirondack Cottage Sanitarium was founded by Dr. Edward Livingston Trudeau, who had tuberculosis himself."),
            [p("Who founded the Adirondack Cottage Sanitarium?", "Dr. Edward Livingston Trudeau")]
        );
        assert_eq!(
            qa(
                extract,
                "The Global Polio Eradication Initiative (GPEI) was launched in 1988 by WHO, Rotary International, the U.S. Centers for Disease Control and Prevention and UNICEF."
            ),
            [p(
                "Who launched the Global Polio Eradication Initiative?",
                "WHO, Rotary International, the U.S. Centers for Disease Control and Prevention and UNICEF"
            )]
        );
    }

    #[test]
    fn appositive_founders() {
        assert_eq!(
            qa(extract, "The Royal College of Spain, founded by Cardinal Gil Álvarez de Albornoz in the fourteenth century, still houses students."),
            [p("Who founded the Royal College of Spain?", "Cardinal Gil Álvarez de Albornoz")]
        );
        assert_eq!(
            qa(
                extract,
                "The Paralympic Games grew out of the Stoke Mandeville Games, founded in 1948 by Ludwig Guttmann, a German-born British neurologist, for veterans."
            ),
            [p("Who founded the Stoke Mandeville Games?", "Ludwig Guttmann")]
        );
    }

    #[test]
    fn treaties_are_not_who() {
        assert_eq!(
            qa(extract, "The Treaty of Rome introduced the European Economic Community in 1957."),
            [p("Which treaty introduced the European Economic Community?", "Treaty of Rome")]
        );
    }

    #[test]
    fn groups_as_founders() {
        assert_eq!(
            qa(extract, "In 1367 Hanseatic and Dutch towns formed the Confederation of Cologne, an alliance aimed at defeating a king."),
            [p("Who formed the Confederation of Cologne?", "Hanseatic and Dutch towns")]
        );
        assert_eq!(qa(extract, "The museum was designed by the architect Helen Carver, who also planned a library."), Vec::<(String, String)>::new());
        assert_eq!(
            qa(extract, "The Riverside Museum was designed by the architect Helen Carver, who also planned a library."),
            [p("Who designed the Riverside Museum?", "Helen Carver")]
        );
    }

    #[test]
    fn instruments_and_second_founders() {
        assert_eq!(
            qa(extract, "A prominent example of collective defense strategies is NATO, established under the North Atlantic Treaty."),
            [p("Under which treaty was NATO established?", "North Atlantic Treaty")]
        );
        assert_eq!(
            qa(extract, "Lübeck was founded in 1143 by Adolf II, Count of Holstein, and was refounded by Henry the Lion in 1159."),
            [p("Who founded Lübeck?", "Adolf II, Count of Holstein"), p("Who refounded Lübeck?", "Henry the Lion")]
        );
        assert_eq!(
            qa(
                extract,
                "The International Federation, formerly the League of Red Cross Societies, was founded in 1919 by the national societies of Britain, France, Italy, Japan and the United States."
            ),
            [p("Who founded the International Federation?", "national societies of Britain, France, Italy, Japan and the United States")]
        );
        assert_eq!(
            qa(extract, "BCG, short for Bacille Calmette-Guérin, was developed by Albert Calmette and Camille Guérin at the Pasteur Institute in Lille."),
            [p("Who developed BCG?", "Albert Calmette and Camille Guérin")]
        );
    }

    #[test]
    fn yields_nothing_without_a_named_founder_and_thing() {
        for t in [
            "The red cross on a white ground, formed by reversing the colours of the Swiss flag, became that sign.",
            "Countries formed blocs, exemplified by NATO and the Warsaw Pact.",
            "Nations reacted to terrorism by establishing new collaborations.",
            "By leading the International Security Assistance Force (ISAF), NATO integrated partners.",
            "Each alliance may establish a unified command.",
            "Changes in government may result in fluctuating commitments to established partnerships.",
            "Strategic military partnerships are formed for various reasons.",
            "Work began in 1881 under a French company founded by Ferdinand de Lesseps.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }
}
