#!/usr/bin/env python3
"""tests/sql/agreement.py's own test: what agrees, what does not, and what it prints."""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ELIGO = """patient,trial,verdict,score,deciding,to_decide,to_confirm
P1,T1,ineligible,8,I1;E2,,
P1,T2,undetermined,49,I3,platelets within 28 days of 2026-11-20;birth_date,I2
P2,T1,eligible,95,,,I1;I3
"""
SQL_HEADER = "person_id,person_source_value,trial_id,verdict,score,deciding,to_decide\n"
SQL = SQL_HEADER + """2,P2,T1,eligible,95,,
1,P1,T1,ineligible,8.0,E2; I1,
1,P1,T2,undetermined,49,I3,"birth_date ;platelets  within 28 days of 2026-11-20"
"""


class AgreementTest(unittest.TestCase):
    def run_on(self, eligo, sql):
        with tempfile.TemporaryDirectory() as work:
            paths = []
            for name, text in (("eligo.csv", eligo), ("sql.csv", sql)):
                paths.append(os.path.join(work, name))
                with open(paths[-1], "w", encoding="utf-8") as f:
                    f.write(text)
            run = subprocess.run([sys.executable, os.path.join(HERE, "agreement.py"), *paths],
                                 capture_output=True, text=True, check=False)
            return run.returncode, run.stdout

    def test_same_verdicts_in_another_order_and_spacing_agree(self):
        status, out = self.run_on(ELIGO, SQL)
        self.assertEqual(status, 0, out)
        self.assertEqual(out, "agreement: 3 pairs compared, 0 disagreements\n")

    def test_a_difference_names_person_trial_and_criteria(self):
        status, out = self.run_on(ELIGO, SQL.replace("8.0,E2; I1", "8,E2;E4"))
        self.assertEqual(status, 1)
        self.assertIn("DISAGREE person P1, trial T1: deciding differs (only eligo: I1, "
                      "only sql: E4)", out)
        self.assertIn("3 pairs compared, 1 disagreements", out)

    def test_verdict_and_score(self):
        status, out = self.run_on(ELIGO, SQL.replace("eligible,95", "undetermined,50"))
        self.assertEqual(status, 1)
        self.assertIn("person P2, trial T1: verdict eligible (eligo) vs undetermined (sql); "
                      "score 95 (eligo) vs 50 (sql)", out)

    def test_missing_and_repeated_pairs(self):
        sql = SQL_HEADER + "2,P2,T1,eligible,95,,\n2,P2,T1,eligible,95,,\n9,P9,T1,eligible,9,,\n"
        status, out = self.run_on(ELIGO, sql)
        self.assertEqual(status, 1)
        for line in ("person P1, trial T1: missing from sql",
                     "person P1, trial T2: missing from sql",
                     "person P9, trial T1: missing from eligo",
                     "person P2, trial T1: more than one row in sql"):
            self.assertIn(f"DISAGREE {line}\n", out)

    def test_unreadable_input(self):
        self.assertEqual(self.run_on(ELIGO, "a,b\n1,2\n")[0], 2)
        self.assertEqual(self.run_on("patient,trial\nP1,T1\n", SQL)[0], 2)


if __name__ == "__main__":
    unittest.main()
