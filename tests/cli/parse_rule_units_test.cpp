// `eligo parse --rule` reads every unit form the prose grammar reads (issue 14, item 8)
// and prints the canonical form; for each form, the prose grammar's rule for the same
// text is that same canonical line.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_support.hpp"

using eligo::test::run_eligo;

TEST_CASE("parse --rule prints a power of ten apart from its sign canonically", "[cli][parse]") {
  for (const char* unit :
       {"x 10^9/L", "× 10^9/L", "x10^9/L", "X 10^9/L", "× 10⁹/L", "x 10e9/L", "10^9/L"}) {
    INFO(unit);
    const auto rule = run_eligo({"parse", "--rule", std::string("platelets >= 75 ") + unit});
    CHECK(rule.status == 0);
    CHECK(rule.out == "platelets >= 75 10^9/L\n");
    const auto prose = run_eligo({"parse", "--json", std::string("Platelets >= 75 ") + unit});
    CHECK(prose.status == 0);
    CHECK(nlohmann::json::parse(prose.out)["rule"] == "platelets >= 75 10^9/L");
  }
  const auto joined = run_eligo({"parse", "--rule", "platelets >= 75x10^9/L"});
  CHECK(joined.out == "platelets >= 75 10^9/L\n");
}
