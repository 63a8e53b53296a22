// The history leaves in SQL (omop/sql_history.hpp, omop/sql_trial_history.cpp): a light
// check that each form compiles to its window functions and asks, when unknown, for what
// the engine asks. The proof that they mean what the engine means is the agreement tests
// (tests/sql/: sql/agreement/ENGINE/history and history-forms).
#include <catch2/catch.hpp>

#include "omop/sql_trial.hpp"

using namespace eligo;

namespace {

const Date kHistoryAsOf{std::chrono::year(2026), std::chrono::month(11), std::chrono::day(20)};

std::string view_of(NodeKind leaf) {
  Trial trial;
  trial.id = "T";
  Criterion c;
  c.id = "I1";
  c.tree.root = c.tree.add(std::move(leaf));
  c.coverage = Coverage::full;
  trial.criteria.push_back(std::move(c));
  return omop::trial_view(trial, Vocabulary::builtin(), omop::SqlDialect{omop::Dialect::duckdb},
                          kHistoryAsOf, "v");
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

Change change(ChangeFrom from, std::optional<Duration> within, std::string unit) {
  Change c;
  c.measure = "egfr";
  c.from = from;
  c.within = within;
  c.op = Op::le;
  c.threshold.value = -50;
  c.threshold.unit = std::move(unit);
  return c;
}

CountOf count(std::optional<Duration> apart) {
  CountOf c;
  c.measure = "platelets";
  c.value_op = Op::ge;
  c.value.value = 100;
  c.value.unit = "10^9/L";
  c.within = Duration{8, TimeUnit::weeks};
  c.apart = apart;
  c.op = Op::ge;
  c.count = 2;
  return c;
}

const std::string kNotExpressed = "-- not expressed in SQL";

}  // namespace

TEST_CASE("sql history: change from baseline, before a date and nadir", "[sql][history]") {
  const Duration year{12, TimeUnit::months};
  const std::string baseline = view_of(change(ChangeFrom::baseline, year, "%"));
  CHECK_FALSE(has(baseline, kNotExpressed));
  // The first value of the first date, before the latest value's date, in the window.
  CHECK(has(baseline, "FIRST_VALUE(canonical) OVER (PARTITION BY person_id ORDER BY day, seq)"));
  CHECK(has(baseline, "AND e.day < l.day"));
  CHECK(has(baseline, "e.day >= DATE '2025-11-20'"));
  CHECK(has(baseline, "'an earlier egfr within 12 months of 2026-11-20'"));
  CHECK(has(baseline, "(100 * (m_egfr_val - c0_0_value) / c0_0_value)"));
  CHECK(has(baseline, "'one value of egfr for ' || CAST(c0_0_problem_day AS VARCHAR)"));

  Change before = change(ChangeFrom::before, std::nullopt, "%");
  before.before = Date{std::chrono::year(2026), std::chrono::month(1), std::chrono::day(1)};
  const std::string b = view_of(before);
  CHECK(has(b, "ORDER BY day DESC, seq DESC"));
  CHECK(has(b, "e.day < DATE '2026-01-01'"));
  CHECK(has(b, "'a value of egfr before 2026-01-01'"));

  // A nadir: every value usable, the lowest the first of equals; a difference in a unit.
  const std::string nadir = view_of(change(ChangeFrom::nadir, year, "mL/min/1.73m2"));
  CHECK(has(nadir, "ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY canonical, day, seq)"));
  CHECK_FALSE(has(nadir, "100 *"));
}

TEST_CASE("sql history: doubling time by REGR_SLOPE over ln(value)", "[sql][history]") {
  DoublingTime d;
  d.measure = "lymphocytes";
  d.within = Duration{12, TimeUnit::months};
  d.op = Op::lt;
  d.amount = Duration{6, TimeUnit::months};
  const std::string sql = view_of(d);
  CHECK_FALSE(has(sql, kNotExpressed));
  CHECK(has(sql, "REGR_SLOPE(LN(CASE WHEN pk = 0 THEN canonical END), x)"));
  CHECK(has(sql, "day - MIN(day) OVER (PARTITION BY person_id)"));  // days since the first
  CHECK(has(sql, "WHEN e.canonical <= 0 THEN 2"));                  // no logarithm of 0
  CHECK(has(sql, "CAST(182.625 AS DOUBLE PRECISION)"));             // 6 months of 30.4375 days
  CHECK(has(sql,
            "'at least 3 values of lymphocytes on 2 days or more within 12 months of "
            "2026-11-20'"));
}

TEST_CASE("sql history: count, spaced by a recursive walk or plain", "[sql][history]") {
  const std::string spaced = view_of(count(Duration{7, TimeUnit::days}));
  CHECK_FALSE(has(spaced, kNotExpressed));
  CHECK(has(spaced, "WITH RECURSIVE"));
  CHECK(has(spaced, "b.day >= CAST(a.day + INTERVAL '7 days' AS DATE)"));
  CHECK(has(spaced,
            "'at least 2 values of platelets, 7 days apart, within 8 weeks of "
            "2026-11-20'"));
  const std::string plain = view_of(count(std::nullopt));
  CHECK_FALSE(has(plain, "WITH RECURSIVE"));
  CHECK(has(plain, "SUM(meets)"));
  // An amount that is not whole has no calendar step in SQL: NULL, with the reason.
  const std::string odd = view_of(count(Duration{1.5, TimeUnit::months}));
  CHECK(has(odd, kNotExpressed + " (NULL, unknown): I1: a time that is not a whole number"));
}

TEST_CASE("sql history: ratio of two latest values, a wrong item is to correct", "[sql][history]") {
  Ratio r;
  r.numerator = "kappa_flc";
  r.denominator = "lambda_flc";
  r.op = Op::ge;
  r.value = 100;
  const std::string sql = view_of(r);
  CHECK_FALSE(has(sql, kNotExpressed));
  CHECK(has(sql, "(m_kappa_flc_val / m_lambda_flc_val)"));
  CHECK(has(sql, "m_lambda_flc_val <= 0 THEN NULL"));
  r.denominator = "platelets";  // another canonical unit: the engine refuses it too
  CHECK(has(view_of(r), "a corrected criterion"));
}
