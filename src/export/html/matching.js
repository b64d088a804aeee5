// Whether a typed answer counts as right: the rules of src/quiz/matching.rs, ported line for
// line so the page judges as `quizgen quiz` does. Both are tested against
// tests/answer_cases.json; change them together.

"use strict";

const COMBINING = /\p{M}/u;
const ALNUM = /[\p{Alphabetic}\p{N}]/u;
const DIGIT = /\p{N}/u;

// Accents folded, lower case, every run of other characters than letters and digits one
// space (an apostrophe joins), "&" read as "and", a leading "the", "a" or "an" dropped.
function normalize(s) {
  let out = "";
  let gap = false;
  for (const c of s.normalize("NFKD")) {
    if (COMBINING.test(c)) continue;
    if (ALNUM.test(c)) {
      if (gap && out !== "") out += " ";
      gap = false;
      // one character at a time, as Rust's char::to_lowercase (no final-sigma rule)
      out += c.toLowerCase();
    } else if (c === "&") {
      out += out === "" ? "and" : " and";
      gap = true;
    } else if (c !== "'" && c !== "\u2019") {
      gap = true;
    }
  }
  for (const article of ["the ", "a ", "an "]) {
    if (out.startsWith(article)) return out.slice(article.length);
  }
  return out;
}

// Optimal string alignment distance over characters (code points), as strsim::osa_distance.
function osaDistance(a, b) {
  const x = [...a];
  const y = [...b];
  const rows = [];
  for (let i = 0; i <= x.length; i++) {
    rows.push(new Array(y.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= y.length; j++) rows[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[x.length][y.length];
}

// Words of up to four letters must be exact, up to nine may have one slip, longer two; the
// first letter must be right, and a word with a digit must be exact.
function wordClose(given, answer) {
  if (given === answer) return true;
  if (DIGIT.test(answer) || DIGIT.test(given) || [...given][0] !== [...answer][0]) return false;
  const n = [...answer].length;
  const allowance = n <= 4 ? 0 : n <= 9 ? 1 : 2;
  return allowance > 0 && osaDistance(given, answer) <= allowance;
}

// The same words, each within its typo allowance, or the same letters with the spaces moved.
function closeEnough(given, answer) {
  const g = given.split(" ");
  const a = answer.split(" ");
  if (g.length === a.length) return g.every((w, i) => wordClose(w, a[i]));
  return given.replaceAll(" ", "") === answer.replaceAll(" ", "");
}

// Judge `given` against the accepted forms (the answer first, then its variants): "exact",
// {typo: the accepted spelling it was close to}, or "wrong". A text that normalizes to one
// of the distractors is never forgiven as a typo.
function judge(given, accepted, distractors) {
  const g = normalize(given);
  if (g === "") return "wrong";
  const forms = accepted.map((a) => [normalize(a), a]).filter(([n]) => n !== "");
  if (forms.some(([n]) => n === g)) return "exact";
  if (distractors.some((d) => normalize(d) === g)) return "wrong";
  const near = forms.find(([n]) => closeEnough(g, n));
  return near ? { typo: near[1] } : "wrong";
}
