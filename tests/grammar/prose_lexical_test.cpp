// Issue 13, the lexical level: comparators in words restated as symbols, numbers
// without a unit (inferred only when one unit makes sense, and marked so), and the one
// check of every threshold against its item's sensible range. Each row: the text, its
// coverage and tree, the uncovered text, and a word the warning must contain.
#include "prose_test_support.hpp"

namespace eligo::prose_test {
namespace {

struct Refused {
  std::string_view text;
  Coverage coverage;
  std::string_view rule;       // what still compiles ("" for none)
  std::string_view uncovered;  // the refused text
  std::string_view reason;     // a phrase of the warning
};

const std::vector<Refused> kRefused = {
    {"Hb < 8.5 mg/dL", none, "", "Hb < 8.5 mg/dL", "unit typo?"},
    {"Hb < 8.5 mg/dL", none, "", "Hb < 8.5 mg/dL", "outside 4-20 g/dL"},
    {"ECOG performance status ≥ 60%", none, "", "ECOG performance status ≥ 60%",
     "outside 0-5 for ecog"},
    {"ECOG ≤ 60", none, "", "ECOG ≤ 60", "outside 0-5"},
    {"Karnofsky ≥ 170", none, "", "Karnofsky ≥ 170", "outside 0-100"},
    {"ALT ≤ 300 x ULN", none, "", "ALT ≤ 300 x ULN", "not a sensible threshold"},
    {"Serum testosterone < 50", none, "", "testosterone < 50", "several of its units"},
    {"ANC more than (<=) 1500/µL", none, "", "ANC more than (<=) 1500/µL", "disagree"},
    {"ANC ≥ 1500/µL and hemoglobin ≥ 9 mg/dL", partial, "anc >= 1500 /uL", "hemoglobin ≥ 9 mg/dL",
     "unit typo?"},
    {"Platelets ≥ 100,000 x 10^9/L", none, "", "Platelets ≥ 100,000 x 10^9/L",
     "outside 5-1000 10^9/L"},
    // A word after the number that may be a unit eligo does not know: nothing inferred.
    {"HbA1c ≥ 7 mmol", none, "", "HbA1c ≥ 7 mmol", "not a unit eligo knows"},
    // "1,5" without a unit: a decimal comma or a list; never one and a half silently.
    {"Total bilirubin ≤ 1,5", none, "", "Total bilirubin ≤ 1,5", "decimal comma"},
    {"Platelets ≥ 100,5", none, "", "Platelets ≥ 100,5", "decimal comma"},
};

}  // namespace

TEST_CASE("prose: implausible thresholds are refused with the reason", "[prose][lexical]") {
  for (const auto& c : kRefused) {
    INFO("text: " << c.text);
    const grammar::ProseCompile r = grammar::compile_prose(c.text);
    CHECK(to_string(r.coverage) == to_string(c.coverage));
    if (c.coverage != Coverage::none) CHECK(print(r.tree) == c.rule);
    const auto uncovered = uncovered_texts(r, c.text);
    CHECK(std::find(uncovered.begin(), uncovered.end(), std::string(c.uncovered)) !=
          uncovered.end());
    bool reason = false;
    for (const auto& d : r.diagnostics) reason |= d.message.find(c.reason) != std::string::npos;
    CHECK(reason);
  }
}

TEST_CASE("prose: an inferred unit is marked in the tree", "[prose][lexical]") {
  const struct {
    std::string_view text;
    std::string_view rule;
    bool inferred;
  } kCases[] = {
      {"ANC ≥ 1,500", "anc >= 1500 /uL", true},
      {"Hemoglobin > 9", "hemoglobin > 9 g/dL", true},
      {"Platelets ≥ 100k", "platelets >= 100000 /uL", true},
      {"ANC ≥ 1500/µL", "anc >= 1500 /uL", false},
      {"ECOG ≤ 2", "ecog <= 2", false},  // a score has no unit: nothing inferred
  };
  for (const auto& c : kCases) {
    INFO("text: " << c.text);
    const grammar::ProseCompile r = grammar::compile_prose(c.text);
    REQUIRE(r.coverage == Coverage::full);
    CHECK(print(r.tree) == c.rule);
    const auto notes = inferred_unit_notes(r.tree);
    CHECK(notes.size() == (c.inferred ? 1u : 0u));
    if (c.inferred && !notes.empty()) {
      CHECK(notes.front() == std::string(c.rule) + ": unit not written; inferred from the value");
    }
  }
}

}  // namespace eligo::prose_test
