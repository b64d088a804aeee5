//! Developer tool: show what every rule family makes of the sentences given on the
//! command line (or of stdin, one paragraph per line), and what the gate says.
//!
//!     cargo run --example probe -- "NATO was formed in 1949."

use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = if args.is_empty() {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).expect("read stdin");
        s
    } else {
        args.join("\n\n")
    };
    let (found, _, _) = quizgen::generate::analyse(0, "probe", &text, false);
    let sentences = quizgen::text::sentences(0, &text, false);
    let casing = quizgen::text::casing::Casing::learn(&sentences);
    let entities = text.lines().filter(|l| !l.trim().is_empty()).take(3).fold(quizgen::extract::coref::Entities::learn(&sentences), |e, t| e.with_title(t));
    quizgen::text::casing::with_casing(casing, || {
        quizgen::extract::coref::with_entities(entities, || {
            let mut previous = None;
            for s in &sentences {
                println!("[{}] {}", s.line, s.text);
                for f in quizgen::generate::sentence_facts(&mut previous, s) {
                    let verdict = match quizgen::quality::judge(&f) {
                        Ok(c) => format!("ok {c:.2}"),
                        Err(r) => format!("REJECTED: {}", r.as_str()),
                    };
                    println!("    {:<10} {} -> {}   [{verdict}]", f.kind.as_str(), f.question, f.answer);
                }
            }
        })
    });
    println!("{} facts pass the gate", found.len());
}
