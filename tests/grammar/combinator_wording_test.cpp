// Combinator and note wording, as a table: {text, section} -> combine, k, negated.
#include "grammar/combinator_wording.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace eligo;

namespace {

struct Row {
  const char* text;
  Section section;
  grammar::Combine combine;
  unsigned k;
  bool negated;
  const char* wording;  // the matched words, as written
};

constexpr auto I = Section::inclusion;
constexpr auto E = Section::exclusion;

}  // namespace

TEST_CASE("combinator wording") {
  const Row table[] = {
      {"Evidence of any of the following calcium, renal failure, anemia:", E, grammar::Combine::any,
       1, false, "any of"},
      {"having one or more of the following:", I, grammar::Combine::any, 1, false,
       "one or more of"},
      {"At least one of the following high-risk features:", I, grammar::Combine::any, 1, false,
       "At least one of"},
      {"Either of the following:", I, grammar::Combine::any, 1, false, "Either of"},
      {"Any one of the following", I, grammar::Combine::any, 1, false, "Any one of"},
      {"Must have one of the following:", I, grammar::Combine::any, 1, false, "one of"},
      {"All of the following must be met:", I, grammar::Combine::all, 0, false, "All of"},
      {"Both criteria must be met:", I, grammar::Combine::all, 0, false, "Both criteria"},
      {"Each of the following:", E, grammar::Combine::all, 0, false, "Each of"},
      {"both of the following", E, grammar::Combine::all, 0, false, "both of"},
      {"At least 2 of the following:", I, grammar::Combine::at_least, 2, false, "At least 2 of"},
      {"two or more of the following", I, grammar::Combine::at_least, 2, false, "two or more of"},
      {"\xE2\x89\xA5"
       "2 of the following",
       I, grammar::Combine::at_least, 2, false,
       "\xE2\x89\xA5"
       "2 of"},
      {"\\>= 3 of the following", I, grammar::Combine::at_least, 3, false, "\\>= 3 of"},
      {"**any two** of the following", I, grammar::Combine::at_least, 2, false, "any two** of"},
      {"None of the following:", I, grammar::Combine::any, 1, true, "None of"},
      {"Must not have any of the following:", I, grammar::Combine::any, 1, true, "any of"},
      // plain "the following" / "below" leading in to a list: the section decides
      {"Adequate organ function, defined by the following:", I, grammar::Combine::all, 0, false,
       "the following"},
      {"Patients with the following:", E, grammar::Combine::any, 1, false, "the following"},
      {"Laboratory values as listed below:", I, grammar::Combine::all, 0, false, "below"},
  };
  for (const auto& row : table) {
    INFO(row.text);
    const auto w = grammar::find_combinator_wording(row.text, row.section);
    CHECK(w.found);
    CHECK(w.combine == row.combine);
    CHECK(w.k == row.k);
    CHECK(w.negated == row.negated);
    CHECK(std::string(row.text).substr(w.begin, w.end - w.begin) == row.wording);
  }
}

TEST_CASE("numbers and words that are not combinators") {
  for (const char* text :
       {"History of another primary malignancy not in remission for at least 1 year",
        "At least 2 prior lines of therapy", "2 or more prior lines of therapy",
        "Known allergy to any of the study drugs", "Within 28 days following surgery",
        "the following day", "ECOG 0, 1 or 2", "Both eyes"}) {
    INFO(text);
    CHECK_FALSE(grammar::find_combinator_wording(text, Section::inclusion).found);
  }
}

TEST_CASE("note, exception and disclaimer wording") {
  CHECK(grammar::reads_as_note(
      "Patients with positive anti-HCV and undetectable HCV RNA are eligible"));
  CHECK(grammar::reads_as_note("will be evaluated by a specialist"));
  CHECK(grammar::reads_as_note("Prior bisphosphonates are permitted"));
  CHECK_FALSE(grammar::reads_as_note("Active hepatitis C virus (HCV) infection: positive HCV RNA"));
  CHECK_FALSE(
      grammar::reads_as_note("Malabsorption syndrome or any condition that can significantly "
                             "impact the absorption of lenalidomide"));
  CHECK(grammar::opens_note("However, the following diagnoses are eligible"));
  CHECK(grammar::opens_note("Except for basal cell carcinoma"));
  CHECK(grammar::opens_note("**Note:** in situ cancers"));
  CHECK_FALSE(grammar::opens_note("Notable cardiac history"));
  CHECK(
      grammar::is_registry_disclaimer("The above information is not intended to contain all "
                                      "considerations relevant to a potential participation"));
  CHECK(grammar::ends_as_lead_in("any of the following: **"));
  CHECK_FALSE(grammar::ends_as_lead_in("ratio 1:2 or more"));
  CHECK(grammar::stated_item_count("Both of the following:") == 2);
  CHECK(grammar::stated_item_count("Any of the following:") == 0);
}
