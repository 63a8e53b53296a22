// `eligo check --json` on the four seed trials: every criterion is fully understood (by
// the prose compiler or a rule: line) or manual (coverage none: a person decides it). A
// partially understood criterion would keep every patient undetermined on it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_support.hpp"
#include "grammar/document.hpp"

namespace {

using eligo::test::run_eligo;
using eligo::test::seed_trial_path;
using eligo::test::seed_trials;

std::vector<nlohmann::json> check_json() {
  std::vector<std::string> args = {"check", "--json"};
  for (const auto& id : seed_trials()) args.push_back(seed_trial_path(id));
  const auto run = run_eligo(args);
  REQUIRE(run.status == 0);  // no file with errors
  std::vector<nlohmann::json> files;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) files.push_back(nlohmann::json::parse(line));
  }
  return files;
}

}  // namespace

TEST_CASE("seed trials: every criterion is full or manual", "[cli][check][seed]") {
  const auto files = check_json();
  REQUIRE(files.size() == seed_trials().size());
  std::set<std::string> trials;
  for (const auto& file : files) {
    const std::string trial = file.at("trial").get<std::string>();
    trials.insert(trial);
    const auto doc = eligo::grammar::parse_criteria_document(
        eligo::test::read_file(seed_trial_path(trial)), seed_trial_path(trial));
    REQUIRE_FALSE(file.at("criteria").empty());
    for (const auto& c : file.at("criteria")) {
      const std::string id = c.at("id").get<std::string>();
      const std::string coverage = c.at("coverage").get<std::string>();
      const bool from_rule = c.at("from_rule").get<bool>();
      INFO(trial << " " << id << ": " << c.at("text").get<std::string>());
      INFO("coverage " << coverage << "; tree: " << c.at("rule").get<std::string>());
      const eligo::grammar::CriterionNode* node = doc.find(id);
      if (node != nullptr && !node->children.empty() && !from_rule) {
        // Its children decide it (engine/verdict.cpp), combined by its own wording: the
        // wording must be explicit, never the section's assumed default or a guessed list.
        // Its own prose tree takes no part in the verdict, so its coverage is not checked
        // here; each child is, as a criterion of its own.
        CHECK_FALSE(node->combine_is_default);
        CHECK_FALSE(node->children_guessed);
        continue;
      }
      if (from_rule) CHECK(coverage == "full");
      CHECK((coverage == "full" || coverage == "none"));
      if (coverage == "none") {
        // Manual: a person decides; the whole tree is one manual leaf.
        CHECK(c.at("rule").get<std::string>().rfind("manual \"", 0) == 0);
        CHECK(c.at("uncovered").size() >= 1);
      } else {
        CHECK(c.at("uncovered").empty());
      }
    }
  }
  CHECK(trials == std::set<std::string>(seed_trials().begin(), seed_trials().end()));
}

// The criteria the issue names (labs, scores, age, disease, risk, response, prior
// therapy, transplant) are understood by the machine, at least in part: full, with a
// tree that is more than one manual leaf.
TEST_CASE("seed trials: the measurable criteria are not left to a person", "[cli][check][seed]") {
  const std::map<std::string, std::vector<std::string>> decidable = {
      {"NCT02960555", {"H1", "I1", "I2", "I3.1", "I3.2", "I4", "I5", "I6", "I7", "I8"}},
      {"NCT04270409",
       {"H1", "I1", "I2", "I4", "I5", "I6", "I7", "E1.1", "E1.2", "E1.3", "E1.4", "E1.5", "E1.6",
        "E1.7", "E2", "E4", "E11"}},
      {"NCT04883242",
       {"H1", "I1", "I2", "I3.1", "I3.2", "I3.3", "I3.5", "I4", "I5", "I8", "I9", "I10", "I11",
        "I12", "I13", "I14", "E1"}},
      {"NCT04965155", {"H1", "H2", "I1", "I3"}},
  };
  for (const auto& file : check_json()) {
    const std::string trial = file.at("trial").get<std::string>();
    const auto wanted = decidable.find(trial);
    REQUIRE(wanted != decidable.end());
    std::set<std::string> seen;
    for (const auto& c : file.at("criteria")) {
      const std::string id = c.at("id").get<std::string>();
      if (std::find(wanted->second.begin(), wanted->second.end(), id) == wanted->second.end()) {
        continue;
      }
      INFO(trial << " " << id << ": " << c.at("rule").get<std::string>());
      seen.insert(id);
      CHECK(c.at("coverage").get<std::string>() == "full");
      CHECK(c.at("rule").get<std::string>().rfind("manual \"", 0) != 0);
    }
    CHECK(seen.size() == wanted->second.size());
  }
}
