#!/usr/bin/env python3
"""Check tests/corpus/gold/thresholds.tsv (or the TSV named as the argument): every row has all columns, its trial
file exists, and its phrase occurs verbatim in the trial's eligibility text
(runs of whitespace, including the line breaks of wrapped lines, compare equal
to one space). It only checks; the annotation itself is made by hand."""
import glob, os, re, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "gold", "thresholds.tsv")
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")]
head, bad = rows[0], 0
for n, r in enumerate(rows[1:], 2):
    if len(r) != len(head):
        print(f"line {n}: {len(r)} columns, want {len(head)}"); bad += 1; continue
    files = glob.glob(os.path.join(root, "*", r[0] + ".criteria"))
    if not files:
        print(f"line {n}: no file for {r[0]}"); bad += 1; continue
    text = re.sub(r"\s+", " ", open(files[0], encoding="utf-8").read().split("\n\n", 1)[1])
    if re.sub(r"\s+", " ", r[head.index("phrase")]) not in text:
        print(f"line {n}: phrase not found in {r[0]}: {r[-1]}"); bad += 1
print(f"{len(rows) - 1} rows, {len({r[0] for r in rows[1:]})} trials, {bad} problems")
sys.exit(1 if bad else 0)
