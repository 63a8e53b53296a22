// The sample patients (patients/samples) screened against the seed trials (criteria/) by
// the eligo binary, as of 2026-11-20: the verdicts and deciding criteria of
// expected.csv, identical verdicts for one patient written in SI and in conventional
// units, and a missing or stale lab that leaves the verdict undetermined with that lab
// to decide.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli_support.hpp"

namespace {

using eligo::test::kExpected;
using eligo::test::kSamples;
using eligo::test::PairKey;
using eligo::test::screen_csv;
using eligo::test::source_path;
using eligo::test::split_list;

using Report = std::map<PairKey, std::map<std::string, std::string>>;

// The samples against the criteria directory, once for the whole file.
const Report& samples_report() {
  static const Report report = [] {
    int status = -1;
    Report r = screen_csv({source_path("criteria")}, source_path(kSamples), status);
    REQUIRE(status == 0);  // 0: screened, no bad row
    return r;
  }();
  return report;
}

bool mentions(const std::vector<std::string>& needs, const std::string& item) {
  return std::any_of(needs.begin(), needs.end(),
                     [&](const std::string& n) { return n.rfind(item + " ", 0) == 0; });
}

}  // namespace

TEST_CASE("samples: eligo screen gives expected.csv's verdict and deciding criteria",
          "[cli][samples]") {
  const Report& got = samples_report();
  const auto expected = eligo::test::csv_records(eligo::test::read_file(source_path(kExpected)));
  REQUIRE(expected.size() >= 16 * 4);

  std::set<PairKey> seen;
  for (const auto& row : expected) {
    const PairKey key{row.at("patient"), row.at("trial")};
    INFO(key.first << " x " << key.second);
    CHECK(seen.insert(key).second);  // no pair twice in expected.csv
    const auto it = got.find(key);
    REQUIRE(it != got.end());
    CHECK(it->second.at("verdict") == row.at("verdict"));
    CHECK(it->second.at("deciding") == row.at("deciding"));
    if (row.at("verdict") != "eligible") CHECK_FALSE(row.at("deciding").empty());
  }
  for (const auto& [key, row] : got) {
    INFO("screened but not expected: " << key.first << " x " << key.second);
    CHECK(seen.count(key) == 1);
  }
}

TEST_CASE("samples: every seed trial has an eligible sample patient", "[cli][samples]") {
  for (const auto& trial : eligo::test::seed_trials()) {
    INFO(trial);
    bool eligible = false;
    for (const auto& [key, row] : samples_report()) {
      if (key.second == trial && row.at("verdict") == "eligible") eligible = true;
    }
    CHECK(eligible);
  }
}

TEST_CASE("samples: one patient in SI and in conventional units gets identical verdicts",
          "[cli][samples][units]") {
  const std::vector<std::pair<std::string, std::string>> twins = {
      {"P05-boundary-smm-conventional", "P06-boundary-smm-si"},
      {"P07-boundary-rrmm-conventional", "P08-boundary-rrmm-si"},
  };
  for (const auto& [conventional, si] : twins) {
    for (const auto& trial : eligo::test::seed_trials()) {
      INFO(conventional << " / " << si << " x " << trial);
      const auto a = samples_report().find({conventional, trial});
      const auto b = samples_report().find({si, trial});
      REQUIRE(a != samples_report().end());
      REQUIRE(b != samples_report().end());
      for (const char* column : {"verdict", "score", "deciding", "to_decide", "to_confirm"}) {
        INFO(column);
        CHECK(a->second.at(column) == b->second.at(column));
      }
    }
  }
}

TEST_CASE("samples: a missing or stale lab is undetermined with that lab to decide",
          "[cli][samples][missing]") {
  struct Case {
    std::string patient, trial, criterion, item;
  };
  const std::vector<Case> cases = {
      {"P14-rrmm-missing-anc", "NCT04883242", "I12", "anc"},
      {"P13-rrmm-stale-platelets", "NCT04883242", "I13", "platelets"},
      {"P11-smm-gilbert-missing-direct", "NCT04270409", "I6", "direct_bilirubin"},
      {"P20-smm-missing-flc", "NCT04270409", "I1", "flc_ratio"},
  };
  for (const auto& c : cases) {
    INFO(c.patient << " x " << c.trial);
    const auto it = samples_report().find({c.patient, c.trial});
    REQUIRE(it != samples_report().end());
    CHECK(it->second.at("verdict") == "undetermined");
    const auto deciding = split_list(it->second.at("deciding"));
    CHECK(std::find(deciding.begin(), deciding.end(), c.criterion) != deciding.end());
    CHECK(mentions(split_list(it->second.at("to_decide")), c.item));
  }
}

// Each eligible sample patient, with one lab its trial needs taken out of the record:
// never eligible, never ineligible, but undetermined with that lab to decide.
TEST_CASE("samples: an eligible patient without one required lab is undetermined",
          "[cli][samples][missing]") {
  struct Case {
    std::string patient, trial;
    std::vector<std::string> items;
  };
  const std::vector<Case> cases = {
      {"P01-eligible-smm-mayo",
       "NCT04270409",
       {"anc", "platelets", "total_bilirubin", "alt", "ast", "ecog", "hemoglobin", "creatinine",
        "calcium", "albumin", "flc_ratio", "bmpc_percent", "bone_lytic_lesions", "focal_lesions",
        "lvef"}},
      {"P02-eligible-smm-pethema",
       "NCT02960555",
       {"anc", "platelets", "total_bilirubin", "ecog", "creatinine", "aberrant_pc_percent",
        "bmpc_percent"}},
      {"P03-eligible-rrmm-old-asct",
       "NCT04883242",
       {"anc", "platelets", "hemoglobin", "total_bilirubin", "alt", "ast", "creatinine", "ecog",
        "lvef"}},
  };
  const auto lines = [] {
    std::vector<std::string> out;
    std::istringstream in(eligo::test::read_file(source_path(kSamples)));
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }();
  const auto dir = std::filesystem::temp_directory_path();
  for (const auto& c : cases) {
    for (const auto& item : c.items) {
      INFO(c.patient << " x " << c.trial << " without " << item);
      const auto path = dir / ("eligo-cli-test-" + std::to_string(::getpid()) + "-" + c.patient +
                               "-" + item + ".csv");
      {
        std::ofstream out(path, std::ios::binary);
        out << lines.front() << '\n';  // the header
        std::size_t kept = 0, dropped = 0;
        for (const auto& line : lines) {
          if (line.rfind(c.patient + ",", 0) != 0) continue;
          if (line.rfind(c.patient + "," + item + ",", 0) == 0) {
            ++dropped;
            continue;
          }
          out << line << '\n';
          ++kept;
        }
        REQUIRE(dropped > 0);
        REQUIRE(kept > 0);
      }
      int status = -1;
      const auto got = screen_csv({eligo::test::seed_trial_path(c.trial)}, path.string(), status);
      std::filesystem::remove(path);
      REQUIRE(status == 0);
      const auto it = got.find({c.patient, c.trial});
      REQUIRE(it != got.end());
      CHECK(it->second.at("verdict") == "undetermined");
      CHECK_FALSE(it->second.at("deciding").empty());
      const auto needs = split_list(it->second.at("to_decide"));
      INFO("to_decide: " << it->second.at("to_decide"));
      // A derived measure names its inputs: "egfr within 28 days of ... (or creatinine
      // to compute it by CKD-EPI 2021)".
      const bool named = mentions(needs, item) ||
                         std::any_of(needs.begin(), needs.end(), [&](const std::string& n) {
                           return n.find("(or " + item + " ") != std::string::npos ||
                                  n.find(" " + item + " and ") != std::string::npos ||
                                  n.find(" and " + item + " ") != std::string::npos;
                         });
      CHECK(named);
    }
  }
}
