//! quizgen: course text in, reviewed question bank out.

pub mod bank;
pub mod check;
pub mod cli;
pub mod commands;
pub mod distractors;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod generate;
pub mod grade;
pub mod import;
pub mod lexicon;
pub mod print;
pub mod quality;
pub mod quiz;
pub mod realize;
pub mod review;
pub mod text;
