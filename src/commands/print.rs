//! `quizgen print`: test versions and their answer key, every file written whole or not at all.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use rayon::prelude::*;

use super::output;
use super::select::{Selection, load_bank, selected};
use crate::cli::PrintArgs;
use crate::extract::Kind;
use crate::print::versions::{Draw, Spec, build};
use crate::print::{Format, Layout, Mode, key, render};
use crate::quiz::plan::TypeChoice;

pub fn run(args: PrintArgs) -> Result<()> {
    let sel = Selection::from_filter(&args.filter)?;
    let Some(types) = TypeChoice::parse(&args.item_type) else {
        bail!("unknown --type '{}'; use mc, tf, short, cloze or mixed", args.item_type);
    };
    if args.versions == 0 {
        bail!("--versions must be at least 1");
    }
    let draw = match args.count {
        Some(0) => bail!("--count must be at least 1"),
        Some(k) => Draw::Same(k),
        None => Draw::PerKind(args.pools.iter().map(|p| parse_pool(p)).collect::<Result<_>>()?),
    };
    let format = format(&args)?;
    let outputs = outputs(&args)?;
    for (path, _) in &outputs {
        output::check_writable(path)?;
    }

    let files = load_bank(&args.bank.bank)?;
    let items = selected(&files, &sel);
    if items.is_empty() {
        bail!("no item of {} matches ({})", args.bank.bank.display(), sel.describe());
    }
    let seed = args.seed.unwrap_or_else(rand::random);
    let spec = Spec { title: args.title.clone(), versions: args.versions, seed, types, draw };
    let key = build(&items, &spec, &format!("match ({})", sel.describe()))?;

    // everything is made in memory first, so a failure leaves no file behind; the test and
    // its key are laid out at the same time (each takes about a second as PDF)
    let docs: Vec<(&PathBuf, Vec<u8>)> = outputs
        .par_iter()
        .map(|(path, what)| {
            let bytes = match what {
                Output::Test => render(&Layout::new(&key, Mode::Test), format)?,
                Output::KeyDocument => render(&Layout::new(&key, Mode::Key), format)?,
                Output::KeyJson => key::to_json(&key),
            };
            Ok((path, bytes))
        })
        .collect::<Result<_>>()?;
    for (path, bytes) in &docs {
        output::write(path, bytes)?;
    }
    let count = key.versions.first().map_or(0, |v| v.questions.len());
    let written: Vec<String> = docs.iter().map(|(p, _)| p.display().to_string()).collect();
    eprintln!(
        "{} version{} × {count} questions (seed {seed}: `--seed {seed}` prints the same again) -> {}",
        args.versions,
        if args.versions == 1 { "" } else { "s" },
        written.join(", ")
    );
    Ok(())
}

/// What one output file holds.
enum Output {
    Test,
    KeyDocument,
    KeyJson,
}

/// The files to write: the test, and with `--key` the key document and its JSON (or only
/// the JSON, when the key file named is a .json).
fn outputs(args: &PrintArgs) -> Result<Vec<(PathBuf, Output)>> {
    let mut out = vec![(args.output.clone(), Output::Test)];
    if let Some(k) = &args.key {
        let json = k.with_extension("json");
        if k.extension().is_none_or(|e| e != "json") {
            out.push((k.clone(), Output::KeyDocument));
        }
        out.push((json, Output::KeyJson));
    }
    for (i, (a, _)) in out.iter().enumerate() {
        if out[..i].iter().any(|(b, _)| same_path(a, b)) {
            bail!("the test and its key would both be written to {}; give --key another file name", a.display());
        }
    }
    Ok(out)
}

fn same_path(a: &Path, b: &Path) -> bool {
    a == b || std::path::absolute(a).ok().zip(std::path::absolute(b).ok()).is_some_and(|(a, b)| a == b)
}

/// `--format`, or the output's extension, or PDF.
fn format(args: &PrintArgs) -> Result<Format> {
    let known = || Format::ALL.map(Format::as_str).join(", ");
    if let Some(f) = &args.format {
        return Format::parse(f).ok_or_else(|| anyhow::anyhow!("unknown --format '{f}'; known formats: {}", known()));
    }
    Ok(args.output.extension().and_then(|e| Format::parse(&e.to_string_lossy())).unwrap_or(Format::Pdf))
}

/// `KIND=N`, as in `--pool date=5`.
fn parse_pool(s: &str) -> Result<(Kind, usize)> {
    let Some((kind, n)) = s.split_once('=') else { bail!("--pool '{s}': write KIND=N, for example --pool date=5") };
    let Some(kind) = Kind::parse(kind.trim()) else { bail!("--pool '{s}': unknown kind '{kind}'; known kinds: {}", Kind::ALL.map(Kind::as_str).join(", ")) };
    match n.trim().parse::<usize>() {
        Ok(n) if n > 0 => Ok((kind, n)),
        _ => bail!("--pool '{s}': N must be a whole number of at least 1"),
    }
}
