//! `quizgen check`: lint the bank; exit 1 when an item has an error.

use anyhow::{Result, bail};

use super::select::{Selection, load_bank, selected};
use crate::check::{Severity, check};
use crate::cli::CheckArgs;

pub fn run(args: CheckArgs) -> Result<()> {
    let json = match args.format.as_str() {
        "text" => false,
        "json" => true,
        f => bail!("unknown --format '{f}'; use text or json"),
    };
    let sel = Selection::from_filter(&args.filter)?;
    let files = load_bank(&args.bank.bank)?;
    let items = selected(&files, &sel);
    if items.is_empty() {
        bail!("no item of {} matches ({})", args.bank.bank.display(), sel.describe());
    }
    let findings = check(&items);
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    if json {
        let report = serde_json::json!({ "items": items.len(), "errors": errors, "warnings": warnings, "findings": findings });
        println!("{}", serde_json::to_string_pretty(&report).expect("findings serialize"));
    } else {
        for f in &findings {
            println!("{:<7}  {}  {:<22}  {}:{}  {}", f.severity.as_str(), f.id, f.rule, f.file, f.line, f.message);
        }
        println!("{} item{} checked: {errors} error{}, {warnings} warning{}", items.len(), plural(items.len()), plural(errors), plural(warnings));
    }
    if errors > 0 {
        bail!("{errors} error{} in {} (listed above): fix or reject those items", plural(errors), args.bank.bank.display());
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
