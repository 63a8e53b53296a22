// `eligo check --summary`: coverage counts at every level (a parent is full only when
// its wording and all its children are; none when nothing in it was understood), the
// criteria a person decides by nature counted apart, grouped by folder or in total.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using namespace eligo::test;

const fs::path& summary_dir() { return scratch_dir("eligo-check-summary-"); }

// Two areas: one flat trial (full, needs a person, none, partial) and one with parents.
void write_corpus() {
  fs::create_directories(summary_dir() / "area_a");
  fs::create_directories(summary_dir() / "area_b");
  scratch_write(summary_dir() / "area_a", "T1.criteria",
                "id: NCT00000001\ntitle: a\n\nInclusion Criteria:\n* ANC >= 1500/uL\n"
                "* Willing to comply with study procedures\n* Some unknown words here\n"
                "* Hemoglobin >= 9 g/dL and adequate something\n");
  scratch_write(summary_dir() / "area_b", "T2.criteria",
                "id: NCT00000002\ntitle: b\n\nInclusion Criteria:\n"
                "* Adequate organ function, all of the following:\n    * ANC >= 1500/uL\n"
                "    * foo bar unknown\n"
                "* One of the following:\n    * blah blah\n    * other words\n"
                "* All of the following:\n    * ANC >= 1500/uL\n    * Hemoglobin >= 9 g/dL\n");
}

nlohmann::json summary(const std::vector<std::string>& extra) {
  write_corpus();
  std::vector<std::string> args = {"check", "--summary", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back((summary_dir() / "area_a").string());
  args.push_back((summary_dir() / "area_b").string());
  const auto run = run_eligo(args);
  REQUIRE(run.status == 0);
  return nlohmann::json::parse(run.out);
}

struct Expected {
  std::string group;
  int trials, criteria, full, partial, none, needs_person;
};

void check_counts(const nlohmann::json& j, const Expected& e) {
  INFO(e.group);
  CHECK(j.at("trials") == e.trials);
  CHECK(j.at("criteria") == e.criteria);
  CHECK(j.at("full") == e.full);
  CHECK(j.at("partial") == e.partial);
  CHECK(j.at("none") == e.none);
  CHECK(j.at("needs_person") == e.needs_person);
}

}  // namespace

TEST_CASE("check --summary counts every level and those for a person apart", "[cli][check]") {
  const auto j = summary({"--group-by", "dir"});
  CHECK(j.at("group_by") == "dir");
  // area_b: I1 partial (a child none), I2 none (nothing understood), I3 full; 6 children.
  const std::vector<Expected> groups = {{"area_a", 1, 4, 1, 1, 1, 1}, {"area_b", 1, 9, 4, 1, 4, 0}};
  REQUIRE(j.at("groups").size() == groups.size());
  for (std::size_t i = 0; i < groups.size(); ++i) {
    CHECK(j.at("groups")[i].at("group") == groups[i].group);
    check_counts(j.at("groups")[i], groups[i]);
  }
  check_counts(j.at("total"), {"total", 2, 13, 5, 2, 5, 1});
}

TEST_CASE("check --summary without grouping gives the total only", "[cli][check]") {
  const auto j = summary({});
  CHECK(j.at("group_by") == "total");
  CHECK(j.at("groups").empty());
  check_counts(j.at("total"), {"total", 2, 13, 5, 2, 5, 1});
}

TEST_CASE("check --summary as text has a row per file and the total", "[cli][check]") {
  write_corpus();
  const auto run =
      run_eligo({"check", "--summary", "--group-by", "file", (summary_dir() / "area_a").string(),
                 (summary_dir() / "area_b").string()});
  REQUIRE(run.status == 0);
  CHECK(run.out.find("T1.criteria") != std::string::npos);
  CHECK(run.out.find("T2.criteria") != std::string::npos);
  CHECK(run.out.find("\ntotal ") != std::string::npos);
  CHECK(run.out.find("I1") == std::string::npos);  // no per-criterion listing
}

TEST_CASE("check --group-by needs --summary", "[cli][check]") {
  write_corpus();
  const auto run = run_eligo({"check", "--group-by", "dir", (summary_dir() / "area_a").string()});
  CHECK(run.status == 2);
}
