//! Behaviour tests of the `quizgen` binary, one test binary with a module per area
//! (like the `just` project). Each test works in its own temporary directory, writes
//! the course texts it needs and runs the real executable there.
//!
//! Run with `cargo test --test integration`.

#[path = "integration/support.rs"]
mod support;

#[path = "integration/bad_input.rs"]
mod bad_input;
#[path = "integration/check.rs"]
mod check;
#[path = "integration/export.rs"]
mod export;
#[path = "integration/generate.rs"]
mod generate;
#[path = "integration/grade.rs"]
mod grade;
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
