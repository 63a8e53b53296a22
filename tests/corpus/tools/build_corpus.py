#!/usr/bin/env python3
"""Build tests/corpus/<area>/<NCTID>.criteria files from local copies of public
ClinicalTrials.gov records (API v2 JSON "ctg-studies.json" downloads, API v2
{"studies": [...]} responses, or legacy per-study XML files).

Nothing is downloaded: every input is a local file named in a manifest.

usage: build_corpus.py MANIFEST OUTDIR [--per-area N]

MANIFEST is a TSV with columns: local_path  repo  repo_path  commit
(one row per input file; a directory local_path means every *.xml in it,
repo_path then names that directory).  The first source that gives a trial
wins; later duplicates are skipped.  A file OUTDIR/manifest.tsv records, for
every trial written, its area and the source it came from.
"""
import argparse, collections, glob, json, os, re, sys
import xml.etree.ElementTree as ET

AREAS = ["oncology", "haematology", "cardiology", "nephrology", "endocrinology",
         "infectious", "hepatology", "pulmonology", "neurology", "psychiatry",
         "paediatrics", "other"]

# Every area whose pattern matches one of the trial's listed conditions is a
# candidate (the title is used only when no condition matches); among several
# candidates the one listed first in RARITY wins (haematological and other
# cancers first, so "hepatocellular carcinoma" is oncology; then the scarcer
# areas), so that a trial of, say,
# "Type 2 Diabetes; Chronic Kidney Disease" fills the scarcer nephrology folder.
PATTERNS = [
    ("haematology", r"leuka?emi|lymphoma|myeloma|myelodysplast|myelofibrosis|"
                    r"\ban(a)?emi|sickle|thalass|ha?emophil|thrombocytop|neutropeni|"
                    r"polycythemia|hematolog|haematolog|blood (disorder|coagulation)|"
                    r"von willebrand|aplastic|hemoglobin|thromb(osis|oembol)|"
                    r"venous thromb|hodgkin|waldenstr|amyloidosis"),
    ("oncology", r"cancer|carcinoma|neoplas|tumou?r|oncolog|sarcoma|melanoma|"
                 r"glioma|glioblastoma|metasta|malignan|adenocarcinoma|blastoma|"
                 r"mesothelioma"),
    ("infectious", r"covid|sars-cov|coronavirus|hiv\b|hiv[- ]|aids\b|tubercul|malaria|"
                   r"influenza|infection|infectious|sepsis|septic|pneumonia|vaccin|"
                   r"bacter|viral|virus|fungal|candid|antibiotic|\bcmv\b|herpes|"
                   r"zoster|rsv\b|\btb\b|hepatitis b|hepatitis c|\bhbv\b|\bhcv\b"),
    ("hepatology", r"liver|hepat|cirrho|nash\b|nafld|masld|mash\b|steatohep|"
                   r"biliary|cholang|portal hypert"),
    ("nephrology", r"kidney|renal|nephr|dialysis|glomerul|ckd\b|esrd|"
                   r"hemodialysis|proteinuri|albuminuri"),
    ("cardiology", r"heart|cardi|coronary|myocard|hypertens|atrial|arrhythm|"
                   r"angina|vascular|aort|valv|hypercholesterol|dyslipid|"
                   r"hyperlipid|atheroscl|blood pressure|lipoprotein|statin"),
    ("endocrinology", r"diabet|obes|thyroid|insulin|glyc|endocrin|metabolic|"
                      r"adrenal|pituitar|cushing|growth hormone|osteopor|"
                      r"hypogonad|polycystic ovary|weight"),
    ("pulmonology", r"asthma|copd|pulmonary|lung|respirat|bronch|emphysema|"
                    r"cystic fibrosis|sleep apn|idiopathic pulmonary|airway|"
                    r"dyspn|cough"),
    ("neurology", r"headache|migraine|epilep|seizure|stroke|parkinson|alzheimer|"
                  r"dementia|multiple sclerosis|neuropath|amyotrophic|\bals\b|"
                  r"brain injur|neurolog|cognitive impair|huntington|ataxia|"
                  r"spinal cord|cerebral|myasthenia|neurodegener|tremor|dystonia|"
                  r"concussion|nerve"),
    ("psychiatry", r"depress|anxiety|schizo|bipolar|ptsd|post-?traumatic stress|"
                   r"substance|alcohol|opioid[- ]use|addict|abuse|dependence|methamphetamine|cocaine|cannabis|gambling|personality disorder|borderline|smok|tobacco|nicotine|"
                   r"autism|adhd|attention deficit|mental|psychiatr|psycho|"
                   r"insomnia|eating disorder|anorexia nervosa|suicid|obsessive|"
                   r"panic|stress|mood|burnout|well-being|wellbeing"),
]
COMPILED = [(a, re.compile(p, re.I)) for a, p in PATTERNS]
RARITY = ["haematology", "oncology", "hepatology", "nephrology", "pulmonology",
          "cardiology", "infectious", "psychiatry", "endocrinology", "neurology"]


def age_years(s):
    if not s:
        return None
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(Year|Month|Week|Day|Hour|Minute)", s, re.I)
    if not m:
        return None
    v = float(m.group(1)); u = m.group(2).lower()
    return v / {"year": 1, "month": 12, "week": 52, "day": 365,
                "hour": 8760, "minute": 525600}[u]


def classify(conditions, title, max_age):
    mx = age_years(max_age)
    if mx is not None and mx <= 18:
        return "paediatrics"
    for texts in (conditions, [title or ""]):
        hits = {area for t in texts for area, rx in COMPILED if rx.search(t)}
        if hits:
            return min(hits, key=RARITY.index)
    return "other"


def from_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict):
        data = data.get("studies", [])
    for s in data:
        p = s.get("protocolSection", {})
        ident = p.get("identificationModule", {})
        elig = p.get("eligibilityModule", {})
        text = elig.get("eligibilityCriteria")
        if not isinstance(text, str) or not ident.get("nctId"):
            continue
        yield dict(nct=ident["nctId"], title=ident.get("briefTitle"),
                   conditions=p.get("conditionsModule", {}).get("conditions", []),
                   min_age=elig.get("minimumAge"), max_age=elig.get("maximumAge"),
                   sex=elig.get("sex"),
                   healthy=elig.get("healthyVolunteers"), text=text)


def dedent_block(text):
    """Legacy XML <textblock>s carry the XML file's own indentation (and a
    leading and trailing blank line); strip the indentation common to every
    non-blank line, nothing else."""
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] if l.strip() else "" for l in lines)


def from_xml(path):
    root = ET.parse(path).getroot()
    nct = root.findtext("id_info/nct_id")
    tb = root.find("eligibility/criteria/textblock")
    if nct is None or tb is None or tb.text is None:
        return
    g = root.findtext("eligibility/gender")
    sex = {"All": "ALL", "Female": "FEMALE", "Male": "MALE"}.get(g or "")
    hv = root.findtext("eligibility/healthy_volunteers")
    yield dict(nct=nct, title=root.findtext("brief_title"),
               conditions=[c.text or "" for c in root.findall("condition")],
               min_age=root.findtext("eligibility/minimum_age"),
               max_age=root.findtext("eligibility/maximum_age"),
               sex=sex, healthy={"Accepts Healthy Volunteers": True,
                                 "No": False}.get(hv or "", None),
               text=dedent_block(tb.text))


def render(t, src):
    out = [f"# {t['nct']}: ClinicalTrials.gov eligibility text as saved in "
           f"{src['repo']} ({src['repo_path']}, commit {src['commit']}).",
           f"# Conditions: {'; '.join(t['conditions'])}",
           f"id: {t['nct']}"]
    if t.get("title"):
        out.append("title: " + " ".join(t["title"].split()))
    for key, val in (("min_age", t.get("min_age")), ("max_age", t.get("max_age"))):
        if val and age_years(val) is not None:
            out.append(f"{key}: {val}")
    if t.get("sex") in ("ALL", "FEMALE", "MALE"):
        out.append(f"sex: {t['sex']}")
    if t.get("healthy") is not None:
        out.append("healthy_volunteers: " + ("Yes" if t["healthy"] else "No"))
    body = t["text"].replace("\r\n", "\n").rstrip("\n")
    return "\n".join(out) + "\n\n" + body + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest"); ap.add_argument("outdir")
    ap.add_argument("--per-area", type=int, default=40)
    a = ap.parse_args()
    seen, picked = set(), collections.defaultdict(list)
    for line in open(a.manifest, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        local, repo, rpath, commit = line.rstrip("\n").split("\t")
        src = dict(repo=repo, repo_path=rpath, commit=commit)
        files = sorted(glob.glob(os.path.join(local, "*.xml"))) if os.path.isdir(local) else [local]
        for f in files:
            gen = from_xml(f) if f.endswith(".xml") else from_json(f)
            s = dict(src)
            if os.path.isdir(local):
                s["repo_path"] = rpath.rstrip("/") + "/" + os.path.basename(f)
            for t in gen:
                if t["nct"] in seen or not t["text"].strip():
                    continue
                seen.add(t["nct"])
                area = classify(t["conditions"], t["title"], t.get("max_age"))
                picked[area].append((t, s))
    rows = []
    for area in AREAS:
        # take trials round-robin over the source repositories, so a large
        # single-topic download does not fill a folder on its own
        by_src = collections.OrderedDict()
        for t, s in picked[area]:
            by_src.setdefault(s["repo"], []).append((t, s))
        chosen, queues = [], [list(v) for v in by_src.values()]
        while len(chosen) < a.per_area and any(queues):
            for q in queues:
                if q and len(chosen) < a.per_area:
                    chosen.append(q.pop(0))
        for t, s in chosen:
            d = os.path.join(a.outdir, area)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, t["nct"] + ".criteria"), "w", encoding="utf-8") as f:
                f.write(render(t, s))
            rows.append((t["nct"], area, s["repo"], s["repo_path"], s["commit"]))
    with open(os.path.join(a.outdir, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("nct_id\tarea\trepo\tpath\tcommit\n")
        for r in sorted(rows, key=lambda r: (AREAS.index(r[1]), r[0])):
            f.write("\t".join(r) + "\n")
    c = collections.Counter(r[1] for r in rows)
    avail = {k: len(v) for k, v in picked.items()}
    for area in AREAS:
        print(f"{area}\t{c.get(area, 0)}\t(available {avail.get(area, 0)})")
    print("total", len(rows))


if __name__ == "__main__":
    main()
