#!/usr/bin/env python3
"""Tests of score.py's matching rules, on hand-made comparisons (no eligo needed):
what counts as the same threshold, what is a scale end, how alternatives and
equalities are read, and that a figure under the floor fails."""
import os, subprocess, sys, tempfile, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def comp(item, op, value, unit="", relative=None, criterion="I1"):
    return dict(item=item, op=op, value=value, unit=unit, relative=relative,
                criterion=criterion, text="", coverage="full", matched=False)


def row(items, op, value, relative=None, any_of=False, trial="NCT1", phrase="p"):
    return dict(trial=trial, analyte=" ".join(items), items=items, any_of=any_of,
                family="f", op=op, value=value, relative=relative, phrase=phrase,
                section="inclusion", condition="")


class Matching(unittest.TestCase):
    def test_gold_values_as_written(self):
        self.assertEqual(score.number("1,500"), 1500)
        self.assertEqual(score.number("III"), 3)
        self.assertEqual(score.number("three"), 3)
        self.assertIsNone(score.number("intermediate-2"))

    def test_same_threshold_needs_item_op_value_and_reference(self):
        g = row(["alt"], "<=", 3, "ULN")
        self.assertTrue(score.fits(g, comp("alt", "<=", 3, relative="ULN"), "alt"))
        self.assertFalse(score.fits(g, comp("alt", "<", 3, relative="ULN"), "alt"))
        self.assertFalse(score.fits(g, comp("alt", "<=", 3), "alt"))
        self.assertFalse(score.fits(g, comp("alt", "<=", 2.5, relative="ULN"), "alt"))
        self.assertFalse(score.fits(g, comp("ast", "<=", 3, relative="ULN"), "alt"))

    def test_a_restatement_in_other_units_is_the_same_threshold(self):
        g = row(["anc"], ">=", 1.5)
        self.assertTrue(score.fits(g, comp("anc", ">=", 1500, "/uL"), "anc"))
        self.assertFalse(score.fits(g, comp("anc", ">=", 150, "/uL"), "anc"))

    def test_both_items_or_either(self):
        both = [row(["ast", "alt"], "<=", 3, "ULN")]
        compiled = {"NCT1": [comp("ast", "<=", 3, relative="ULN")]}
        score.score(both, compiled)
        self.assertFalse(both[0]["hit"])
        either = [row(["lansky", "karnofsky"], ">=", 50, any_of=True)]
        compiled = {"NCT1": [comp("karnofsky", ">=", 50)]}
        score.score(either, compiled)
        self.assertTrue(either[0]["hit"])
        self.assertTrue(compiled["NCT1"][0]["matched"])

    def test_equalities_become_bounds_and_scale_ends_are_apart(self):
        bounds = score.as_bounds([comp("nyha_class", "=", 3), comp("nyha_class", "=", 4)])
        self.assertEqual(sorted((c["op"], c["value"]) for c in bounds), [("<=", 4), (">=", 3)])
        self.assertTrue(score.scale_end(comp("nyha_class", "<=", 4)))
        self.assertTrue(score.scale_end(comp("ecog", ">=", 0)))
        self.assertFalse(score.scale_end(comp("ecog", "<=", 2)))
        self.assertFalse(score.scale_end(comp("alt", ">=", 0, relative="ULN")))


class Floor(unittest.TestCase):
    def test_a_repeated_criterion_and_out_of_scope_items_count_once_or_not(self):
        def crit(cid, text, analyte, op, value):
            return dict(id=cid, text=text, coverage="full", comparisons=[dict(
                kind="measure", analyte=analyte, op=op, value=value, unit="")])
        trial = dict(criteria=[crit("I1", "GCS of 13-15", "gcs", ">=", 13),
                               crit("I9", "GCS  of 13-15", "gcs", ">=", 13),
                               crit("I10", "GCS of 14-15", "gcs", ">=", 14),
                               crit("E1", "more than 10 pack years", "pack_years", ">", 10)])
        got = [(c["criterion"], c["value"]) for c in score.comparisons(trial)]
        self.assertEqual(got, [("I1", 13), ("I10", 14)])

    def test_the_floor_check(self):
        floor = [dict(family="liver", recall="0.500", precision="0.900"),
                 dict(family="other", recall="0.000", precision="0.000")]
        nan = float("nan")
        ok = {"liver": dict(recall=0.5, precision=0.95), "other": dict(recall=0.0, precision=nan)}
        self.assertEqual(score.below_floor(ok, floor), [])
        low = {"liver": dict(recall=0.49, precision=0.95), "other": dict(recall=0.0, precision=0.0)}
        self.assertEqual(len(score.below_floor(low, floor)), 1)
        self.assertEqual(len(score.below_floor({"liver": ok["liver"]}, floor)), 1)

    def test_a_figure_under_the_floor_fails(self):
        here = os.path.dirname(os.path.abspath(__file__))
        with tempfile.TemporaryDirectory() as tmp:
            floor = os.path.join(tmp, "floor.tsv")
            with open(floor, "w") as f:
                f.write("family\trecall\tprecision\nALL\t1.000\t1.000\n")
            eligo = os.environ.get("ELIGO_BINARY")
            if not eligo:
                self.skipTest("ELIGO_BINARY not set")
            p = subprocess.run([sys.executable, os.path.join(here, "score.py"), "--eligo", eligo,
                                "--lines", os.path.join(here, "..", "gold", "lines.tsv"),
                                "--floor", floor], capture_output=True, text=True)
            self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
            self.assertIn("BELOW THE FLOOR", p.stdout)


if __name__ == "__main__":
    unittest.main()
