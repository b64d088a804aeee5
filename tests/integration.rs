//! Behaviour tests of the `quizgen` binary, one test binary with a module per area
//! (like the `just` project). Each test works in its own temporary directory, writes
//! the course texts it needs and runs the real executable there.
//!
//! Run with `cargo test --test integration`.

#[path = "common/marks.rs"]
mod marks;
#[path = "integration/support.rs"]
mod support;
#[path = "integration/tools.rs"]
mod tools;
#[path = "integration/validators.rs"]
mod validators;

#[path = "integration/bad_input.rs"]
mod bad_input;
#[path = "integration/browser.rs"]
mod browser;
#[path = "integration/check.rs"]
mod check;
#[path = "integration/edit.rs"]
mod edit;
#[path = "integration/export.rs"]
mod export;
#[path = "integration/formats.rs"]
mod formats;
#[path = "integration/generate.rs"]
mod generate;
#[path = "integration/grade.rs"]
mod grade;
#[path = "integration/html.rs"]
mod html;
#[path = "integration/import.rs"]
mod import;
#[path = "integration/list_show.rs"]
mod list_show;
#[path = "integration/print.rs"]
mod print;
#[path = "integration/properties.rs"]
mod properties;
#[path = "integration/pty.rs"]
mod pty;
#[path = "integration/quiz.rs"]
mod quiz;
#[path = "integration/regenerate.rs"]
mod regenerate;
#[path = "integration/review.rs"]
mod review;
#[path = "integration/review_pty.rs"]
mod review_pty;
