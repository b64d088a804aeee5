// How fast a large HTML quiz opens: a bank of N questions (default 2,000, made from the
// shipped bank's items, each text numbered so none repeats) is exported with the release
// binary, and headless chromium opens the file RUNS times, each in a fresh context, until
// the first question shows. Run through benches/html_open.sh, which builds and installs
// what this needs:
//   bash benches/html_open.sh [N] [RUNS]
// Prints the file's size, its size per 100 questions, and the open times (median and
// slowest): from the navigation's start to the question on screen as seen by the driver,
// and the browser's own DOMContentLoaded, which comes after the page's script has put the
// first question on the page.

import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, statSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [quizgen, root, n = "2000", runs = "10"] = process.argv.slice(2);
const require = createRequire(join(process.env.QUIZGEN_DRIVER, "package.json"));
const { chromium } = require("playwright-core");

const shipped = readdirSync(join(root, "question_bank"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(join(root, "question_bank", f), "utf8")).items);
const items = [];
for (let i = 0; i < Number(n); i++) {
  const it = structuredClone(shipped[i % shipped.length]);
  const k = Math.floor(i / shipped.length);
  it.id = "q" + i.toString(16).padStart(11, "0");
  for (const f of ["question", "statement", "false_statement", "cloze", "sentence"]) if (it[f]) it[f] += " (" + k + ")";
  it.source = { file: it.source.file, line: i + 1 };
  items.push(it);
}
const dir = mkdtempSync(join(tmpdir(), "quizgen-bench-"));
mkdirSync(join(dir, "bank"));
writeFileSync(join(dir, "bank", "bench.json"), JSON.stringify({ format: 1, source: "bench.txt", items }));
const file = join(dir, "quiz.html");
execFileSync(quizgen, ["export", "--bank", join(dir, "bank"), "--format", "html", "-o", file, "--seed", "1"], { stdio: "inherit" });
const size = statSync(file).size;
const asked = JSON.parse(readFileSync(file, "utf8").match(/<script type="application\/json" id="quiz-data">(.*?)<\/script>/s)[1]).questions.length;

const browser = await chromium.launch({
  executablePath: process.env.QUIZGEN_CHROMIUM || "/usr/bin/chromium",
  args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  chromiumSandbox: false,
});
const shown = [];
const loaded = [];
for (let r = 0; r < Number(runs); r++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: "commit" });
  await page.locator("#quiz:not([hidden]) #stem:not(:empty)").waitFor();
  shown.push(Date.now() - start);
  loaded.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd));
  await context.close();
}
await browser.close();
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const max = (a) => Math.max(...a);
console.log(`${asked} questions, ${(size / 1024).toFixed(0)} KiB: ${((size / asked) * 100 / 1024).toFixed(1)} KiB per 100 questions`);
console.log(`first question on screen (driver): median ${median(shown)} ms, slowest ${max(shown)} ms over ${runs} runs`);
console.log(`DOMContentLoaded (browser): median ${median(loaded).toFixed(0)} ms, slowest ${max(loaded).toFixed(0)} ms`);
