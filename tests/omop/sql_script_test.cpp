// The SQL compiler's own contract (the agreement tests, tests/sql/, run its scripts on
// PostgreSQL and DuckDB against `eligo screen`): the dialect layer's spellings, one
// SELECT last, and a criterion the SQL cannot express kept as NULL with its reason.
#include "omop/sql_script.hpp"

#include <catch2/catch.hpp>

#include "omop/sql_dialect.hpp"

using namespace eligo;

namespace {

Trial trial_with(const std::string& id, Tree tree) {
  Trial trial;
  trial.id = id;
  Criterion c;
  c.id = "I1";
  c.tree = std::move(tree);
  c.coverage = Coverage::full;
  trial.criteria.push_back(std::move(c));
  return trial;
}

Tree compare(const std::string& measure, Op op, double value, const std::string& unit) {
  Threshold threshold;
  threshold.value = value;
  threshold.unit = unit;
  Tree tree;
  tree.root = tree.add(Compare{measure, op, threshold});
  return tree;
}

const Date kAsOf{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(20)};

}  // namespace

TEST_CASE("sql dialect: the spellings that differ, and calendar arithmetic") {
  const omop::SqlDialect pg{omop::Dialect::postgresql}, duck{omop::Dialect::duckdb};
  CHECK(pg.int_div("a", "b") == "(a / b)");
  CHECK(duck.int_div("a", "b") == "(a // b)");
  CHECK(pg.cte() == " AS MATERIALIZED ");
  CHECK(duck.cte() == " AS MATERIALIZED ");
  CHECK(pg.analyze("eligo_unit") == "ANALYZE eligo_unit;\n");
  CHECK(pg.add("d", Duration{6, TimeUnit::months}) == "CAST(d + INTERVAL '6 months' AS DATE)");
  CHECK(pg.add("d", Duration{2, TimeUnit::weeks}) == "CAST(d + INTERVAL '14 days' AS DATE)");
  CHECK(pg.add("d", Duration{1.5, TimeUnit::years}).empty());  // not a whole number of units
  CHECK(pg.date(kAsOf) == "DATE '2026-11-20'");
  CHECK(pg.text("it's") == "'it''s'");
  CHECK(pg.number(2) == "CAST(2.0 AS DOUBLE PRECISION)");  // never an integer literal
  CHECK(omop::parse_dialect("postgres") == omop::Dialect::postgresql);
  CHECK_FALSE(omop::parse_dialect("oracle"));
}

TEST_CASE("sql script: setup, one view per trial, and one SELECT last") {
  const std::vector<Trial> trials{trial_with("NCT1", compare("anc", Op::ge, 1000, "/uL")),
                                  trial_with("NCT2", compare("platelets", Op::ge, 50, "10^9/L"))};
  const std::string sql = omop::compile_sql(trials, Vocabulary::builtin(),
                                            omop::SqlOptions{omop::Dialect::duckdb, kAsOf, "cdm"});
  CHECK(sql.find("CREATE TEMP VIEW eligo_trial_1 AS") != std::string::npos);
  CHECK(sql.find("CREATE TEMP VIEW eligo_trial_2 AS") != std::string::npos);
  // The conversion table holds the exact factor /uL -> 10^9/L (divide by 1000).
  CHECK(sql.find("('anc', '/uL', CAST(1000.0 AS DOUBLE PRECISION), TRUE") != std::string::npos);
  // The threshold in the canonical unit: 1000 /uL is 1 x 10^9/L.
  CHECK(sql.find("CAST(1.0 AS DOUBLE PRECISION)") != std::string::npos);
  const auto last = sql.rfind("\nSELECT person_id, person_source_value, trial_id, verdict");
  REQUIRE(last != std::string::npos);
  CHECK(sql.find(';', last) == sql.size() - 2);  // the last statement
  CHECK(sql.find("FROM cdm.measurement") != std::string::npos);
}

TEST_CASE("sql script: what SQL cannot express is NULL with its reason, never dropped") {
  // An age in months: the SQL computes ages in completed years only.
  const std::vector<Trial> trials{trial_with("NCT3", compare("age", Op::ge, 6, "months"))};
  const std::string sql = omop::compile_sql(
      trials, Vocabulary::builtin(), omop::SqlOptions{omop::Dialect::postgresql, kAsOf, "x"});
  CHECK(sql.find("-- not expressed in SQL (NULL, unknown): I1: an age in months") !=
        std::string::npos);
  CHECK(sql.find("CAST(NULL AS BOOLEAN) AS c0_0") != std::string::npos);
  CHECK(sql.find("FROM x.person") != std::string::npos);  // the schema given
}
