//! Tokens of a sentence: words (with the dots of "U.S." or "3.7" kept inside),
//! numbers and single punctuation marks, each with its byte span in the text.

/// Titles and other abbreviations that are written with a full stop and rarely end a
/// sentence (lower case, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "mt", "ft", "no", "nos", "vs", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "rev", "hon", "sen", "rep", "gov",
    "pres", "fig", "figs", "vol", "vols", "pp", "approx", "ca", "cf", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "est", "etc", "al",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "sq", "mme", "mlle", "messrs", "op", "ed", "eds",
    "esp", "viz", "rt", "cap", "chap", "art", "sec", "ibid", "p", "c", "fl", "v",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || (!c.is_ascii() && is_mark(c))
}

fn is_mark(c: char) -> bool {
    // combining marks (accents written as separate code points)
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Characters that join two word characters into one token: "Austria-Hungary",
/// "Dunant's", "crates.io", "1562–63", "3.7".
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '–' | '/' | '‑' | ',' | '×')
}

/// Whether a word written with a final dot keeps the dot as part of itself.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // single initial: "C." in "William C. Gorgas"
    let mut chars = w.chars();
    let first = chars.next().unwrap();
    if chars.next().is_none() && first.is_alphabetic() && first.is_uppercase() {
        return true;
    }
    // dotted abbreviations: "U.S", "D.C", "e.g", "i.e", "a.m"
    if w.contains('.') && w.split('.').all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic)) {
        return true;
    }
    let l = w.to_lowercase();
    ABBREVIATIONS.contains(&l.as_str())
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    toks.extend(Tokens::new(text));
    toks
}

/// The tokens of a text one by one, read straight from its UTF-8 (no buffer of chars),
/// so a caller that needs only the first few stops there.
pub struct Tokens<'a> {
    text: &'a str,
    /// byte offset of the next character to read
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Tokens<'a> {
        Tokens { text, pos: 0 }
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        match *self.text.as_bytes().get(pos)? {
            // most text is ASCII: no UTF-8 decoding for it
            b if b.is_ascii() => Some(char::from(b)),
            _ => self.text[pos..].chars().next(),
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let mut c = self.char_at(self.pos)?;
        while c.is_whitespace() {
            self.pos += c.len_utf8();
            c = self.char_at(self.pos)?;
        }
        let start = self.pos;
        if !is_word_char(c) {
            self.pos += c.len_utf8();
            return Some(Token { start, end: self.pos, kind: Kind::Punct });
        }
        // `prev` is the character just before byte `j`
        let mut prev = c;
        let mut j = start + c.len_utf8();
        while let Some(cj) = self.char_at(j) {
            if is_word_char(cj) {
                prev = cj;
                j += cj.len_utf8();
            } else if is_joiner(cj)
                && let Some(next) = self.char_at(j + cj.len_utf8())
                && is_word_char(next)
            {
                // a comma joins only digit groups ("10,000"); a dot joins "U.S" and "3.7"
                if cj == ',' && !(prev.is_ascii_digit() && next.is_ascii_digit()) {
                    break;
                }
                if cj == '×' {
                    break;
                }
                prev = next;
                j += cj.len_utf8() + next.len_utf8();
            } else {
                break;
            }
        }
        let mut end = j;
        // a trailing dot that belongs to an abbreviation ("U.S.", "Dr.", "C.")
        if self.char_at(j) == Some('.') && is_abbreviation(&text[start..end]) {
            end += 1;
        }
        self.pos = end;
        let word = &text[start..end];
        let kind = if word.chars().next().is_some_and(|c| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '–' | '-' | '/'))
        {
            Kind::Number
        } else {
            Kind::Word
        };
        Some(Token { start, end, kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn keeps_abbreviations_decimals_and_names_whole() {
        assert_eq!(
            words("U.S. forces, led by Dr. Smith, used 3.7 tons."),
            ["U.S.", "forces", ",", "led", "by", "Dr.", "Smith", ",", "used", "3.7", "tons", "."]
        );
        assert_eq!(words("crates.io, Dunant’s Austria-Hungary"), ["crates.io", ",", "Dunant’s", "Austria-Hungary"]);
        assert_eq!(words("in 1562–63 (ACP)"), ["in", "1562–63", "(", "ACP", ")"]);
        assert_eq!(words("William C. Gorgas"), ["William", "C.", "Gorgas"]);
        assert_eq!(words("10,000 men, 5 ships"), ["10,000", "men", ",", "5", "ships"]);
    }

    #[test]
    fn a_final_full_stop_is_its_own_token() {
        assert_eq!(words("It ended in 1945."), ["It", "ended", "in", "1945", "."]);
        assert_eq!(words("It was in the U.S."), ["It", "was", "in", "the", "U.S."]);
    }
}
