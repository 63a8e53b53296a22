// The worked example of criteria over a value's history (examples/history/, issue 18):
// its patients screened against its two trials by the eligo binary as of 2026-11-20 give
// expected.csv's verdicts and deciding criteria, and the undetermined ones ask for the
// history they lack.
#include <catch2/catch.hpp>
#include <set>

#include "cli_support.hpp"

namespace {

using eligo::test::PairKey;
using eligo::test::source_path;

const auto& example_report() {
  static const auto report = [] {
    int status = -1;
    auto r = eligo::test::screen_csv({source_path("examples/history")},
                                     source_path("examples/history/patients.csv"), status);
    REQUIRE(status == 0);
    return r;
  }();
  return report;
}

}  // namespace

TEST_CASE("history example: verdicts and deciding criteria of expected.csv", "[cli][history]") {
  const auto& got = example_report();
  const auto expected = eligo::test::csv_records(
      eligo::test::read_file(source_path("examples/history/expected.csv")));
  REQUIRE(expected.size() == 14);
  std::set<PairKey> seen;
  for (const auto& row : expected) {
    const PairKey key{row.at("patient"), row.at("trial")};
    INFO(key.first << " x " << key.second);
    CHECK(seen.insert(key).second);
    const auto it = got.find(key);
    REQUIRE(it != got.end());
    CHECK(it->second.at("verdict") == row.at("verdict"));
    CHECK(it->second.at("deciding") == row.at("deciding"));
  }
  CHECK(got.size() == expected.size());
}

TEST_CASE("history example: what the undetermined pairs ask for", "[cli][history]") {
  const auto& got = example_report();
  const auto to_decide = [&](const char* patient, const char* trial) {
    return got.at(PairKey{patient, trial}).at("to_decide");
  };
  CHECK(to_decide("H03-mm-no-earlier-value", "EXAMPLE-MM-PROGRESSION") ==
        "an earlier serum_m_protein within 12 months of 2026-11-20");
  CHECK(to_decide("H06-cll-2-values", "EXAMPLE-CLL-PROGRESSION") ==
        "at least 3 values of lymphocytes on 2 days or more within 12 months of 2026-11-20");
  CHECK(to_decide("H05-cll-doubling-3-values", "EXAMPLE-MM-PROGRESSION") ==
        "serum_m_protein within 28 days of 2026-11-20;at least 2 values of platelets, 7 days "
        "apart, within 8 weeks of 2026-11-20");
}
