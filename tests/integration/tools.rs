//! The outside programs the HTML quiz's tests need: node (for the JavaScript answer checker
//! and the browser driver) and Debian's chromium, with playwright-core (pinned by
//! `tests/browser/package-lock.json`, installed under target/ by `tests/browser/setup.sh`,
//! no browser download) to drive it. Where one is missing the test is skipped with a message,
//! except under CI (`CI` set), where it fails: a green CI must mean the tests ran.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether the program answers `--version`.
fn runs(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Give up on a test for want of `what`: under CI this fails the test, elsewhere it is skipped.
fn skip(what: &str) {
    assert!(std::env::var_os("CI").is_none(), "{what} is needed for this test under CI (.ci/run installs it)");
    eprintln!("SKIPPED: {what} not found (install it to run this test; under CI it fails instead)");
}

/// Whether node runs; `false` means the test is to be skipped.
pub fn node() -> bool {
    let ok = runs("node");
    if !ok {
        skip("node (apt-get install -y nodejs)");
    }
    ok
}

/// What a browser test needs.
pub struct Browser {
    pub chromium: PathBuf,
    /// the folder whose node_modules holds playwright-core
    pub driver: PathBuf,
}

/// Chromium ($QUIZGEN_CHROMIUM, else /usr/bin/chromium) and the driver, installed once per run.
pub fn browser() -> Option<&'static Browser> {
    if !node() {
        return None;
    }
    let chromium = std::env::var_os("QUIZGEN_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if !chromium.is_file() {
        skip(&format!("chromium at {} (apt-get install -y chromium)", chromium.display()));
        return None;
    }
    static DRIVER: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let driver = DRIVER.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-driver");
        let out = Command::new("bash").arg(root().join("tests/browser/setup.sh")).arg(&dir).output().map_err(|e| format!("running setup.sh: {e}"))?;
        if !out.status.success() {
            return Err(format!("tests/browser/setup.sh failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)));
        }
        Ok(dir)
    });
    // a failed install is an error, not something to skip: node and npm were there
    let driver = driver.as_ref().unwrap_or_else(|e| panic!("{e}"));
    static BROWSER: OnceLock<Browser> = OnceLock::new();
    Some(BROWSER.get_or_init(|| Browser { chromium, driver: driver.clone() }))
}
