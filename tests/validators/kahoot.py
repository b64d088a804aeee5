"""Reads a Kahoot .xlsx with openpyxl (no Kahoot validator exists offline) and checks
the template's rules from FORMATS.md section 5: the headings of row 8, a question of at
most 120 characters (UTF-16 units, as a browser counts), two to four answers of at
most 75, a time limit Kahoot offers, and right-answer numbers that point at answers.
Exits 1 naming the row; else prints the rows as JSON for the Rust test."""
import json
import sys

import openpyxl

HEADINGS = ["Question - max 120 characters"] + [f"Answer {i} - max 75 characters" for i in range(1, 5)] + [
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"]
TIMES = {5, 10, 20, 30, 60, 90, 120, 240}


def units(s):
    return len(s.encode("utf-16-le")) // 2


ws = openpyxl.load_workbook(sys.argv[1]).active
assert [ws.cell(8, c).value for c in range(2, 9)] == HEADINGS, [ws.cell(8, c).value for c in range(1, 9)]
rows = []
for r in range(9, ws.max_row + 1):
    cells = [ws.cell(r, c).value for c in range(1, 9)]
    if all(v is None for v in cells):
        continue
    n, question, answers, time, correct = cells[0], cells[1], cells[2:6], cells[6], cells[7]
    assert n == r - 8, f"row {r}: number {n}"
    assert isinstance(question, str) and question.strip() and units(question) <= 120, f"row {r}: question {question!r}"
    given = [a for a in answers if a is not None]
    assert answers[:len(given)] == given, f"row {r}: a gap among the answers"
    assert 2 <= len(given) <= 4 and all(isinstance(a, str) and a.strip() and units(a) <= 75 for a in given), f"row {r}: answers {answers!r}"
    assert time in TIMES, f"row {r}: time limit {time!r}"
    numbers = [int(x) for x in str(correct).split(",")]
    assert numbers and all(1 <= k <= len(given) for k in numbers), f"row {r}: correct {correct!r}"
    rows.append({"question": question, "answers": given, "time": time, "correct": numbers})
print(json.dumps(rows, ensure_ascii=False))
