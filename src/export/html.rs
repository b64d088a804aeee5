//! `--format html`: one self-contained page that quizzes the learner in any browser, offline.
//!
//! Rust decides what the file asks, with the terminal quiz's own [`plan`]: which items, in
//! which order, and how each is asked (options and their order, the true or false statement),
//! so `--seed` makes the same file as `quizgen quiz --seed` asks. The page only reshuffles the
//! order when the learner starts again. The page (`html/page.html`, `style.css`,
//! `matching.js`, `quiz.js`) is plain text included at build time; the questions go in as
//! JSON data (see [`data`]), and a Content-Security-Policy lets only that one inline script
//! and style run, so the file makes no request of any kind.

mod data;

use std::io::Write;

use anyhow::{Result, bail};
use base64::Engine as _;
use clap::Args;
use sha2::{Digest, Sha256};

use super::{Exporter, Skipped};
use crate::bank::{Item, ItemType};
use crate::quiz::plan::{Question, TypeChoice, plan};

/// The name users pass to `--format`.
pub const NAME: &str = "html";

const PAGE: &str = include_str!("html/page.html");
const STYLE: &str = include_str!("html/style.css");
/// The answer checker first: `quiz.js` calls its `judge`.
const SCRIPTS: [&str; 2] = [include_str!("html/matching.js"), include_str!("html/quiz.js")];

/// The options of `quizgen export` that only the HTML quiz has.
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "HTML quiz (--format html)")]
pub struct HtmlArgs {
    /// The quiz's title, shown at the top of the page. Default: "Quiz".
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// How many questions. Default: every matching item that can be asked.
    #[arg(long, value_name = "N")]
    pub count: Option<usize>,
    /// The same seed writes the same quiz (questions, order, options). Default: a new one each time.
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
}

impl HtmlArgs {
    /// For the other formats: none of these options may be given, rather than be ignored.
    pub fn reject(&self, format: &str) -> Result<()> {
        let given: Vec<&str> = [("--title", self.title.is_some()), ("--count", self.count.is_some()), ("--seed", self.seed.is_some())]
            .into_iter()
            .filter_map(|(name, set)| set.then_some(name))
            .collect();
        if !given.is_empty() {
            bail!(
                "{} only for --format html, not --format {format}",
                if given.len() == 1 { format!("{} is", given[0]) } else { format!("{} are", given.join(", ")) }
            );
        }
        Ok(())
    }
}

/// The HTML quiz, its options checked.
pub struct Html {
    title: String,
    count: usize,
    types: TypeChoice,
    type_name: String,
    seed: u64,
}

impl Html {
    /// Every option at its default: the whole selection, mixed types, a new seed.
    pub fn with_defaults() -> Html {
        Html { title: "Quiz".to_string(), count: usize::MAX, types: TypeChoice::Mixed, type_name: "mixed".to_string(), seed: rand::random() }
    }

    /// The options checked; `item_type` is `quizgen export --type`, which here may also be
    /// `mixed`.
    pub fn from_args(args: &HtmlArgs, item_type: Option<&str>) -> Result<Html> {
        let mut html = Html::with_defaults();
        if let Some(t) = item_type {
            let Some(types) = TypeChoice::parse(t) else {
                bail!("unknown --type '{t}'; use mc, tf, short, cloze or mixed");
            };
            html.types = types;
            html.type_name = t.to_string();
        }
        match args.count {
            Some(0) => bail!("--count must be at least 1"),
            Some(n) => html.count = n,
            None => {}
        }
        if let Some(t) = &args.title {
            if t.trim().is_empty() {
                bail!("--title must not be empty");
            }
            html.title = t.trim().to_string();
        }
        if let Some(s) = args.seed {
            html.seed = s;
        }
        Ok(html)
    }

    fn questions<'a>(&self, items: &[&'a Item]) -> Vec<Question<'a>> {
        plan(items, self.count, self.types, self.seed, false)
    }
}

impl Exporter for Html {
    fn name(&self) -> &'static str {
        NAME
    }

    /// `as_type` is always `None`: the page's type choice came with `from_args`.
    fn write(&self, items: &[&Item], _as_type: Option<ItemType>, out: &mut dyn Write) -> Result<Vec<Skipped>> {
        let questions = self.questions(items);
        if questions.is_empty() {
            bail!("none of the {} matching items can be asked as --type {}", items.len(), self.type_name);
        }
        out.write_all(page(&self.title, &data::embed(&self.title, &questions)?).as_bytes())?;
        // items left out by --count or --type are the quiz's choice, not a format's limit
        Ok(Vec::new())
    }

    fn summary(&self, items: &[&Item], _skipped: usize) -> String {
        let n = self.questions(items).len();
        let seed = self.seed;
        format!("a quiz of {n} question{} from {} items (seed {seed}: `--seed {seed}` writes the same quiz again)", if n == 1 { "" } else { "s" }, items.len())
    }
}

/// The page with its parts filled in. The policy allows exactly this style and this script
/// (by hash) and nothing else: no other script, style, image, font, frame or connection.
fn page(title: &str, data_json: &str) -> String {
    let script = SCRIPTS.join("\n");
    let csp = format!("default-src 'none'; script-src '{}'; style-src '{}'; base-uri 'none'; form-action 'none'", csp_hash(&script), csp_hash(STYLE));
    fill(PAGE, &[("CSP", &csp), ("TITLE", &super::markup::html_text(title)), ("STYLE", STYLE), ("DATA", data_json), ("SCRIPT", &script)])
}

fn csp_hash(text: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// Replace each `{{NAME}}` of the template in one pass, so a value is never searched for
/// markers itself (a question may well contain `{{DATA}}`).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else { break };
        let name = &rest[start + 2..start + len];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                out.push_str(&rest[..start]);
                out.push_str(v);
            }
            None => out.push_str(&rest[..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_markers_once_and_leaves_values_alone() {
        assert_eq!(fill("a{{X}}b{{Y}}c{{Z}}", &[("X", "{{Y}}"), ("Y", "2")]), "a{{Y}}b2c{{Z}}");
        assert_eq!(fill("{{X", &[("X", "1")]), "{{X");
    }

    #[test]
    fn the_title_is_escaped_and_the_policy_names_the_hashes_of_what_is_inline() {
        let p = page("<b>\"Quiz\" & 'more'</b>", "[]");
        assert!(p.contains("<title>&lt;b&gt;&quot;Quiz&quot; &amp; &#39;more&#39;&lt;/b&gt;</title>"), "{p}");
        let script = SCRIPTS.join("\n");
        assert!(p.contains(&format!("<script>{script}</script>")), "the script is inline exactly as hashed");
        assert!(p.contains(&format!("<style>{STYLE}</style>")), "the style is inline exactly as hashed");
        assert!(p.contains(&csp_hash(&script)) && p.contains(&csp_hash(STYLE)));
        assert!(!p.contains("{{"), "every marker is filled");
    }

    #[test]
    fn options_of_the_html_quiz_are_refused_for_other_formats() {
        assert!(HtmlArgs::default().reject("csv").is_ok());
        let e = HtmlArgs { title: Some("T".into()), seed: Some(1), ..HtmlArgs::default() }.reject("csv").unwrap_err();
        assert_eq!(e.to_string(), "--title, --seed are only for --format html, not --format csv");
    }
}
