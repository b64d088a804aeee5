//! Shallow grammar shared by the rule families: names, noun phrases, dates, places,
//! lists, clause starts and ends, found on the tokens of one sentence. No parser: each
//! helper recognises one narrow shape and says nothing when unsure.

use crate::lexicon;
use crate::text::token::Kind;
use crate::text::words::{is_function_word, is_pronoun, is_vague_determiner, lower_in, month_index, with_lower};
use crate::text::{Memoized, Sentence};

/// Lower-case words that may join two capitalised parts of one name.
const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "de", "du", "des", "del", "della", "di", "da", "von", "van", "der", "den", "la", "le", "y", "the", "&", "al", "bin", "ibn", "upon", "on",
    "und", "et",
];

/// Name heads after which "in X" is still part of the name ("Mission in Haiti").
const IN_NAME_HEADS: &[&str] =
    &["mission", "conference", "convention", "treaty", "agreement", "cooperation", "co-operation", "security", "commission", "office", "forum"];

/// Modifiers that may stand between "the" and a name ("the first Geneva Convention").
const NAME_PREMODIFIERS: &[&str] = &[
    "first",
    "second",
    "third",
    "last",
    "original",
    "modern",
    "new",
    "current",
    "former",
    "present",
    "early",
    "ancient",
    "medieval",
    "final",
    "old",
    "later",
    "present-day",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "principal",
    "main",
];

pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// "NATO", "ICRC", "UAVs", "MINUSTAH", "G7": two or more capitals, nothing lower-case but a plural s.
pub fn is_acronym(w: &str) -> bool {
    // "Elizabeth II", "Henry VIII": a regnal number
    if !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return false;
    }
    let core = w.strip_suffix('s').filter(|c| c.len() >= 2).unwrap_or(w);
    let caps = core.chars().filter(|c| c.is_uppercase()).count();
    let digits = core.chars().filter(|c| c.is_ascii_digit()).count();
    (caps >= 2 || caps == 1 && digits >= 1 && core.starts_with(|c: char| c.is_uppercase()))
        && core.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&' || c == '-')
        && core.chars().count() <= 10
}

/// Whether the word is a possessive ("Dunant’s", "ESA's", "states'").
pub fn strip_possessive(w: &str) -> Option<&str> {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).or_else(|| w.strip_suffix("s’").map(|_| &w[..w.len() - "’".len()]))
}

/// Whether token `i` can be part of a name: a capitalised word that is not a plain
/// function word, an acronym, or a capitalised word after the sentence start.
pub fn is_name_word(s: &Sentence, i: usize) -> bool {
    if i >= s.len() || s.kind(i) != Some(Kind::Word) {
        return false;
    }
    let w = s.word(i);
    if !is_capitalized(w) {
        return false;
    }
    if is_acronym(w) {
        return true;
    }
    if is_function_word(w) || month_index(w).is_some() && !is_capitalized_run_next(s, i) {
        return false;
    }
    // the first word of the sentence (or of its clause, after "In 1843,") is capitalised
    // anyway: an ordinary word there is a name only when more capitalised words follow
    // ("Military Diplomacy") or the text always capitalises it
    let opens = i == s.body
        || i > s.body + 1
            && i <= s.body + 6
            && s.is(i - 1, ",")
            && matches!(s.lower(s.body).as_ref(), "in" | "on" | "by" | "after" | "before" | "since")
            && (s.body..i).any(|k| is_year(s.word(k)));
    if opens && lexicon::is_common_word(w) && !is_capitalized_run_next(s, i) && crate::text::casing::document_prefers_lower(w) != Some(false) {
        return false;
    }
    true
}

fn is_capitalized_run_next(s: &Sentence, i: usize) -> bool {
    // "Rust 1.0": a version number makes a name of an ordinary word
    if s.kind(i + 1) == Some(Kind::Number) && !is_year(s.word(i + 1)) && s.word(i + 1).contains('.') {
        return true;
    }
    i + 1 < s.len() && s.kind(i + 1) == Some(Kind::Word) && is_capitalized(s.word(i + 1)) && !is_function_word(s.word(i + 1))
}

/// The end (exclusive) of the capitalised name that starts at token `i`:
/// "North Atlantic Treaty Organization", "Office International d’Hygiène Publique",
/// "Rust 1.0", "International Federation of Red Cross and Red Crescent Societies".
pub fn name_run(s: &Sentence, i: usize) -> Option<usize> {
    s.memo(Memoized::NameRun, i, || find_name_run(s, i))
}

fn find_name_run(s: &Sentence, i: usize) -> Option<usize> {
    if !is_name_word(s, i) {
        return None;
    }
    let mut j = i + 1;
    let mut has_of = false;
    loop {
        if j >= s.len() {
            break;
        }
        let w = s.word(j);
        if strip_possessive(s.word(j - 1)).is_some() {
            break;
        }
        if is_name_word(s, j) || (s.kind(j) == Some(Kind::Word) && is_capitalized(w) && !is_function_word(w)) {
            j += 1;
            continue;
        }
        if w.starts_with("d’") || w.starts_with("d'") || w.starts_with("l’") || w.starts_with("l'") {
            j += 1;
            continue;
        }
        // "Rust 1.0", "Firefox 57": a number right after a one-word name
        if s.kind(j) == Some(Kind::Number) && j == i + 1 && !is_year(w) {
            j += 1;
            break;
        }
        let mut buf = [0; 32];
        let lw = lower_in(w, &mut buf);
        let lw = lw.as_ref();
        let joins = NAME_CONNECTORS.contains(&lw)
            || ((lw == "and" || lw == "to") && has_of)
            || ((lw == "in" || lw == "on") && IN_NAME_HEADS.contains(&s.lower(j - 1).as_ref()));
        let and_acronym = lw == "and" && j + 1 < s.len() && is_acronym(s.word(j + 1));
        // "Red Cross and Red Crescent Societies": after "and", capitalised words that end in
        // an organisation head, while the part before it has none of its own
        let joins = joins || lw == "and" && !and_acronym && !is_org_head(s.word(j - 1)) && and_continues_to_org_head(s, j + 1);
        if joins && !and_acronym && j + 1 < s.len() && s.kind(j + 1) == Some(Kind::Word) && is_capitalized(s.word(j + 1)) && !is_function_word(s.word(j + 1)) {
            if lw == "of" || lw == "for" {
                has_of = true;
            }
            j += 1;
            continue;
        }
        // "the Democratic Republic of the Congo"
        if (lw == "of" || lw == "for" || lw == "to" && has_of)
            && s.is(j + 1, "the")
            && j + 2 < s.len()
            && is_capitalized(s.word(j + 2))
            && !is_function_word(s.word(j + 2))
        {
            has_of = true;
            j += 2;
            continue;
        }
        break;
    }
    Some(j)
}

const ORG_HEADS: &[&str] = &[
    "society",
    "societies",
    "movement",
    "organization",
    "organisation",
    "committee",
    "union",
    "council",
    "association",
    "foundation",
    "institute",
    "department",
    "agency",
    "commission",
    "federation",
    "company",
    "corporation",
    "centre",
    "center",
    "centers",
    "centres",
    "prevention",
    "control",
    "cooperation",
    "co-operation",
    "development",
    "technology",
    "research",
    "university",
    "office",
    "bureau",
    "party",
    "league",
    "fund",
    "bank",
    "service",
    "services",
];

fn is_org_head(w: &str) -> bool {
    with_lower(w, |l| ORG_HEADS.contains(&l))
}

fn and_continues_to_org_head(s: &Sentence, mut k: usize) -> bool {
    let start = k;
    while k < s.len() && s.kind(k) == Some(Kind::Word) && is_capitalized(s.word(k)) && !is_function_word(s.word(k)) && !is_acronym(s.word(k)) {
        k += 1;
    }
    k >= start + 2 && is_org_head(s.word(k - 1))
}

/// A name with its article and simple premodifiers: "the first Geneva Convention",
/// "The Battle of Solferino", "NATO". Returns (start, end).
pub fn named_np_at(s: &Sentence, i: usize) -> Option<(usize, usize)> {
    s.memo(Memoized::NamedNp, i, || find_named_np(s, i)).map(|end| (i, end))
}

/// The end of the named noun phrase that starts at `i`.
fn find_named_np(s: &Sentence, i: usize) -> Option<usize> {
    let mut j = i;
    if s.is(j, "the") {
        j += 1;
        let mut k = 0;
        while k < 3 && j < s.len() && NAME_PREMODIFIERS.contains(&s.lower(j).as_ref()) {
            j += 1;
            k += 1;
        }
    }
    // "the physician John Snow", "the chemist Otto Hahn": a role noun before a person's name
    if j > i
        && name_run(s, j).is_none()
        && j + 2 < s.len()
        && s.kind(j) == Some(Kind::Word)
        && !is_capitalized(s.word(j))
        && !is_function_word(s.word(j))
        && lexicon::pos(s.word(j)).is_some_and(|p| p.contains('n'))
        && let Some(e) = name_run(s, j + 1)
        && e >= j + 3
    {
        return Some(e);
    }
    let end = name_run(s, j)?;
    // possessive + common nouns: "WHO’s constitution", "ESA's largest site"
    if let Some(e) = possessive_tail(s, end) {
        return Some(e);
    }
    // "the Olympic rings", "the Swiss flag": a capitalised modifier and a noun, when a
    // verb or a comma follows so the noun cannot be a verb itself
    if j > i && end - j <= 2 {
        let n = end;
        if n + 1 < s.len()
            && s.kind(n) == Some(Kind::Word)
            && !is_capitalized(s.word(n))
            && !is_function_word(s.word(n))
            && !is_verb_adverb(s.word(n))
            && lexicon::pos(s.word(n)).is_some_and(|p| p.contains('n') && !p.contains('r'))
            && (matches!(s.word(n + 1), "," | "." | ";" | ")" | "is" | "are" | "was" | "were" | "has" | "had" | "have" | "that" | "which")
                || lexicon::verb_from_past(s.word(n + 1)).is_some() && !lexicon::pos(s.word(n + 1)).is_some_and(|p| p.contains('n') || p.contains('a')))
        {
            return Some(n + 1);
        }
    }
    Some(end)
}

/// After a possessive name, up to three lower-case words ending in a noun.
fn possessive_tail(s: &Sentence, end: usize) -> Option<usize> {
    strip_possessive(s.word(end - 1))?;
    let mut j = end;
    while j < s.len() && j < end + 4 && s.kind(j) == Some(Kind::Word) && !is_capitalized(s.word(j)) && !is_function_word(s.word(j)) {
        if is_verb_form(s.word(j)) && !lexicon::pos(s.word(j)).is_some_and(|p| p.contains('n') || p.contains('a')) {
            break;
        }
        j += 1;
    }
    (j > end).then_some(j)
}

/// The named noun phrase that ends exactly at `end` (exclusive), scanning left.
pub fn named_np_ending_at(s: &Sentence, end: usize) -> Option<(usize, usize)> {
    if end == 0 {
        return None;
    }
    let mut best = None;
    let lo = end.saturating_sub(12);
    for start in (lo..end).rev() {
        if let Some((a, b)) = named_np_at(s, start)
            && b == end
        {
            best = Some((a, b));
        }
    }
    // prefer the longest (leftmost) start, but never start inside a list "France, Italy"
    let (a, b) = best?;
    // "her Notes", "their Charter": a possessive or demonstrative makes it no name
    if a > 0 && matches!(s.lower(a - 1).as_ref(), "her" | "his" | "its" | "their" | "this" | "these" | "that" | "those" | "our" | "my" | "your" | "whose") {
        return None;
    }
    if a > 0 && s.is(a - 1, "the") {
        return Some((a - 1, b));
    }
    Some((a, b))
}

/// Whether `w` is a verb form known to the lexicon (past, participle or present).
pub fn is_verb_form(w: &str) -> bool {
    lexicon::verb_from_past(w).is_some() || lexicon::verb_from_participle(w).is_some() || lexicon::verb_from_third(w).is_some()
}

pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (1000..=2099).contains(&w.parse::<u32>().unwrap_or(0))
}

/// How precise a date expression is; it decides the question word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateKind {
    Year,
    YearRange,
    MonthYear,
    FullDate,
    Decade,
}

impl DateKind {
    /// "In which year was …", "On what date was …".
    pub fn wh(self) -> &'static str {
        match self {
            DateKind::Year => "In which year",
            DateKind::FullDate => "On what date",
            DateKind::Decade => "In which decade",
            DateKind::MonthYear | DateKind::YearRange => "When",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// first token of the date itself (after any preposition or article)
    pub start: usize,
    pub end: usize,
    /// the preposition before it ("in", "on"), if any, and its index
    pub prep: Option<usize>,
    pub kind: DateKind,
}

/// A date expression starting at token `i` (without a preposition): "1949",
/// "4 April 1949", "April 4, 1949", "April 1906", "the 1990s", "the late 1990s", "1562–63".
pub fn date_at(s: &Sentence, i: usize) -> Option<DateExpr> {
    if i >= s.len() {
        return None;
    }
    let w = s.word(i);
    let mk = |end, kind| Some(DateExpr { start: i, end, prep: None, kind });
    // the (early|mid|late) 1990s
    if s.is(i, "the") {
        let mut j = i + 1;
        if s.is(j, "early") || s.is(j, "late") || s.is(j, "mid") {
            j += 1;
        }
        if j < s.len() && is_decade(s.word(j)) {
            return mk(j + 1, DateKind::Decade);
        }
        return None;
    }
    if is_decade(w) {
        return mk(i + 1, DateKind::Decade);
    }
    if is_year(w) {
        return mk(i + 1, DateKind::Year);
    }
    if is_year_range(w) {
        return mk(i + 1, DateKind::YearRange);
    }
    // 4 April 1949
    if s.kind(i) == Some(Kind::Number)
        && w.len() <= 2
        && i + 2 < s.len()
        && month_index(s.word(i + 1)).is_some()
        && is_capitalized(s.word(i + 1))
        && is_year(s.word(i + 2))
    {
        return mk(i + 3, DateKind::FullDate);
    }
    if month_index(w).is_some() && is_capitalized(w) {
        // April 4, 1949
        if i + 3 < s.len() && s.kind(i + 1) == Some(Kind::Number) && s.word(i + 1).len() <= 2 && s.is(i + 2, ",") && is_year(s.word(i + 3)) {
            return mk(i + 4, DateKind::FullDate);
        }
        // April 1906 ("May" only with a year right after it)
        if i + 1 < s.len() && is_year(s.word(i + 1)) {
            return mk(i + 2, DateKind::MonthYear);
        }
    }
    None
}

fn is_decade(w: &str) -> bool {
    w.len() == 5 && w.ends_with('s') && is_year(&w[..4]) && w[..4].ends_with('0')
}

fn is_year_range(w: &str) -> bool {
    let Some((a, b)) = w.split_once(['–', '-']) else { return false };
    is_year(a) && b.len() >= 2 && b.len() <= 4 && b.bytes().all(|c| c.is_ascii_digit())
}

/// A date after a preposition: "in 1949", "on 4 April 1949", "in the 1990s".
pub fn prep_date_at(s: &Sentence, i: usize) -> Option<DateExpr> {
    if i >= s.len() {
        return None;
    }
    let p = s.lower(i);
    if !matches!(p.as_ref(), "in" | "on" | "during" | "by" | "since" | "until" | "from") {
        return None;
    }
    let mut d = date_at(s, i + 1)?;
    d.prep = Some(i);
    Some(d)
}

/// Where the main clause begins: after a list label, a sentence adverb with its comma
/// ("Similarly,"), an opening date ("In 1898"), or an opening phrase closed by a comma
/// ("After the First World War,"). Returns the index and the opening date, if any.
pub fn clause_start(s: &Sentence) -> (usize, Option<DateExpr>) {
    // the sentence keeps where its clause starts; the opening date is read again
    let (start, dated) = s.clause(|| {
        let (start, date) = find_clause_start(s);
        (start, date.is_some())
    });
    (start, if dated { prep_date_at(s, s.body) } else { None })
}

fn find_clause_start(s: &Sentence) -> (usize, Option<DateExpr>) {
    let b = s.body;
    if b >= s.len() {
        return (b, None);
    }
    // "Similarly, …", "In 1898, …" handled below; a one-word opener with a comma
    if s.is(b + 1, ",") && s.word(b).ends_with("ly")
        || s.is(b + 1, ",")
            && matches!(
                s.lower(b).as_ref(),
                "however"
                    | "moreover"
                    | "furthermore"
                    | "additionally"
                    | "meanwhile"
                    | "today"
                    | "thus"
                    | "instead"
                    | "later"
                    | "afterwards"
                    | "nevertheless"
                    | "also"
                    | "then"
                    | "still"
                    | "first"
                    | "second"
                    | "third"
                    | "finally"
                    | "lastly"
                    | "initially"
            )
    {
        return (b + 2, None);
    }
    // "In the nineteenth century tuberculosis was …"
    if s.is(b, "in") && s.is(b + 1, "the") && s.is(b + 3, "century") {
        let j = if s.is(b + 4, ",") { b + 5 } else { b + 4 };
        return (j, None);
    }
    if let Some(d) = prep_date_at(s, b) {
        let mut j = d.end;
        if s.is(j, ",") {
            j += 1;
        }
        return (j, Some(d));
    }
    let first = s.lower(b);
    let opens_phrase = matches!(
        first.as_ref(),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "under"
            | "since"
            | "following"
            | "until"
            | "by"
            | "with"
            | "through"
            | "throughout"
            | "from"
            | "for"
            | "within"
            | "besides"
            | "despite"
            | "unlike"
            | "like"
            | "as"
            | "when"
            | "while"
            | "although"
            | "though"
            | "because"
            | "if"
            | "once"
            | "only"
            | "soon"
            | "two"
            | "three"
            | "shortly"
            | "years"
            | "decades"
    );
    // "When Watson, Crick, and Wilkins won …, Franklin was …": a subordinate clause ends at
    // the first comma after its verb, not at a comma inside its subject
    let subordinate = matches!(first.as_ref(), "when" | "while" | "although" | "though" | "because" | "if" | "once");
    let closes = |k: usize| {
        s.is(k, ",") && (!subordinate || (b + 1..k).any(|j| is_verb_form(s.word(j)) || matches!(s.lower(j).as_ref(), "was" | "were" | "is" | "are")))
    };
    if opens_phrase && let Some(c) = (b..s.len().min(b + 24)).find(|&k| closes(k) && (subordinate || k < b + 14)) {
        return (c + 1, None);
    }
    (b, None)
}

/// The noun phrase text as it should read inside a question: a sentence-initial
/// capital on an ordinary word is lowered ("The ICRC" -> "the ICRC").
pub fn embed(s: &Sentence, a: usize, b: usize) -> String {
    // "the museum" standing for the one museum the text has named
    if b == a + 2
        && s.is(a, "the")
        && let Some(name) = super::coref::resolve(s.word(a + 1), s.line)
    {
        let head_common = name.split_whitespace().last().is_some_and(|h| lexicon::pos(h).is_some_and(|p| p.contains('n')));
        return if !name.starts_with("the ") && head_common { format!("the {name}") } else { name };
    }
    let text = clean_span(s, a, b);
    lower_first_if_common(&text, a == s.body || a == clause_start(s).0)
}

/// Lower the first letter of `text` when it is an article or an ordinary word that was
/// only capitalised for standing first.
pub fn lower_first_if_common(text: &str, at_start: bool) -> String {
    let mut words = text.splitn(2, ' ');
    let first = words.next().unwrap_or("");
    let rest = words.next();
    let second = rest.and_then(|r| r.split_whitespace().next()).unwrap_or("");
    let second_is_cap = second.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) && !is_acronym(second);
    let ordinary = crate::text::casing::document_prefers_lower(first).unwrap_or_else(|| lexicon::is_common_word(first));
    let lowerable = is_function_word(first) || (at_start && ordinary && !second_is_cap && !is_acronym(first));
    if lowerable && is_capitalized(first) && !is_acronym(first) {
        let mut c = first.chars();
        let head: String = c.next().map(|h| h.to_lowercase().collect()).unwrap_or_default();
        let mut out = head + c.as_str();
        if let Some(r) = rest {
            out.push(' ');
            out.push_str(r);
        }
        out
    } else {
        text.to_string()
    }
}

/// An answer without its leading article ("the North Atlantic Treaty" -> "North Atlantic
/// Treaty"), with the full form kept as an accepted variant.
pub fn without_article(full: &str) -> (String, Vec<String>) {
    match full.strip_prefix("the ").or_else(|| full.strip_prefix("The ")) {
        Some(rest) => (rest.to_string(), vec![full.to_string()]),
        None => (full.to_string(), vec![]),
    }
}

/// Text of tokens a..b with any parenthesis removed and quotes trimmed.
pub fn clean_span(s: &Sentence, a: usize, b: usize) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut prev_end: Option<usize> = None;
    for i in a..b.min(s.len()) {
        let w = s.word(i);
        if w == "(" || w == "[" {
            depth += 1;
            continue;
        }
        if w == ")" || w == "]" {
            depth -= 1;
            prev_end = None;
            continue;
        }
        if depth > 0 {
            continue;
        }
        let t = s.tokens[i];
        if let Some(pe) = prev_end {
            if t.start > pe {
                out.push(' ');
            }
        } else if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        prev_end = Some(t.end);
    }
    let trimmed = out.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '‘' | '’' | ',' | ' ' | ';' | ':'));
    trimmed.replace(" ,", ",")
}

/// Words after a comma that always open a new clause, even after an aside.
fn opens_clause(s: &Sentence, i: usize) -> bool {
    i < s.len()
        && matches!(
            s.lower(i).as_ref(),
            "which"
                | "who"
                | "whom"
                | "whose"
                | "where"
                | "when"
                | "while"
                | "whereas"
                | "although"
                | "though"
                | "but"
                | "because"
                | "including"
                | "such"
                | "especially"
                | "particularly"
                | "e.g."
                | "i.e."
                | "so"
                | "thus"
                | "thereby"
                | "meaning"
        )
}

/// Words after a comma that start a new, non-restrictive part of the sentence:
/// the answer span stops before them.
fn starts_new_part(s: &Sentence, i: usize) -> bool {
    if i >= s.len() {
        return true;
    }
    // everything that opens a clause, and the words that open an aside or a new phrase
    if opens_clause(s, i) {
        return true;
    }
    let w = s.lower(i);
    if matches!(
        w.as_ref(),
        "yet"
            | "hence"
            | "since"
            | "as"
            | "notably"
            | "like"
            | "either"
            | "mainly"
            | "mostly"
            | "usually"
            | "often"
            | "for"
            | "with"
            | "unlike"
            | "making"
            | "today"
            | "now"
            | "then"
            | "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "these"
            | "it"
            | "they"
            | "he"
            | "she"
            | "one"
            | "most"
            | "many"
            | "some"
            | "all"
            | "both"
            | "each"
            | "according"
            | "despite"
            | "after"
            | "before"
            | "until"
            | "from"
            | "in"
            | "at"
            | "on"
    ) {
        return true;
    }
    // ", was signed in 1955": a finite verb right after a comma closes the relative
    // clause or aside the phrase stood in ("The Baghdad Pact, which aimed to …, was …")
    if matches!(w.as_ref(), "was" | "were" | "is" | "are" | "has" | "have" | "had") {
        return true;
    }
    // a participle or gerund opening a trailing phrase: ", becoming the first …"
    if w.ends_with("ing") && lexicon::pos(&w).is_some_and(|p| p.contains('v')) {
        return true;
    }
    if lexicon::verb_from_participle(&w).is_some() && w.ends_with("ed") {
        return true;
    }
    if w == "and" {
        // ", and was refounded", ", and he left": a new clause or predicate
        let n = s.lower((i + 1).min(s.len() - 1));
        return is_pronoun(&n) && !matches!(n.as_ref(), "its" | "their" | "his" | "her")
            || matches!(n.as_ref(), "was" | "were" | "is" | "are" | "has" | "have" | "had" | "then" | "later" | "so")
            || is_verb_form(&n) && !lexicon::pos(&n).is_some_and(|p| p.contains('n') || p.contains('a'))
            // ", and the university was …": a subject and its verb follow
            || (i + 2..s.len().min(i + 7)).take_while(|&k| !s.is(k, ",")).any(|k| matches!(s.word(k), "was" | "were" | "is" | "are" | "has" | "had" | "will" | "would"));
    }
    false
}

/// The end (exclusive) of an answer phrase starting at `i`: the sentence end, a
/// semicolon, colon or dash, or a comma that opens a new part.
pub fn phrase_end(s: &Sentence, i: usize) -> usize {
    let mut depth = 0i32;
    // after a comma that did not end the phrase ("…, by way of the Caribbean Sea, with …",
    // "…, or are no longer, taking …") the next comma closes that aside
    let mut aside = false;
    let mut j = i;
    while j < s.len() {
        let w = s.word(j);
        match w {
            "(" | "[" => depth += 1,
            ")" | "]" => depth -= 1,
            "." | ";" | ":" | "—" | "!" | "?" if depth <= 0 => return j,
            "–" if depth <= 0 && s.tokens[j].start > s.tokens[j.saturating_sub(1)].end => return j,
            "," if depth <= 0 && opens_clause(s, j + 1) => return j,
            "," if depth <= 0 && aside => aside = false,
            "," if depth <= 0 && starts_new_part(s, j + 1) => return j,
            "," if depth <= 0 => aside = true,
            _ => {}
        }
        j += 1;
    }
    j
}

/// A closed list of names: "Germany, Austria-Hungary, and Italy", "NASA, ESA and the
/// Canadian Space Agency". Returns the end (exclusive) and the item spans.
pub fn name_list_at(s: &Sentence, i: usize) -> Option<(usize, Vec<(usize, usize)>)> {
    let mut items = Vec::new();
    let mut j = i;
    loop {
        let (a, b) = named_np_at(s, j)?;
        let mut b = b;
        // "Amazon Web Services (AWS)"
        if s.is(b, "(")
            && let Some(c) = (b..s.len().min(b + 8)).find(|&k| s.is(k, ")"))
        {
            b = c + 1;
        }
        // "Gavi, the Vaccine Alliance" stays one item when a capitalised appositive follows
        items.push((a, b));
        if s.is(b, ",") && s.is(b + 1, "and") {
            j = b + 2;
            let (a2, b2) = named_np_at(s, j)?;
            items.push((a2, b2));
            return Some((b2, items));
        }
        if s.is(b, "and") {
            j = b + 1;
            let (a2, mut b2) = named_np_at(s, j)?;
            if s.is(b2, "(")
                && let Some(c) = (b2..s.len().min(b2 + 8)).find(|&k| s.is(k, ")"))
            {
                b2 = c + 1;
            }
            items.push((a2, b2));
            return Some((b2, items));
        }
        if s.is(b, ",") && named_np_at(s, b + 1).is_some() {
            j = b + 1;
            continue;
        }
        return None;
    }
}

/// A place: "Geneva", "Geneva, Switzerland", "Washington, D.C.", "Noordwijk, the
/// Netherlands". Returns (end of the first place, end of the whole chain).
pub fn place_at(s: &Sentence, i: usize) -> Option<(usize, usize)> {
    let (_, mut first_end) = named_np_at(s, i)?;
    if month_index(s.word(i)).is_some() || date_at(s, i).is_some() {
        return None;
    }
    // "the Jura region of France": the region word belongs to the place
    if first_end < s.len()
        && matches!(
            s.word(first_end),
            "region" | "province" | "valley" | "district" | "county" | "area" | "department" | "canton" | "peninsula" | "basin" | "delta" | "coast"
        )
    {
        first_end += 1;
        if s.is(first_end, "of")
            && let Some((_, e)) = named_np_at(s, first_end + 1)
        {
            first_end = e;
        }
    }
    let mut end = first_end;
    let mut first = first_end;
    while s.is(end, ",") {
        let next = end + 1;
        if next < s.len() && s.word(next) == "D.C." {
            end = next + 1;
            first = end;
            continue;
        }
        match named_np_at(s, next) {
            Some((_, e)) if !s.is(e, "and") && date_at(s, next).is_none() && !is_list_continuation(s, e) => end = e,
            _ => break,
        }
    }
    Some((first, end))
}

fn is_list_continuation(s: &Sentence, e: usize) -> bool {
    s.is(e, ",") && named_np_at(s, e + 1).is_some_and(|(_, e2)| s.is(e2, "and") || s.is(e2, ","))
}

/// A subject that needs the text around it: a pronoun, a demonstrative or vague
/// determiner, or "the" + a noun that points back ("the city", "the alliance").
pub fn is_vague_subject(s: &Sentence, a: usize, b: usize) -> bool {
    if a >= b {
        return true;
    }
    let first = s.word(a);
    if is_pronoun(first) || is_vague_determiner(first) {
        return true;
    }
    if s.is(a, "the") && b == a + 2 && crate::text::words::is_anaphoric_noun(s.word(a + 1)) {
        // "the canal", and "the Agreement" written with a capital for the Schengen Agreement
        return super::coref::resolve(s.lower(a + 1).as_ref(), s.line).is_none();
    }
    false
}

/// Whether the subject span a..b is a named noun phrase (possibly with a trailing
/// parenthesis or appositive that the question leaves out). Returns the core span.
pub fn named_subject(s: &Sentence, a: usize, b: usize) -> Option<(usize, usize)> {
    if is_vague_subject(s, a, b) {
        return None;
    }
    // "a new league of former Hanseatic towns, known as the New Hanse," names itself
    if (s.is(a, "a") || s.is(a, "an"))
        && s.is(b - 1, ",")
        && let Some(k) = (a + 1..b).find(|&k| s.is(k, ",") && s.is(k + 1, "known") && s.is(k + 2, "as"))
        && let Some((x, y)) = named_np_at(s, k + 3)
        && y == b - 1
    {
        return Some((x, y));
    }
    // "the canal" standing for the one canal the text has named
    if s.is(a, "the") && a + 1 < b && super::coref::resolve(s.word(a + 1), s.line).is_some() && only_asides(s, a + 2, b) {
        return Some((a, a + 2));
    }
    let (x, y) = named_np_at(s, a)?;
    // "OPEC's" alone is half a subject
    if strip_possessive(s.word(y - 1)).is_some() {
        return None;
    }
    if only_asides(s, y, b) {
        return Some((x, y));
    }
    // "Pierre and Marie Curie", "NATO and the European Union"
    if s.is(y, "and") {
        if let Some((_, y2)) = named_np_at(s, y + 1)
            && only_asides(s, y2, b)
        {
            return Some((x, y2));
        }
        if name_run(s, y + 1).is_some_and(|e| only_asides(s, e, b)) {
            return Some((x, name_run(s, y + 1).unwrap()));
        }
    }
    None
}

/// Whether tokens y..b are only asides that a question leaves out: a parenthesis
/// ("(Hansetag)"), an appositive between commas (", a French physicist …,"), or a
/// place ("at Saranac Lake, New York,").
pub fn only_asides(s: &Sentence, mut y: usize, b: usize) -> bool {
    loop {
        if y == b {
            return true;
        }
        if y > b {
            return false;
        }
        if s.is(y, "(") {
            match (y..b).find(|&k| s.is(k, ")")) {
                Some(c) => {
                    y = c + 1;
                    continue;
                }
                None => return false,
            }
        }
        if s.is(y, ",") {
            // an appositive closed by the comma just before the verb
            // a relative clause ("…, which …") is no aside, unless it is inside a descriptive
            // appositive ("Irnerius, a jurist who taught …,"); "WHO" the acronym is not "who"
            let descriptive = matches!(s.word((y + 1).min(s.len() - 1)), "a" | "an" | "the");
            return b >= 2 && b - 1 > y && s.is(b - 1, ",") && !(y + 1..b - 1).any(|k| s.is(k, ";") || !descriptive && matches!(s.word(k), "which" | "who"));
        }
        if (s.is(y, "at") || s.is(y, "in"))
            && let Some((_, chain)) = place_at(s, y + 1)
        {
            y = chain;
            if s.is(y, ",") && y + 1 == b {
                return true;
            }
            continue;
        }
        return false;
    }
}

/// Is the noun phrase plural ("the Torrijos–Carter Treaties", "the Games")?
pub fn looks_plural(text: &str) -> bool {
    // the head of "X of Y" / "X for Y" is X
    let head_part = [" of ", " for ", " in ", " on "].iter().filter_map(|c| text.find(c)).min().map_or(text, |i| &text[..i]);
    let last = head_part.split_whitespace().last().unwrap_or("");
    let text = head_part;
    if text.contains(" and ") {
        return true;
    }
    if is_acronym(last) {
        return last.ends_with('s') && last.len() > 2 && last[..last.len() - 1].chars().all(char::is_uppercase);
    }
    let singular_s = [
        "States",
        "Nations",
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Emirates",
        "Affairs",
        "Sciences",
        "News",
        "Studies",
        "Relations",
        "Physics",
        "Economics",
        "Politics",
        "Mathematics",
        "Olympics",
        "Industries",
        "Airlines",
        "Systems",
        "Motors",
        "Works",
        "Brothers",
        "Services",
        "Communications",
        "Holdings",
        "Laboratories",
        "Electronics",
        "Arts",
        "Robotics",
        "Dynamics",
        "Genetics",
        "Logistics",
        "Analytics",
        "Pharmaceuticals",
        "Technologies",
        "Networks",
        "Solutions",
        "Aeronautics",
        "Athletics",
        "Mechanics",
        "Graphics",
        "Semiconductors",
        "Instruments",
        "Foods",
        "Materials",
        "Resources",
        "Enterprises",
        "Partners",
    ];
    if singular_s.contains(&last) {
        return false;
    }
    last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us") && !last.ends_with("is") && !last.ends_with("’s") && !last.ends_with("'s")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(t: &str) -> Sentence {
        Sentence::new(0, 1, t.to_string(), false)
    }

    fn np(s: &Sentence, i: usize) -> Option<String> {
        named_np_at(s, i).map(|(a, b)| s.span(a, b).to_string())
    }

    #[test]
    fn names_take_their_connectors() {
        let s = sent("The International Federation of Red Cross and Red Crescent Societies met.");
        assert_eq!(np(&s, 0).unwrap(), "The International Federation of Red Cross and Red Crescent Societies");
        let s = sent("Notable missions include the UN Stabilization Mission in Haiti (MINUSTAH).");
        assert_eq!(np(&s, 3).unwrap(), "the UN Stabilization Mission in Haiti");
        let s = sent("It was the Democratic Republic of the Congo and the first Geneva Convention.");
        assert_eq!(np(&s, 2).unwrap(), "the Democratic Republic of the Congo");
        assert_eq!(np(&s, 9).unwrap(), "the first Geneva Convention");
        let s = sent("NATO and the European Union worked with Rust 1.0 in Geneva.");
        assert_eq!(np(&s, 0).unwrap(), "NATO");
        assert_eq!(np(&s, 7).unwrap(), "Rust 1.0");
        let s = sent("WHO’s constitution entered into force.");
        assert_eq!(np(&s, 0).unwrap(), "WHO’s constitution");
    }

    #[test]
    fn a_common_word_opening_the_sentence_is_not_a_name() {
        let s = sent("Military partnerships grew.");
        assert!(named_np_at(&s, 0).is_none());
        let s = sent("Military Diplomacy grew.");
        assert_eq!(np(&s, 0).unwrap(), "Military Diplomacy");
    }

    #[test]
    fn dates_in_many_shapes() {
        let s = sent("It was on 4 April 1949, in April 1906, in the late 1990s, on June 4, 1950 and in 1562–63 and in 1949.");
        let kinds: Vec<DateKind> = (0..s.len()).filter_map(|i| prep_date_at(&s, i)).map(|d| d.kind).collect();
        assert_eq!(kinds, [DateKind::FullDate, DateKind::MonthYear, DateKind::Decade, DateKind::FullDate, DateKind::YearRange, DateKind::Year]);
        let s = sent("In May the 300 men left.");
        assert!((0..s.len()).all(|i| prep_date_at(&s, i).is_none()));
    }

    #[test]
    fn clause_start_skips_openers() {
        let s = sent("In 1898 Pierre and Marie Curie announced it.");
        let (c, d) = clause_start(&s);
        assert_eq!(s.word(c), "Pierre");
        assert_eq!(d.unwrap().kind, DateKind::Year);
        let s = sent("After the First World War, the League of Nations set up a body.");
        assert_eq!(s.word(clause_start(&s).0), "the");
        let s = sent("Similarly, the AU grew.");
        assert_eq!(s.word(clause_start(&s).0), "the");
    }

    #[test]
    fn phrase_ends_before_a_new_part() {
        let s = sent("It aimed to help states cooperate, for peaceful purposes only.");
        assert_eq!(s.span(2, phrase_end(&s, 2)), "to help states cooperate");
        let s = sent("It is a broad, single-masted vessel with a flat bottom, which sank.");
        assert_eq!(s.span(2, phrase_end(&s, 2)), "a broad, single-masted vessel with a flat bottom");
        let s = sent("It protects people who are not, or are no longer, fighting.");
        assert_eq!(s.span(1, phrase_end(&s, 1)), "protects people who are not, or are no longer, fighting");
    }

    #[test]
    fn lists_and_places() {
        let s = sent("It united France, Russia, and Britain.");
        let (end, items) = name_list_at(&s, 2).unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(s.span(2, end), "France, Russia, and Britain");
        let s = sent("It is in Geneva, Switzerland, and Washington, D.C., too.");
        let (first, all) = place_at(&s, 3).unwrap();
        assert_eq!(s.span(3, first), "Geneva");
        assert_eq!(s.span(3, all), "Geneva, Switzerland");
        let (first, _) = place_at(&s, 8).unwrap();
        assert_eq!(s.span(8, first), "Washington, D.C.");
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("NATO") && is_acronym("UAVs") && is_acronym("MINUSTAH") && is_acronym("G7"));
        assert!(!is_acronym("Nato") && !is_acronym("A") && !is_acronym("Ci"));
    }
}

/// Whether tokens a..b hold a hedge ("may", "often", "can") or a modal that makes the
/// claim something other than a plain fact.
pub fn is_hedged(s: &Sentence, a: usize, b: usize) -> bool {
    // "May" with a capital is the month; "the will of Alfred Nobel" is a noun
    let noun_use = |i: usize| i > 0 && matches!(s.lower(i - 1).as_ref(), "the" | "a" | "an" | "his" | "her" | "its" | "their");
    (a..b.min(s.len())).any(|i| crate::text::words::is_hedge(s.word(i)) && s.word(i) != "May" && !noun_use(i))
        || (a..b.min(s.len())).any(|i| s.is(i, "one") && s.is(i + 1, "of") && s.is(i + 2, "the"))
}

/// Adverbs that may stand inside a verb group ("was first held", "officially opened").
pub fn is_verb_adverb(w: &str) -> bool {
    with_lower(w, |l| {
        matches!(
            l,
            "first"
                | "originally"
                | "officially"
                | "formally"
                | "finally"
                | "eventually"
                | "later"
                | "also"
                | "jointly"
                | "initially"
                | "subsequently"
                | "then"
                | "again"
                | "only"
                | "still"
                | "once"
                | "successfully"
                | "legally"
                | "publicly"
        )
    })
}

/// The past of a particle verb's particle ("set up"): the particle after a participle.
pub fn particle_at(s: &Sentence, i: usize) -> Option<&str> {
    if i < s.len() && matches!(s.word(i), "up" | "out" | "down" | "off") { Some(s.word(i)) } else { None }
}
