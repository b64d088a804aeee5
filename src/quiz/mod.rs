//! The interactive quiz: which questions to ask ([`plan`], [`schedule`]), how a typed answer
//! is judged ([`matching`]), the session from first question to score ([`session`],
//! [`score`]), the prompts in a terminal ([`terminal`]) or as plain lines ([`lines`]), and
//! the learner's history of answers ([`history`]).

pub mod civil;
pub mod history;
pub mod lines;
pub mod matching;
pub mod plan;
pub mod schedule;
pub mod score;
pub mod session;
pub mod stats;
pub mod terminal;
