"""Converts a text2qti quiz with text2qti itself (PyPI `text2qti`, run as its command in
a fresh folder, as an instructor would), then reads the QTI package it wrote and prints
its questions as JSON (title, question type, texts, right answers) for the Rust test.
Exits 1 with text2qti's message if it refuses the file."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
text2qti = os.path.join(os.path.dirname(sys.executable), "text2qti")
with tempfile.TemporaryDirectory() as d:
    quiz = os.path.join(d, "quiz.txt")
    shutil.copy(sys.argv[1], quiz)
    # text2qti writes its config file in the home folder on first run
    env = dict(os.environ, HOME=d)
    run = subprocess.run([text2qti, "quiz.txt"], cwd=d, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"text2qti refused the file:\n{run.stdout}{run.stderr}")
    with zipfile.ZipFile(os.path.join(d, "quiz.zip")) as z:
        z.extractall(os.path.join(d, "zip"))
    [assessment] = [p for p in glob.glob(os.path.join(d, "zip", "*", "*.xml")) if not p.endswith("assessment_meta.xml")]
    root = ET.parse(assessment).getroot()
out = []
for item in root.iterfind(".//q:item", NS):
    meta = {f.findtext("q:fieldlabel", "", NS): f.findtext("q:fieldentry", "", NS) for f in item.iterfind(".//q:qtimetadatafield", NS)}
    choices = {c.get("ident"): c.findtext(".//q:mattext", "", NS) for c in item.iterfind(".//q:response_label", NS)}
    right = [v.text or "" for v in item.iterfind(".//q:respcondition/q:conditionvar/q:varequal", NS)]
    out.append({
        "title": item.get("title"),
        "type": meta.get("question_type"),
        "text": item.findtext("q:presentation/q:material/q:mattext", "", NS),
        "choices": list(choices.values()),
        # multiple choice names the right choice by its ident, short answer by the text
        "right": [choices.get(r, r) for r in right],
        "feedback": item.findtext(".//q:itemfeedback//q:mattext", "", NS),
    })
print(json.dumps(out, ensure_ascii=False))
