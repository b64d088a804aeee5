//! `quizgen export`: the selected items in one format, to a file (atomically) or stdout;
//! every item the format could not hold is named on stderr with the reason.

use std::io::{IsTerminal, Write};

use anyhow::{Context, Result, bail};

use super::output;
use super::select::{Selection, load_bank, selected};
use crate::bank::ItemType;
use crate::cli::ExportArgs;
use crate::export::html::{self, Html};
use crate::export::{Exporter, by_name};

pub fn run(args: ExportArgs) -> Result<()> {
    // the HTML quiz plans its questions itself (its --type may be mixed) and has options of
    // its own; the other formats refuse those options
    let (format, as_type): (Box<dyn Exporter>, Option<ItemType>) = if args.format == html::NAME {
        (Box::new(Html::from_args(&args.html, args.item_type.as_deref())?), None)
    } else {
        let format = by_name(&args.format)?;
        args.html.reject(&args.format)?;
        let as_type = match &args.item_type {
            Some(t) => {
                Some(ItemType::parse(t).with_context(|| format!("unknown type '{t}'; known types: {}", ItemType::ALL.map(ItemType::as_str).join(", ")))?)
            }
            None => None,
        };
        (format, as_type)
    };
    let sel = Selection::from_filter(&args.filter)?;
    if let Some(out) = &args.output {
        output::check_writable(out)?;
        let dir = output::dir_of(out);
        // a .json file among the bank's own would be read as a bank file next time
        let same_dir = std::fs::canonicalize(dir).ok().zip(std::fs::canonicalize(&args.bank.bank).ok()).is_some_and(|(a, b)| a == b);
        if same_dir && out.extension().is_some_and(|e| e == "json") {
            bail!(
                "cannot write {} inside the bank directory {}: it would be read as a bank file; choose another directory",
                out.display(),
                args.bank.bank.display()
            );
        }
    } else if format.binary() && std::io::stdout().is_terminal() {
        bail!("the {} format is a binary file: give the output file with -o FILE", format.name());
    }
    let files = load_bank(&args.bank.bank)?;
    let items: Vec<_> = selected(&files, &sel).into_iter().filter(|it| as_type.is_none_or(|t| it.types.contains(&t))).collect();
    if items.is_empty() {
        let ty = as_type.map(|t| format!(", type {}", t.as_str())).unwrap_or_default();
        bail!("no item matches ({}{ty})", sel.describe());
    }
    let mut buf = Vec::new();
    let skipped = format.write(&items, as_type, &mut buf)?;
    let reasons: Vec<String> = skipped.iter().map(|s| format!("skipped {}: {}", s.id, s.reason)).collect();
    let written = items.len() - skipped.len();
    if written == 0 {
        bail!("none of the {} selected items fits the {} format; nothing was written:\n  {}", items.len(), format.name(), reasons.join("\n  "));
    }
    for r in &reasons {
        eprintln!("{r}");
    }
    match &args.output {
        Some(out) => {
            output::write(out, &buf)?;
            let left_out = if skipped.is_empty() { String::new() } else { format!(" ({} skipped)", skipped.len()) };
            eprintln!("{} -> {}{left_out}", format.summary(&items, skipped.len()), out.display());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            // a closed pipe (`| head`) is not an error worth a message
            if let Err(e) = stdout.write_all(&buf).and_then(|_| stdout.flush())
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                return Err(e.into());
            }
        }
    }
    Ok(())
}
