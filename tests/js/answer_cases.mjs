// The HTML quiz's answer checker (src/export/html/matching.js) against tables of cases in
// the shape of tests/answer_cases.json. Run by `cargo test` (tests/integration/html_checker.rs):
//   node tests/js/answer_cases.mjs src/export/html/matching.js tests/answer_cases.json [more.json …]
// Prints one line per case that disagrees and exits 1 if any does.

import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";

const [checkerPath, ...tables] = process.argv.slice(2);
if (!checkerPath || tables.length === 0) {
  console.error("usage: node answer_cases.mjs CHECKER.js CASES.json...");
  process.exit(2);
}
// the checker is a plain script for the page, so it is run as one, in a context of its own
const { judge } = runInNewContext(readFileSync(checkerPath, "utf8") + "\n;({ judge });", {}, { filename: checkerPath });

let total = 0;
const failures = [];
for (const table of tables) {
  for (const c of JSON.parse(readFileSync(table, "utf8"))) {
    total += 1;
    const v = judge(c.given, [c.answer, ...(c.accept || [])], c.distractors || []);
    if ((v !== "wrong") !== c.right) {
      failures.push(`${table}: ${JSON.stringify(c.given)} for ${JSON.stringify(c.answer)}: got ${JSON.stringify(v)}, expected right=${c.right} (${c.why})`);
    }
  }
}
for (const f of failures) console.log(f);
console.log(`${total} cases, ${failures.length} disagree`);
process.exit(failures.length ? 1 : 0);
