// The quiz page: one question at a time, feedback after each, a score at the end, progress
// kept in localStorage. Every text of the data goes in through textContent, never as markup.
// The questions, their order and their options were chosen by quizgen (the terminal quiz's
// plan); the page only shuffles again when the learner starts again.

(function () {
  const DATA = JSON.parse(document.getElementById("quiz-data").textContent);
  const Q = DATA.questions;
  const KEY = "quizgen:" + DATA.id;
  const $ = (id) => document.getElementById(id);
  const view = { quiz: $("quiz"), score: $("score") };
  const ui = {
    counter: $("counter"), round: $("round"), progress: $("progress"), question: $("question"), prompt: $("prompt"), stem: $("stem"),
    choices: $("choices"), typedBox: $("typed-box"), typed: $("typed"), hint: $("hint"), check: $("check"), feedback: $("feedback"), next: $("next"),
  };

  // state: the round being asked (each entry a question and, for multiple choice, the order
  // of its options), where the learner is, and the answers given so far in this round
  let state = load() || fresh(Q.map((_, i) => ({ q: i, p: identity(Q[i]) })), false);

  function identity(q) {
    return q.type === "mc" ? q.options.map((_, i) => i) : null;
  }

  function fresh(round, retry) {
    return { v: 1, round, retry, pos: 0, answers: [], phase: "ask" };
  }

  function shuffled(list) {
    const a = list.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  function isPermutation(p, n) {
    return Array.isArray(p) && p.length === n && [...p].sort((a, b) => a - b).every((v, i) => v === i);
  }

  // A saved state is used only if it fits this quiz; anything else starts afresh.
  function load() {
    let s;
    try {
      s = JSON.parse(localStorage.getItem(KEY));
    } catch (e) {
      return null;
    }
    if (!s || s.v !== 1 || !Array.isArray(s.round) || s.round.length === 0 || !Array.isArray(s.answers)) return null;
    const entriesFit = s.round.every((e) => Number.isInteger(e.q) && e.q >= 0 && e.q < Q.length && (Q[e.q].type === "mc" ? isPermutation(e.p, Q[e.q].options.length) : e.p === null));
    const answered = { ask: s.pos, feedback: s.pos + 1, end: s.round.length }[s.phase];
    const posFits = Number.isInteger(s.pos) && s.pos >= 0 && s.pos <= s.round.length && (s.phase === "end") === (s.pos === s.round.length);
    return entriesFit && posFits && s.answers.length === answered ? s : null;
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      // storage off (some private windows): the quiz works, a reload starts again
    }
  }

  function clearSaved() {
    try {
      localStorage.removeItem(KEY);
    } catch (e) {
      // nothing was saved
    }
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const PROMPTS = { tf: "True or false?", cloze: "Fill in the blank:" };

  function fullStem(q) {
    return PROMPTS[q.type] ? PROMPTS[q.type] + " " + q.text : q.text;
  }

  function expected(q) {
    if (q.type === "mc") return q.options[q.correct];
    if (q.type === "tf") return q.truth ? "True" : "False (" + q.statement + ")";
    return q.accept[0];
  }

  // The options on screen, in the order shown: multiple choice as this round ordered them.
  function shownOptions(entry) {
    const q = Q[entry.q];
    return q.type === "mc" ? entry.p.map((i) => q.options[i]) : q.type === "tf" ? ["True", "False"] : null;
  }

  function source(q) {
    const box = el("div", "source");
    box.append(el("p", "from", "From " + q.file + ", line " + q.line + ":"), el("blockquote", "", q.sentence));
    return box;
  }

  function renderStem(q) {
    ui.prompt.textContent = PROMPTS[q.type] || "";
    ui.stem.replaceChildren();
    if (q.type !== "cloze") {
      ui.stem.textContent = q.text;
      return;
    }
    // the blank drawn as a line; screen readers hear "blank"
    q.text.split("_____").forEach((part, i) => {
      if (i > 0) {
        const blank = el("span", "blank");
        blank.setAttribute("role", "img");
        blank.setAttribute("aria-label", "blank");
        ui.stem.append(blank);
      }
      ui.stem.append(document.createTextNode(part));
    });
  }

  function show(name) {
    view.quiz.hidden = name !== "quiz";
    view.score.hidden = name !== "score";
  }

  function showQuestion() {
    const entry = state.round[state.pos];
    const q = Q[entry.q];
    show("quiz");
    // which question this is, for the browser tests to know what to answer
    ui.question.dataset.q = String(entry.q);
    ui.counter.textContent = "Question " + (state.pos + 1) + " of " + state.round.length;
    ui.round.textContent = state.retry ? "Retrying the missed ones" : "";
    ui.progress.max = state.round.length;
    ui.progress.value = state.pos;
    renderStem(q);
    ui.choices.replaceChildren();
    ui.feedback.replaceChildren();
    ui.hint.textContent = "";
    ui.next.hidden = true;
    ui.check.hidden = false;
    const options = shownOptions(entry);
    ui.typedBox.hidden = options !== null;
    ui.choices.hidden = options === null;
    if (options) {
      options.forEach((text, i) => {
        const label = el("label", "option");
        const input = el("input");
        input.type = "radio";
        input.name = "choice";
        input.value = String(i);
        label.append(input, el("span", "key", String(i + 1)), el("span", "text", text));
        ui.choices.append(label);
      });
      ui.hint.textContent = "Press 1 to " + options.length + (q.type === "tf" ? " (or T, F)" : "") + " to pick, Enter to check.";
      // the question, not its first option, so nothing looks picked; a screen reader reads it
      ui.question.focus();
    } else {
      ui.hint.textContent = "Type your answer, then press Enter to check.";
      ui.typed.value = "";
      ui.typed.disabled = false;
      ui.typed.focus();
    }
    if (state.phase === "feedback") showFeedback();
  }

  function radios() {
    return [...ui.choices.querySelectorAll("input")];
  }

  function pick(i) {
    const r = radios()[i];
    if (!r) return;
    r.checked = true;
    r.focus();
  }

  function submit() {
    const entry = state.round[state.pos];
    const q = Q[entry.q];
    let answer;
    if (q.type === "mc" || q.type === "tf") {
      const c = radios().findIndex((r) => r.checked);
      if (c < 0) {
        ui.hint.textContent = "Pick an answer first: press 1 to " + radios().length + ", or tap one.";
        return;
      }
      const right = q.type === "mc" ? entry.p[c] === q.correct : (c === 0) === q.truth;
      answer = { g: shownOptions(entry)[c], ok: right, c };
    } else {
      const verdict = judge(ui.typed.value, q.accept, q.distractors);
      answer = { g: ui.typed.value.trim(), ok: verdict !== "wrong", typo: verdict.typo || null };
    }
    state.answers.push(answer);
    state.phase = "feedback";
    save();
    showFeedback();
  }

  function showFeedback() {
    const entry = state.round[state.pos];
    const q = Q[entry.q];
    const a = state.answers[state.pos];
    ui.check.hidden = true;
    ui.hint.textContent = "";
    radios().forEach((r, i) => {
      r.disabled = true;
      r.checked = i === a.c;
      const right = q.type === "mc" ? entry.p[i] === q.correct : (i === 0) === q.truth;
      r.parentElement.classList.toggle("right", right);
      r.parentElement.classList.toggle("chosen-wrong", i === a.c && !right);
    });
    ui.typed.disabled = true;
    if (q.type !== "mc" && q.type !== "tf") ui.typed.value = a.g;
    const verdict = el("p", "verdict " + (a.ok ? "ok" : "bad"), a.ok ? "Right!" : "Wrong.");
    ui.feedback.replaceChildren(verdict);
    if (a.typo) ui.feedback.append(el("p", "", "It is spelled: " + a.typo));
    if (!a.ok) ui.feedback.append(el("p", "", "Your answer: " + (a.g === "" ? "no answer" : a.g)));
    ui.feedback.append(el("p", "answer", "The answer: " + expected(q)), source(q));
    ui.feedback.classList.toggle("ok", a.ok);
    ui.feedback.classList.toggle("bad", !a.ok);
    ui.next.textContent = state.pos + 1 === state.round.length ? "See your score" : "Next question";
    ui.next.hidden = false;
    ui.next.focus();
  }

  function next() {
    state.pos += 1;
    state.phase = state.pos === state.round.length ? "end" : "ask";
    save();
    render();
  }

  function percent(part, whole) {
    return whole === 0 ? 0 : Math.floor((part * 100 + Math.floor(whole / 2)) / whole);
  }

  function showScore() {
    show("score");
    const total = state.round.length;
    const right = state.answers.filter((a) => a.ok).length;
    $("score-line").textContent = "Score: " + right + " of " + total + " (" + percent(right, total) + "%)";
    // the kinds in the order quizgen lists them, as the terminal's score does
    const kinds = new Map(DATA.kinds.map((k) => [k, { right: 0, asked: 0 }]));
    state.round.forEach((e, i) => {
      const k = kinds.get(Q[e.q].kind);
      k.asked += 1;
      k.right += state.answers[i].ok ? 1 : 0;
    });
    const body = $("by-kind").tBodies[0];
    body.replaceChildren();
    for (const [kind, k] of kinds) {
      if (k.asked === 0) continue;
      const tr = el("tr");
      tr.append(el("th", "", kind), el("td", "", String(k.right)), el("td", "", String(k.asked)));
      tr.firstChild.scope = "row";
      body.append(tr);
    }
    const missed = state.round.map((e, i) => [e, state.answers[i]]).filter(([, a]) => !a.ok);
    $("missed-title").textContent = missed.length ? "Missed (" + missed.length + ")" : "Nothing missed: well done!";
    const list = $("missed");
    list.replaceChildren();
    for (const [e, a] of missed) {
      const q = Q[e.q];
      const li = el("li");
      li.append(el("p", "stem", fullStem(q)), el("p", "", "Your answer: " + (a.g === "" ? "no answer" : a.g)), el("p", "answer", "The answer: " + expected(q)), source(q));
      list.append(li);
    }
    $("retry").hidden = missed.length === 0;
    $("retry").textContent = "Retry the missed ones (" + missed.length + ")";
    $("score-line").focus();
  }

  function render() {
    if (state.phase === "end") showScore();
    else showQuestion();
  }

  function retryMissed() {
    const missed = state.round.filter((e, i) => !state.answers[i].ok);
    state = fresh(shuffled(missed), true);
    save();
    render();
  }

  function restart() {
    clearSaved();
    state = fresh(shuffled(Q.map((q, i) => ({ q: i, p: q.type === "mc" ? shuffled(identity(q)) : null }))), false);
    save();
    render();
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing || state.phase === "end") return;
    if (ev.key === "Enter") {
      // Enter always means check, then go on, wherever the focus is; a held key does not
      // skip through the feedback
      ev.preventDefault();
      if (ev.repeat) return;
      if (state.phase === "ask") submit();
      else next();
      return;
    }
    if (state.phase !== "ask" || ev.target === ui.typed) return;
    const q = Q[state.round[state.pos].q];
    const n = Number(ev.key);
    if (q.type === "mc" || q.type === "tf") {
      if (Number.isInteger(n) && n >= 1 && n <= radios().length) pick(n - 1);
      else if (q.type === "tf" && (ev.key === "t" || ev.key === "T")) pick(0);
      else if (q.type === "tf" && (ev.key === "f" || ev.key === "F")) pick(1);
      else return;
      ev.preventDefault();
    }
  });
  ui.check.addEventListener("click", submit);
  ui.next.addEventListener("click", next);
  $("retry").addEventListener("click", retryMissed);
  $("restart").addEventListener("click", restart);
  render();
})();
