#!/usr/bin/env python3
"""A patient-view hook request for the CDS Hooks benchmark (bench/serve.sh): sample
patient P03 (tests/inputs/data/P03-rrmm.bundle.json) prefetched as an EHR would, its
observations repeated at earlier dates (monthly, older first) up to N observations.
Usage: serve_hook.py BUNDLE N > request.json"""
import copy
import datetime
import json
import sys

KEYS = {"Observation": "observations", "Condition": "conditions", "Procedure": "procedures",
        "MedicationStatement": "medicationStatements"}


def main():
    bundle = json.load(open(sys.argv[1]))
    wanted = int(sys.argv[2])
    entries = bundle["entry"]
    patient = next(e["resource"] for e in entries if e["resource"]["resourceType"] == "Patient")
    reference = "Patient/" + patient["id"]
    prefetch = {"patient": patient}
    observations = [e for e in entries if e["resource"]["resourceType"] == "Observation"]
    copies, month = [], 1
    while len(observations) + len(copies) < wanted:
        for e in observations:
            if len(observations) + len(copies) >= wanted:
                break
            c = copy.deepcopy(e)
            r = c["resource"]
            day = datetime.date.fromisoformat(r["effectiveDateTime"][:10])
            r["effectiveDateTime"] = (day - datetime.timedelta(days=30 * month)).isoformat()
            r["id"] = "%s-m%d" % (r["id"], month)
            c["fullUrl"] = "urn:uuid:" + r["id"]
            copies.append(c)
        month += 1
    for e in entries + copies:
        r = dict(e["resource"])
        kind = r["resourceType"]
        if kind == "Patient":
            continue
        if "subject" in r:
            r["subject"] = {"reference": reference}
        key = KEYS.get(kind, "medications")
        bundle_out = prefetch.setdefault(key, {"resourceType": "Bundle", "type": "searchset",
                                               "entry": []})
        bundle_out["entry"].append({"fullUrl": e["fullUrl"], "resource": r})
    request = {"hook": "patient-view", "hookInstance": "bench-0001",
               "context": {"userId": "Practitioner/bench", "patientId": patient["id"]},
               "prefetch": prefetch}
    json.dump(request, sys.stdout)


if __name__ == "__main__":
    main()
