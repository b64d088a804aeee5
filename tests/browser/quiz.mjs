// Browser tests of the HTML quiz: real headless Chromium (Debian's, never a downloaded one)
// driven by playwright-core. The Rust tests in tests/integration/browser.rs export the file
// and run one scenario each:
//   QUIZGEN_DRIVER=DIR QUIZGEN_CHROMIUM=/usr/bin/chromium node tests/browser/quiz.mjs SCENARIO FILE.html [OUTDIR]
// Every scenario also fails on a dialog, a script error, a console error (a blocked request
// shows as one) or any request but the file itself. Exit 0 when all held, 1 with the reason.

import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { mkdirSync } from "node:fs";

const [scenario, file, outDir] = process.argv.slice(2);
const require = createRequire(join(process.env.QUIZGEN_DRIVER || ".", "package.json"));
const { chromium } = require("playwright-core");
const url = pathToFileURL(file).href;

// the flags that work on this machine's closed network; playwright adds --headless and a
// fresh profile directory of its own
const ARGS = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const DESKTOP = { width: 1100, height: 900 };
const PHONE = { width: 360, height: 740 };

class Failure extends Error {}
function check(cond, what) {
  if (!cond) throw new Failure(what);
}

async function withPage(browser, options, body) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const seen = { dialogs: [], requests: [], errors: [] };
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("pageerror", (e) => seen.errors.push("page error: " + e.message));
  page.on("console", (m) => {
    if (m.type() === "error") seen.errors.push("console error: " + m.text());
  });
  await page.goto(url);
  await body(page, seen);
  check(seen.dialogs.length === 0, "a dialog opened: " + JSON.stringify(seen.dialogs));
  check(seen.errors.length === 0, seen.errors.join("\n"));
  const others = seen.requests.filter((r) => r !== url);
  check(others.length === 0, "requests besides the file: " + JSON.stringify(others));
  await context.close();
}

async function data(page) {
  return page.evaluate(() => JSON.parse(document.getElementById("quiz-data").textContent));
}

const PROMPTS = { tf: "True or false?", cloze: "Fill in the blank:" };

function expected(q) {
  if (q.type === "mc") return q.options[q.correct];
  if (q.type === "tf") return q.truth ? "True" : "False (" + q.statement + ")";
  return q.accept[0];
}

async function counter(page) {
  return (await page.locator("#counter").textContent()).trim();
}

// Which question is on screen (the page marks its fieldset with the question's place in the
// data), checked against what the page shows: the prompt, the text, where a blank is drawn,
// not written, and the options.
async function current(page, d, asked) {
  await page.locator("#quiz:not([hidden]) #stem").waitFor();
  const i = Number(await page.locator("#question").getAttribute("data-q"));
  const q = d.questions[i];
  check(q !== undefined, "the question on screen is none of the file's");
  check(!asked.has(i), "question " + i + " is asked twice in one round");
  asked.add(i);
  const shown = [await page.locator("#prompt").textContent(), await page.locator("#stem").textContent(), (await optionTexts(page)).sort()];
  const options = q.type === "mc" ? [...q.options].sort() : q.type === "tf" ? ["False", "True"] : [];
  const meant = [PROMPTS[q.type] || "", q.type === "cloze" ? q.text.replaceAll("_____", "") : q.text, options];
  check(JSON.stringify(shown) === JSON.stringify(meant), "the page shows " + JSON.stringify(shown) + " for " + JSON.stringify(meant));
  return q;
}

async function optionTexts(page) {
  return page.locator("#choices .option .text").allTextContents();
}

// Answer the question on screen, rightly or not, with the mouse or with the keyboard only.
async function answer(page, q, right, keyboard) {
  if (q.type === "mc" || q.type === "tf") {
    const texts = await optionTexts(page);
    const target = q.type === "mc" ? q.options[q.correct] : q.truth ? "True" : "False";
    const i = right ? texts.indexOf(target) : texts.findIndex((t) => t !== target);
    check(i >= 0, "no option to pick among " + JSON.stringify(texts));
    if (keyboard) {
      await page.keyboard.press(String(i + 1));
      check(await page.locator("#choices input").nth(i).isChecked(), "key " + (i + 1) + " did not pick option " + (i + 1));
      await page.keyboard.press("Enter");
    } else {
      await page.locator("#choices .option").nth(i).click();
      await page.locator("#check").click();
    }
  } else {
    const typed = right ? q.accept[0] : "zzzq";
    if (keyboard) {
      check(await page.evaluate(() => document.activeElement.id === "typed"), "the answer field does not have the focus");
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
    } else {
      await page.locator("#typed").fill(typed);
      await page.locator("#check").click();
    }
  }
  await page.locator("#next:not([hidden])").waitFor();
  const feedback = await page.locator("#feedback").textContent();
  check(feedback.startsWith(right ? "Right!" : "Wrong."), "feedback " + JSON.stringify(feedback) + " for a " + (right ? "right" : "wrong") + " answer");
  check(feedback.includes("The answer: " + expected(q)), "feedback lacks the answer " + JSON.stringify(expected(q)) + ": " + feedback);
  check(feedback.includes(q.sentence), "feedback lacks the source sentence: " + feedback);
  check(feedback.includes("From " + q.file + ", line " + q.line + ":"), "feedback lacks the source file: " + feedback);
}

async function goOn(page, keyboard) {
  if (keyboard) {
    check(await page.evaluate(() => document.activeElement.id === "next"), "the focus is not on the button to go on");
    await page.keyboard.press("Enter");
  } else {
    await page.locator("#next").click();
  }
}

// Answer every question of the round on screen; `right(i)` says which to get right.
async function runRound(page, d, right, keyboard = false) {
  const n = Number((await counter(page)).split(" of ")[1]);
  const asked = new Set();
  for (let i = 0; i < n; i++) {
    check((await counter(page)) === "Question " + (i + 1) + " of " + n, "counter " + JSON.stringify(await counter(page)) + " at question " + (i + 1));
    const q = await current(page, d, asked);
    await answer(page, q, right(i), keyboard);
    await goOn(page, keyboard);
  }
  await page.locator("#score:not([hidden])").waitFor();
  return n;
}

async function scoreLine(page) {
  return (await page.locator("#score-line").textContent()).trim();
}

const scenarios = {
  async allRight(browser) {
    await withPage(browser, {}, async (page) => {
      const d = await data(page);
      check((await page.locator("h1").textContent()) === d.title, "the title is not shown");
      const n = await runRound(page, d, () => true);
      check(n === d.questions.length, "the round has " + n + " questions, the file " + d.questions.length);
      check((await scoreLine(page)) === "Score: " + n + " of " + n + " (100%)", "score line " + (await scoreLine(page)));
      check((await page.locator("#missed-title").textContent()).startsWith("Nothing missed"), "missed title");
      check(await page.locator("#retry").isHidden(), "retry is offered with nothing missed");
      const asked = (await page.locator("#by-kind tbody td:nth-child(3)").allTextContents()).reduce((a, t) => a + Number(t), 0);
      check(asked === n, "the kinds add up to " + asked);
    });
  },

  async allWrong(browser) {
    await withPage(browser, {}, async (page) => {
      const d = await data(page);
      const n = await runRound(page, d, () => false);
      check((await scoreLine(page)) === "Score: 0 of " + n + " (0%)", "score line " + (await scoreLine(page)));
      check((await page.locator("#missed li").count()) === n, "not every question is listed as missed");
      const missed = await page.locator("#missed").textContent();
      for (const q of d.questions) check(missed.includes("The answer: " + expected(q)) && missed.includes(q.sentence), "the missed list lacks " + JSON.stringify(q.text));
      await page.locator("#retry").click();
      check((await counter(page)) === "Question 1 of " + n, "retry starts at " + (await counter(page)));
      check((await page.locator("#round").textContent()).includes("missed"), "the retry round is not marked");
      await runRound(page, d, () => true);
      check((await scoreLine(page)) === "Score: " + n + " of " + n + " (100%)", "retry score " + (await scoreLine(page)));
    });
  },

  async reload(browser) {
    await withPage(browser, {}, async (page) => {
      const d = await data(page);
      const n = d.questions.length;
      check(n >= 4, "this scenario needs four questions");
      const asked = new Set();
      for (let i = 0; i < 2; i++) {
        await answer(page, await current(page, d, asked), true, false);
        await goOn(page, false);
      }
      await page.reload();
      check((await counter(page)) === "Question 3 of " + n, "after a reload: " + (await counter(page)));
      const third = await current(page, d, asked);
      await answer(page, third, false, false);
      await page.reload();
      check((await counter(page)) === "Question 3 of " + n, "after a reload in the feedback: " + (await counter(page)));
      check((await page.locator("#feedback").textContent()).startsWith("Wrong."), "the feedback is not shown again");
      check(await page.evaluate(() => document.activeElement.id === "next"), "the focus is not on the button to go on");
      await goOn(page, false);
      for (let i = 3; i < n; i++) {
        await answer(page, await current(page, d, asked), true, false);
        await goOn(page, false);
      }
      await page.locator("#score:not([hidden])").waitFor();
      const score = "Score: " + (n - 1) + " of " + n + " (" + Math.floor(((n - 1) * 100 + Math.floor(n / 2)) / n) + "%)";
      check((await scoreLine(page)) === score, "score line " + (await scoreLine(page)));
      await page.reload();
      check((await scoreLine(page)) === score, "the score is not shown again after a reload");
      const before = await page.evaluate(() => Object.keys(localStorage));
      check(before.length === 1 && before[0] === "quizgen:" + d.id, "stored keys " + JSON.stringify(before));
      await page.locator("#restart").click();
      check((await counter(page)) === "Question 1 of " + n, "start again begins at " + (await counter(page)));
      const state = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage)[0])));
      check(state.answers.length === 0 && state.pos === 0, "start again kept the old answers");
      const order = state.round.map((e) => e.q).join(",");
      check(order !== d.questions.map((_, i) => i).join(","), "start again kept the order");
      await page.reload();
      check((await counter(page)) === "Question 1 of " + n && (await page.locator("#feedback").textContent()) === "", "after start again and a reload");
    });
  },

  async keyboard(browser) {
    await withPage(browser, {}, async (page) => {
      const d = await data(page);
      // every question right but the first, all with keys, then retry the missed one
      const n = await runRound(page, d, (i) => i > 0, true);
      check((await scoreLine(page)).startsWith("Score: " + (n - 1) + " of " + n), "score line " + (await scoreLine(page)));
      check(await page.evaluate(() => document.activeElement.id === "score-line"), "the score does not get the focus");
      await page.keyboard.press("Tab");
      check(await page.evaluate(() => document.activeElement.id === "retry"), "Tab does not reach the retry button");
      await page.keyboard.press("Enter");
      check((await counter(page)) === "Question 1 of 1", "retry by keyboard: " + (await counter(page)));
      // a choice question: Enter with nothing picked says what to do and does not move on
      const q = await current(page, d, new Set());
      if (q.type === "mc" || q.type === "tf") {
        await page.keyboard.press("Enter");
        check((await page.locator("#hint").textContent()).startsWith("Pick an answer first"), "no hint when Enter comes before a pick");
        check(await page.locator("#next").isHidden(), "Enter with nothing picked moved on");
      }
      await answer(page, q, true, true);
      await goOn(page, true);
      check((await scoreLine(page)) === "Score: 1 of 1 (100%)", "retry score " + (await scoreLine(page)));
    });
  },

  // the page asks for nothing; the policy stops what a script might try; the watch that
  // says so does see a request where no policy stops it
  async network(browser) {
    await withPage(browser, {}, async (page, seen) => {
      const d = await data(page);
      await runRound(page, d, (i) => i % 2 === 0);
      const others = seen.requests.filter((r) => r !== url);
      check(others.length === 0, "the quiz made requests: " + JSON.stringify(others));
      const failed = [];
      page.on("requestfailed", (r) => failed.push([r.url(), r.failure().errorText]));
      const blocked = await page.evaluate(async () => {
        const violations = [];
        document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
        const fetched = await fetch("http://127.0.0.1:9/x").then(() => "fetched", () => "refused");
        const img = document.createElement("img");
        img.src = "http://127.0.0.1:9/x.png";
        document.body.append(img);
        const s = document.createElement("script");
        s.textContent = "window.injected = 1";
        document.body.append(s);
        await new Promise((r) => setTimeout(r, 200));
        img.remove();
        return { fetched, violations, injected: window.injected === 1 };
      });
      // Chromium reports the image it refused as a failed request, and each refusal as a
      // console error, which is what they are meant to be here
      check(failed.length === 1 && failed[0][0] === "http://127.0.0.1:9/x.png" && /csp/i.test(failed[0][1]), "failed requests " + JSON.stringify(failed));
      seen.requests = seen.requests.filter((r) => r !== "http://127.0.0.1:9/x.png");
      seen.errors.length = 0;
      check(blocked.fetched === "refused", "a fetch got through");
      check(!blocked.injected, "an injected inline script ran");
      for (const directive of ["connect-src", "img-src", "script-src-elem"]) check(blocked.violations.includes(directive), "no " + directive + " violation: " + JSON.stringify(blocked.violations));
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto("about:blank");
    await page.evaluate(() => fetch("http://127.0.0.1:9/control").catch(() => {}));
    check(requests.includes("http://127.0.0.1:9/control"), "the request watch saw nothing: it cannot be trusted");
    await context.close();
  },

  // a bank of hostile texts: shown literally, nothing injected, nothing run
  async hostile(browser) {
    await withPage(browser, {}, async (page) => {
      const d = await data(page);
      check((await page.title()) === d.title, "the title is not shown literally: " + (await page.title()));
      const count = () => page.evaluate(() => document.querySelectorAll("img, svg, iframe, object, embed, script").length);
      const scripts = await count();
      check(scripts === 2, "the page starts with " + scripts + " elements of the kinds that run or load (its 2 scripts expected)");
      await runRound(page, d, () => false);
      check((await count()) === 2, "an element was injected");
      const missed = await page.locator("#missed").textContent();
      for (const q of d.questions) check(missed.includes(q.sentence), "a hostile sentence is not shown literally");
      check(await page.evaluate(() => window.pwned === undefined), "injected code ran");
    });
  },

  // a phone's width without sideways scrolling, the dark scheme, and the print view
  async looks(browser) {
    await withPage(browser, { viewport: PHONE, colorScheme: "dark" }, async (page) => {
      const d = await data(page);
      const fits = async (where) => {
        const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        check(scroll <= width, where + ": the page is " + scroll + " px wide on a " + width + " px screen");
      };
      await fits("first question");
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const asked = new Set();
      for (let i = 0; i < d.questions.length; i++) {
        const q = await current(page, d, asked);
        await fits("question " + (i + 1) + " (" + q.type + ")");
        await answer(page, q, false, false);
        await fits("feedback " + (i + 1));
        await goOn(page, false);
      }
      await page.locator("#score:not([hidden])").waitFor();
      await fits("score page");
      const target = await page.locator("#restart").boundingBox();
      check(target.height >= 44, "the buttons are too small to tap: " + target.height + " px");
      await page.emulateMedia({ colorScheme: "light" });
      const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      check(dark !== light, "the dark and light schemes look the same: " + dark);
      await page.emulateMedia({ media: "print" });
      check(await page.locator("#restart").isHidden(), "the print view shows the buttons");
      check(await page.locator("#missed").isVisible(), "the print view hides the missed questions");
    });
  },

  // pictures for README and for looking at, into OUTDIR (the page's column, at most a
  // screenful high): no checks beyond the usual ones
  async screenshots(browser) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, viewport, colorScheme] of [["desktop", DESKTOP, "light"], ["phone", PHONE, "light"], ["phone-dark", PHONE, "dark"]]) {
      await withPage(browser, { viewport, colorScheme }, async (page) => {
        const d = await data(page);
        const shot = async (what) => {
          const box = await page.locator("main").boundingBox();
          const clip = { x: box.x, y: 0, width: box.width, height: Math.min(viewport.height, box.y + box.height) };
          await page.screenshot({ path: join(outDir, name + "-" + what + ".png"), clip });
        };
        await shot("question");
        const asked = new Set();
        for (let i = 0; i < d.questions.length; i++) {
          const q = await current(page, d, asked);
          await answer(page, q, i % 3 !== 1, false);
          if (i === 1) await shot("feedback");
          await goOn(page, false);
        }
        await page.locator("#score:not([hidden])").waitFor();
        await shot("score");
      });
    }
  },
};

const run = scenarios[scenario];
if (!run) {
  console.error("unknown scenario " + scenario + "; known: " + Object.keys(scenarios).join(", "));
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.QUIZGEN_CHROMIUM || "/usr/bin/chromium", args: ARGS, chromiumSandbox: false });
try {
  await run(browser);
  console.log("ok: " + scenario);
} catch (e) {
  console.log((e instanceof Failure ? "FAILED: " : "ERROR: ") + (e.stack || e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
