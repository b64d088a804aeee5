//! Abbreviations and other names:
//! - "North Atlantic Treaty Organization (NATO)", "unmanned aerial vehicles (UAVs)",
//!   "RFCs (requests for comments)", "NATO, or the North Atlantic Treaty Organization,";
//!   when the letters do not spell the name ("UN Stabilization Mission in Haiti
//!   (MINUSTAH)") the question asks for the abbreviation instead;
//! - "X, also known as Y", "X was commonly called Y", "X, formerly Y", "X was born Y".

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::text::Sentence;
use crate::text::words::is_function_word;

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    parenthesised(s, out);
    or_pairs(s, out);
    other_names(s, out);
    named_after(s, out);
}

/// "The element meitnerium was named after Lise Meitner." -> After whom was … named?
fn named_after(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) =
        (start + 1..s.len().min(start + 30)).find(|&i| (s.is(i, "was") || s.is(i, "were") || s.is(i, "is")) && s.is(i + 1, "named") && s.is(i + 2, "after"))
    else {
        return;
    };
    let Some((a, b)) = named_subject(s, start, v) else { return };
    let Some((x, y)) = named_np_at(s, v + 3) else { return };
    if !(s.is(y, ".") || s.is(y, ",") || y >= s.len()) || is_hedged(s, start, v) {
        return;
    }
    let subject = embed(s, a, b);
    let answer_full = s.span(x, y).to_string();
    let (answer, accept) = without_article(&answer_full);
    if subject.to_lowercase().contains(&answer.to_lowercase()) {
        return;
    }
    let person = super::founder::looks_like_person(&answer) && answer.split_whitespace().count() >= 2;
    let be = s.word(v).to_lowercase();
    let q = format!("After {} {be} {subject} named?", if person { "whom" } else { "what" });
    let st = (format!("{} {be} named after ", capitalize(&subject)), ".".into());
    push(out, subject, q, answer, accept, if person { AnswerType::Person } else { AnswerType::Name }, st, 0.85);
}

/// The letters an abbreviation spells: capitals and digits, without a plural "s".
fn letters(abbr: &str) -> Vec<char> {
    let core = abbr.strip_suffix('s').filter(|c| c.len() >= 2).unwrap_or(abbr);
    core.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// The initials a word can give: its first letter, and for "Non-Governmental" each part's.
fn initials(word: &str) -> Vec<Vec<char>> {
    let w = word.trim_start_matches("d’").trim_start_matches("d'").trim_start_matches("l’").trim_start_matches("l'");
    let first: Vec<char> = w.chars().next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    let mut opts = vec![first];
    if w.contains('-') {
        let parts: Vec<char> = w.split('-').filter_map(|p| p.chars().next()).flat_map(char::to_uppercase).collect();
        opts.insert(0, parts);
    }
    opts
}

/// Whether `words` (in order) spell `letters`, function words free to count or not.
fn spells(words: &[&str], letters: &[char]) -> bool {
    match words.split_first() {
        None => letters.is_empty(),
        Some((w, rest)) => {
            if *w == "," {
                return spells(rest, letters);
            }
            let fw = is_function_word(w) || *w == "&";
            if fw && spells(rest, letters) {
                return true;
            }
            if initials(w).iter().any(|ini| letters.starts_with(ini) && spells(rest, &letters[ini.len()..])) {
                return true;
            }
            // a compound gives a second letter from inside: "Southeast" -> S(outh) E(ast),
            // when what follows that letter is a word of its own
            if !fw && w.chars().count() >= 7 && letters.len() >= 2 && w.is_ascii() {
                let upper = w.to_ascii_uppercase();
                if upper.starts_with(letters[0]) {
                    let split = (3..w.len() - 2)
                        .any(|k| upper[k..].starts_with(letters[1]) && crate::lexicon::pos(&w[..k]).is_some() && crate::lexicon::pos(&w[k..]).is_some());
                    if split {
                        return spells(rest, &letters[2..]);
                    }
                }
            }
            false
        }
    }
}

/// The shortest span of words ending at `end` (exclusive) that spells the abbreviation.
fn expansion_before(s: &Sentence, end: usize, abbr: &str) -> Option<usize> {
    let ls = letters(abbr);
    let lo = end.saturating_sub(ls.len() * 2 + 3);
    for start in (lo..end).rev() {
        let w = s.word(start);
        if matches!(w, "(" | ")" | ";" | ":" | "." | "“" | "”" | "\"") {
            return None;
        }
        if is_function_word(w) || w == "," {
            continue;
        }
        let words: Vec<&str> = (start..end).map(|i| s.word(i)).collect();
        if spells(&words, &ls) {
            return Some(start);
        }
    }
    None
}

/// The common noun a question can use for a name: "Mission" in "UN Stabilization Mission
/// in Haiti", "Authority" in "Panama Canal Authority"; none when the head is no common noun.
fn name_head(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let cut = words.iter().position(|w| matches!(*w, "of" | "for" | "in" | "on")).unwrap_or(words.len());
    if cut < 1 || words.len() < 2 {
        return None;
    }
    let head = words[..cut].last().copied().unwrap_or("");
    (crate::lexicon::pos(head).is_some_and(|p| p.contains('n')) && !is_acronym(head)).then(|| head.to_lowercase())
}

fn push(
    out: &mut Vec<Fact>,
    subject: String,
    question: String,
    answer: String,
    accept: Vec<String>,
    answer_type: AnswerType,
    statement: (String, String),
    confidence: f32,
) {
    out.push(Fact { kind: Kind::Acronym, subject, question, answer, accept, answer_type, statement: Some(statement), confidence });
}

fn with_the(s: &Sentence, start: usize, text: &str) -> Vec<String> {
    if start > 0 && s.is(start - 1, "the") { vec![format!("the {text}")] } else { vec![] }
}

fn stand_for(out: &mut Vec<Fact>, s: &Sentence, abbr: &str, long_start: usize, long_end: usize) {
    // everyone knows these: a course would not ask them
    if matches!(abbr, "US" | "U.S." | "USA" | "U.S.A." | "UK" | "U.K.") {
        return;
    }
    let long = s.span(long_start, long_end).to_string();
    let accept = with_the(s, long_start, &long);
    let question = format!("What does the abbreviation {abbr} stand for?");
    let statement = (format!("The abbreviation {abbr} stands for "), ".".into());
    push(out, abbr.to_string(), question, long, accept, AnswerType::Expansion, statement, 0.95);
}

/// "Long Name (ABBR)" and "ABBR (long name)".
fn parenthesised(s: &Sentence, out: &mut Vec<Fact>) {
    for o in 0..s.len() {
        if !s.is(o, "(") || o + 2 >= s.len() {
            continue;
        }
        let inner = s.word(o + 1);
        let closes = s.is(o + 2, ")") || s.is(o + 2, ",") || s.is(o + 2, ";");
        if is_acronym(inner) && closes && o > 0 {
            if let Some(start) = expansion_before(s, o, inner) {
                stand_for(out, s, inner, start, o);
            } else if let Some((a, b)) = named_np_ending_at(s, o) {
                // the letters follow another language or a shortened form: ask for the
                // abbreviation of the name
                if letters(inner).len() >= 3 && b == o && b - a >= 2 {
                    let a = if s.is(a, "the") { a + 1 } else { a };
                    let name = s.span(a, b).to_string();
                    let accept = with_the(s, a, &name);
                    let Some(head) = name_head(&name) else { continue };
                    let question = format!("Which {head} is abbreviated {inner}?");
                    let statement = (format!("The {head} abbreviated {inner} is "), ".".into());
                    push(out, inner.to_string(), question, name, accept, AnswerType::Expansion, statement, 0.85);
                }
            }
            continue;
        }
        // "RFCs (requests for comments)"
        if o > 0
            && is_acronym(s.word(o - 1))
            && let Some(c) = (o + 1..s.len().min(o + 10)).find(|&k| s.is(k, ")"))
        {
            let words: Vec<&str> = (o + 1..c).map(|i| s.word(i)).collect();
            let abbr = s.word(o - 1);
            if !words.is_empty() && !is_function_word(words[0]) && spells(&words, &letters(abbr)) {
                stand_for(out, s, abbr, o + 1, c);
            }
        }
    }
}

/// "NATO, or the North Atlantic Treaty Organization," and the other way round; also
/// "BCG, short for Bacille Calmette-Guérin," and "HH, for Hansestadt Hamburg".
fn or_pairs(s: &Sentence, out: &mut Vec<Fact>) {
    for i in 0..s.len() {
        if s.is(i, ",") && i > 0 && is_acronym(s.word(i - 1)) && (s.is(i + 1, "for") || s.is(i + 1, "short") && s.is(i + 2, "for")) {
            let at = if s.is(i + 1, "for") { i + 2 } else { i + 3 };
            if let Some((a, b)) = named_np_at(s, at) {
                let words: Vec<&str> = (a..b).map(|k| s.word(k)).collect();
                let abbr = s.word(i - 1);
                if (s.is(b, ",") || s.is(b, ".") || b >= s.len()) && spells(&words, &letters(abbr)) {
                    stand_for(out, s, abbr, a, b);
                }
            }
        }
        if !(s.is(i, ",") && s.is(i + 1, "or")) {
            continue;
        }
        let left = i.checked_sub(1).map(|k| s.word(k)).unwrap_or("");
        if is_acronym(left) {
            if let Some((a, b)) = named_np_at(s, i + 2) {
                let a2 = if s.is(a, "the") { a + 1 } else { a };
                let words: Vec<&str> = (a2..b).map(|k| s.word(k)).collect();
                if (s.is(b, ",") || s.is(b, ")")) && spells(&words, &letters(left)) {
                    stand_for(out, s, left, a2, b);
                }
            }
        } else if i + 2 < s.len() && is_acronym(s.word(i + 2)) && (s.is(i + 3, ",") || s.is(i + 3, ")")) {
            let abbr = s.word(i + 2);
            if let Some(start) = expansion_before(s, i, abbr) {
                stand_for(out, s, abbr, start, i);
            }
        }
    }
}

/// How a sentence introduces another name.
#[derive(Clone, Copy, PartialEq)]
enum NameLink {
    AlsoKnown,
    Former,
    Original,
    Previous,
    Common,
    Known,
    Birth,
}

fn question_for(link: NameLink, subject: &str, past: bool) -> String {
    let be = if past { "was" } else { "is" };
    let be_pl = if looks_plural(subject) { if past { "were" } else { "are" } } else { be };
    match link {
        NameLink::AlsoKnown => format!("By what other name {be_pl} {subject} known?"),
        NameLink::Former => format!("What {be_pl} {subject} formerly called?"),
        NameLink::Original => format!("What {} {subject} originally called?", if looks_plural(subject) { "were" } else { "was" }),
        NameLink::Previous => format!("What {} {subject} previously called?", if looks_plural(subject) { "were" } else { "was" }),
        NameLink::Common => format!("What {be_pl} {subject} commonly called?"),
        NameLink::Known => format!("By what name {be_pl} {subject} known?"),
        NameLink::Birth => format!("What was {}'s name at birth?", subject),
    }
}

fn statement_for(link: NameLink, subject: &str, past: bool) -> String {
    let be = if looks_plural(subject) {
        if past { "were" } else { "are" }
    } else if past {
        "was"
    } else {
        "is"
    };
    let subj = capitalize(subject);
    match link {
        NameLink::AlsoKnown => format!("{subj} {be} also known as "),
        NameLink::Former => format!("{subj} {be} formerly called "),
        NameLink::Original => format!("{subj} {} originally called ", if looks_plural(subject) { "were" } else { "was" }),
        NameLink::Previous => format!("{subj} {} previously called ", if looks_plural(subject) { "were" } else { "was" }),
        NameLink::Common => format!("{subj} {be} commonly called "),
        NameLink::Known => format!("{subj} {be} known as "),
        NameLink::Birth => format!("{subj} was born "),
    }
}

/// The other name after the link words: a capitalised name, a quoted phrase, or a
/// few lower-case words ("consumption"). Returns (answer start, end).
fn other_name_at(s: &Sentence, i: usize) -> Option<(usize, usize)> {
    if i >= s.len() {
        return None;
    }
    if matches!(s.word(i), "“" | "\"" | "‘") {
        let close = (i + 1..s.len().min(i + 12)).find(|&k| matches!(s.word(k), "”" | "\"" | "’"))?;
        return (close > i + 1).then_some((i + 1, close));
    }
    if s.is(i, "the") && matches!(s.word(i + 1), "“" | "\"") {
        let close = (i + 2..s.len().min(i + 12)).find(|&k| matches!(s.word(k), "”" | "\""))?;
        return Some((i, close + 1));
    }
    if let Some((a, b)) = named_np_at(s, i) {
        return Some((a, b));
    }
    // lower-case: at most three words up to a boundary
    let end = phrase_end(s, i);
    let end = (i..end).find(|&k| matches!(s.lower(k).as_ref(), "because" | "for" | "by" | "in" | "since" | "after" | "and")).unwrap_or(end);
    (end > i && end <= i + 3 && (i..end).all(|k| !is_function_word(s.word(k)))).then_some((i, end))
}

/// Whether the main verb of the sentence after token `from` is in the past.
fn past_tense_after(s: &Sentence, from: usize) -> bool {
    (from..s.len())
        .find_map(|i| match s.lower(i).as_ref() {
            "was" | "were" | "had" => Some(true),
            "is" | "are" | "has" | "have" => Some(false),
            w if crate::lexicon::verb_from_past(w).is_some() && crate::lexicon::verb_from_third(w).is_none() && !is_capitalized(s.word(i)) && i > from + 1 => {
                Some(true)
            }
            _ => None,
        })
        .unwrap_or(false)
}

fn other_names(s: &Sentence, out: &mut Vec<Fact>) {
    // appositive links: "X, also known as Y," "X, formerly Y," "X, originally called Y,"
    for c in 0..s.len() {
        if !s.is(c, ",") {
            continue;
        }
        let (link, y) = if s.is(c + 1, "also") && s.is(c + 2, "known") && s.is(c + 3, "as") {
            (NameLink::AlsoKnown, c + 4)
        } else if s.is(c + 1, "also") && s.is(c + 2, "called") {
            (NameLink::AlsoKnown, c + 3)
        } else if s.is(c + 1, "otherwise") && s.is(c + 2, "known") && s.is(c + 3, "as") {
            (NameLink::AlsoKnown, c + 4)
        } else if s.is(c + 1, "formerly") {
            let y = if s.is(c + 2, "known") && s.is(c + 3, "as") {
                c + 4
            } else if s.is(c + 2, "called") {
                c + 3
            } else {
                c + 2
            };
            (NameLink::Former, y)
        } else if s.is(c + 1, "originally") && (s.is(c + 2, "called") || s.is(c + 2, "named")) {
            (NameLink::Original, c + 3)
        } else if s.is(c + 1, "commonly") && s.is(c + 2, "called") {
            (NameLink::Common, c + 3)
        } else {
            continue;
        };
        let Some((a, b)) = named_np_ending_at(s, c).or_else(|| lower_term_ending_at(s, c)) else { continue };
        // "in Kourou, French Guiana, commonly called …": the name belongs to something
        // earlier than the place chain
        // "the General Framework Agreement for Peace in Bosnia and Herzegovina, also known as
        // …": nor to the last of two names joined by "and" or a preposition
        if a > 0 && matches!(s.lower(a - 1).as_ref(), "," | "in" | "at" | "and" | "of" | "for" | "to" | "on") {
            continue;
        }
        let Some((ya, yb)) = other_name_at(s, y) else { continue };
        if !(s.is(yb, ",") || s.is(yb, ".") || s.is(yb, ")") || yb >= s.len()) {
            continue;
        }
        // "also known as the Dayton Peace Agreement, Dayton Accords, Paris Protocol or …": one
        // of several other names is not "the" other name
        let name_follows = |k: usize| k < s.len() && is_capitalized(s.word(k)) && named_np_at(s, k).is_some();
        if s.is(yb, ",") && name_follows(yb + 1) {
            continue;
        }
        let subject = embed(s, a, b);
        let past = past_tense_after(s, yb);
        name_fact(out, s, link, subject, ya, yb, past);
    }
    // clause links: "X was commonly called Y", "X is also known as Y", "X had been called Y",
    // "X was known as Y", "X was born Y"
    let (start, _) = clause_start(s);
    let Some(v) = (start..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "was" | "were" | "is" | "are" | "had")) else {
        return;
    };
    let past = matches!(s.lower(v).as_ref(), "was" | "were" | "had");
    let w = |k: usize| s.lower(k.min(s.len() - 1)).into_owned();
    let (link, y) = match (w(v + 1).as_str(), w(v + 2).as_str(), w(v + 3).as_str()) {
        ("also", "known", "as") => (NameLink::AlsoKnown, v + 4),
        ("also", "called", _) => (NameLink::AlsoKnown, v + 3),
        ("commonly", "called", _) | ("commonly", "known", "as") => (NameLink::Common, if w(v + 2) == "called" { v + 3 } else { v + 4 }),
        ("originally", "called", _) | ("originally", "named", _) => (NameLink::Original, v + 3),
        ("formerly", "called", _) | ("formerly", "known", "as") => (NameLink::Former, if w(v + 2) == "called" { v + 3 } else { v + 4 }),
        ("been", "called", _) if w(v) == "had" => (NameLink::Previous, v + 3),
        ("known", "as", _) => (NameLink::Known, v + 3),
        ("born", _, _) if is_capitalized(s.word((v + 2).min(s.len() - 1))) && !s.is(v + 2, "in") && !s.is(v + 2, "on") => (NameLink::Birth, v + 2),
        ("also", "known", "by") => {
            // "is also known by its Latin name, Alma Mater Studiorum"
            if w(v + 4) == "its" && w(v + 6) == "name" && s.is(v + 7, ",") {
                let lang = s.word(v + 5).to_string();
                let Some((a, b)) = named_subject(s, start, v) else { return };
                let Some((ya, yb)) = other_name_at(s, v + 8) else { return };
                let subject = embed(s, a, b);
                let answer = s.span(ya, yb).to_string();
                let question = format!("By what {lang} name {} {subject} also known?", s.lower(v).into_owned());
                let statement = (format!("{} {} also known by the {lang} name ", capitalize(&subject), s.lower(v).into_owned()), ".".into());
                push(out, subject, question, answer, vec![], AnswerType::Name, statement, 0.85);
            }
            return;
        }
        _ => return,
    };
    let subj = if link == NameLink::Birth { named_subject(s, start, v) } else { named_subject(s, start, v).or_else(|| term_subject(s, start, v)) };
    let Some((a, b)) = subj else { return };
    let Some((ya, yb)) = other_name_at(s, y) else { return };
    if is_hedged(s, start, v) {
        return;
    }
    let subject = embed(s, a, b);
    name_fact(out, s, link, subject, ya, yb, past);
}

/// "The tuberculin skin test" right before a comma that opens the sentence's subject.
fn lower_term_ending_at(s: &Sentence, c: usize) -> Option<(usize, usize)> {
    let (start, _) = clause_start(s);
    let a = start;
    let words = c.checked_sub(a + 1)?;
    (s.is(a, "the")
        && (1..=4).contains(&words)
        && (a + 1..c).all(|k| s.kind(k) == Some(crate::text::token::Kind::Word) && !is_function_word(s.word(k)) && !is_capitalized(s.word(k))))
    .then_some((a, c))
}

/// A one- or two-word lower-case term as subject ("tuberculosis").
fn term_subject(s: &Sentence, a: usize, b: usize) -> Option<(usize, usize)> {
    ((b == a + 1 || b == a + 2) && (a..b).all(|i| !is_function_word(s.word(i)) && s.kind(i) == Some(crate::text::token::Kind::Word))).then_some((a, b))
}

fn name_fact(out: &mut Vec<Fact>, s: &Sentence, link: NameLink, subject: String, ya: usize, yb: usize, past: bool) {
    let raw = s.span(ya, yb);
    let answer = raw.trim_matches(|c| matches!(c, '“' | '”' | '"')).trim_start_matches("the “").trim_end_matches('”').to_string();
    let (answer, mut accept) = match answer.strip_prefix("the ") {
        Some(rest) if link != NameLink::Birth => (rest.trim_matches(|c| matches!(c, '“' | '”' | '"')).to_string(), vec![answer.clone()]),
        _ => (answer, vec![]),
    };
    if answer.is_empty() || subject.to_lowercase().contains(&answer.to_lowercase()) || answer.to_lowercase().contains(&subject.to_lowercase()) {
        return;
    }
    accept.retain(|a| a != &answer);
    let question = question_for(link, &subject, past);
    let statement = (statement_for(link, &subject, past), ".".into());
    push(out, subject, question, answer, accept, AnswerType::Name, statement, 0.85);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::qa;

    fn pairs(t: &str) -> Vec<(String, String)> {
        qa(extract, t)
    }

    fn p(q: &str, a: &str) -> (String, String) {
        (q.to_string(), a.to_string())
    }

    #[test]
    fn expansions_in_parentheses() {
        assert_eq!(
            pairs("The North Atlantic Treaty Organization (NATO) exemplifies collaboration."),
            [p("What does the abbreviation NATO stand for?", "North Atlantic Treaty Organization")]
        );
        assert_eq!(
            pairs("Unmanned aerial vehicles (UAVs) enhance surveillance."),
            [p("What does the abbreviation UAVs stand for?", "Unmanned aerial vehicles")]
        );
        assert_eq!(
            pairs("Non-Governmental Organizations (NGOs): NGOs like the Red Cross contribute."),
            [p("What does the abbreviation NGOs stand for?", "Non-Governmental Organizations")]
        );
        assert_eq!(
            pairs("Reports went through the Office International d’Hygiène Publique (OIHP) in Paris."),
            [p("What does the abbreviation OIHP stand for?", "Office International d’Hygiène Publique")]
        );
        assert_eq!(
            pairs("Alliances such as NATO, the African Union (AU), and the Shanghai Cooperation Organization (SCO) contribute."),
            [
                p("What does the abbreviation AU stand for?", "African Union"),
                p("What does the abbreviation SCO stand for?", "Shanghai Cooperation Organization")
            ]
        );
        assert_eq!(
            pairs("A public health emergency of international concern (PHEIC) is a declaration."),
            [p("What does the abbreviation PHEIC stand for?", "public health emergency of international concern")]
        );
        assert_eq!(
            pairs("Major changes go through RFCs (requests for comments), public documents."),
            [p("What does the abbreviation RFCs stand for?", "requests for comments")]
        );
        assert_eq!(
            pairs("The Rust Foundation's founding members were Amazon Web Services (AWS), Google and Mozilla."),
            [p("What does the abbreviation AWS stand for?", "Amazon Web Services")]
        );
        assert_eq!(
            pairs("The Australia-United Kingdom-United States (AUKUS) pact focuses on submarines."),
            [p("What does the abbreviation AUKUS stand for?", "Australia-United Kingdom-United States")]
        );
        assert_eq!(
            pairs("The Association of Southeast Asian Nations (ASEAN) has fostered dialogues."),
            [p("What does the abbreviation ASEAN stand for?", "Association of Southeast Asian Nations")]
        );
    }

    #[test]
    fn letters_that_do_not_spell_the_name_ask_for_the_abbreviation() {
        assert_eq!(
            pairs("Notable missions include the UN Stabilization Mission in Haiti (MINUSTAH)."),
            [p("Which mission is abbreviated MINUSTAH?", "UN Stabilization Mission in Haiti")]
        );
        assert_eq!(
            pairs("The canal has been run by the Panama Canal Authority (ACP, from its Spanish name)."),
            [p("Which authority is abbreviated ACP?", "Panama Canal Authority")]
        );
        assert_eq!(
            pairs("BCG, short for Bacille Calmette-Guérin, was developed in Lille."),
            [p("What does the abbreviation BCG stand for?", "Bacille Calmette-Guérin")]
        );
        assert_eq!(
            pairs("Car number plates from Hamburg still begin with HH, for Hansestadt Hamburg."),
            [p("What does the abbreviation HH stand for?", "Hansestadt Hamburg")]
        );
        assert_eq!(
            pairs("The tuberculin skin test, also known as the Mantoux test, shows past infection."),
            [p("By what other name is the tuberculin skin test known?", "Mantoux test")]
        );
    }

    #[test]
    fn or_pairs_spell_too() {
        assert_eq!(
            pairs("NATO, or the North Atlantic Treaty Organization, symbolizes collaboration."),
            [p("What does the abbreviation NATO stand for?", "North Atlantic Treaty Organization")]
        );
    }

    #[test]
    fn other_names() {
        assert_eq!(
            pairs("Firefox 57, also known as Firefox Quantum, shipped a new engine."),
            [p("By what other name is Firefox 57 known?", "Firefox Quantum")]
        );
        assert_eq!(
            pairs("The Hanseatic League, also known as the Hansa, was a network of towns."),
            [p("By what other name was the Hanseatic League known?", "Hansa")]
        );
        assert_eq!(
            pairs("The International Federation, formerly the League of Red Cross Societies, was founded in 1919."),
            [p("What was the International Federation formerly called?", "League of Red Cross Societies")]
        );
        assert_eq!(
            pairs("The first Winter Olympic Games, originally called the International Winter Sports Week, were held in Chamonix."),
            [p("What were the first Winter Olympic Games originally called?", "International Winter Sports Week")]
        );
        assert_eq!(
            pairs("In the nineteenth century tuberculosis was commonly called consumption, because of the weight loss."),
            [p("What was tuberculosis commonly called?", "consumption")]
        );
        assert_eq!(
            pairs("Until then, the ICRC had been called the International Committee for Relief to the Wounded."),
            [p("What was the ICRC previously called?", "International Committee for Relief to the Wounded")]
        );
        assert_eq!(
            pairs("Marie Curie was born Maria Skłodowska in Warsaw on 7 November 1867."),
            [p("What was Marie Curie's name at birth?", "Maria Skłodowska")]
        );
        assert_eq!(
            pairs("The University of Bologna is also known by its Latin name, Alma Mater Studiorum, which means something."),
            [p("By what Latin name is the University of Bologna also known?", "Alma Mater Studiorum")]
        );
        assert_eq!(
            pairs("Irnerius, a jurist, was known as the “lamp of the law” (lucerna iuris)."),
            [p("By what name was Irnerius known?", "lamp of the law")]
        );
    }

    #[test]
    fn named_after() {
        assert_eq!(pairs("The Meitner Prize was named after Lise Meitner."), [p("After whom was the Meitner Prize named?", "Lise Meitner")]);
        assert_eq!(
            pairs("The Bologna Process was named after the Bologna Declaration."),
            [p("After what was the Bologna Process named?", "Bologna Declaration")]
        );
    }

    #[test]
    fn yields_nothing_without_an_expansion_or_a_named_pair() {
        for t in [
            // an abbreviation everyone knows
            "The United States (US) joined in 1949.",
            // one of several other names
            "The General Framework Agreement for Peace, also known as the Dayton Peace Agreement, Dayton Accords or Paris Protocol, ended the war.",
            // the other name is the whole agreement's, not its last word's
            "The General Framework Agreement for Peace in Bosnia and Herzegovina, also known as the Dayton Agreement, is the peace agreement reached in 1995.",
            "The use of UAVs has become increasingly prevalent.",
            "The curie (Ci) is a unit.",
            "The Radium Institute (Institut du Radium) was established in 1909.",
            "Rockets are launched from the Guiana Space Centre in Kourou, French Guiana, commonly called Europe's Spaceport.",
            "Artificial Intelligence: AI improves decision-making processes.",
            "The results (see Table 2) were clear.",
            "These units, commonly called little ones, helped.",
        ] {
            assert!(pairs(t).is_empty(), "{t}: {:?}", pairs(t));
        }
    }
}
