// threshold_sense: the range check of a compiled threshold and the inference of a unit
// not written, as tables over made-up vocabulary rows (so the tests do not move when
// the built-in table does).
#include "grammar/threshold_sense.hpp"

#include <catch2/catch.hpp>

namespace eligo {
namespace {

VocabularyEntry row(std::string id, Dimension dimension, std::string unit) {
  VocabularyEntry e;
  e.id = std::move(id);
  e.dimension = dimension;
  e.canonical_unit = std::move(unit);
  return e;
}

}  // namespace

TEST_CASE("threshold_sense: values outside the sensible range are refused", "[units][sense]") {
  VocabularyEntry hb = row("hb", Dimension::mass_concentration, "g/dL");
  hb.plausible_low = 0;
  hb.plausible_high = 30;
  hb.threshold_low = 4;
  hb.threshold_high = 20;
  VocabularyEntry score = row("score", Dimension::count, "");
  score.plausible_low = 0;
  score.plausible_high = 5;
  const struct {
    const VocabularyEntry* entry;
    double value;
    const char* unit;  // nullptr: none
    bool refused;
  } kCases[] = {
      {&hb, 9, "g/dL", false},     {&hb, 90, "g/L", false},     {&hb, 8.5, "mg/dL", true},
      {&hb, 25, "g/dL", true},     {&hb, 4, "g/dL", false},     {&hb, 20, "g/dL", false},
      {&score, 2, nullptr, false}, {&score, 60, nullptr, true}, {&score, 5, nullptr, false},
  };
  for (const auto& c : kCases) {
    INFO(c.entry->id << " " << c.value << " " << (c.unit ? c.unit : "(none)"));
    std::optional<Unit> unit;
    if (c.unit) unit = *parse_unit(c.unit);
    const auto why = grammar::implausible_threshold(*c.entry, c.value, unit ? &*unit : nullptr);
    CHECK(why.has_value() == c.refused);
  }
  const auto why = grammar::implausible_threshold(hb, 8.5, &*parse_unit("mg/dL"));
  REQUIRE(why);
  CHECK(*why == "8.5 mg/dL is 0.0085 g/dL, outside 4-20 g/dL for hb (unit typo?)");
}

TEST_CASE("threshold_sense: thresholds fall back to the plausible range", "[units][sense]") {
  VocabularyEntry e = row("x", Dimension::mass_concentration, "mg/dL");
  e.plausible_low = 0;
  e.plausible_high = 40;
  CHECK(grammar::sensible_range(e).low == 0);
  CHECK(grammar::sensible_range(e).high == 40);
  e.threshold_high = 10;
  CHECK(grammar::sensible_range(e).high == 10);
}

TEST_CASE("threshold_sense: a unit is inferred only when one reading makes sense",
          "[units][sense]") {
  VocabularyEntry anc = row("anc", Dimension::number_concentration, "10^9/L");
  anc.written_units = {"10^9/L", "/uL", "10^3/uL"};
  anc.threshold_low = 0.1;
  anc.threshold_high = 20;
  VocabularyEntry creat = row("creat", Dimension::mass_concentration, "mg/dL");
  creat.plausible_low = 0;
  creat.plausible_high = 40;  // no threshold range: mg/dL and mg/L both read
  const struct {
    const VocabularyEntry* entry;
    double value;
    const char* unit;  // nullptr: not inferred
  } kCases[] = {
      {&anc, 1500, "/uL"},
      {&anc, 1.5, "10^9/L"},  // 10^3/uL gives the same value: one reading
      {&anc, 50000, nullptr},
      {&creat, 1.5, nullptr},
  };
  for (const auto& c : kCases) {
    INFO(c.entry->id << " " << c.value);
    const auto u = grammar::infer_unit(*c.entry, c.value);
    CHECK(u.ok() == (c.unit != nullptr));
    if (u && c.unit) CHECK(u->code == c.unit);
  }
}

TEST_CASE("threshold_sense: rows without written units use their dimension's common units",
          "[units][sense]") {
  const VocabularyEntry e = row("x", Dimension::number_concentration, "10^9/L");
  std::vector<std::string> codes;
  for (const auto& u : grammar::accepted_units(e)) codes.push_back(u.code);
  CHECK(codes == std::vector<std::string>{"10^9/L", "/uL"});
}

TEST_CASE("threshold_sense: a factor of a limit is above 0 and at most 100", "[units][sense]") {
  const VocabularyEntry e = row("alt", Dimension::catalytic_concentration, "U/L");
  CHECK_FALSE(grammar::implausible_factor(e, 2.5));
  CHECK_FALSE(grammar::implausible_factor(e, 100));
  CHECK(grammar::implausible_factor(e, 300));
  CHECK(grammar::implausible_factor(e, 0));
}

}  // namespace eligo
