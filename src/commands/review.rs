//! `quizgen review`: the selected items one by one, each decision saved at once, and a
//! summary at the end, on `q`, or on Ctrl-C (then with exit status 130), whether Ctrl-C
//! comes as inquire's key or as a signal.

use std::io::{self, BufReader, IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::Interrupted;
use super::select::Selection;
use crate::bank::{BankError, store};
use crate::cli::ReviewArgs;
use crate::review::interrupt;
use crate::review::open::{Opened, open};
use crate::review::prompt::LinePrompter;
use crate::review::queue::Order;
use crate::review::session::{End, Session};
use crate::review::terminal::TerminalPrompter;

pub fn run(args: ReviewArgs) -> Result<()> {
    let mut filter = args.filter.clone();
    if filter.statuses.is_empty() {
        filter.statuses = vec!["generated".into()];
    }
    let sel = Selection::from_filter(&filter)?;
    let Some(order) = Order::parse(&args.order) else { bail!("unknown order '{}'; known orders: confidence, source", args.order) };
    let dir = args.bank.bank.as_path();
    let lock = lock_existing(dir)?;
    // read under the lock: no other quizgen can change the bank during the review; the
    // first item is shown as soon as it is known, the rest of the bank parsed after it
    let Opened { mut files, queue, first_shown } = open(dir, &sel, order, |first| {
        // as the prompters show an item: the text and a line
        println!("{first}");
        let _ = io::stdout().flush();
    })?;
    if queue.is_empty() {
        bail!("nothing to review in {}: no item matches ({})", dir.display(), sel.describe());
    }
    let mut session = Session::new(&mut files, &lock, queue);
    // when the preview showed another item than the queue starts with (it read a file
    // laid out unusually), the session shows its own first item
    if first_shown {
        session.first_shown();
    }
    interrupt::catch();
    let result = if io::stdin().is_terminal() {
        session.run(&mut TerminalPrompter)
    } else {
        session.run(&mut LinePrompter::new(BufReader::new(interrupt::Stdin), io::stdout()))
    };
    let how = match result {
        Ok(End::Done) => "done",
        Ok(End::Quit) => "stopped",
        Ok(End::Interrupted) => "interrupted",
        Err(_) => "failed",
    };
    println!("Review {how}: {}", session.summary());
    match result {
        // every decision is already on disk; `main` sets the exit status
        Ok(End::Interrupted) => {
            io::stdout().flush()?;
            Err(Interrupted.into())
        }
        Ok(_) => Ok(()),
        Err(e) => Err(e).context("the review stopped; every decision before this one is saved"),
    }
}

/// The bank's lock, for a bank that exists (taking a lock would create the directory).
pub fn lock_existing(dir: &Path) -> Result<store::BankLock, BankError> {
    if !dir.is_dir() {
        return Err(BankError::Missing { dir: dir.to_path_buf() });
    }
    store::lock(dir)
}
