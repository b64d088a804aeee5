//! Ctrl-C outside inquire's prompts. At a terminal inquire reads Ctrl-C as a key while it
//! prompts; a piped review, and a terminal between two prompts, get SIGINT instead, which
//! would end the process without the summary. `catch` turns SIGINT into a flag that the
//! review checks, and `Stdin` is standard input whose blocking read gives way to it, so
//! every Ctrl-C ends the review the same way: summary, exit status 130.

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Whether Ctrl-C was pressed since `catch`.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// The error a read gives when Ctrl-C was pressed; see `is_interrupt`.
#[derive(Debug)]
struct Interrupt;

impl std::fmt::Display for Interrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted")
    }
}

impl std::error::Error for Interrupt {}

/// Whether a read failed because of Ctrl-C. (Not `ErrorKind::Interrupted`: readers retry
/// on that, which is just what must not happen here.)
pub fn is_interrupt(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<Interrupt>())
}

#[cfg(unix)]
extern "C" fn on_sigint(_: libc::c_int) {
    // an atomic store is all a signal handler may safely do here
    REQUESTED.store(true, Ordering::SeqCst);
}

/// Catch SIGINT for the rest of the process. Without SA_RESTART, so that a read blocked
/// on standard input returns and sees the flag.
#[cfg(unix)]
pub fn catch() {
    // SAFETY: `action` is fully initialized (zeroed, then the handler and an empty mask
    // set) before sigaction reads it; the handler only stores to an atomic.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Elsewhere Ctrl-C keeps its default: the process ends, with every decision saved.
#[cfg(not(unix))]
pub fn catch() {}

/// Standard input, read unbuffered from its file descriptor (wrap it in a `BufReader`);
/// a read fails with `is_interrupt` once Ctrl-C is pressed.
pub struct Stdin;

impl Read for Stdin {
    #[cfg(unix)]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if requested() {
                return Err(io::Error::other(Interrupt));
            }
            // SAFETY: the buffer is valid for `buf.len()` bytes of writing.
            let n = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
            if n >= 0 {
                return Ok(n as usize);
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }

    #[cfg(not(unix))]
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::stdin().read(buf)
    }
}
