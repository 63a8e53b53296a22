// The C++ API (api/engine.hpp): loading, screening one patient from FHIR and CSV text,
// the same verdicts as the sample expectations, and clear errors for bad input.
#include "api/engine.hpp"

#include <catch2/catch.hpp>

#include "../cli/cli_support.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

void load_seeds(api::Engine& engine) {
  for (const auto& id : seed_trials()) {
    engine.load_criteria(read_file(seed_trial_path(id)), id + ".criteria");
  }
}

// The header and the rows of the sample patient whose id starts with `prefix`.
std::string sample_rows(const std::string& prefix) {
  std::istringstream in(read_file(source_path(kSamples)));
  std::string out, line;
  std::getline(in, line);
  out = line + "\n";
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) == 0) out += line + "\n";
  }
  return out;
}

// trial -> verdict for `patient` in patients/samples/expected.csv.
std::map<std::string, std::string> expected_verdicts(const std::string& patient) {
  std::map<std::string, std::string> out;
  for (const auto& row : parse_csv(read_file(source_path(kExpected)))) {
    if (row.size() >= 3 && row[0] == patient) out[row[1]] = row[2];
  }
  return out;
}

std::map<std::string, std::string> verdicts(const api::Screening& s) {
  std::map<std::string, std::string> out;
  for (const auto& t : s.trials) out[t.trial_id] = std::string(to_string(t.verdict));
  return out;
}

}  // namespace

TEST_CASE("Screening sample CSV text gives the verdicts of expected.csv") {
  api::Engine engine;
  load_seeds(engine);
  CHECK(engine.trial_count() == 4);
  const Date as_of = api::parse_date(kAsOf);
  for (const std::string patient :
       {"P01-eligible-smm-mayo", "P03-eligible-rrmm-old-asct", "P14-rrmm-missing-anc"}) {
    const api::Screening s = engine.screen_csv(sample_rows(patient), as_of);
    CHECK(s.patient_id == patient);
    CHECK(verdicts(s) == expected_verdicts(patient));
  }
}

TEST_CASE("Screening the P03 FHIR bundle gives the JSON eligo screen writes") {
  api::Engine engine;
  load_seeds(engine);
  const std::string bundle = source_path("tests/inputs/data/P03-rrmm.bundle.json");
  const api::Screening s = engine.screen_fhir(read_file(bundle), api::parse_date(kAsOf));
  // As from the CSV but for NCT04883242: the Bundle lacks the number of prior lines.
  auto expected = expected_verdicts("P03-eligible-rrmm-old-asct");
  expected["NCT04883242"] = "undetermined";
  CHECK(verdicts(s) == expected);
  const RunResult cli = run_eligo({"screen", "--trials", source_path("criteria"), "--patients",
                                   bundle, "--as-of", kAsOf, "--format", "json"});
  REQUIRE(cli.status == 0);
  // The same objects, but for the source names of the facts ("request" vs the file).
  std::string ours = s.json_lines();
  std::string theirs = cli.out;
  const auto strip_sources = [](std::string text, const std::string& name) {
    for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at)) {
      text.replace(at, name.size(), "SRC");
    }
    return text;
  };
  CHECK(strip_sources(ours, "request") == strip_sources(theirs, bundle));
  const api::TrialOutcome& open = s.trials[2];
  CHECK(open.trial_id == "NCT04883242");
  CHECK(open.verdict == engine::VerdictKind::undetermined);
  CHECK(open.to_decide == std::vector<std::string>{"prior_lines"});
  CHECK(!open.criteria.empty());
  CHECK(!open.criteria.front().explanation.empty());
}

TEST_CASE("Bad input is an api::Error that says what is wrong") {
  api::Engine engine;
  const Date as_of = api::parse_date(kAsOf);
  CHECK_THROWS_AS(engine.screen_csv("patient_id,item,value\nP1,sex,F\n", as_of), api::NoTrials);
  CHECK_THROWS_WITH(engine.load_criteria("", "empty.criteria"),
                    Catch::Contains("empty.criteria: error: empty file"));
  CHECK_THROWS_WITH(engine.load_ctgov("{\"studies\": 3}", "bad.json"), Catch::Contains("bad.json"));
  load_seeds(engine);
  CHECK_THROWS_WITH(engine.screen_fhir("{not json", as_of), Catch::Contains("request"));
  CHECK_THROWS_WITH(engine.screen_csv("patient_id,item,value\n", as_of),
                    Catch::Contains("no patient found"));
  CHECK_THROWS_WITH(engine.screen_csv(sample_rows("P0"), as_of),
                    Catch::Contains("patients found in the CSV text; give one patient"));
  CHECK_THROWS_WITH(api::parse_date("2026-02-30"), Catch::Contains("as-of date"));
}

TEST_CASE("A study from ClinicalTrials.gov JSON loads as a trial") {
  api::Engine engine;
  const std::string json_path = source_path("tests/inputs/data/NCT04883242.ctgov.json");
  const api::LoadResult loaded = engine.load_ctgov(read_file(json_path), json_path);
  CHECK(loaded.trials == 1);
  CHECK(engine.trial_count() == 1);
  const auto s = engine.screen_fhir(
      read_file(source_path("tests/inputs/data/P03-rrmm.bundle.json")), api::parse_date(kAsOf));
  REQUIRE(s.trials.size() == 1);
  CHECK(s.trials[0].trial_id == "NCT04883242");
}
