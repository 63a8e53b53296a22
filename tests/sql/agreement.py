#!/usr/bin/env python3
"""Compares `eligo screen --format csv` with the result of `eligo sql` on a database.

    tests/sql/agreement.py ELIGO_CSV SQL_CSV

ELIGO_CSV has the columns patient,trial,verdict,score,deciding,to_decide(,to_confirm);
SQL_CSV person_id,person_source_value,trial_id,verdict,score,deciding,to_decide. A pair
is (patient, trial) = (person_source_value, trial_id); every pair must be in both files
once, with the same verdict, the same score (as numbers) and the same deciding and
to_decide lists as sets (items separated by ';' as in eligo's CSV, whitespace and order
ignored). Prints one line per disagreement naming the person, the trial and what differs
(the criterion ids or items in one list and not the other), then a summary line.
Exit status: 0 all agree, 1 a disagreement or a pair missing, 2 an input unreadable.
"""
import csv
import sys

ELIGO = ("patient", "trial", "verdict", "score", "deciding", "to_decide")
SQL = ("person_source_value", "trial_id", "verdict", "score", "deciding", "to_decide")


class Unreadable(Exception):
    pass


def read(path, columns):
    """{(person, trial): {verdict, score, deciding, to_decide}} and the keys seen twice."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise Unreadable(f"{path}: no column {', '.join(missing)}")
            rows, twice = {}, []
            for row in reader:
                person, trial, *values = (row[c] if row[c] is not None else "" for c in columns)
                key = (person, trial)
                if key in rows:
                    twice.append(key)
                rows[key] = dict(zip(("verdict", "score", "deciding", "to_decide"), values))
            return rows, twice
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise Unreadable(f"{path}: {error}") from error


def items(text):
    return {" ".join(item.split()) for item in text.split(";")} - {""}


def score(text):
    try:
        return float(text)
    except ValueError:
        return text.strip()


def differences(ours, theirs):
    """What differs between eligo's row and the SQL row of one pair, as phrases."""
    out = []
    if ours["verdict"].strip().lower() != theirs["verdict"].strip().lower():
        out.append(f"verdict {ours['verdict']} (eligo) vs {theirs['verdict']} (sql)")
    if score(ours["score"]) != score(theirs["score"]):
        out.append(f"score {ours['score']} (eligo) vs {theirs['score']} (sql)")
    for column in ("deciding", "to_decide"):
        a, b = items(ours[column]), items(theirs[column])
        if a != b:
            parts = [f"only eligo: {'; '.join(sorted(a - b))}" if a - b else "",
                     f"only sql: {'; '.join(sorted(b - a))}" if b - a else ""]
            out.append(f"{column} differs ({', '.join(p for p in parts if p)})")
    return out


def main(argv):
    if len(argv) != 3:
        print("usage: agreement.py ELIGO_CSV SQL_CSV", file=sys.stderr)
        return 2
    try:
        eligo, eligo_twice = read(argv[1], ELIGO)
        sql, sql_twice = read(argv[2], SQL)
    except Unreadable as error:
        print(f"agreement.py: {error}", file=sys.stderr)
        return 2
    problems = []
    for side, twice in (("eligo", eligo_twice), ("sql", sql_twice)):
        problems += [f"person {p}, trial {t}: more than one row in {side}" for p, t in twice]
    for person, trial in sorted(eligo.keys() | sql.keys()):
        if (person, trial) not in sql:
            problems.append(f"person {person}, trial {trial}: missing from sql")
        elif (person, trial) not in eligo:
            problems.append(f"person {person}, trial {trial}: missing from eligo")
        else:
            found = differences(eligo[(person, trial)], sql[(person, trial)])
            if found:
                problems.append(f"person {person}, trial {trial}: {'; '.join(found)}")
    for line in problems:
        print(f"DISAGREE {line}")
    compared = len(eligo.keys() & sql.keys())
    print(f"agreement: {compared} pairs compared, {len(problems)} disagreements")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
