//! `quizgen export`: the selected items in one format, to a file (atomically) or stdout.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::select::{Selection, load_bank, selected};
use crate::bank::store::write_atomic;
use crate::cli::ExportArgs;
use crate::export::html::{self, Html};
use crate::export::{Exporter, by_name};

pub fn run(args: ExportArgs) -> Result<()> {
    // the HTML quiz has options of its own; the other formats refuse them
    let format: Box<dyn Exporter> = if args.format == html::NAME {
        Box::new(Html::from_args(&args.html)?)
    } else {
        let f = by_name(&args.format)?;
        args.html.reject(&args.format)?;
        f
    };
    let sel = Selection::from_filter(&args.filter)?;
    if let Some(out) = &args.output {
        let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        if !dir.is_dir() {
            bail!("cannot write {}: the directory {} does not exist", out.display(), dir.display());
        }
        // a .json file among the bank's own would be read as a bank file next time
        let same_dir = std::fs::canonicalize(dir).ok().zip(std::fs::canonicalize(&args.bank.bank).ok()).is_some_and(|(a, b)| a == b);
        if same_dir && out.extension().is_some_and(|e| e == "json") {
            bail!(
                "cannot write {} inside the bank directory {}: it would be read as a bank file; choose another directory",
                out.display(),
                args.bank.bank.display()
            );
        }
    }
    let files = load_bank(&args.bank.bank)?;
    let items = selected(&files, &sel);
    if items.is_empty() {
        bail!("no item matches ({})", sel.describe());
    }
    let mut buf = Vec::new();
    format.write(&items, &mut buf)?;
    match &args.output {
        Some(out) => {
            let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            write_atomic(dir, out, &buf).with_context(|| format!("writing {}", out.display()))?;
            eprintln!("{} -> {}", format.summary(&items), out.display());
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
