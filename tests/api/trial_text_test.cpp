// The one way every front end reads a trial text (api/trial_text.hpp): a .criteria text
// or study JSON into trials with their places, and every problem as a Diagnostic that
// names where it is.
#include "api/trial_text.hpp"

#include <catch2/catch.hpp>

using namespace eligo;
using Catch::Contains;

namespace {

const Vocabulary& vocabulary() { return Vocabulary::builtin(); }

std::string study_json(const std::string& nct, const std::string& criteria) {
  std::string out = R"({"protocolSection": {"identificationModule": {"nctId": ")" + nct +
                    R"(", "briefTitle": "T"})";
  if (!criteria.empty()) {
    out += R"(, "eligibilityModule": {"eligibilityCriteria": ")" + criteria + R"("})";
  }
  return out + "}}";
}

}  // namespace

TEST_CASE("a criteria text gives its trial, named by its path") {
  const api::TrialTextRead read = api::read_trial_text(
      "id: NCT1\n\nInclusion Criteria:\n* Age >= 18 years\n", "a.criteria", vocabulary());
  REQUIRE(read.trials.size() == 1);
  CHECK(read.trials[0].trial.id == "NCT1");
  CHECK(read.trials[0].place == "a.criteria");
  CHECK_FALSE(read.has_errors());
  CHECK_FALSE(read.unreadable);
}

TEST_CASE("study JSON gives one trial per study, and says which study gives none") {
  const std::string json = "{\"studies\": [" +
                           study_json("NCT2", "Inclusion Criteria:\\n* Age >= 18") + ", " +
                           study_json("NCT3", "") + "]}";
  const api::TrialTextRead read = api::read_trial_text(json, "s.json", vocabulary());
  REQUIRE(read.trials.size() == 1);
  CHECK(read.trials[0].trial.id == "NCT2");
  CHECK(read.trials[0].place == "s.json, study 1");
  REQUIRE(read.has_errors());
  CHECK(to_string(read.problems.back().diagnostic) ==
        "s.json, study 2 (NCT3): error: no eligibility module "
        "(protocolSection.eligibilityModule); study skipped");
}

TEST_CASE("an empty text, and JSON that is not study JSON, are unreadable") {
  const api::TrialTextRead empty = api::read_trial_text(" \n", "e.criteria", vocabulary());
  CHECK(empty.unreadable);
  CHECK(empty.problems.at(0).text == "e.criteria: error: empty file; skipped\n");
  const api::TrialTextRead json = api::read_trial_text("{\"a\": 1}", "x.json", vocabulary());
  CHECK(json.unreadable);
  CHECK(json.trials.empty());
  CHECK_THAT(json.problems.at(0).text, Contains("x.json: error:"));
}

TEST_CASE("the kind can be said: a JSON text read as criteria is not read as a study") {
  const std::string json = study_json("NCT4", "Inclusion Criteria:\\n* Age >= 18");
  REQUIRE(api::read_trial_text(json, "j.json", vocabulary()).trials.size() == 1);
  CHECK(api::read_trial_text(json, "j.json", vocabulary()).trials[0].trial.id == "NCT4");
  const api::TrialTextRead as_criteria =
      api::read_trial_text(json, "j.json", vocabulary(), api::TrialTextKind::criteria);
  for (const api::TextTrial& t : as_criteria.trials) CHECK(t.trial.id != "NCT4");
}

TEST_CASE("bytes that are not UTF-8 are a problem with a caret, wording findings are apart") {
  const api::TrialTextRead read = api::read_trial_text(
      "id: NCT5\n\nInclusion Criteria:\n* Age >= 18 years \xFF\n", "b.criteria", vocabulary());
  REQUIRE(read.trials.size() == 1);
  REQUIRE_FALSE(read.problems.empty());
  CHECK(read.problems[0].diagnostic.severity == Severity::warning);
  CHECK_THAT(read.problems[0].text,
             Contains("b.criteria:4:") && Contains("not UTF-8") && Contains("^"));
  CHECK(read.problems.size() == 1);  // once, though the document parser also checks bytes
  for (const auto& f : read.compile_findings) {
    CHECK(f.diagnostic.severity != Severity::error);
    CHECK_THAT(f.text, !Contains("not UTF-8"));
  }
}
