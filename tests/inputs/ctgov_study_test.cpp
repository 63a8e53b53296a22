// ClinicalTrials.gov API v2 study JSON: the fixture holds seed trial NCT04883242 as the
// API gives it (the registry's markdown, `\>=` escapes and two-space sub-bullets) in the
// search-result shape, beside a study without an eligibility module. The study compiles
// to the same trial as the seed .criteria file's registry text: same criteria ids,
// sections, nesting, text, trees and coverage. Other shapes (one study, an array, JSON
// Lines) and header lines (ages, sex, healthy volunteers) are checked too.
#include "grammar/ctgov_study.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "core/printer.hpp"
#include "grammar/trial_compiler.hpp"
#include "inputs_support.hpp"

using namespace eligo;
using Catch::Matchers::Contains;
using eligo::test::read_file;
using eligo::test::source_path;

namespace {

const std::string kFixture = "tests/inputs/data/NCT04883242.ctgov.json";

std::string study_json(const std::string& eligibility) {
  return R"({"protocolSection": {"identificationModule": {"nctId": "NCT00000001",
    "briefTitle": "A\nTitle"}, "eligibilityModule": )" +
         eligibility + "}}";
}

}  // namespace

TEST_CASE(
    "ctgov: the search-result shape, one study per trial, a study without criteria "
    "skipped",
    "[ctgov]") {
  const grammar::CtgovFile file =
      grammar::read_ctgov_json(read_file(source_path(kFixture)), "fixture.json");
  REQUIRE_FALSE(file.error);
  REQUIRE(file.studies.size() == 2);
  const grammar::CtgovStudy& study = file.studies[0];
  CHECK_FALSE(study.error);
  CHECK(study.nct_id == "NCT04883242");
  CHECK(study.title ==
        "Isatuximab, Carfilzomib, Pomalidomide, and Dexamethasone for the Treatment of "
        "Relapsed or Refractory Multiple Myeloma");
  CHECK_THAT(study.criteria, Contains("\nid: NCT04883242\n"));
  CHECK_THAT(study.criteria, Contains("\nmin_age: 18 Years\nsex: ALL\nhealthy_volunteers: No\n"));
  CHECK_THAT(study.criteria, Contains("\n  * Serum M protein \\>= 0.5 g/dL\n"));
  CHECK(file.studies[1].nct_id == "NCT00000000");
  CHECK(file.studies[1].criteria.empty());
  CHECK_THAT(file.studies[1].error->message, Contains("no eligibility module"));
}

TEST_CASE("ctgov: the study compiles to the seed trial's criteria", "[ctgov]") {
  const grammar::CtgovFile file =
      grammar::read_ctgov_json(read_file(source_path(kFixture)), "fixture.json");
  REQUIRE(file.studies.size() == 2);
  const grammar::TrialCompile from_json =
      grammar::compile_trial(file.studies[0].criteria, "fixture.json#NCT04883242");
  const std::string seed = read_file(source_path("criteria/NCT04883242.criteria"));
  const grammar::TrialCompile from_file =
      grammar::compile_trial(eligo::test::without_rule_lines(seed), "NCT04883242.criteria");
  const Trial& a = from_json.trial;
  const Trial& b = from_file.trial;
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  REQUIRE(a.criteria.size() == b.criteria.size());
  REQUIRE(a.criteria.size() >= 30);
  for (std::size_t i = 0; i < a.criteria.size(); ++i) {
    const Criterion& x = a.criteria[i];
    const Criterion& y = b.criteria[i];
    INFO(y.id << ": " << y.text);
    CHECK(x.id == y.id);
    CHECK(x.section == y.section);
    CHECK(x.text == y.text);
    CHECK(x.parent == y.parent);
    CHECK(x.children == y.children);
    CHECK(x.combine == y.combine);
    CHECK(x.combine_is_default == y.combine_is_default);
    CHECK(x.coverage == y.coverage);
    CHECK(x.uncovered == y.uncovered);
    CHECK((x.tree.empty() ? "" : print(x.tree)) == (y.tree.empty() ? "" : print(y.tree)));
  }
  CHECK(a.criteria[0].id == "H1");
  CHECK(print(a.criteria[0].tree) == "age >= 18 years");
  // The same diagnostics, apart from where they point.
  CHECK(from_json.diagnostics.size() == from_file.diagnostics.size());
}

TEST_CASE("ctgov: one study, an array, JSON Lines, header lines", "[ctgov]") {
  const std::string one = study_json(
      R"({"eligibilityCriteria": "Inclusion Criteria:\n\n* Platelets >= 50,000/uL",
          "sex": "FEMALE", "minimumAge": "18 Years", "maximumAge": "75 Years",
          "healthyVolunteers": true})");
  SECTION("one study") {
    const grammar::CtgovFile file = grammar::read_ctgov_json(one, "one.json");
    REQUIRE(file.studies.size() == 1);
    const std::string& text = file.studies[0].criteria;
    CHECK_THAT(text, Contains("\ntitle: A Title\nmin_age: 18 Years\nmax_age: 75 Years\n"
                              "sex: FEMALE\nhealthy_volunteers: Yes\n\nInclusion Criteria:\n"));
    const Trial trial = grammar::compile_trial(text, "one.json").trial;
    REQUIRE(trial.criteria.size() == 4);
    CHECK(print(trial.criteria[0].tree) == "age >= 18 years");
    CHECK(print(trial.criteria[1].tree) == "age <= 75 years");
    CHECK(print(trial.criteria[2].tree) == "sex is female");
    CHECK(trial.criteria[3].id == "I1");
  }
  SECTION("an array and JSON Lines") {
    CHECK(grammar::read_ctgov_json("[" + one + ", " + one + "]", "a.json").studies.size() == 2);
    std::string line = one;  // one study per line
    std::replace(line.begin(), line.end(), '\n', ' ');
    const grammar::CtgovFile lines =
        grammar::read_ctgov_json(line + "\n\n" + line + "\n", "a.jsonl");
    REQUIRE(lines.studies.size() == 2);
    CHECK(lines.studies[1].index == 2);
  }
  SECTION("what is not a study") {
    CHECK_THAT(grammar::read_ctgov_json("{\"studies\": [", "x").error->message,
               Contains("not valid JSON"));
    CHECK_THAT(grammar::read_ctgov_json("{\"studies\": []}", "x").error->message,
               Contains("no studies"));
    // Nothing in the file is a study: the file is not study JSON (import: exit 3).
    const grammar::CtgovFile none =
        grammar::read_ctgov_json(R"([{"resourceType": "Patient"}, 3])", "x");
    CHECK(none.studies.empty());
    CHECK_THAT(none.error->message, Contains("not ClinicalTrials.gov API v2 study JSON"));
    const grammar::CtgovFile classic = grammar::read_ctgov_json(
        R"({"FullStudiesResponse": {"FullStudies": [{"Study": {"ProtocolSection": {}}}]}})", "x");
    CHECK(classic.studies.empty());
    CHECK_THAT(classic.error->message, Contains("classic ClinicalTrials.gov API (v1"));
    // A study among things that are not: each is said on its own.
    const grammar::CtgovFile odd =
        grammar::read_ctgov_json("[" + one + R"(, {"resourceType": "Patient"}, 3])", "x");
    REQUIRE(odd.studies.size() == 3);
    CHECK_FALSE(odd.error);
    CHECK_THAT(odd.studies[1].error->message, Contains("no protocolSection"));
    CHECK_THAT(odd.studies[2].error->message, Contains("not a study object"));
    const grammar::CtgovFile empty =
        grammar::read_ctgov_json(study_json(R"({"eligibilityCriteria": " "})"), "x");
    CHECK_THAT(empty.studies[0].error->message, Contains("no eligibility criteria text"));
    const grammar::CtgovFile keyish = grammar::read_ctgov_json(
        study_json(R"({"eligibilityCriteria": "age: 18 or older\n* ANC >= 1000/uL"})"), "x");
    REQUIRE(keyish.studies[0].warnings.size() == 1);
    CHECK_THAT(keyish.studies[0].warnings[0].message, Contains("reads as a header line"));
  }
  CHECK(grammar::looks_like_json("\xEF\xBB\xBF  {\"a\": 1}"));
  CHECK_FALSE(grammar::looks_like_json("id: NCT1\n"));
}

TEST_CASE("study JSON: problems are diagnostics naming the file, study and line") {
  const grammar::CtgovFile lines =
      grammar::read_ctgov_json("{\"protocolSection\": {}}\n{oops\n", "s.jsonl");
  REQUIRE(lines.error);
  CHECK(to_string(*lines.error) ==
        "s.jsonl:2: error: not valid JSON (nor JSON Lines: line 2 does not parse)");
  const grammar::CtgovFile studies = grammar::read_ctgov_json(
      "[{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT1\"}}}, 7]", "name",
      "dir/s.json");
  REQUIRE(studies.studies.size() == 2);
  REQUIRE(studies.studies[0].error);
  CHECK(to_string(*studies.studies[0].error) ==
        "dir/s.json, study 1 (NCT1): error: no eligibility module "
        "(protocolSection.eligibilityModule); study skipped");
  CHECK(to_string(*studies.studies[1].error) ==
        "dir/s.json, study 2: error: not a study object (a JSON number)");
}
