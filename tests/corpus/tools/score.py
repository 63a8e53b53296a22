#!/usr/bin/env python3
"""Score eligo's numeric thresholds against the hand-made gold annotation.

Runs `eligo check --json` on every trial the gold annotates and compares the measure
comparisons it compiled (their analyte, operator, value and ULN/LLN reference) with
the gold rows. Prints recall and precision overall, per analyte family and per
analyte; `--misses` lists what was missed and what was compiled but is not in the
gold; `--floor FILE` fails (exit 1) when a figure falls under the floor recorded there.

Two sources of text:
  --corpus DIR   the full trial files, DIR/<area>/<NCT>.criteria (rebuilt locally with
                 build_corpus.py; not in git). The headline figures of the README.
  --lines FILE   the annotated criteria only, as gold/lines.tsv keeps them (in git), so
                 CI can score without the corpus: every line that holds a gold phrase,
                 under its section. Precision is then measured on those lines only.
`--make-lines FILE` writes that lines file from the corpus.

Matching (gold/CONVENTIONS.md says how the gold is made):
  * gold analytes are plain words; gold/analytes.tsv maps each to eligo item ids and
    an analyte family. A gold row naming two items ("AST and/or ALT", `ast alt`) is
    recalled when a comparison of each item was compiled; one naming alternatives
    ("Lansky or Karnofsky score", `lansky|karnofsky`), when one of them was.
  * operator as normalised in the gold (`<`, `<=`, `>`, `>=`), exclusions not inverted
    (eligo's comparison list does not invert them either);
  * the value as written (1,500 is 1500); a restatement in other units is one
    threshold, so a compiled value that is the gold value times 1000 or 1/1000 with a
    different unit (1.5 x 10^9/L vs 1500/uL) also matches;
  * ULN/LLN: the reference must agree.
Comparisons of items out of the gold's scope (age, prior lines, durations,
pack-years) are not scored, and a criterion the registry repeats verbatim is scored
once, as it is annotated once. A bound at the very end of a scale (ECOG >= 0, Karnofsky <= 100) is what
"ECOG 0-2" compiles to and is not a threshold by the conventions: counted apart.
"""
import argparse, collections, glob, json, math, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
OUT_OF_SCOPE = {"age", "birth_date", "prior_lines", "life_expectancy",
                # "Not counted" in gold/CONVENTIONS.md: exposures, not measured values
                "pack_years"}
# The ends of the ordinal scales: "NYHA class III-IV" compiles to >= 3 and <= 4, and
# the bound at the scale's end is no threshold (gold/CONVENTIONS.md).
SCALES = {"ecog": (0, 5), "karnofsky": (0, 100), "lansky": (0, 100), "nyha_class": (1, 4),
          # the scores of issue 13's vocabulary (engine/vocabulary_*scores.cpp)
          "gcs": (3, 15), "phq9": (0, 27), "gad7": (0, 21), "mmse": (0, 30), "moca": (0, 30),
          "hoehn_yahr": (0, 5), "edss": (0, 10), "mrs": (0, 6), "nihss": (0, 42),
          "ham_d": (0, 52), "madrs": (0, 60), "panss": (30, 210), "bdi_ii": (0, 63),
          "cdr_global": (0, 3), "child_pugh_score": (5, 15), "child_pugh_class": (1, 3),
          "easi": (0, 72), "haq_di": (0, 3), "isi": (0, 28), "sledai": (0, 105),
          "urine_dipstick_protein": (0, 5),
          # the scales the gold names that were added later (HIT-6 "56 to 78" ends the scale)
          "phq8": (0, 24), "phq_a": (0, 27), "ham_d6": (0, 22), "ids_sr30": (0, 84),
          "asi3": (0, 72), "audit_score": (0, 40), "audit_c": (0, 12), "psqi": (0, 21),
          "hit6": (36, 78), "clinical_frailty_scale": (1, 9), "west_haven_grade": (0, 4),
          "icdsc": (0, 8), "ipss_r": (0, 10), "gleason_score": (2, 10),
          "widespread_pain_index": (0, 19), "symptom_severity_scale": (0, 12), "acq": (0, 6),
          "asthma_control_test": (5, 25), "ccs_angina_class": (1, 4), "copd_gold_stage": (1, 4)}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}


def number(text):
    """The gold value as a number: thousands commas and spaces dropped, class numerals
    (NYHA III) read as numbers; a category word (intermediate-2) is None."""
    t = text.strip().replace(",", "").replace(" ", "")
    if t.upper() in ROMAN:
        return float(ROMAN[t.upper()])
    if t.lower() in WORDS:
        return float(WORDS[t.lower()])
    try:
        return float(t)
    except ValueError:
        return None


def load_gold(paths, analytes):
    rows, unmapped = [], set()
    for p in paths:
        for r in read_tsv(p):
            a = analytes.get(r["analyte"])
            if a is None:
                unmapped.add(r["analyte"])
                continue
            rel = r["relative"].strip() or None
            rows.append(dict(trial=r["trial"], analyte=r["analyte"], items=a["items"],
                             any_of=a["any_of"],
                             family=a["family"], op=r["op"].strip(), value=number(r["value"]),
                             relative=rel, phrase=r["phrase"], section=r["criterion_section"],
                             condition=r["condition"]))
    if unmapped:
        sys.exit("score.py: gold analytes missing from gold/analytes.tsv:\n  " +
                 "\n  ".join(sorted(unmapped)))
    return rows


def load_analytes(path):
    out = {}
    for r in read_tsv(path):
        text = r["items"].strip()
        any_of = "|" in text
        items = [] if text in ("", "-") else text.replace("|", " ").split()
        out[r["analyte"]] = dict(items=items, any_of=any_of, family=r["family"])
    return out


def vocabulary_ids():
    """The item ids of eligo's built-in vocabulary, read off its table files."""
    ids = set()
    # The table files moved from engine/ to core/; read either.
    paths = [p for folder in ("core", "engine")
             for p in glob.glob(os.path.join(ROOT, "..", "..", folder, "vocabulary_*.cpp"))]
    for path in paths:
        text = open(path, encoding="utf-8").read()
        ids.update(re.findall(r'\b(?:measure|condition|therapy|procedure|item)\(\s*'
                              r'(?:ItemKind::\w+,\s*)?"([a-z0-9_]+)"', text))
    return ids


def trial_files(corpus, trials):
    out = {}
    for t in trials:
        hits = glob.glob(os.path.join(corpus, "*", t + ".criteria"))
        if not hits:
            sys.exit(f"score.py: no file for {t} under {corpus} (build the corpus: "
                     "tests/corpus/README.md)")
        out[t] = hits[0]
    return out


def files_from_lines(lines_path, tmp):
    by_trial = collections.defaultdict(lambda: {"inclusion": [], "exclusion": []})
    for r in read_tsv(lines_path):
        sec = "exclusion" if r["section"].startswith("exclusion") else "inclusion"
        by_trial[r["trial"]][sec].append(r["text"])
    out = {}
    for t, secs in by_trial.items():
        p = os.path.join(tmp, t + ".criteria")
        with open(p, "w", encoding="utf-8") as f:
            f.write(f"id: {t}\n\n")
            for sec, title in (("inclusion", "Inclusion Criteria:"), ("exclusion", "Exclusion Criteria:")):
                if secs[sec]:
                    f.write(title + "\n\n" + "\n".join(secs[sec]) + "\n\n")
        out[t] = p
    return out


def make_lines(gold, files, path):
    """Every line of a trial's text that holds part of a gold phrase, once, in order."""
    want = collections.defaultdict(dict)
    for g in gold:
        text = open(files[g["trial"]], encoding="utf-8").read()
        lines = text.split("\n")
        body_start = text.split("\n\n", 1)[0].count("\n") + 2
        flat, starts = "", []
        for i, l in enumerate(lines):
            starts.append(len(flat))
            flat += l + "\n"
        pat = r"\s+".join(re.escape(w) for w in g["phrase"].split())
        m = re.search(pat, flat)
        if not m:
            sys.exit(f"score.py: phrase not found in {g['trial']}: {g['phrase']}")
        first = max(i for i, s in enumerate(starts) if s <= m.start())
        last = max(i for i, s in enumerate(starts) if s <= m.end() - 1)
        for i in range(max(first, body_start), last + 1):
            want[g["trial"]][i] = (g["section"], lines[i])
    with open(path, "w", encoding="utf-8") as f:
        f.write("trial\tline\tsection\ttext\n")
        for t in sorted(want):
            for i in sorted(want[t]):
                sec, text = want[t][i]
                f.write(f"{t}\t{i + 1}\t{sec}\t{text}\n")


def run_eligo(eligo, files):
    out = {}
    paths = list(files.values())
    for i in range(0, len(paths), 50):
        chunk = paths[i:i + 50]
        p = subprocess.run([eligo, "check", "--json", *chunk], capture_output=True, text=True)
        if p.returncode not in (0, 1):
            sys.exit(f"score.py: eligo check failed ({p.returncode}):\n{p.stderr[-2000:]}")
        for line in p.stdout.splitlines():
            if line.strip():
                j = json.loads(line)
                out[j["file"]] = j
    by_trial = {}
    for t, path in files.items():
        if path not in out:
            sys.exit(f"score.py: eligo check gave nothing for {path}")
        by_trial[t] = out[path]
    return by_trial


def as_bounds(comps):
    """Equalities on one item of one criterion ("NYHA class IV", "ECOG equal to 3 or 4")
    become the bounds of the values they allow (>= 3 and <= 4), as the gold states them."""
    eqs = collections.defaultdict(list)
    out = []
    for c in comps:
        (eqs[(c["criterion"], c["item"], c["unit"], c["relative"])] if c["op"] in ("=", "==")
         else out).append(c)
    for group in eqs.values():
        lo = min(group, key=lambda c: c["value"])
        hi = max(group, key=lambda c: c["value"])
        out.append(dict(lo, op=">="))
        out.append(dict(hi, op="<="))
    return out


def comparisons(trial_json):
    out = []
    seen = set()  # a criterion the registry repeats verbatim is annotated once
    for c in trial_json["criteria"]:
        for k in c["comparisons"]:
            if k["kind"] != "measure" or k["analyte"] in OUT_OF_SCOPE:
                continue
            rel = k["relative"]["ref"] if k.get("relative") else None
            key = (" ".join(c["text"].split()), k["analyte"], k["op"], k["value"], k["unit"], rel)
            if key in seen:
                continue
            seen.add(key)
            out.append(dict(item=k["analyte"], op=k["op"], value=k["value"], unit=k["unit"],
                            relative=rel.upper() if rel else None, criterion=c["id"],
                            text=c["text"], coverage=c["coverage"], matched=False))
    return as_bounds(out)


def scale_end(c):
    if c["relative"]:
        return False
    low, high = SCALES.get(c["item"], (0, None))
    return (c["op"] == ">=" and c["value"] == low) or (c["op"] == "<=" and c["value"] == high)


def same_value(g, c):
    if g["value"] is None:
        return False
    if abs(c["value"] - g["value"]) <= 1e-9 * max(1.0, abs(g["value"])):
        return True
    return any(abs(c["value"] - g["value"] * f) <= 1e-9 * max(1.0, abs(g["value"] * f))
               for f in (1000.0, 0.001))


def fits(g, c, item):
    return (not c["matched"] and c["item"] == item and c["op"] == g["op"]
            and c["relative"] == g["relative"] and same_value(g, c))


def score(gold, compiled):
    """Marks gold rows `hit` and comparisons `matched`; returns the comparisons."""
    for g in gold:
        comps = compiled.get(g["trial"], [])
        found = []
        for item in g["items"]:
            c = next((c for c in comps if fits(g, c, item)), None)
            if c is None:
                # A second gold row with the same threshold (a phrase that states it
                # twice, or two rows of one conditional) may share a comparison.
                c = next((c for c in comps if c["matched"] and c["item"] == item and
                          c["op"] == g["op"] and c["relative"] == g["relative"] and
                          same_value(g, c) and c.get("row_phrase") == g["phrase"]), None)
            found.append(c)
        g["hit"] = bool(g["items"]) and (any(found) if g["any_of"] else all(found))
        if g["hit"]:
            for c in filter(None, found):
                c["matched"] = True
                c["row_phrase"] = g["phrase"]
                c["family"] = g["family"]


def ratio(a, b):
    return a / b if b else float("nan")


def tally(gold, compiled, family_of_item):
    fam = collections.defaultdict(lambda: [0, 0, 0, 0])  # gold, hit, compiled, matched
    ana = collections.defaultdict(lambda: [0, 0])
    for g in gold:
        fam[g["family"]][0] += 1
        fam[g["family"]][1] += g["hit"]
        ana[g["analyte"]][0] += 1
        ana[g["analyte"]][1] += g["hit"]
    ends = 0
    for comps in compiled.values():
        for c in comps:
            if not c["matched"] and scale_end(c):
                ends += 1
                continue
            f = c.get("family") or family_of_item.get(c["item"], "other")
            fam[f][2] += 1
            fam[f][3] += c["matched"]
    return fam, ana, ends


def below_floor(figures, floor_rows):
    """The figures under their floor. A family that compiled nothing has no precision
    (nan): nothing wrong was compiled, so it passes; its recall is checked as ever."""
    bad = []
    for r in floor_rows:
        f = figures.get(r["family"])
        if f is None:
            bad.append(f"{r['family']}: no figures")
            continue
        for key in ("recall", "precision"):
            if key == "precision" and f[key] != f[key]:
                continue
            if r[key] and not f[key] >= float(r[key]) - 1e-9:
                bad.append(f"{r['family']} {key} {f[key]:.3f} < floor {r[key]}")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eligo", default=os.path.join(ROOT, "..", "..", "build", "dev", "eligo"))
    ap.add_argument("--gold", nargs="+", default=[os.path.join(ROOT, "gold", "thresholds.tsv")])
    ap.add_argument("--analytes", default=os.path.join(ROOT, "gold", "analytes.tsv"))
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--corpus", help="full texts: DIR/<area>/<NCT>.criteria")
    src.add_argument("--lines", help="annotated lines only (gold/lines.tsv)")
    ap.add_argument("--make-lines", metavar="FILE", help="write the lines file from --corpus")
    ap.add_argument("--misses", action="store_true", help="list misses and extra comparisons")
    ap.add_argument("--per-analyte", action="store_true", help="print the per-analyte table")
    ap.add_argument("--floor", help="TSV of family, recall, precision floors; exit 1 below")
    ap.add_argument("--json", help="write the figures as JSON to this file")
    ap.add_argument("--write-floor", metavar="FILE",
                    help="write the figures reached as the new floor (3 decimals, rounded down)")
    a = ap.parse_args()

    analytes = load_analytes(a.analytes)
    gold = load_gold(a.gold, analytes)
    trials = sorted({g["trial"] for g in gold})
    with tempfile.TemporaryDirectory() as tmp:
        if a.lines:
            files = files_from_lines(a.lines, tmp)
            missing = [t for t in trials if t not in files]
            if missing:
                sys.exit(f"score.py: {a.lines} lacks trials {missing[:5]}; remake it")
            texts = {t: re.sub(r"\s+", " ", open(p, encoding="utf-8").read()) for t, p in files.items()}
            lost = [g for g in gold if re.sub(r"\s+", " ", g["phrase"]) not in texts[g["trial"]]]
            if lost:
                sys.exit(f"score.py: {len(lost)} gold phrases are not in {a.lines}, e.g. "
                         f"{lost[0]['trial']}: {lost[0]['phrase']}; remake it")
        else:
            files = trial_files(a.corpus or ROOT, trials)
        if a.make_lines:
            make_lines(gold, files, a.make_lines)
            print(f"wrote {a.make_lines}")
            return 0
        results = run_eligo(os.path.abspath(a.eligo), {t: files[t] for t in trials})
    compiled = {t: comparisons(j) for t, j in results.items()}
    score(gold, compiled)
    family_of_item = {}
    for info in analytes.values():
        for item in info["items"]:
            family_of_item.setdefault(item, info["family"])
    fam, ana, ends = tally(gold, compiled, family_of_item)

    tot = [sum(v[i] for v in fam.values()) for i in range(4)]
    ids = vocabulary_ids()
    known = [g for g in gold if g["items"] and all(i in ids for i in g["items"])]
    print(f"gold: {len(gold)} thresholds in {len(trials)} trials "
          f"({len(known)} of analytes eligo has); source: {'lines' if a.lines else 'corpus'}")
    print(f"{'family':<14}{'gold':>6}{'found':>7}{'recall':>8}{'compiled':>10}{'right':>7}{'precision':>11}")
    rows = sorted(fam.items()) + [("ALL", tot)]
    figures = {}
    for name, (ng, nh, nc, nm) in rows:
        figures[name] = dict(gold=ng, found=nh, recall=ratio(nh, ng), compiled=nc, right=nm,
                             precision=ratio(nm, nc))
        print(f"{name:<14}{ng:>6}{nh:>7}{ratio(nh, ng):>8.3f}{nc:>10}{nm:>7}{ratio(nm, nc):>11.3f}")
    kh = sum(g["hit"] for g in known)
    figures["known_analytes"] = dict(gold=len(known), found=kh, recall=ratio(kh, len(known)))
    print(f"recall on analytes eligo has: {kh}/{len(known)} = {ratio(kh, len(known)):.3f}; "
          f"scale-end bounds not counted: {ends}")
    if a.per_analyte:
        print(f"\n{'analyte':<50}{'gold':>6}{'found':>7}")
        for name, (ng, nh) in sorted(ana.items(), key=lambda x: (-x[1][0], x[0])):
            print(f"{name[:49]:<50}{ng:>6}{nh:>7}")
    if a.misses:
        print("\nmissed (gold rows not compiled):")
        for g in gold:
            if not g["hit"]:
                print(f"  {g['trial']}  {g['analyte']} {g['op']} {g['value']:g}"
                      f"{' x ' + g['relative'] if g['relative'] else ''}  | {g['phrase']}"
                      if g["value"] is not None else f"  {g['trial']}  {g['analyte']} | {g['phrase']}")
        print("\nextra (compiled, not in the gold):")
        for t, comps in sorted(compiled.items()):
            for c in comps:
                if not c["matched"] and not scale_end(c):
                    rel = " x " + c["relative"] if c["relative"] else ""
                    print(f"  {t} {c['criterion']}  {c['item']} {c['op']} {c['value']:g} {c['unit']}{rel}"
                          f"  | {c['text'][:110]}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(figures, f, indent=1, sort_keys=True)
    if a.write_floor:
        with open(a.write_floor, "w") as f:
            f.write("family\trecall\tprecision\n")
            for name in [n for n, _ in rows]:
                fig = figures[name]
                cut = lambda x: "" if x != x else f"{math.floor(x * 1000) / 1000:.3f}"
                f.write(f"{name}\t{cut(fig['recall'])}\t{cut(fig['precision'])}\n")
        print(f"wrote {a.write_floor}")
    if a.floor:
        bad = below_floor(figures, read_tsv(a.floor))
        if bad:
            print("\nBELOW THE FLOOR:\n  " + "\n  ".join(bad))
            return 1
        print("\nall figures at or above the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
