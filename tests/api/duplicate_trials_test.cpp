// The same trial id given twice to an api::Engine (and so to the C library and the CDS
// service): an error naming both places, the first trial kept, never replaced or doubled.
// And text that is not UTF-8 in a trial or a patient still gives valid JSON Lines.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../cli/cli_support.hpp"
#include "api/engine.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

std::string trial_text(const std::string& id, const std::string& criterion) {
  return "id: " + id + "\ntitle: T\n\nInclusion Criteria:\n* " + criterion + "\n";
}

std::string study(const std::string& id, const std::string& criterion) {
  return nlohmann::json{{"protocolSection",
                         {{"identificationModule", {{"nctId", id}}},
                          {"eligibilityModule", {{"eligibilityCriteria", criterion}}}}}}
      .dump();
}

const std::string kPatient = "patient_id,item,value,unit,date\nP1,anc,1500,/uL,2026-11-01\n";

}  // namespace

TEST_CASE("load_criteria of a trial id already loaded throws, naming both places") {
  api::Engine engine;
  engine.load_criteria(trial_text("NCT1", "ANC >= 1000/uL"), "a.criteria");
  CHECK_THROWS_WITH(engine.load_criteria(trial_text("NCT1", "ANC >= 5000/uL"), "b.criteria"),
                    Catch::Contains("b.criteria: error: trial NCT1 is given twice") &&
                        Catch::Contains("first given at a.criteria, which is kept"));
  CHECK(engine.trial_count() == 1);
  // The first is the one screened: ANC 1500 meets >= 1000, not >= 5000.
  const auto s = engine.screen_csv(kPatient, api::parse_date(kAsOf));
  REQUIRE(s.trials.size() == 1);
  CHECK(s.trials[0].verdict == engine::VerdictKind::eligible);
}

TEST_CASE("load_ctgov skips a repeated study with a warning naming both places") {
  api::Engine engine;
  const std::string lines = study("NCT2", "* ANC >= 1000/uL") + "\n" +
                            study("NCT3", "* ANC >= 1000/uL") + "\n" +
                            study("NCT2", "* ANC >= 5000/uL") + "\n";
  const api::LoadResult loaded = engine.load_ctgov(lines, "page.jsonl");
  CHECK(loaded.trials == 2);
  REQUIRE(loaded.warnings.size() == 1);
  CHECK_THAT(loaded.warnings[0], Catch::Contains("page.jsonl, study 3: error: trial NCT2") &&
                                     Catch::Contains("first given at page.jsonl, study 1"));
  CHECK(engine.trial_count() == 2);
  // Across loads too; a load that adds nothing new throws.
  CHECK_THROWS_WITH(engine.load_ctgov(study("NCT3", "* ANC >= 1000/uL"), "again.json"),
                    Catch::Contains("again.json, study 1: error: trial NCT3 is given twice"));
  CHECK(engine.trial_count() == 2);
  const auto s = engine.screen_csv(kPatient, api::parse_date(kAsOf));
  REQUIRE(s.trials.size() == 2);
  CHECK(s.trials[0].trial_id == "NCT2");
  CHECK(s.trials[0].verdict == engine::VerdictKind::eligible);
}

TEST_CASE("bytes that are not UTF-8 in a trial and a patient give valid JSON Lines") {
  for (const std::string bad : {"\xFF\xFE", "\x80", "\xE2\x89", "\xC0\xAF"}) {
    CAPTURE(bad);
    api::Engine engine;
    engine.load_criteria(
        trial_text("NCT" + bad, "ANC >= 1000/uL " + bad) + "  rule: anc >= 1000 /uL\n",
        "bad.criteria");
    // A patient id in Latin-1 (\xE9: not UTF-8), as an EHR export may write it.
    const auto s = engine.screen_csv(
        "patient_id,item,value,unit,date\nP\xE9,anc,1500,/uL,2026-11-01\n", api::parse_date(kAsOf));
    REQUIRE(s.trials.size() == 1);
    REQUIRE(nlohmann::json::accept(s.trials[0].json));
    const auto j = nlohmann::json::parse(s.trials[0].json);
    CHECK(j["verdict"] == "eligible");
    CHECK(j["trial"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(s.trials[0].criteria[0].text == "ANC >= 1000/uL " + bad);  // the text as written
  }
}

TEST_CASE("load tells a .criteria text from study JSON, with the same errors as each") {
  api::Engine engine;
  CHECK(engine.load(trial_text("NCT4", "ANC >= 1000/uL"), "a.criteria").trials == 1);
  CHECK(engine.load("  \n" + study("NCT5", "* ANC >= 1000/uL"), "s.json").trials == 1);
  CHECK(engine.trial_count() == 2);
  CHECK_THROWS_WITH(engine.load(study("NCT5", "* ANC >= 1000/uL"), "t.json"),
                    Catch::Contains("t.json, study 1: error: trial NCT5 is given twice"));
  CHECK_THROWS_WITH(engine.load(trial_text("NCT4", "ANC >= 1000/uL"), "b.criteria"),
                    Catch::Contains("b.criteria: error: trial NCT4 is given twice"));
  CHECK(engine.trial_count() == 2);
}
