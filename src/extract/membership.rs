//! Membership facts: which members a named alliance, treaty, committee or group had.
//! Only closed lists count: "consisted of A, B and C", "which united A, B and C",
//! "The three main constituents of X are A, B and C", "X has three components: A, B, C".
//! Open lists ("such as", "like", "including", "include") never do as lists; an example
//! in one can still be asked whose it is: "the African Union's initiatives, such as the
//! African Standby Force" -> "The African Standby Force is an initiative of which
//! organization?"

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::text::Sentence;
use crate::text::words::is_pronoun;

pub use crate::gazetteer::is_country;

fn push(
    out: &mut Vec<Fact>,
    s: &Sentence,
    items: &[(usize, usize)],
    subject: String,
    question: String,
    answer: String,
    statement: (String, String),
    confidence: f32,
) {
    // the list must not be given away by the name ("the France–Britain pact")
    let subj: Vec<String> = subject.split([' ', '-', '–']).map(str::to_lowercase).collect();
    let given_away = items.iter().any(|&(_, b)| subj.contains(&s.lower(b - 1).into_owned()));
    if given_away {
        return;
    }
    out.push(Fact { kind: Kind::Membership, subject, question, answer, accept: vec![], answer_type: AnswerType::List, statement: Some(statement), confidence });
}

fn item_texts(s: &Sentence, items: &[(usize, usize)]) -> Vec<String> {
    items.iter().map(|&(a, b)| s.span(a, b).to_string()).collect()
}

fn all_people(s: &Sentence, items: &[(usize, usize)]) -> bool {
    items.iter().all(|&(a, b)| {
        let t = s.span(a, b);
        !s.is(a, "the") && (2..=5).contains(&(b - a)) && !t.split_whitespace().any(is_acronym) && !is_country(t)
    })
}

/// "made up" question for a list: countries, people or members.
fn made_up_question(s: &Sentence, items: &[(usize, usize)], subject: &str, past: bool) -> String {
    let texts = item_texts(s, items);
    // the members are plural whatever the group: "Which countries make up X?"
    let verb = if past { "made up" } else { "make up" };
    if texts.iter().all(|t| is_country(t.trim_end_matches(|c: char| !c.is_alphanumeric()))) {
        format!("Which countries {verb} {subject}?")
    } else if all_people(s, items) {
        format!("Who {} the members of {subject}?", if past { "were" } else { "are" })
    } else {
        format!(
            "What {} {subject} consist of?",
            if past {
                "did"
            } else if looks_plural(subject) {
                "do"
            } else {
                "does"
            }
        )
    }
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    between(s, out);
    consisted_of(s, out);
    appositive_lists(s, out);
    announced_lists(s, out);
    partnership_of(s, out);
    owned_examples(s, out);
}

/// Heads of organization names: their owner is asked as "which organization".
const ORGANIZATION_HEADS: &[&str] = &[
    "Union",
    "Organization",
    "Organisation",
    "Council",
    "Agency",
    "Alliance",
    "Bank",
    "Fund",
    "Committee",
    "Commission",
    "Federation",
    "League",
    "Association",
    "Society",
    "Movement",
    "Foundation",
    "Institute",
    "Programme",
];

/// The singular of a plural common noun ("initiatives" -> "initiative", "agencies" ->
/// "agency"), when the lexicon knows it as a noun.
fn singular(plural: &str) -> Option<String> {
    let candidates = [
        plural.strip_suffix("ies").map(|r| format!("{r}y")),
        plural.strip_suffix("es").filter(|r| r.ends_with(['s', 'x']) || r.ends_with("ch") || r.ends_with("sh")).map(str::to_string),
        plural.strip_suffix('s').filter(|r| !r.ends_with('s')).map(str::to_string),
    ];
    candidates.into_iter().flatten().find(|w| crate::lexicon::pos(w).is_some_and(|p| p.contains('n')))
}

/// "the African Union’s initiatives, such as the African Standby Force, …": whose the
/// named example is. The owner's sort names the question ("which organization", "which
/// country"); an owner of no known sort is asked with "whose".
fn owned_examples(s: &Sentence, out: &mut Vec<Fact>) {
    for p in s.body..s.len().saturating_sub(4) {
        let Some(bare) = strip_possessive(s.word(p)) else { continue };
        let noun = s.lower(p + 1);
        if !(s.is(p + 2, ",") && s.is(p + 3, "such") && s.is(p + 4, "as")) || is_capitalized(s.word(p + 1)) || !noun.ends_with('s') {
            continue;
        }
        let Some(one) = singular(&noun) else { continue };
        // the owner's name: the longest run of name words that ends with the possessive
        let Some(mut a) = (p.saturating_sub(8)..=p).find(|&k| name_run(s, k) == Some(p + 1)) else { continue };
        if a > 0 && s.is(a - 1, "the") {
            a -= 1;
        }
        // the owner: the name with its possessive ending taken off
        let owner = format!("{}{bare}", &s.text[s.tokens[a].start..s.tokens[p].start]);
        let owner = lower_first_if_common(&owner, a == s.body || a == clause_start(s).0);
        if owner.split_whitespace().any(|w| is_pronoun(&w.to_lowercase())) {
            continue;
        }
        // the examples: one name, or a closed list of names, then the end of the aside
        let Some((end, items)) = name_list_at(s, p + 5).or_else(|| named_np_at(s, p + 5).map(|(x, y)| (y, vec![(x, y)]))) else { continue };
        if !(s.is(end, ",") || s.is(end, ".") || end >= s.len()) {
            continue;
        }
        let examples = clean_span(s, p + 5, end);
        let examples = capitalize(&lower_first_if_common(&examples, false));
        let (answer, accept) = without_article(&owner);
        let last_word = answer.split_whitespace().last().unwrap_or("");
        let class = if crate::gazetteer::is_country(&answer) {
            Some("country")
        } else if crate::gazetteer::is_city(&answer) {
            Some("city")
        } else if ORGANIZATION_HEADS.contains(&last_word)
            || answer.split(" of ").next().is_some_and(|h| h.split_whitespace().last().is_some_and(|w| ORGANIZATION_HEADS.contains(&w)))
        {
            Some("organization")
        } else {
            None
        };
        let question = match (class, items.len()) {
            (Some(c), 1) => {
                let article = if one.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
                format!("{examples} is {article} {one} of which {c}?")
            }
            (Some(c), _) => format!("{examples} are {noun} of which {c}?"),
            (None, _) => format!("Whose {noun} include {examples}?"),
        };
        out.push(Fact {
            kind: Kind::Membership,
            subject: examples,
            question,
            answer,
            accept,
            answer_type: AnswerType::Name,
            statement: None,
            confidence: 0.75,
        });
    }
}

/// "Five Eyes Alliance between Australia, Canada, New Zealand, the United Kingdom, and the
/// United States represents …": a named alliance or pact between a closed list.
fn between(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some((a, b)) = named_np_at(s, start) else { return };
    let head = s.lower(b - 1);
    if !s.is(b, "between") || !matches!(head.as_ref(), "alliance" | "pact" | "partnership" | "agreement" | "treaty" | "union" | "accord" | "axis" | "entente") {
        return;
    }
    let Some((end, items)) = name_list_at(s, b + 1) else { return };
    if items.len() < 2 || end >= s.len() || is_hedged(s, start, end) {
        return;
    }
    let subject = embed(s, a, b);
    let answer = s.span(b + 1, end).to_string();
    let past = (end..s.len()).any(|k| matches!(s.word(k), "was" | "were"))
        || crate::lexicon::verb_from_past(s.word(end)).is_some() && crate::lexicon::verb_from_third(s.word(end)).is_none();
    let q = made_up_question(s, &items, &subject, past);
    let st = (format!("{} {} between ", capitalize(&subject), if past { "was" } else { "is" }), ".".into());
    push(out, s, &items, subject, q, answer, st, 0.8);
}

/// "The Committee of Five consisted of Henri Dunant, Gustave Moynier, …"
fn consisted_of(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    for v in start + 1..s.len().min(start + 40) {
        let w = s.lower(v);
        let (list_at, past) = match w.as_ref() {
            "consisted" | "consists" if s.is(v + 1, "of") => (v + 2, w == "consisted"),
            "comprised" | "comprises" => (v + 1, w == "comprised"),
            "was" | "is" | "were" | "are"
                if (s.is(v + 1, "made") || s.is(v + 1, "composed")) && s.is(v + 2, ("up").to_string().as_str()) && s.is(v + 3, "of") =>
            {
                (v + 4, w == "was" || w == "were")
            }
            "was" | "is" | "were" | "are" if s.is(v + 1, "composed") && s.is(v + 2, "of") => (v + 3, w == "was" || w == "were"),
            "united" | "unites" | "brought" if w != "brought" || s.is(v + 1, "together") => (v + 1 + (w == "brought") as usize, w != "unites"),
            _ => continue,
        };
        let Some((a, b)) = named_subject(s, start, v) else { return };
        let Some((end, items)) = name_list_at(s, list_at) else { return };
        if items.len() < 2 || !(s.is(end, ".") || end >= s.len() || s.is(end, ";")) || is_hedged(s, start, end) {
            return;
        }
        let subject = embed(s, a, b);
        let answer = s.span(list_at, end).to_string();
        let q = made_up_question(s, &items, &subject, past);
        let verb = s.span(v, list_at).to_string();
        let st = (format!("{} {verb} ", capitalize(&subject)), ".".into());
        push(out, s, &items, subject, q, answer, st, 0.85);
        return;
    }
}

/// "the Triple Alliance, consisting of Germany, Austria-Hungary, and Italy, and the
/// Triple Entente, which united France, Russia, and Britain."
fn appositive_lists(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len() {
        if !s.is(c, ",") {
            continue;
        }
        let list_at = if s.is(c + 1, "consisting") && s.is(c + 2, "of") {
            c + 3
        } else if s.is(c + 1, "which") && (s.is(c + 2, "united") || s.is(c + 2, "comprised")) {
            c + 3
        } else if s.is(c + 1, "which") && s.is(c + 2, "consisted") && s.is(c + 3, "of") {
            c + 4
        } else {
            continue;
        };
        let Some((a, b)) = named_np_ending_at(s, c) else { continue };
        if a > 0 && s.is(a - 1, ",") && clause_start(s).0 != a {
            continue;
        }
        let Some((end, items)) = name_list_at(s, list_at) else { continue };
        if items.len() < 2 || !(s.is(end, ",") || s.is(end, ".") || end >= s.len()) {
            continue;
        }
        // a list that runs on past the comma is not closed ("…, and Italy, and the Triple …" is)
        if s.is(end, ",") && !(s.is(end + 1, "and") || s.is(end + 1, "which") || s.is(end + 1, "while")) && named_np_at(s, end + 1).is_some() {
            continue;
        }
        if is_hedged(s, c, end) {
            continue;
        }
        let subject = embed(s, a, b);
        let answer = s.span(list_at, end).to_string();
        let past = (0..s.len()).any(|k| matches!(s.lower(k).as_ref(), "was" | "were" | "included" | "had" | "united" | "consisted"));
        let q = made_up_question(s, &items, &subject, past);
        let st = (format!("{} {} of ", capitalize(&subject), if past { "consisted" } else { "consists" }), ".".into());
        push(out, s, &items, subject, q, answer, st, 0.85);
    }
}

/// "The three main constituents of the Olympic Movement are the IOC, …",
/// "The Rust Foundation's founding members were Amazon Web Services (AWS), Google, …",
/// "The International Red Cross and Red Crescent Movement has three components: …"
fn announced_lists(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "are" | "were" | "has" | "had" | "have")) else {
        return;
    };
    let be = s.lower(v);
    let (question_np, list_at, past) = if be == "has" || be == "had" || be == "have" {
        // "X has three components: A, B, and C"
        let Some((a, b)) = named_subject(s, start, v) else { return };
        // the count is checked against the list below
        if count_word(s.word(v + 1)).is_none() {
            return;
        }
        let noun_end = (v + 2..s.len().min(v + 6)).find(|&k| s.is(k, ":"));
        let Some(colon) = noun_end else { return };
        let noun = s.span(v + 2, colon).to_string();
        if noun.split_whitespace().any(|w| !w.chars().all(|c| c.is_lowercase() || c == '-')) {
            return;
        }
        let subject = embed(s, a, b);
        (format!("the {} {noun} of {subject}", s.lower(v + 1).into_owned()), colon + 1, be == "had")
    } else {
        // "The [three] [main] NOUNS of X are …" or "X's [founding] NOUNS were …"
        let subj = s.span(start, v).to_string();
        let has_of_name = (start..v).any(|k| s.is(k, "of")) && named_np_ending_at(s, v).is_some();
        let possessive = (start..v).any(|k| strip_possessive(s.word(k)).is_some_and(is_capitalized));
        let plural_head = (start..v).any(|k| {
            let w = s.lower(k);
            matches!(
                w.as_ref(),
                "members"
                    | "partners"
                    | "components"
                    | "constituents"
                    | "founders"
                    | "parts"
                    | "branches"
                    | "divisions"
                    | "states"
                    | "signatories"
                    | "participants"
                    | "countries"
                    | "nations"
                    | "sponsors"
                    | "owners"
                    | "shareholders"
                    | "organizers"
                    | "hosts"
                    | "teams"
                    | "clubs"
                    | "universities"
                    | "colleges"
                    | "campuses"
                    | "schools"
                    | "faculties"
                    | "offices"
                    | "sections"
                    | "bodies"
                    | "organs"
                    | "institutions"
                    | "agencies"
                    | "cities"
                    | "towns"
            )
        });
        if !(plural_head && (has_of_name || possessive)) || !(s.is(start, "the") || possessive) {
            return;
        }
        if (start..v).any(|k| crate::text::words::is_vague_determiner(s.word(k)) && !s.is(k, "its")) || (start..v).any(|k| s.is(k, ",")) {
            return;
        }
        (lower_first_if_common(&subj, true), v + 1, be == "were")
    };
    let Some((end, items)) = name_list_at(s, list_at).or_else(|| lower_list_at(s, list_at)) else { return };
    if items.len() < 2 || !(s.is(end, ".") || end >= s.len()) || is_hedged(s, start, end) {
        return;
    }
    // a count in the sentence must agree with the list
    if let Some(n) = (start..list_at).find_map(|k| count_word(s.word(k)))
        && n != items.len()
    {
        return;
    }
    let answer = s.span(list_at, end).to_string();
    let be_q = if past { "were" } else { "are" };
    let wh = if all_people(s, &items) { "Who" } else { "What" };
    let q = format!("{wh} {be_q} {question_np}?");
    let st = (format!("{} {be_q} ", capitalize(&question_np)), ".".into());
    push(out, s, &items, question_np, q, answer, st, 0.8);
}

/// A closed list of lower-case noun phrases after a colon: "a laboratory of physics …,
/// and a laboratory of biology …".
fn lower_list_at(s: &Sentence, i: usize) -> Option<(usize, Vec<(usize, usize)>)> {
    let end = (i..s.len()).find(|&k| s.is(k, ".") || s.is(k, ";")).unwrap_or(s.len());
    let mut items = Vec::new();
    let mut a = i;
    for k in i..end {
        if s.is(k, ",") {
            let next = if s.is(k + 1, "and") { k + 2 } else { k + 1 };
            items.push((a, k));
            a = next;
        }
    }
    items.push((a, end));
    (items.len() >= 2 && items.iter().all(|&(x, y)| y > x && (s.is(x, "a") || s.is(x, "an") || s.is(x, "the")))).then_some((end, items))
}

fn count_word(w: &str) -> Option<usize> {
    match w.to_lowercase().as_str() {
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        "twelve" => Some(12),
        _ => None,
    }
}

/// "The James Webb Space Telescope (JWST) is a partnership of NASA, ESA and the Canadian Space Agency."
fn partnership_of(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| s.is(i, "is") || s.is(i, "was")) else { return };
    if !(s.is(v + 1, "a") || s.is(v + 1, "an")) {
        return;
    }
    let noun = s.lower((v + 2).min(s.len() - 1));
    if !matches!(noun.as_ref(), "partnership" | "collaboration" | "alliance" | "coalition" | "union" | "consortium" | "federation" | "confederation")
        || !(s.is(v + 3, "of") || s.is(v + 3, "between"))
    {
        return;
    }
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let Some((end, items)) = name_list_at(s, v + 4) else { return };
    if items.len() < 2 || !(s.is(end, ".") || end >= s.len()) {
        return;
    }
    let subject = embed(s, a, b);
    let be = s.lower(v);
    let answer = s.span(v + 4, end).to_string();
    let q = format!("Who {} the partners in {subject}?", if be == "was" { "were" } else { "are" });
    let st = (format!("{} {be} a {noun} {} ", capitalize(&subject), s.word(v + 3)), ".".into());
    push(out, s, &items, subject, q, answer, st, 0.8);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{assert_each_asks, assert_none_asks, qa};

    fn p(q: &str, a: &str) -> (String, String) {
        (q.to_string(), a.to_string())
    }

    #[test]
    fn whose_an_example_is() {
        assert_each_asks(
            extract,
            &[
                (
                    "Similarly, the African Union’s initiatives, such as the African Standby Force, exemplify regional security frameworks.",
                    "The African Standby Force is an initiative of which organization?",
                    "African Union",
                ),
                (
                    "The World Health Organization's programmes, such as the Expanded Programme on Immunization and the Global Malaria Programme, rely on donors.",
                    "The Expanded Programme on Immunization and the Global Malaria Programme are programmes of which organization?",
                    "World Health Organization",
                ),
                ("Germany's states, such as Bavaria, have their own constitutions.", "Bavaria is a state of which country?", "Germany"),
                ("NASA's missions, such as Apollo 11, carried astronauts to the Moon.", "Whose missions include Apollo 11?", "NASA"),
                ("Siemens's divisions, such as Siemens Healthineers, are listed separately.", "Whose divisions include Siemens Healthineers?", "Siemens"),
            ],
        );
        assert_none_asks(
            extract,
            &[
                // no named example
                "The African Union's initiatives, such as peacekeeping, exemplify regional security.",
                // a pronoun owner
                "Its initiatives, such as the African Standby Force, exemplify regional security.",
                // not an open list of examples
                "The African Union's initiatives include the African Standby Force.",
                // the examples run on into a clause of their own
                "The African Union's initiatives, such as the African Standby Force which Kenya hosts, matter.",
            ],
        );
    }

    #[test]
    fn closed_lists() {
        assert_eq!(
            qa(extract, "The Committee of Five consisted of Henri Dunant, Gustave Moynier, Guillaume-Henri Dufour, Louis Appia and Théodore Maunoir."),
            [p("Who were the members of the Committee of Five?", "Henri Dunant, Gustave Moynier, Guillaume-Henri Dufour, Louis Appia and Théodore Maunoir")]
        );
        assert_eq!(
            qa(
                extract,
                "The major alliances included the Triple Alliance, consisting of Germany, Austria-Hungary, and Italy, and the Triple Entente, which united France, Russia, and Britain."
            ),
            [
                p("Which countries made up the Triple Alliance?", "Germany, Austria-Hungary, and Italy"),
                p("Which countries made up the Triple Entente?", "France, Russia, and Britain")
            ]
        );
        assert_eq!(
            qa(extract, "The three main constituents of the Olympic Movement are the IOC, the International Federations and the National Olympic Committees."),
            [p("What are the three main constituents of the Olympic Movement?", "the IOC, the International Federations and the National Olympic Committees")]
        );
        assert_eq!(
            qa(extract, "The Rust Foundation's founding members were Amazon Web Services (AWS), Google, Huawei, Microsoft and Mozilla."),
            [p("What were the Rust Foundation's founding members?", "Amazon Web Services (AWS), Google, Huawei, Microsoft and Mozilla")]
        );
        assert_eq!(
            qa(
                extract,
                "The International Red Cross and Red Crescent Movement has three components: the ICRC, the International Federation of Red Cross and Red Crescent Societies, and the National Red Cross and Red Crescent Societies."
            ),
            [p(
                "What are the three components of the International Red Cross and Red Crescent Movement?",
                "the ICRC, the International Federation of Red Cross and Red Crescent Societies, and the National Red Cross and Red Crescent Societies"
            )]
        );
        assert_eq!(
            qa(extract, "The James Webb Space Telescope (JWST) is a partnership of NASA, ESA and the Canadian Space Agency."),
            [p("Who are the partners in the James Webb Space Telescope?", "NASA, ESA and the Canadian Space Agency")]
        );
        assert_eq!(
            qa(
                extract,
                "The Radium Institute had two laboratories: a laboratory of physics directed by Marie Curie, and a laboratory of biology directed by Claudius Regaud."
            ),
            [p(
                "What were the two laboratories of the Radium Institute?",
                "a laboratory of physics directed by Marie Curie, and a laboratory of biology directed by Claudius Regaud"
            )]
        );
    }

    #[test]
    fn alliances_between() {
        assert_eq!(
            qa(extract, "The Five Eyes Alliance between Australia, Canada, New Zealand, the United Kingdom, and the United States represents a success."),
            [p("Which countries make up the Five Eyes Alliance?", "Australia, Canada, New Zealand, the United Kingdom, and the United States")]
        );
    }

    #[test]
    fn open_or_vague_lists_are_not_memberships() {
        for t in [
            "Moreover, regional coalitions like the African Union have engaged in peacekeeping operations.",
            "These alliances typically comprise formal agreements, operational protocols, and shared objectives.",
            "Examples of emerging regional alliances include the African Standby Force and the Pacific Islands Forum.",
            "Key players in this arena include various entities ranging from nation-states to international organizations.",
            "International Organizations: Bodies like NATO, the United Nations, and the African Union facilitate agreements.",
            "One prominent example includes Israel’s growing ties with Gulf states like the United Arab Emirates and Bahrain.",
            "This intelligence alliance between Australia, Canada, New Zealand, the United Kingdom, and the United States represents a success.",
            "The France–Britain pact consisted of France and Britain.",
            "The original canal has three sets of locks: Gatun on the Atlantic side, and Pedro Miguel and Miraflores on the Pacific side.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }
}
