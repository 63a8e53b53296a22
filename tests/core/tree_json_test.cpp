// The tree as JSON (core/tree_json.hpp), as `eligo parse --json` and the API print it:
// the members of the history leaves (issue 18), absent options as null.
#include "core/tree_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace eligo;

namespace {

nlohmann::json one(NodeKind kind) {
  Tree t;
  t.root = t.add(std::move(kind));
  return to_json(t, t.root);
}

Threshold in(double value, std::string unit) {
  Threshold t;
  t.value = value;
  t.unit = std::move(unit);
  return t;
}

}  // namespace

TEST_CASE("tree JSON: a change names its earlier value and window", "[tree_json][history]") {
  Change c;
  c.measure = "serum_m_protein";
  c.from = ChangeFrom::nadir;
  c.within = Duration{12, TimeUnit::months};
  c.threshold = in(25, "%");
  const auto j = one(c);
  CHECK(j["type"] == "change");
  CHECK(j["from"] == "nadir");
  CHECK(j["within"] == nlohmann::json{{"amount", 12.0}, {"unit", "months"}});
  CHECK(j["before"].is_null());
  CHECK(j["op"] == ">=");
  CHECK(j["threshold"] == nlohmann::json{{"value", 25.0}, {"unit", "%"}});

  c.from = ChangeFrom::before;
  c.within.reset();
  c.before = Date{std::chrono::year(2026), std::chrono::month(1), std::chrono::day(1)};
  const auto b = one(c);
  CHECK(b["from"] == "before");
  CHECK(b["before"] == "2026-01-01");
  CHECK(b["within"].is_null());
}

TEST_CASE("tree JSON: doubling time, count and ratio", "[tree_json][history]") {
  const auto d = one(DoublingTime{"lymphocytes", {}, Op::lt, Duration{6, TimeUnit::months}});
  CHECK(d["type"] == "doubling_time");
  CHECK(d["within"].is_null());
  CHECK(d["amount"] == nlohmann::json{{"amount", 6.0}, {"unit", "months"}});

  const auto c = one(CountOf{"platelets", Op::ge, in(100, "10^9/L"), Duration{8, TimeUnit::weeks},
                             Duration{7, TimeUnit::days}, Op::ge, 2});
  CHECK(c["type"] == "count");
  CHECK(c["value_op"] == ">=");
  CHECK(c["value"] == nlohmann::json{{"value", 100.0}, {"unit", "10^9/L"}});
  CHECK(c["apart"] == nlohmann::json{{"amount", 7.0}, {"unit", "days"}});
  CHECK(c["count"] == 2);

  const auto r = one(Ratio{"kappa_flc", "lambda_flc", Op::ge, 100});
  CHECK(r["type"] == "ratio");
  CHECK(r["numerator"] == "kappa_flc");
  CHECK(r["denominator"] == "lambda_flc");
  CHECK(r["value"] == 100.0);
}
