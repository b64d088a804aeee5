"""Checks a Moodle XML file the way FORMATS.md section 2 describes Moodle's importer
(Python's own XML parser, then the rules Moodle applies: a name and a question text
for every question, grades from Moodle's list, one right answer for single-answer
multiple choice, true/false answers named exactly 'true' and 'false', a right answer
for short answer, a sub-question in a cloze text). Exits 1 naming the failing
question; else prints the questions as JSON for the Rust test to compare with the bank."""
import json
import re
import sys
import xml.etree.ElementTree as ET

OK = [0, 5, 10, 11.11111, 12.5, 14.28571, 16.66667, 20, 25, 30, 33.33333, 40, 50, 60,
      66.66667, 70, 75, 80, 83.33333, 90, 100]
CLOZE = re.compile(r"\{[0-9]*:(SHORTANSWER|SA|MULTICHOICE|MC|NUMERICAL|NM)[A-Z_]*:")

root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "quiz", f"root is {root.tag}"
out = []
for q in root.iter("question"):
    t, n = q.get("type"), q.findtext("name/text", "").strip()
    if t == "category":
        cat = q.findtext("category/text", "").strip()
        assert cat, "category without a path"
        out.append({"type": t, "category": cat})
        continue
    fr = [float(a.get("fraction", "0")) for a in q.findall("answer")]
    text = q.findtext("questiontext/text", "")
    assert n and text.strip(), f"{n}: name/text"
    assert all(min(abs(abs(f) - o) for o in OK) < 1e-5 for f in fr), f"{n}: grade {fr}"
    if t == "multichoice":
        single = q.findtext("single", "true").strip() not in ("false", "0", "")
        assert len(fr) >= 2 and (100 in fr if single else max(fr) > 0), f"{n}: MC"
    elif t == "truefalse":
        assert sorted(a.findtext("text", "") for a in q.findall("answer")) == ["false", "true"] \
            and fr.count(100) == 1, f"{n}: TF"
    elif t == "shortanswer":
        assert 100 in fr, f"{n}: SA"
    elif t == "cloze":
        assert len(CLOZE.findall(text)) == 1, f"{n}: cloze needs exactly one sub-question: {text}"
    else:
        raise AssertionError(f"{n}: type {t}")
    out.append({
        "type": t,
        "name": n,
        "idnumber": q.findtext("idnumber", ""),
        "text": text,
        "feedback": q.findtext("generalfeedback/text", ""),
        "answers": [{"fraction": float(a.get("fraction")), "text": a.findtext("text", "")} for a in q.findall("answer")],
        "tags": [t.findtext("text", "") for t in q.findall("tags/tag")],
    })
print(json.dumps(out, ensure_ascii=False))
