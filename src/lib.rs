//! quizgen: course text in, reviewed question bank out.

pub mod extract;
pub mod lexicon;
pub mod text;
