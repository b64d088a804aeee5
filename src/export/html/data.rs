//! The questions as the page's JSON data, in a form that cannot end its `<script>` element
//! early nor be read as markup: `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`
//! (and U+2028/U+2029 escaped too, for older JavaScript parsers). Only strings can hold those
//! characters in JSON, so the escapes change no value.

use serde::Serialize;

use crate::extract::Kind;
use crate::quiz::plan::{Asked, Question};

/// Everything the page needs, and nothing it does not (no status, confidence or tags).
#[derive(Serialize)]
struct Data<'a> {
    title: &'a str,
    /// names this quiz's saved progress in the browser, so two quiz files never share it
    id: String,
    /// every kind, in the order the score lists them
    kinds: Vec<&'static str>,
    questions: Vec<Embedded<'a>>,
}

#[derive(Serialize)]
struct Embedded<'a> {
    kind: &'static str,
    #[serde(rename = "type")]
    item_type: &'static str,
    /// the question (mc, short), the statement shown (tf) or the sentence with its blank (cloze)
    text: &'a str,
    #[serde(flatten)]
    how: How<'a>,
    file: &'a str,
    line: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
enum How<'a> {
    Choice {
        options: &'a [String],
        correct: usize,
    },
    TrueFalse {
        truth: bool,
        /// the true statement, for the feedback when the shown one was false
        statement: &'a str,
    },
    /// the answer first (shown in feedback), then its accepted variants; distractors are
    /// never forgiven as a typo
    Typed {
        accept: Vec<&'a str>,
        distractors: &'a [String],
    },
}

fn embedded<'a>(q: &'a Question) -> Embedded<'a> {
    let it = q.item;
    let (text, how) = match &q.asked {
        Asked::Choice { options, correct } => (it.question.as_str(), How::Choice { options, correct: *correct }),
        Asked::TrueFalse { statement, truth } => (statement.as_str(), How::TrueFalse { truth: *truth, statement: &it.statement }),
        Asked::Short | Asked::Cloze => {
            let accept = std::iter::once(it.answer.as_str()).chain(it.accept.iter().map(String::as_str)).collect();
            let text = if q.asked == Asked::Short { &it.question } else { &it.cloze };
            (text.as_str(), How::Typed { accept, distractors: &it.distractors })
        }
    };
    Embedded { kind: it.kind.as_str(), item_type: q.item_type().as_str(), text, how, file: &it.source.file, line: it.source.line, sentence: &it.sentence }
}

/// The JSON to put between `<script type="application/json">` and `</script>`.
pub fn embed(title: &str, questions: &[Question]) -> serde_json::Result<String> {
    let questions: Vec<Embedded> = questions.iter().map(embedded).collect();
    let body = serde_json::to_string(&(title, &questions))?;
    let id = blake3::hash(body.as_bytes()).to_hex()[..16].to_string();
    let kinds = Kind::ALL.map(Kind::as_str).to_vec();
    let json = serde_json::to_string(&Data { title, id, kinds, questions })?;
    Ok(script_safe(&json))
}

fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Item, ItemType};
    use crate::quiz::plan::tests::item;
    use crate::quiz::plan::{TypeChoice, plan};

    #[test]
    fn hostile_text_cannot_close_the_script_and_reads_back_the_same() {
        let mut it = item("q00000000001", "1949");
        it.question = "</script><img src=x onerror=alert(1)> & <!-- \u{2028}\u{2029}".to_string();
        let qs = plan(&[&it as &Item], 1, TypeChoice::Only(ItemType::Short), 1, false);
        let json = embed("T", &qs).unwrap();
        for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!json.contains(bad), "{bad:?} in {json}");
        }
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["questions"][0]["text"], it.question.as_str());
    }

    #[test]
    fn each_way_of_asking_carries_what_the_page_needs_to_judge_it() {
        let it = item("q00000000002", "1949");
        let one = |t| {
            let qs = plan(&[&it as &Item], 1, TypeChoice::Only(t), 3, false);
            let v: serde_json::Value = serde_json::from_str(&embed("T", &qs).unwrap()).unwrap();
            v["questions"][0].clone()
        };
        let mc = one(ItemType::Mc);
        assert_eq!(mc["options"][mc["correct"].as_u64().unwrap() as usize], "1949");
        let tf = one(ItemType::Tf);
        assert_eq!(tf["statement"], it.statement.as_str());
        assert_eq!(tf["text"].as_str().unwrap().contains("1949"), tf["truth"].as_bool().unwrap());
        let short = one(ItemType::Short);
        assert_eq!(short["accept"], serde_json::json!(["1949", "in 1949"]));
        assert_eq!(short["text"], it.question.as_str());
        assert_eq!(one(ItemType::Cloze)["text"], it.cloze.as_str());
        assert_eq!(short["file"], "course/a.txt");
        assert_eq!(short["sentence"], it.sentence.as_str());
    }

    #[test]
    fn another_quiz_has_another_id() {
        let a = item("q00000000003", "1949");
        let b = item("q00000000004", "1950");
        let id = |it: &Item| {
            let qs = plan(&[it], 1, TypeChoice::Only(ItemType::Short), 1, false);
            serde_json::from_str::<serde_json::Value>(&embed("T", &qs).unwrap()).unwrap()["id"].clone()
        };
        assert_ne!(id(&a), id(&b));
        assert_eq!(id(&a), id(&a));
    }
}
