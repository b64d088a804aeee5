//! "Harbor Robotics is a Norwegian company … It was founded in 2009 by …": a sentence
//! that opens with "It", "Its", "He" or "She" continues the previous sentence of the same
//! paragraph, whose subject it names, when nothing else there could be meant: "It" and
//! "Its" need a single, non-personal named subject and no other such name in that
//! sentence; "He" and "She" need a person's name and no other person. Otherwise the
//! pronoun stays and the gate rejects what it would have made.

use super::founder::looks_like_person;
use super::grammar::{clause_start, embed, looks_plural, named_np_at, named_np_ending_at, only_asides};
use crate::text::Sentence;

/// Whether the sentence opens with a pronoun `rewrite` may replace.
pub fn opens_with_pronoun(s: &Sentence) -> bool {
    s.body == 0 && !s.is_empty() && matches!(s.word(0), "It" | "Its" | "He" | "She")
}

/// The named subject of a sentence that later sentences may refer back to.
#[derive(Debug, Clone)]
pub struct Antecedent {
    name: String,
    paragraph: usize,
    person: bool,
    /// other names of the same sort in its sentence make "it"/"he" ambiguous
    rivals: bool,
}

fn is_verb_start(s: &Sentence, i: usize) -> bool {
    i < s.len()
        && (matches!(s.lower(i).as_ref(), "is" | "was" | "are" | "were" | "has" | "had")
            || crate::lexicon::verb_from_past(s.word(i)).is_some() && !s.word(i).chars().next().is_some_and(char::is_uppercase)
            || crate::lexicon::verb_from_third(s.word(i)).is_some() && s.word(i).ends_with('s'))
}

/// The sentence's clause subject when it is a name followed by its verb.
pub fn antecedent(s: &Sentence) -> Option<Antecedent> {
    let (start, _) = clause_start(s);
    let (a, b) = named_np_at(s, start)?;
    // past any asides to the verb
    let v = (b..s.len().min(b + 30)).find(|&k| is_verb_start(s, k) && only_asides(s, b, k))?;
    let name = embed(s, a, b);
    // the verb tells the number ("Harbor Robotics is"); a past form does not
    let plural = match s.lower(v).as_ref() {
        "is" | "was" | "has" => false,
        "are" | "were" | "have" => true,
        w if w.ends_with('s') => false,
        _ => looks_plural(&name),
    };
    if plural {
        return None;
    }
    // a person needs a cue in the sentence ("physicist", "born", "his"); a thing may have one
    // ("company", "agency") that outweighs a name that merely looks personal
    let words: Vec<String> = (b..s.len()).map(|k| s.lower(k).into_owned()).collect();
    let person_cue = words.iter().any(|w| matches!(w.as_str(), "he" | "she" | "his" | "her" | "him" | "born" | "died") || super::definition::is_person_noun(w));
    let thing_cue = words.iter().any(|w| crate::text::words::is_anaphoric_noun(w));
    let personal_name = looks_like_person(&name) && name.split_whitespace().count() >= 2;
    let person = personal_name && person_cue;
    if personal_name && !person_cue && !thing_cue {
        return None; // cannot tell "it" from "he"
    }
    // other names in the sentence of the same sort
    let mut rivals = false;
    let mut i = b;
    let mut depth = 0;
    while i < s.len() {
        match s.word(i) {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
        if depth == 0
            && let Some((x, y)) = named_np_at(s, i)
        {
            // "a Norwegian company": a capitalised word used as an adjective names nothing
            let adjective = y == x + 1
                && y < s.len()
                && s.word(y).chars().next().is_some_and(char::is_lowercase)
                && crate::lexicon::pos(s.word(y)).is_some_and(|p| p.contains('n'));
            if adjective {
                i = y;
                continue;
            }
            let other = s.span(x, y);
            let other_person = looks_like_person(other) && y - x >= 2;
            // "in Trondheim", "from Norway": a place is not what "it" would mean
            let place = x > 0 && matches!(s.lower(x - 1).as_ref(), "in" | "at" | "from" | "to" | "near" | "across")
                || crate::gazetteer::is_country(other)
                || crate::gazetteer::is_city(other);
            // "it" never means a person: "X was founded by Peter Benenson. It …" is X
            let same_sort = if person { other_person } else { !place && !other_person };
            if same_sort && !name.contains(other) {
                rivals = true;
            }
            i = y;
            continue;
        }
        i += 1;
    }
    Some(Antecedent { name, paragraph: s.paragraph, person, rivals })
}

/// The clauses after ", and" or ";" that have a named subject and a verb of their own
/// ("…, and Panama took full control of the canal on 31 December 1999"), as sentences.
pub fn later_clauses(s: &Sentence) -> Vec<Sentence> {
    let mut out = Vec::new();
    for k in 1..s.len() {
        let next = if s.is(k, ";") {
            k + 1
        } else if s.is(k, ",") && s.is(k + 1, "and") {
            k + 2
        } else {
            continue;
        };
        let Some((_, b)) = named_np_at(s, next) else { continue };
        if !is_verb_start(s, b) {
            continue;
        }
        // "When Watson, Crick, and Wilkins won …": the last name of a list is no subject of
        // its own (a name right before the comma, after another comma)
        let listed = s.is(k, ",") && k >= 2 && named_np_ending_at(s, k).is_some_and(|(a, _)| a > 0 && s.is(a - 1, ","));
        if listed {
            continue;
        }
        let text = &s.text[s.tokens[next].start..];
        let mut clause = Sentence::new(s.file, s.line, super::capitalize(text), s.list_item);
        clause.paragraph = s.paragraph;
        out.push(clause);
    }
    out
}

/// "Five Eyes Alliance: This intelligence alliance between …" — in a labelled list item
/// "this N" whose noun is the label's head means the label.
fn label_rewrite(s: &Sentence) -> Option<Sentence> {
    if s.body < 2 || !(s.is(s.body, "this") || s.is(s.body, "the")) {
        return None;
    }
    let (a, b) = named_np_at(s, 0)?;
    if b != s.body - 1 || a != 0 {
        return None;
    }
    let head = s.lower(b - 1);
    let n =
        (s.body + 1..s.len().min(s.body + 4)).find(|&k| s.word(k).eq_ignore_ascii_case(&head) && s.word(k).chars().next().is_some_and(char::is_lowercase))?;
    let label = s.span(a, b);
    let text = format!("{}: {label}{}", label, &s.text[s.tokens[n].end..]);
    let mut out = Sentence::new(s.file, s.line, text, s.list_item);
    out.paragraph = s.paragraph;
    Some(out)
}

/// The sentence with its opening pronoun replaced by the antecedent's name, if safe.
/// The raw sentence with the words a rewrite replaced marked by what replaced them:
/// ("It was opened in 1961.", "The Riverside Museum was opened in 1961.") ->
/// "It [the Riverside Museum] was opened in 1961."
pub fn mark_rewrite(raw: &str, read: &str) -> String {
    let a: Vec<&str> = raw.split(' ').collect();
    let b: Vec<&str> = read.split(' ').collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (was, now) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if was.is_empty() || now.is_empty() {
        return raw.to_string();
    }
    let now = now.join(" ");
    let now = match now.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => now,
    };
    let mut parts: Vec<String> = a[..prefix].iter().map(|w| w.to_string()).collect();
    parts.extend(was.iter().map(|w| w.to_string()));
    parts.push(format!("[{now}]"));
    parts.extend(a[a.len() - suffix..].iter().map(|w| w.to_string()));
    parts.join(" ")
}

pub fn rewrite(prev: Option<&Antecedent>, s: &Sentence) -> Option<Sentence> {
    if let Some(labelled) = label_rewrite(s) {
        return Some(labelled);
    }
    let prev = prev?;
    if prev.paragraph != s.paragraph || prev.rivals || s.body != 0 || s.is_empty() {
        return None;
    }
    let first = s.word(0);
    let name = super::capitalize(&prev.name);
    let replacement = match first {
        "It" if !prev.person => name,
        "Its" if !prev.person => format!("{name}’s"),
        "He" | "She" if prev.person => name,
        _ => return None,
    };
    let rest = &s.text[s.tokens[0].end..];
    let mut out = Sentence::new(s.file, s.line, format!("{replacement}{rest}"), s.list_item);
    out.paragraph = s.paragraph;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::sent;

    fn chain(a: &str, b: &str) -> Option<String> {
        rewrite(antecedent(&sent(a)).as_ref(), &sent(b)).map(|s| s.text)
    }

    #[test]
    fn it_and_she_take_the_previous_subject() {
        assert_eq!(
            chain("Harbor Robotics is a Norwegian company that builds vehicles.", "It was founded in 2009 by Ingrid Solheim.").as_deref(),
            Some("Harbor Robotics was founded in 2009 by Ingrid Solheim.")
        );
        assert_eq!(
            chain("Harbor Robotics is a Norwegian company.", "Its headquarters are in Trondheim.").as_deref(),
            Some("Harbor Robotics’s headquarters are in Trondheim.")
        );
        assert_eq!(
            chain("Lise Meitner was an Austrian-Swedish physicist.", "She was born in Vienna on 7 November 1878.").as_deref(),
            Some("Lise Meitner was born in Vienna on 7 November 1878.")
        );
        // a person beside the subject is no rival for "it"
        assert_eq!(
            chain("Amnesty International was founded in 1961 by Peter Benenson, a British lawyer.", "It was originally a one-year appeal.").as_deref(),
            Some("Amnesty International was originally a one-year appeal.")
        );
    }

    #[test]
    fn a_replaced_pronoun_is_marked_in_the_sentence_shown() {
        assert_eq!(mark_rewrite("It was opened in 1961.", "The Riverside Museum was opened in 1961."), "It [the Riverside Museum] was opened in 1961.");
        assert_eq!(
            mark_rewrite("Its headquarters are in Trondheim.", "Harbor Robotics’s headquarters are in Trondheim."),
            "Its [Harbor Robotics’s] headquarters are in Trondheim."
        );
        assert_eq!(mark_rewrite("NATO was formed.", "NATO was formed."), "NATO was formed.");
    }

    #[test]
    fn the_last_name_of_a_list_is_no_clause_of_its_own() {
        let s = sent("When Watson, Crick, and Wilkins won a Nobel Prize in 1962, Franklin was overlooked.");
        assert!(later_clauses(&s).is_empty());
        let s = sent("NATO was founded in 1949, and the Warsaw Pact followed in 1955.");
        assert_eq!(later_clauses(&s).len(), 1);
    }

    #[test]
    fn a_label_names_this_item() {
        let s = Sentence::new(0, 1, "Five Eyes Alliance: This intelligence alliance between Australia and Canada represents a success.".into(), true);
        assert_eq!(rewrite(None, &s).unwrap().text, "Five Eyes Alliance: Five Eyes Alliance between Australia and Canada represents a success.");
    }

    #[test]
    fn ambiguity_keeps_the_pronoun() {
        assert_eq!(chain("Harbor Robotics was acquired by Kongsberg Maritime in 2021.", "It was renamed in 2022."), None);
        assert_eq!(chain("Otto Hahn worked with Lise Meitner.", "She moved to Stockholm."), None);
        assert_eq!(chain("Lise Meitner was a physicist.", "It was renamed."), None);
        assert_eq!(chain("The alliances grew.", "It was formed in 1949."), None);
    }
}
