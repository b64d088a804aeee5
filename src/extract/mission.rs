//! Mission facts: what an organization, treaty or operation was created, designed,
//! tasked or aimed to do. Shapes:
//! - "ESA was set up to help European states cooperate …"
//! - "The ICRC is tasked with protecting the victims of armed conflict …"
//! - "The Bologna Process … was aimed at making higher education systems … easier to compare."
//! - "WHO is a specialized agency …, created with the goal of helping all peoples …"
//! - "the United Nations …, which aimed to promote peace and security globally"
//! - "the Confederation of Cologne, an alliance aimed at defeating King Valdemar IV"

use super::grammar::*;
use super::{AnswerType, Fact, Kind, capitalize};
use crate::text::Sentence;

/// Participles that, after "was", introduce a purpose with "to".
const PURPOSE_PARTICIPLES: &[&str] = &[
    "created",
    "established",
    "founded",
    "set",
    "designed",
    "formed",
    "drawn",
    "launched",
    "intended",
    "meant",
    "built",
    "organized",
    "organised",
    "developed",
    "convened",
    "introduced",
    "adopted",
    "signed",
    "mandated",
    "deployed",
    "commissioned",
    "instituted",
];

fn push(out: &mut Vec<Fact>, subject: String, question: String, answer: String, accept: Vec<String>, statement: (String, String), confidence: f32) {
    if answer.split_whitespace().count() < 2 || answer.split_whitespace().count() > 30 {
        return;
    }
    out.push(Fact { kind: Kind::Mission, subject, question, answer, accept, answer_type: AnswerType::Purpose, statement: Some(statement), confidence });
}

/// The purpose phrase at `i` ("to help …", "protecting …", "making …"): (start, end).
/// A phrase broken by an aside (", as stated in Article 1, “an order of …”") is cut
/// short: none.
fn purpose_at(s: &Sentence, i: usize) -> Option<(usize, usize)> {
    let end = phrase_end(s, i);
    if s.is(end, ",") && (s.is(end + 1, "as") || s.is(end + 1, "according") || s.is(end + 1, "in")) {
        return None;
    }
    let last = s.lower(end.saturating_sub(1));
    let dangling = matches!(last.as_ref(), "and" | "or" | "but" | "the" | "a" | "an" | "that" | "which");
    (end > i + 1 && !dangling).then_some((i, end))
}

fn accept_without_to(answer: &str) -> Vec<String> {
    answer.strip_prefix("to ").map(|r| vec![r.to_string()]).unwrap_or_default()
}

pub fn extract(s: &Sentence, out: &mut Vec<Fact>) {
    active_purpose(s, out);
    passive_purpose(s, out);
    aims(s, out);
    relative_aims(s, out);
    relative_purpose(s, out);
    appositive_aimed(s, out);
}

/// "X was set up to …", "X was designed to …", "X is tasked with …", "X was aimed at …",
/// "X was created with the goal of …"
fn passive_purpose(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(aux) = (start..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "was" | "were" | "is" | "are")) else { return };
    let Some((a, b)) = named_subject(s, start, aux) else { return };
    let be = s.lower(aux);
    let subject = embed(s, a, b);
    let mut p = aux + 1;
    if p < s.len() && is_verb_adverb(s.word(p)) {
        p += 1;
    }
    if is_hedged(s, start, p) {
        return;
    }
    let w = s.lower(p.min(s.len() - 1));
    match w.as_ref() {
        "tasked" | "charged" | "entrusted" if s.is(p + 1, "with") => {
            let Some((x, y)) = purpose_at(s, p + 2) else { return };
            let answer = s.span(x, y).to_string();
            let q = format!("What {be} {subject} {w} with?");
            let st = (format!("{} {be} {w} with ", capitalize(&subject)), ".".into());
            push(out, subject, q, answer, vec![], st, 0.9);
        }
        "aimed" if s.is(p + 1, "at") => {
            let Some((x, y)) = purpose_at(s, p + 2) else { return };
            let answer = s.span(x, y).to_string();
            let q = format!("What {be} {subject} aimed at?");
            let st = (format!("{} {be} aimed at ", capitalize(&subject)), ".".into());
            push(out, subject, q, answer, vec![], st, 0.85);
        }
        "dedicated" | "devoted" | "committed" if s.is(p + 1, "to") => {
            let Some((x, y)) = purpose_at(s, p + 2) else { return };
            let answer = s.span(x, y).to_string();
            let q = format!("What {be} {subject} {w} to?");
            let st = (format!("{} {be} {w} to ", capitalize(&subject)), ".".into());
            push(out, subject, q, answer, vec![], st, 0.85);
        }
        _ if PURPOSE_PARTICIPLES.contains(&w.as_ref()) => {
            let mut q_at = p + 1;
            let mut verb = w.clone();
            if let Some(part) = particle_at(s, q_at) {
                verb = format!("{w} {part}").into();
                q_at += 1;
            }
            if w == "set" && !verb.ends_with("up") || w == "drawn" && !verb.ends_with("up") {
                return;
            }
            // "created in 1948 to …": a date or place between
            if let Some(d) = prep_date_at(s, q_at) {
                q_at = d.end;
            }
            if s.is(q_at, "to") && q_at + 1 < s.len() && !is_capitalized(s.word(q_at + 1)) && !s.is(q_at + 1, "the") {
                let Some((x, y)) = purpose_at(s, q_at) else { return };
                let answer = s.span(x, y).to_string();
                let q = format!("What {be} {subject} {verb} to do?");
                let st = (format!("{} {be} {verb} ", capitalize(&subject)), ".".into());
                push(out, subject, q, answer.clone(), accept_without_to(&answer), st, 0.85);
            } else if s.is(q_at, "with")
                && s.is(q_at + 1, "the")
                && matches!(s.lower(q_at + 2).as_ref(), "goal" | "aim" | "purpose" | "mission" | "intention" | "objective")
                && s.is(q_at + 3, "of")
            {
                let noun = s.lower(q_at + 2);
                let Some((x, y)) = purpose_at(s, q_at + 4) else { return };
                let answer = s.span(x, y).to_string();
                let q = format!("With what {noun} {be} {subject} {verb}?");
                let accept = vec![format!("with the {noun} of {answer}")];
                let st = (format!("{} {be} {verb} with the {noun} of ", capitalize(&subject)), ".".into());
                push(out, subject, q, answer, accept, st, 0.85);
            }
        }
        _ => appositive_created(s, out, &subject, aux),
    }
}

/// "WHO is a specialized agency of the United Nations, created with the goal of …"
fn appositive_created(s: &Sentence, out: &mut Vec<Fact>, subject: &str, aux: usize) {
    let Some(c) =
        (aux + 1..s.len()).find(|&k| s.is(k, ",") && matches!(s.lower((k + 1).min(s.len() - 1)).as_ref(), "created" | "established" | "founded" | "set"))
    else {
        return;
    };
    // only when the clause before is a plain "X is a …" description
    if (aux + 1..c).any(|k| s.is(k, ",") || s.is(k, "which") || s.is(k, "that")) {
        return;
    }
    let verb = s.lower(c + 1);
    let q_at = c + 2;
    // created in the past whatever the tense of the description
    let be = if looks_plural(subject) { "were" } else { "was" };
    if s.is(q_at, "with") && s.is(q_at + 1, "the") && matches!(s.lower(q_at + 2).as_ref(), "goal" | "aim" | "purpose" | "mission") && s.is(q_at + 3, "of") {
        let noun = s.lower(q_at + 2);
        let Some((x, y)) = purpose_at(s, q_at + 4) else { return };
        let answer = s.span(x, y).to_string();
        let q = format!("With what {noun} {be} {subject} {verb}?");
        let accept = vec![format!("with the {noun} of {answer}")];
        let st = (format!("{} {be} {verb} with the {noun} of ", capitalize(subject)), ".".into());
        push(out, subject.to_string(), q, answer, accept, st, 0.8);
    } else if s.is(q_at, "to") && !s.is(q_at + 1, "the") {
        let Some((x, y)) = purpose_at(s, q_at) else { return };
        let answer = s.span(x, y).to_string();
        let q = format!("What {be} {subject} {verb} to do?");
        let st = (format!("{} {be} {verb} ", capitalize(subject)), ".".into());
        push(out, subject.to_string(), q, answer.clone(), accept_without_to(&answer), st, 0.8);
    }
}

/// Verbs whose object + "to …" is a complement, not a purpose ("allowed countries to engage").
/// Nouns whose infinitive is their complement, not a purpose ("the right to vote").
const COMPLEMENT_NOUNS: &[&str] = &[
    "power",
    "powers",
    "right",
    "rights",
    "ability",
    "authority",
    "freedom",
    "capacity",
    "chance",
    "opportunity",
    "permission",
    "obligation",
    "duty",
    "need",
    "desire",
    "decision",
    "willingness",
    "attempt",
    "attempts",
    "plan",
    "plans",
    "option",
    "mandate",
    "objective",
    "objectives",
    "effort",
    "efforts",
    "idea",
    "bid",
    "goal",
    "goals",
    "aim",
    "commitment",
    "pledge",
    "promise",
    "licence",
    "license",
];

const COMPLEMENT_VERBS: &[&str] = &[
    "became",
    "hired",
    "employed",
    "recruited",
    "engaged",
    "paid",
    "instructed",
    "remained",
    "allowed",
    "asked",
    "enabled",
    "helped",
    "wanted",
    "encouraged",
    "forced",
    "required",
    "urged",
    "permitted",
    "invited",
    "expected",
    "persuaded",
    "ordered",
    "told",
    "taught",
    "advised",
    "caused",
    "led",
    "inspired",
    "pushed",
    "pressured",
    "got",
    "needed",
    "liked",
    "preferred",
    "chose",
    "decided",
    "agreed",
    "tried",
    "attempted",
    "sought",
    "hoped",
    "planned",
    "continued",
    "began",
    "started",
    "failed",
    "refused",
    "promised",
    "offered",
    "managed",
    "tended",
    "obliged",
    "compelled",
    "authorized",
    "authorised",
    "empowered",
    "challenged",
    "convinced",
    "prompted",
    "trained",
    "appointed",
    "elected",
    "named",
    "called",
    "declared",
    "believed",
    "considered",
    "found",
    "made",
    "let",
    "had",
    "was",
    "were",
    "did",
    "seemed",
    "appeared",
    "used",
];

/// "The United Nations has implemented various peacekeeping initiatives to promote stability …"
fn active_purpose(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| {
        let w = s.lower(i);
        crate::lexicon::verb_from_past(&w).is_some()
            && !COMPLEMENT_VERBS.contains(&w.as_ref())
            && !is_capitalized(s.word(i))
            && named_subject(s, start, if s.is(i - 1, "has") || s.is(i - 1, "have") { i - 1 } else { i }).is_some()
    }) else {
        return;
    };
    let perfect = s.is(v - 1, "has") || s.is(v - 1, "have");
    let subj_end = if perfect { v - 1 } else { v };
    if s.is(v - 1, "was") || s.is(v - 1, "were") || s.is(v - 1, "is") || s.is(v - 1, "are") || s.is(v - 1, "been") {
        return;
    }
    let Some((a, b)) = named_subject(s, start, subj_end) else { return };
    let Some(to) = (v + 1..s.len().min(v + 10)).find(|&k| s.is(k, "to")) else { return };
    if (v + 1..to).any(|k| matches!(s.word(k), "," | ";" | "(" | "that" | "which" | "who" | "is" | "are" | "was" | "were"))
        || to == v + 1
        || !(s.kind(to + 1) == Some(crate::text::token::Kind::Word) && crate::lexicon::verb(s.word(to + 1)).is_some() && !is_capitalized(s.word(to + 1)))
    {
        return;
    }
    if s.is(v, "set") && !s.is(v + 1, "up") || is_hedged(s, start, to) {
        return;
    }
    // "sent a letter urging Japan to end …": the infinitive is what the object is urged to do
    let urges = |k: usize| {
        let w = s.lower(k);
        ["urg", "ask", "persuad", "encourag", "forc", "allow", "invit", "order", "requir", "enabl", "help", "compel", "oblig", "permit", "press"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    if (v + 1..to).any(urges) {
        return;
    }
    // "signed away their power to control tariffs", "implemented the objective of the
    // UNFCCC to fight …": the infinitive may complete the noun, not say a purpose
    if (v + 1..to).any(|k| COMPLEMENT_NOUNS.contains(&s.lower(k).as_ref())) {
        return;
    }
    let Some(verb) = crate::lexicon::verb_from_past(s.word(v)) else { return };
    let subject = embed(s, a, b);
    let object = clean_span(s, v + 1, to);
    let Some((x, y)) = purpose_at(s, to) else { return };
    let answer = s.span(x, y).to_string();
    let q = if perfect {
        format!("For what purpose {} {subject} {} {object}?", s.lower(v - 1).into_owned(), verb.participle)
    } else {
        format!("For what purpose did {subject} {} {object}?", verb.base)
    };
    let st = (
        format!(
            "{} {}{} {object} ",
            capitalize(&subject),
            if perfect { format!("{} ", s.lower(v - 1).into_owned()) } else { String::new() },
            s.lower(v).into_owned()
        ),
        ".".into(),
    );
    push(out, subject, q, answer.clone(), accept_without_to(&answer), st, 0.8);
}

/// "X aims to …", "X's mission is to …"
fn aims(s: &Sentence, out: &mut Vec<Fact>) {
    let (start, _) = clause_start(s);
    let Some(v) = (start + 1..s.len().min(start + 40)).find(|&i| matches!(s.lower(i).as_ref(), "aims" | "aimed" | "seeks" | "sought" | "strives" | "exists"))
    else {
        return;
    };
    if !s.is(v + 1, "to") || s.is(v - 1, "was") || s.is(v - 1, "is") {
        return;
    }
    let Some((a, b)) = named_subject(s, start, v) else { return };
    if is_hedged(s, start, v) {
        return;
    }
    let subject = embed(s, a, b);
    let verb = s.lower(v);
    let (aux, base) = match verb.as_ref() {
        "aims" => ("does", "aim"),
        "aimed" => ("did", "aim"),
        "seeks" => ("does", "seek"),
        "sought" => ("did", "seek"),
        "strives" => ("does", "strive"),
        _ => ("does", "exist"),
    };
    let aux = if looks_plural(&subject) && aux == "does" { "do" } else { aux };
    let Some((x, y)) = purpose_at(s, v + 1) else { return };
    let answer = s.span(x, y).to_string();
    let q = if base == "exist" { format!("Why {aux} {subject} exist?") } else { format!("What {aux} {subject} {base} to do?") };
    let st = (format!("{} {verb} ", capitalize(&subject)), ".".into());
    push(out, subject, q, answer.clone(), accept_without_to(&answer), st, 0.85);
}

/// The named antecedent of a relative clause opened by the comma at `c`, past a trailing
/// "in 1945", an appositive participle (", established in 1949") and a parenthesis.
fn antecedent(s: &Sentence, c: usize) -> Option<(usize, usize)> {
    let mut end = c;
    if end >= 2 && is_year(s.word(end - 1)) && s.is(end - 2, "in") {
        end -= 2;
    }
    // ", established in 1949" before this comma: step back over it
    if let Some(k) = (end.saturating_sub(6)..end).rev().find(|&k| s.is(k, ","))
        && crate::lexicon::verb_from_participle(s.word(k + 1)).is_some()
        && s.word(k + 1).ends_with("ed")
    {
        end = k;
    }
    if s.is(end - 1, ")") {
        end = (0..end).rev().find(|&k| s.is(k, "("))?;
    }
    let (a, b) = named_np_ending_at(s, end)?;
    (a == 0 || !s.is(a - 1, ",")).then_some((a, b))
}

/// "NATO, established in 1949, which has fostered cooperation among its member states to
/// ensure collective defense …"
fn relative_purpose(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len() {
        if !(s.is(c, ",") && s.is(c + 1, "which")) {
            continue;
        }
        let mut v = c + 2;
        let perfect = s.is(v, "has") || s.is(v, "have");
        if perfect {
            v += 1;
        }
        let w = s.lower(v.min(s.len() - 1));
        let Some(verb) = crate::lexicon::verb_from_past(&w).or_else(|| crate::lexicon::verb_from_participle(&w).filter(|_| perfect)) else { continue };
        if COMPLEMENT_VERBS.contains(&w.as_ref()) {
            continue;
        }
        let Some(to) = (v + 1..s.len().min(v + 10)).find(|&k| s.is(k, "to")) else { continue };
        if to == v + 1
            || (v + 1..to).any(|k| matches!(s.word(k), "," | ";" | "(" | "that" | "which"))
            || !(crate::lexicon::verb(s.word(to + 1)).is_some() && !is_capitalized(s.word(to + 1)))
        {
            continue;
        }
        let Some((a, b)) = antecedent(s, c) else { continue };
        if is_hedged(s, c, to) {
            continue;
        }
        let subject = embed(s, a, b);
        let object = clean_span(s, v + 1, to);
        let Some((x, y)) = purpose_at(s, to) else { continue };
        let answer = s.span(x, y).to_string();
        let aux = if perfect { s.lower(c + 2).into_owned() } else { "did".into() };
        let verb_form = if perfect { verb.participle } else { verb.base };
        let q = format!("For what purpose {aux} {subject} {verb_form} {object}?");
        let st = (format!("{} {}{w} {object} ", capitalize(&subject), if perfect { format!("{aux} ") } else { String::new() }), ".".into());
        push(out, subject, q, answer.clone(), accept_without_to(&answer), st, 0.75);
    }
}

/// "the United Nations in 1945, which aimed to promote peace and security globally"
fn relative_aims(s: &Sentence, out: &mut Vec<Fact>) {
    for c in 1..s.len() {
        if !(s.is(c, ",")
            && (s.is(c + 1, "which") || s.is(c + 1, "that"))
            && matches!(s.lower((c + 2).min(s.len() - 1)).as_ref(), "aimed" | "aims" | "seeks" | "sought")
            && s.is(c + 3, "to"))
        {
            continue;
        }
        // the antecedent: the name before the comma, past a trailing "in 1945"
        let mut end = c;
        if end >= 2 && is_year(s.word(end - 1)) && s.is(end - 2, "in") {
            end -= 2;
        }
        let Some((a, b)) = named_np_ending_at(s, end) else { continue };
        // "alliances with Western European nations and Turkey, which aimed …": the last of
        // several nouns is not what "which" points back to
        // "a new peace delegation led by Leon Trotsky, which aimed …": nor the agent of a participle
        if a > 0 && matches!(s.lower(a - 1).as_ref(), "," | "and" | "or" | "with" | "to" | "from" | "between" | "among" | "against" | "for" | "by") {
            continue;
        }
        let subject = embed(s, a, b);
        let present = s.word(c + 2).ends_with('s');
        let aux = if present { if looks_plural(&subject) { "do" } else { "does" } } else { "did" };
        let base = if s.word(c + 2).starts_with("seek") || s.word(c + 2) == "sought" { "seek" } else { "aim" };
        let Some((x, y)) = purpose_at(s, c + 3) else { continue };
        let answer = s.span(x, y).to_string();
        let q = format!("What {aux} {subject} {base} to do?");
        let st = (format!("{} {} ", capitalize(&subject), s.lower(c + 2).into_owned()), ".".into());
        push(out, subject, q, answer.clone(), accept_without_to(&answer), st, 0.8);
    }
}

/// "the Confederation of Cologne, an alliance aimed at defeating King Valdemar IV",
/// "NATO … symbolizes a significant military collaboration aimed at collective defense."
fn appositive_aimed(s: &Sentence, out: &mut Vec<Fact>) {
    let Some(at) = (0..s.len()).find(|&i| s.is(i, "aimed") && s.is(i + 1, "at")) else { return };
    // back to the indefinite article of the noun phrase that "aimed at" modifies
    let Some(det) = (at.saturating_sub(6)..at).rev().find(|&k| s.is(k, "a") || s.is(k, "an")) else { return };
    if (det + 1..at).any(|k| !matches!(s.kind(k), Some(crate::text::token::Kind::Word)) || crate::text::words::is_function_word(s.word(k))) {
        return;
    }
    let (start, _) = clause_start(s);
    let owner = if det > 0 && s.is(det - 1, ",") {
        // appositive: "NAME, an alliance aimed at …"
        named_np_ending_at(s, det - 1).filter(|(a, _)| *a == 0 || !s.is(a - 1, ","))
    } else {
        // "NAME symbolizes/is a … aimed at"
        let Some(v) = det.checked_sub(1) else { return };
        let vw = s.lower(v);
        let copular = matches!(
            vw.as_ref(),
            "is" | "was" | "symbolizes" | "symbolises" | "represents" | "represented" | "symbolized" | "symbolised" | "constitutes" | "remains" | "became"
        );
        // "the United States and South Korea maintain a … partnership aimed at …": ask
        // about "the … partnership of the United States and South Korea"
        let holds = matches!(
            vw.as_ref(),
            "maintain"
                | "maintains"
                | "maintained"
                | "formed"
                | "form"
                | "forms"
                | "established"
                | "created"
                | "signed"
                | "launched"
                | "run"
                | "runs"
                | "ran"
                | "lead"
                | "leads"
                | "led"
                | "operate"
                | "operates"
                | "operated"
        );
        if holds {
            let Some((a, b)) = named_subject(s, start, v) else { return };
            if is_hedged(s, start, at) {
                return;
            }
            let owner = embed(s, a, b);
            let noun = s.span(det + 1, at).to_string();
            let present = matches!(vw.as_ref(), "maintain" | "maintains" | "form" | "forms" | "run" | "runs" | "lead" | "leads" | "operate" | "operates");
            let be = if present { "is" } else { "was" };
            let Some((x, y)) = purpose_at(s, at + 2) else { return };
            let answer = s.span(x, y).to_string();
            let subject = format!("the {noun} of {owner}");
            let q = format!("What {be} {subject} aimed at?");
            let st = (format!("{} {be} aimed at ", capitalize(&subject)), ".".into());
            push(out, subject, q, answer, vec![], st, 0.75);
            return;
        }
        if !copular { None } else { named_subject(s, start, v) }
    };
    let Some((a, b)) = owner else { return };
    if is_hedged(s, start, at) {
        return;
    }
    let subject = embed(s, a, b);
    let past = (0..s.len()).any(|k| matches!(s.lower(k).as_ref(), "was" | "were" | "formed" | "founded" | "represented" | "symbolized" | "became"));
    let be = match (looks_plural(&subject), past) {
        (true, true) => "were",
        (true, false) => "are",
        (false, true) => "was",
        (false, false) => "is",
    };
    let Some((x, y)) = purpose_at(s, at + 2) else { return };
    let answer = s.span(x, y).to_string();
    let q = format!("What {be} {subject} aimed at?");
    let st = (format!("{} {be} aimed at ", capitalize(&subject)), ".".into());
    push(out, subject, q, answer, vec![], st, 0.8);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::qa;

    fn p(q: &str, a: &str) -> (String, String) {
        (q.to_string(), a.to_string())
    }

    #[test]
    fn purposes_after_a_passive_verb() {
        assert_eq!(
            qa(extract, "ESA was set up to help European states cooperate in space research and technology, for peaceful purposes only."),
            [p("What was ESA set up to do?", "to help European states cooperate in space research and technology")]
        );
        assert_eq!(
            qa(
                extract,
                "The first Geneva Convention, signed in Geneva on 22 August 1864, was designed to ensure that wounded soldiers received care whichever side they had fought on."
            ),
            [p("What was the first Geneva Convention designed to do?", "to ensure that wounded soldiers received care whichever side they had fought on")]
        );
        assert_eq!(
            qa(extract, "The Rust Foundation was established on 8 February 2021 to support the maintainers of the language and look after its trademarks."),
            [p("What was the Rust Foundation established to do?", "to support the maintainers of the language and look after its trademarks")]
        );
        assert_eq!(
            qa(extract, "The ICRC is tasked with protecting the victims of armed conflict and bringing them assistance."),
            [p("What is the ICRC tasked with?", "protecting the victims of armed conflict and bringing them assistance")]
        );
        assert_eq!(
            qa(extract, "The Bologna Process, named after a declaration, was aimed at making higher education systems in Europe easier to compare."),
            [p("What was the Bologna Process aimed at?", "making higher education systems in Europe easier to compare")]
        );
        assert_eq!(
            qa(
                extract,
                "WHO is a specialized agency of the United Nations, created with the goal of helping all peoples reach the highest possible level of health."
            ),
            [p("With what goal was WHO created?", "helping all peoples reach the highest possible level of health")]
        );
        assert_eq!(
            qa(extract, "The Magna Charta Universitatum was drawn up to defend the independence of universities from political and economic power."),
            [p("What was the Magna Charta Universitatum drawn up to do?", "to defend the independence of universities from political and economic power")]
        );
    }

    #[test]
    fn aims_in_clauses_and_appositives() {
        // the relative clause ends at the comma before the main verb
        assert_eq!(
            qa(extract, "The Baghdad Pact, which aimed to contain Soviet influence in the Middle East, was signed in 1955."),
            [p("What did the Baghdad Pact aim to do?", "to contain Soviet influence in the Middle East")]
        );
        assert_eq!(
            qa(extract, "The concept grew with the establishment of the United Nations in 1945, which aimed to promote peace and security globally."),
            [p("What did the United Nations aim to do?", "to promote peace and security globally")]
        );
        assert_eq!(
            qa(extract, "In 1367 Hanseatic and Dutch towns formed the Confederation of Cologne, an alliance aimed at defeating King Valdemar IV of Denmark."),
            [p("What was the Confederation of Cologne aimed at?", "defeating King Valdemar IV of Denmark")]
        );
        assert_eq!(
            qa(extract, "NATO, or the North Atlantic Treaty Organization, symbolizes a significant military collaboration aimed at collective defense."),
            [p("What is NATO aimed at?", "collective defense")]
        );
        assert_eq!(
            qa(extract, "Greenpeace aims to protect the oceans and the forests of the world."),
            [p("What does Greenpeace aim to do?", "to protect the oceans and the forests of the world")]
        );
    }

    #[test]
    fn purposes_of_actions() {
        assert_eq!(
            qa(extract, "The United Nations has implemented various peacekeeping initiatives to promote stability and order in conflict-afflicted regions."),
            [p(
                "For what purpose has the United Nations implemented various peacekeeping initiatives?",
                "to promote stability and order in conflict-afflicted regions"
            )]
        );
        assert_eq!(qa(extract, "In 1950 Turkey sent troops to Korea."), Vec::<(String, String)>::new());
        assert_eq!(qa(extract, "In 1884 Edison hired Tesla to work for his Edison Machine Works."), Vec::<(String, String)>::new());
        assert_eq!(qa(extract, "The Partnership for Peace program allowed non-NATO countries to engage in training."), Vec::<(String, String)>::new());
    }

    #[test]
    fn purposes_in_relative_clauses_and_held_partnerships() {
        assert_eq!(
            qa(
                extract,
                "One such partnership is the North Atlantic Treaty Organization (NATO), established in 1949, which has fostered cooperation among its member states to ensure collective defense against potential threats."
            ),
            [p(
                "For what purpose has the North Atlantic Treaty Organization fostered cooperation among its member states?",
                "to ensure collective defense against potential threats"
            )]
        );
        assert_eq!(
            qa(
                extract,
                "For instance, the United States and South Korea maintain a longstanding bilateral military partnership aimed at deterring aggression from North Korea and ensuring regional stability."
            ),
            [p(
                "What is the longstanding bilateral military partnership of the United States and South Korea aimed at?",
                "deterring aggression from North Korea and ensuring regional stability"
            )]
        );
    }

    #[test]
    fn yields_nothing_for_unnamed_or_hedged_purposes() {
        for t in [
            "Notable examples included U.S. alliances with Western European nations and Turkey, which aimed to deter Soviet advances in Europe.",
            "Initiatives aimed at strengthening diplomatic ties among diverse military forces will enhance mutual understanding.",
            "These partnerships are designed to address mutual defense concerns.",
            "Each of these groups aims to address regional conflicts.",
            "International military collaboration encompasses various strategic objectives aimed at enhancing global security.",
            "The collaboration ultimately serves to bolster global defense strategies.",
            "Finally, addressing these political differences requires diplomatic efforts aimed at fostering trust.",
            "The alliance may be designed to deter attacks.",
            // the infinitive completes "power", it is no purpose
            "The Chinese signed away their power to control tariffs on imported goods.",
            "The Kyoto Protocol implemented the objective of the UNFCCC to fight global warming.",
            "The Kellogg–Briand Pact represented a significant international effort to prevent future conflicts.",
            "King William II of the Netherlands sent a letter urging Japan to end the isolation policy.",
            // "which" is the delegation's, not the leader's
            "The Soviets sent a new peace delegation led by Leon Trotsky, which aimed to stall the negotiations.",
        ] {
            assert!(qa(extract, t).is_empty(), "{t}: {:?}", qa(extract, t));
        }
    }
}
