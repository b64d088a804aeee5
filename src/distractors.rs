//! Distractors for multiple choice and false statements: of the same type and form as
//! the answer, drawn from the whole course first (other years, names, places,
//! definitions), built-in lists or careful perturbations second; never equal to,
//! contained in, or as true as the answer. Deterministic: the same course gives the
//! same distractors.

use std::collections::{HashMap, HashSet};

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use crate::extract::grammar::DateKind;
use crate::gazetteer::{CITIES, COUNTRIES, is_city, is_country};
use crate::extract::{AnswerType, Fact};
use crate::text::words::{MONTHS, is_function_word, month_index};

const WANTED: usize = 3;

const PEOPLE: &[&str] = &["Isaac Newton", "Louis Pasteur", "Florence Nightingale", "Albert Einstein", "Charles Darwin", "Alexander Fleming", "Ada Lovelace", "Robert Schuman", "Jean Monnet", "Woodrow Wilson", "Winston Churchill", "Otto von Bismarck"];

/// Words by initial for abbreviation expansions that keep the letters: "North Atlantic
/// Trade Organization" for "North Atlantic Treaty Organization".
const NAME_WORDS: &[&str] = &[
    "American", "Atlantic", "Asian", "African", "Association", "Agency", "Alliance", "Arctic", "British", "Bureau", "Board", "Baltic", "Council", "Committee", "Central", "Commission", "Cooperation", "Community", "Conference", "Coalition", "Defense", "Development", "Democratic", "Eastern", "European", "Economic", "Environmental", "Emergency", "Federal", "Foundation", "Forum", "Force", "General", "Global", "Governmental", "Health", "Human", "High", "International", "Institute", "Intergovernmental", "Joint", "Justice", "League", "Liberation", "Military", "Mutual", "Mission", "Maritime", "National", "Nations", "North", "Nuclear", "Northern", "Organization", "Office", "Operations", "Pacific", "Peace", "Program", "Partnership", "Regional", "Research", "Relief", "Security", "Services", "Southern", "Scientific", "Standards", "Strategic", "Treaty", "Trade", "Transatlantic", "Technical", "United", "Union", "Universal", "Western", "World", "Workers",
];

/// Everything the course says, seen from one answer type.
pub struct Pools<'a> {
    by_type: HashMap<AnswerType, Vec<&'a str>>,
    /// answers known true of each subject (normalized), so none becomes a distractor
    truths: HashMap<String, HashSet<String>>,
    /// words of the course by initial letter, for perturbing expansions
    vocabulary: Vec<String>,
    /// descriptions that answer a "Who" question
    personal: HashSet<&'a str>,
}

fn looks_personal(question: &str) -> bool {
    question.starts_with("Who ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlaceClass {
    Country,
    City,
    Other,
}

/// Words that make a place a building or site rather than a town.
const FACILITY_WORDS: &[&str] = &["Stadium", "Headquarters", "Centre", "Center", "Hall", "Palace", "Building", "Institute", "University", "Museum", "Park", "Square", "Church", "Cathedral", "Castle", "Tower", "Hotel", "Theatre", "Theater", "Station", "Airport", "Port", "Laboratory", "School", "College", "Library", "Hospital", "Sorbonne"];

fn place_class(name: &str) -> PlaceClass {
    if is_country(name) {
        PlaceClass::Country
    } else if !is_city(name) && name.split_whitespace().any(|w| FACILITY_WORDS.contains(&w)) {
        PlaceClass::Other
    } else {
        PlaceClass::City
    }
}

pub fn normalize(s: &str) -> String {
    let l = s.to_lowercase().replace('’', "'");
    let cleaned: String = l.chars().map(|c| if c.is_alphanumeric() || c.is_whitespace() { c } else { ' ' }).collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    while words.first().is_some_and(|w| matches!(*w, "in" | "on" | "at" | "by" | "the" | "a" | "an")) {
        words.remove(0);
    }
    words.join(" ")
}

impl<'a> Pools<'a> {
    pub fn new(facts: &'a [&'a Fact]) -> Pools<'a> {
        let mut by_type: HashMap<AnswerType, Vec<&str>> = HashMap::new();
        let mut truths: HashMap<String, HashSet<String>> = HashMap::new();
        let mut vocab: HashSet<String> = HashSet::new();
        for f in facts {
            let list = by_type.entry(f.answer_type).or_default();
            if !list.contains(&f.answer.as_str()) {
                list.push(&f.answer);
            }
            let t = truths.entry(normalize(&f.subject)).or_default();
            t.insert(normalize(&f.answer));
            for a in &f.accept {
                t.insert(normalize(a));
            }
            if f.answer_type == AnswerType::Expansion {
                for w in f.answer.split_whitespace() {
                    if w.len() >= 4 && !is_function_word(w) {
                        vocab.insert(w.to_string());
                    }
                }
            }
        }
        for list in by_type.values_mut() {
            list.sort_unstable();
        }
        let mut vocabulary: Vec<String> = vocab.into_iter().collect();
        vocabulary.sort();
        let personal = facts.iter().filter(|f| f.answer_type == AnswerType::Description && looks_personal(&f.question)).map(|f| f.answer.as_str()).collect();
        Pools { by_type, truths, vocabulary, personal }
    }

    /// Up to three distractors for `f`, seeded by `seed` (the item id).
    pub fn for_fact(&self, f: &Fact, seed: u64) -> Vec<String> {
        let mut rng = StdRng::seed_from_u64(seed);
        let answer_n = normalize(&f.answer);
        let truths = self.truths.get(&normalize(&f.subject));
        let question_n = normalize(&f.question);
        let answer_spelling = spelling(&answer_n);
        let ok = |d: &str| {
            let n = normalize(d);
            !n.is_empty()
                && n != answer_n
                // "Organisation" for "Organization" is the same answer
                && spelling(&n) != answer_spelling
                && !(n.len() > 6 && edit_distance(&n, &answer_n) <= 1)
                && !n.contains(&answer_n)
                && !answer_n.contains(&n)
                && !truths.is_some_and(|t| t.contains(&n))
                // a distractor named in the question would be odd ("Who founded X?" -> X)
                && !question_n.contains(&n)
        };
        let mut out: Vec<String> = Vec::new();
        let add = |cands: Vec<String>, out: &mut Vec<String>| {
            for c in cands {
                if out.len() >= WANTED {
                    break;
                }
                if ok(&c) && !out.iter().any(|o| normalize(o) == normalize(&c)) {
                    out.push(c);
                }
            }
        };
        match f.answer_type {
            AnswerType::Date(kind) => add(dates(&f.answer, kind, self.pool(f.answer_type), &mut rng), &mut out),
            AnswerType::Expansion => {
                // only expansions that still spell the abbreviation: another name would be
                // ruled out by its letters alone
                add(perturbed_expansions(&f.answer, &self.vocabulary, &mut rng), &mut out);
            }
            AnswerType::Description => {
                // a person's description for a person, a thing's for a thing
                let person = looks_personal(&f.question);
                add(self.similar(f, &mut rng).into_iter().filter(|c| self.is_personal_answer(c) == person).collect(), &mut out);
            }
            AnswerType::Place => {
                // a country for a country, a city for a city, a building for a building
                let class = place_class(&f.answer);
                let same: Vec<String> = self.similar(f, &mut rng).into_iter().filter(|c| place_class(c) == class).collect();
                add(same, &mut out);
                match class {
                    PlaceClass::Country => add(shuffled(COUNTRIES, &mut rng), &mut out),
                    PlaceClass::City => add(shuffled(CITIES, &mut rng), &mut out),
                    PlaceClass::Other => {}
                }
            }
            AnswerType::Person => {
                add(self.similar(f, &mut rng), &mut out);
                add(shuffled(PEOPLE, &mut rng), &mut out);
            }
            AnswerType::List => add(swapped_lists(f, self, f.kind == crate::extract::Kind::Location, &mut rng), &mut out),
            AnswerType::Name | AnswerType::Abbreviation => {
                let shape = Shape::of(&f.answer);
                let head = common_head(&f.answer);
                let mut cands: Vec<String> = self.similar(f, &mut rng).into_iter().filter(|c| Shape::of(c) == shape && common_head(c) == head).collect();
                if shape.person {
                    cands.extend(self.pool(AnswerType::Person).iter().map(|p| p.to_string()));
                }
                add(cands, &mut out);
            }
            _ => add(self.similar(f, &mut rng), &mut out),
        }
        out
    }

    /// Whether a description in the pool was asked with "Who".
    fn is_personal_answer(&self, answer: &str) -> bool {
        self.personal.contains(answer)
    }

    fn pool(&self, t: AnswerType) -> &[&'a str] {
        self.by_type.get(&t).map_or(&[], Vec::as_slice)
    }

    /// Course answers of the same type, closest in length first (ties shuffled).
    fn similar(&self, f: &Fact, rng: &mut StdRng) -> Vec<String> {
        let mut cands: Vec<&str> = self.pool(f.answer_type).to_vec();
        cands.shuffle(rng);
        let len = f.answer.split_whitespace().count() as i64;
        let form = starts_with_to(&f.answer);
        cands.sort_by_key(|c| {
            let l = c.split_whitespace().count() as i64;
            let form_penalty = if starts_with_to(c) != form { 100 } else { 0 };
            (l - len).abs() + form_penalty
        });
        cands.into_iter().map(str::to_string).collect()
    }
}

/// The outward form of a name answer: options must share it (Haladyna's homogeneous
/// options): a person's name for a person, a pair for a pair, lower case for lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    person: bool,
    pair: bool,
    lower: bool,
}

impl Shape {
    fn of(s: &str) -> Shape {
        Shape {
            person: crate::extract::founder::looks_like_person(s) && s.split_whitespace().count() >= 2,
            pair: s.contains(" and ") || s.contains(", "),
            lower: s.chars().next().is_some_and(char::is_lowercase),
        }
    }
}

/// The last word of a name when it is a common noun ("Cut" in "Gaillard Cut"): a
/// distractor for a thing's name must be the same sort of thing.
fn common_head(name: &str) -> Option<String> {
    let last = name.split_whitespace().last()?.trim_matches(|c: char| !c.is_alphanumeric());
    crate::lexicon::pos(last).is_some_and(|p| p.contains('n')).then(|| last.to_lowercase())
}

/// British and American spellings compare equal: "organisation" = "organization".
fn spelling(s: &str) -> String {
    s.replace("isation", "ization").replace("ise ", "ize ").replace("our", "or").replace("centre", "center")
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn starts_with_to(s: &str) -> bool {
    s.starts_with("to ")
}

fn shuffled(list: &[&str], rng: &mut StdRng) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    v.shuffle(rng);
    v
}

/// Years near the answer (from the course first), or the same date moved.
fn dates(answer: &str, kind: DateKind, pool: &[&str], rng: &mut StdRng) -> Vec<String> {
    const LATEST: i64 = 2026;
    match kind {
        DateKind::Year => {
            let Ok(y) = answer.parse::<i64>() else { return vec![] };
            let mut near: Vec<String> = pool.iter().filter_map(|p| p.parse::<i64>().ok()).filter(|p| (p - y).abs() <= 25 && *p != y).map(|p| p.to_string()).collect();
            near.shuffle(rng);
            near.truncate(1);
            let mut offsets = vec![-7i64, -4, -2, 3, 5, 9, 12];
            offsets.shuffle(rng);
            near.extend(offsets.into_iter().map(|o| y + o).filter(|&c| c <= LATEST && c > 0).map(|c| c.to_string()));
            near
        }
        DateKind::Decade => {
            let Ok(y) = answer.trim_end_matches('s').rsplit(' ').next().unwrap_or("").parse::<i64>() else { return vec![] };
            let prefix = answer.rsplit_once(' ').map(|(p, _)| format!("{p} ")).unwrap_or_default();
            let mut offsets = vec![-20i64, -10, 10, 20, -30];
            offsets.shuffle(rng);
            offsets.into_iter().map(|o| y + o).filter(|&c| c <= 2020).map(|c| format!("{prefix}{c}s")).collect()
        }
        DateKind::YearRange => {
            let Some((a, b)) = answer.split_once(['–', '-']) else { return vec![] };
            let sep = if answer.contains('–') { "–" } else { "-" };
            let (Ok(ya), Ok(yb)) = (a.parse::<i64>(), b.parse::<i64>()) else { return vec![] };
            let width = b.len();
            let mut offsets = vec![-12i64, -5, 4, 9, 15];
            offsets.shuffle(rng);
            offsets
                .into_iter()
                .filter(|&o| ya + o <= LATEST)
                .map(|o| {
                    let m = 10i64.pow(width as u32);
                    let end = if width == 4 { yb + o } else { (yb + o).rem_euclid(m) };
                    format!("{}{sep}{:0w$}", ya + o, end, w = width)
                })
                .collect()
        }
        DateKind::FullDate | DateKind::MonthYear => {
            let parts: Vec<&str> = answer.split_whitespace().collect();
            let Some(yi) = parts.iter().position(|p| p.trim_end_matches(',').parse::<i64>().is_ok_and(|y| y > 999)) else { return vec![] };
            let Ok(y) = parts[yi].trim_end_matches(',').parse::<i64>() else { return vec![] };
            let Some(mi) = parts.iter().position(|p| month_index(p.trim_end_matches(',')).is_some()) else { return vec![] };
            let abbreviated = parts[mi].trim_end_matches(',').ends_with('.') || parts[mi].len() <= 4 && parts[mi].to_lowercase() != "may" && parts[mi].to_lowercase() != "june" && parts[mi].to_lowercase() != "july";
            let with = |month: Option<&str>, year: i64| -> String {
                let mut p: Vec<String> = parts.iter().map(|s| s.to_string()).collect();
                if let Some(m) = month {
                    p[mi] = m.to_string();
                }
                p[yi] = year.to_string();
                p.join(" ")
            };
            let trailing_comma = parts[mi].ends_with(',');
            let month_name = |i: usize| {
                let m = MONTHS[i % 12];
                let mut c = m.chars();
                let full = c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default();
                let name = if abbreviated && full.len() > 4 { format!("{}.", &full[..3]) } else { full };
                if trailing_comma { format!("{name},") } else { name }
            };
            let cur = month_index(parts[mi].trim_end_matches(',')).unwrap_or(0);
            let mut yoffs = vec![-3i64, -1, 2, 4, 6];
            yoffs.shuffle(rng);
            let mut mofs = vec![2usize, 4, 5, 7, 9];
            mofs.shuffle(rng);
            let day_ok = |m: usize| -> bool {
                // 31 March never becomes 31 April
                let day: Option<u32> = parts.iter().find_map(|p| p.trim_end_matches(',').parse::<u32>().ok().filter(|d| *d <= 31));
                let max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m % 12];
                day.is_none_or(|d| d <= max)
            };
            let mut out = vec![with(None, y + yoffs[0])];
            if let Some(m) = mofs.iter().map(|o| (cur + o) % 12).find(|&m| day_ok(m)) {
                out.push(with(Some(&month_name(m)), y));
            }
            out.push(with(None, y + yoffs[1]));
            out.push(with(None, y + yoffs[2]));
            out.retain(|d| d.split_whitespace().filter_map(|p| p.trim_end_matches(',').parse::<i64>().ok()).all(|n| n <= LATEST));
            out
        }
    }
}

/// The expansion with one word replaced by another of the same initial: the letters
/// still spell the abbreviation, so only knowing the name tells them apart.
fn perturbed_expansions(answer: &str, vocabulary: &[String], rng: &mut StdRng) -> Vec<String> {
    let words: Vec<&str> = answer.split_whitespace().collect();
    // only ordinary words are swapped, each for one of the same part of speech
    let class = |w: &str| crate::lexicon::pos(w).map(|p| if p.contains('n') { 'n' } else if p.contains('a') { 'a' } else { 'x' });
    let mut positions: Vec<usize> = (0..words.len()).filter(|&i| !is_function_word(words[i]) && words[i].len() >= 3 && class(words[i]).is_some_and(|c| c != 'x')).collect();
    positions.shuffle(rng);
    let mut out = Vec::new();
    for &p in &positions {
        let w = words[p];
        let initial = w.chars().next().unwrap_or(' ');
        let upper = initial.is_uppercase();
        let wanted = class(w);
        let mut cands: Vec<String> = vocabulary
            .iter()
            .cloned()
            .chain(NAME_WORDS.iter().map(|s| s.to_string()))
            .filter(|c| c.chars().next().is_some_and(|ci| ci.to_lowercase().eq(initial.to_lowercase())) && c.to_lowercase() != w.to_lowercase() && !words.contains(&c.as_str()) && class(c) == wanted && c.chars().next().is_some_and(|ci| ci.is_uppercase()))
            .collect();
        cands.sort();
        cands.dedup();
        cands.shuffle(rng);
        if let Some(c) = cands.into_iter().next() {
            let c = if upper { c } else { c.to_lowercase() };
            let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            ws[p] = c;
            out.push(ws.join(" "));
        }
    }
    out
}

/// The list with one member replaced by a name of the same sort from elsewhere.
fn swapped_lists(f: &Fact, pools: &Pools, of_places: bool, rng: &mut StdRng) -> Vec<String> {
    let items = split_list(&f.answer);
    if items.len() < 2 {
        return vec![];
    }
    // lower-case noun phrases ("a laboratory of …") have no members to swap
    if items.iter().any(|i| i.chars().next().is_some_and(char::is_lowercase) && !i.starts_with("the ")) {
        return vec![];
    }
    let countries = items.iter().filter(|i| is_country(strip_aside(i))).count() * 2 > items.len();
    let people = items.iter().all(|i| Shape::of(i).person);
    let places = of_places || items.iter().all(|i| is_city(i) || pools.pool(AnswerType::Place).contains(&i.as_str()));
    let mut replacements: Vec<String> = if countries {
        COUNTRIES.iter().map(|s| s.to_string()).collect()
    } else if places {
        let mut v: Vec<String> = pools.pool(AnswerType::Place).iter().map(|s| s.to_string()).filter(|p| place_class(p) == PlaceClass::City).collect();
        v.extend(CITIES.iter().map(|s| s.to_string()));
        v
    } else {
        // members of other lists are the same sort of thing; people may also come from
        // the course's other people
        let mut v: Vec<String> = pools.pool(AnswerType::List).iter().flat_map(|l| split_list(l)).collect();
        if people {
            v.extend(pools.pool(AnswerType::Person).iter().map(|s| s.to_string()));
        }
        v.retain(|r| Shape::of(r).person == people && !Shape::of(r).pair && !r.chars().next().is_some_and(char::is_lowercase) && !is_country(r) && !is_city(r));
        v
    };
    let item_norms: HashSet<String> = items.iter().map(|i| normalize(i)).collect();
    replacements.retain(|r| !item_norms.contains(&normalize(r)) && r.split_whitespace().count() <= 8);
    replacements.sort();
    replacements.dedup();
    replacements.shuffle(rng);
    let mut positions: Vec<usize> = (0..items.len()).collect();
    positions.shuffle(rng);
    let mut out = Vec::new();
    for (k, &p) in positions.iter().enumerate() {
        let Some(r) = replacements.get(k) else { break };
        let mut v = items.clone();
        v[p] = r.clone();
        out.push(join_like(&f.answer, &v));
    }
    out
}

/// "Saudi Arabia (the de facto leader)" -> "Saudi Arabia".
fn strip_aside(item: &str) -> &str {
    item.split(" (").next().unwrap_or(item).trim()
}

/// "A, B, and C" -> [A, B, C] (commas inside parentheses kept).
pub fn split_list(s: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for ch in s.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if ch == ',' && depth == 0 {
            items.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(ch);
        }
    }
    items.push(cur.trim().to_string());
    let last = items.pop().unwrap_or_default();
    let mut out: Vec<String> = items.into_iter().filter(|i| !i.is_empty()).collect();
    // with a serial comma ("…, and Y") the last item is whole; without, "X and Y" splits
    match last.strip_prefix("and ") {
        Some(whole) => out.push(whole.to_string()),
        None => match last.rsplit_once(" and ") {
            Some((a, b)) => {
                out.push(a.trim().to_string());
                out.push(b.trim().to_string());
            }
            None => out.push(last),
        },
    }
    out.into_iter().map(|i| i.strip_prefix("and ").unwrap_or(&i).to_string()).collect()
}

/// Join items the way the original list was written (with or without the serial comma).
fn join_like(original: &str, items: &[String]) -> String {
    let serial = original.contains(", and ");
    let n = items.len();
    let mut s = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            if i == n - 1 {
                s.push_str(if serial { ", and " } else { " and " });
            } else {
                s.push_str(", ");
            }
        }
        s.push_str(it);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Kind;

    fn fact(subject: &str, q: &str, a: &str, t: AnswerType) -> Fact {
        Fact { kind: Kind::Date, subject: subject.into(), question: q.into(), answer: a.into(), accept: vec![], answer_type: t, statement: None, confidence: 0.9 }
    }

    #[test]
    fn years_stay_near_and_never_repeat_a_true_year() {
        let a = fact("NATO", "In which year was NATO established?", "1949", AnswerType::Date(DateKind::Year));
        let b = fact("NATO", "In which year did NATO expand?", "1952", AnswerType::Date(DateKind::Year));
        let c = fact("the Warsaw Pact", "In which year was the Warsaw Pact formed?", "1955", AnswerType::Date(DateKind::Year));
        let facts = [&a, &b, &c];
        let pools = Pools::new(&facts);
        let d = pools.for_fact(&a, 7);
        assert_eq!(d.len(), 3);
        assert!(!d.contains(&"1952".to_string()), "{d:?}");
        assert!(d.iter().all(|y| (y.parse::<i64>().unwrap() - 1949).abs() <= 25));
        assert_eq!(d, pools.for_fact(&a, 7), "deterministic");
    }

    #[test]
    fn full_dates_keep_their_form() {
        let a = fact("X", "On what date was X signed?", "31 March 1949", AnswerType::Date(DateKind::FullDate));
        let facts = [&a];
        let d = Pools::new(&facts).for_fact(&a, 1);
        assert_eq!(d.len(), 3);
        for x in &d {
            let parts: Vec<&str> = x.split(' ').collect();
            assert_eq!(parts.len(), 3, "{x}");
            assert!(!x.starts_with("31 April") && !x.starts_with("31 June") && !x.starts_with("31 September") && !x.starts_with("31 November"), "{x}");
        }
    }

    #[test]
    fn expansions_keep_their_letters() {
        let a = fact("NATO", "What does the abbreviation NATO stand for?", "North Atlantic Treaty Organization", AnswerType::Expansion);
        let facts = [&a];
        let d = Pools::new(&facts).for_fact(&a, 3);
        assert_eq!(d.len(), 3);
        for x in &d {
            let initials: String = x.split_whitespace().map(|w| w.chars().next().unwrap()).collect();
            assert_eq!(initials, "NATO", "{x}");
        }
    }

    #[test]
    fn lists_swap_one_member() {
        let a = fact("the Triple Alliance", "Which countries made up the Triple Alliance?", "Germany, Austria-Hungary, and Italy", AnswerType::List);
        let facts = [&a];
        let d = Pools::new(&facts).for_fact(&a, 5);
        assert_eq!(d.len(), 3);
        for x in &d {
            let items = split_list(x);
            assert_eq!(items.len(), 3, "{x}");
            let same = items.iter().filter(|i| ["Germany", "Austria-Hungary", "Italy"].contains(&i.as_str())).count();
            assert_eq!(same, 2, "{x}");
        }
        assert_eq!(split_list("WHO, Rotary International, the U.S. Centers for Disease Control and Prevention and UNICEF").len(), 4);
        assert_eq!(split_list("the ICRC, the Federation, and the National Red Cross and Red Crescent Societies").len(), 3);
        assert_eq!(split_list("Amazon Web Services (AWS), Google, Huawei, Microsoft and Mozilla"), ["Amazon Web Services (AWS)", "Google", "Huawei", "Microsoft", "Mozilla"]);
    }
}
