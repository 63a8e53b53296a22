// The history leaves (issue 18): change from baseline, nadir or a value before a date;
// doubling time by a log-linear fit; counts of values meeting a condition, spaced; and the
// ratio of two measures. Boundaries (equal to the threshold), one value short (or too few
// measurements to count), the
// earlier value outside the window, units converted, values that cannot be used, and what
// an unknown asks for. Reference date 2026-11-20 and a 28-day window throughout.
#include <catch2/catch.hpp>
#include <cmath>

#include "evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;
using engine::Tri;

namespace {

Change change(std::string measure, ChangeFrom from, std::optional<Duration> within, Op op,
              double value, std::string unit) {
  Change c;
  c.measure = std::move(measure);
  c.from = from;
  c.within = within;
  c.op = op;
  c.threshold = absolute(value, std::move(unit));
  return c;
}

const Duration k12Months{12, TimeUnit::months};

// Serum M-protein: 1.0 on 2026-03-01, the nadir 0.8 on 2026-06-01, then `now` on 2026-11-10.
patients::PatientRecord m_protein(double now, const char* unit = "g/dL") {
  return RecordBuilder()
      .obs("serum_m_protein", 1.0, "g/dL", "2026-03-01")
      .obs("serum_m_protein", 0.8, "g/dL", "2026-06-01")
      .obs("serum_m_protein", now, unit, "2026-11-10")
      .build();
}

Tri value(Tree tree, patients::PatientRecord record) {
  return one(std::move(tree), std::move(record))->root().value;
}

}  // namespace

TEST_CASE("change from nadir, in % and in the unit, at the boundary", "[history][change]") {
  const auto pct = leaf(change("serum_m_protein", ChangeFrom::nadir, k12Months, Op::ge, 25, "%"));
  CHECK(value(pct, m_protein(1.0)) == Tri::met);          // +0.2 on 0.8: exactly 25 %
  CHECK(value(pct, m_protein(0.999)) == Tri::not_met);    // 24.875 %
  CHECK(value(pct, m_protein(10.0, "g/L")) == Tri::met);  // 10 g/L is 1.0 g/dL
  const auto abs =
      leaf(change("serum_m_protein", ChangeFrom::nadir, k12Months, Op::ge, 0.5, "g/dL"));
  CHECK(value(abs, m_protein(1.0)) == Tri::not_met);  // +0.2 g/dL
  CHECK(value(abs, m_protein(1.3)) == Tri::met);      // +0.5 g/dL
  const auto in_mg =
      leaf(change("serum_m_protein", ChangeFrom::nadir, k12Months, Op::ge, 500, "mg/dL"));
  CHECK(value(in_mg, m_protein(1.3)) == Tri::met);  // the difference converts by the factor

  const auto p = one(pct, m_protein(1.0));
  const std::string why = p->explain_root();
  CHECK_THAT(why, Contains("from nadir within 12 months"));
  CHECK_THAT(why, Contains("serum_m_protein 0.8 g/dL on 2026-06-01 (labs.csv:3)"));
  CHECK_THAT(why, Contains("serum_m_protein 1 g/dL on 2026-11-10 (labs.csv:4)"));
  CHECK_THAT(why, Contains("change +25 % >= 25 %: met"));
}

TEST_CASE("change: the earlier value must be inside the window", "[history][change]") {
  // The nadir 0.8 of 2025-10-01 is before the 12 months to 2026-11-20: only 1.0 counts.
  const auto record = RecordBuilder()
                          .obs("serum_m_protein", 0.8, "g/dL", "2025-10-01")
                          .obs("serum_m_protein", 1.0, "g/dL", "2026-03-01")
                          .obs("serum_m_protein", 1.1, "g/dL", "2026-11-10")
                          .build();
  const auto pct = leaf(change("serum_m_protein", ChangeFrom::nadir, k12Months, Op::ge, 25, "%"));
  CHECK(value(pct, record) == Tri::not_met);  // +10 % from 1.0
  const auto all = leaf(change("serum_m_protein", ChangeFrom::nadir, {}, Op::ge, 25, "%"));
  CHECK(value(all, record) == Tri::met);  // +37.5 % from 0.8, with no window
}

TEST_CASE("change: no earlier value is unknown, and says what would decide it",
          "[history][change]") {
  const auto only_now = RecordBuilder().obs("serum_m_protein", 1.0, "g/dL", "2026-11-10").build();
  const auto p =
      one(leaf(change("serum_m_protein", ChangeFrom::nadir, k12Months, Op::ge, 25, "%")), only_now);
  CHECK(p->root().value == Tri::unknown);
  CHECK(p->root().finding == engine::Finding::history_short);
  CHECK(p->to_decide() ==
        std::vector<std::string>{"an earlier serum_m_protein within 12 months of 2026-11-20"});
  CHECK_THAT(p->explain_root(), Contains("no earlier value before serum_m_protein 1 g/dL"));

  // The latest value is stale (the trial's 28 days): unknown as a comparison would be.
  const auto stale = RecordBuilder()
                         .obs("serum_m_protein", 0.5, "g/dL", "2026-01-10")
                         .obs("serum_m_protein", 1.0, "g/dL", "2026-09-10")
                         .build();
  const auto s =
      one(leaf(change("serum_m_protein", ChangeFrom::nadir, k12Months, Op::ge, 25, "%")), stale);
  CHECK(s->root().value == Tri::unknown);
  CHECK(s->root().finding == engine::Finding::stale);
}

TEST_CASE("change from baseline and from the value before a date", "[history][change]") {
  const auto egfr = [](double now) {
    return RecordBuilder()
        .obs("egfr", 80, "mL/min/1.73m2", "2025-06-01")
        .obs("egfr", 90, "mL/min/1.73m2", "2025-12-31")
        .obs("egfr", 100, "mL/min/1.73m2", "2026-03-01")
        .obs("egfr", now, "mL/min/1.73m2", "2026-11-10")
        .build();
  };
  const auto baseline = leaf(change("egfr", ChangeFrom::baseline, {}, Op::le, -50, "%"));
  CHECK(value(baseline, egfr(40)) == Tri::met);  // 80 -> 40: -50 %
  CHECK(value(baseline, egfr(41)) == Tri::not_met);
  Change before = change("egfr", ChangeFrom::before, {}, Op::le, -50, "%");
  before.before = day("2026-01-01");
  CHECK(value(leaf(before), egfr(45)) == Tri::met);  // 90 (2025-12-31) -> 45
  CHECK(value(leaf(before), egfr(46)) == Tri::not_met);
  before.before = day("2025-06-01");  // nothing before it
  const auto p = one(leaf(before), egfr(40));
  CHECK(p->root().value == Tri::unknown);
  CHECK(p->to_decide() == std::vector<std::string>{"a value of egfr before 2025-06-01"});
}

TEST_CASE("change: an earlier value that cannot be used is never skipped", "[history][change]") {
  const auto record = RecordBuilder()
                          .obs("serum_m_protein", 0.5, "furlongs", "2026-05-01")
                          .obs("serum_m_protein", 0.8, "g/dL", "2026-06-01")
                          .obs("serum_m_protein", 1.0, "g/dL", "2026-11-10")
                          .build();
  // The nadir needs every value; the baseline is the unusable one.
  for (const ChangeFrom from : {ChangeFrom::nadir, ChangeFrom::baseline}) {
    const auto p = one(leaf(change("serum_m_protein", from, k12Months, Op::ge, 25, "%")), record);
    CHECK(p->root().value == Tri::unknown);
    CHECK(p->root().finding == engine::Finding::bad_unit);
    CHECK_THAT(p->explain_root(), Contains("furlongs"));
  }
  // A baseline of 0 has no % change.
  const auto zero = RecordBuilder()
                        .obs("serum_m_protein", 0, "g/dL", "2026-06-01")
                        .obs("serum_m_protein", 1.0, "g/dL", "2026-11-10")
                        .build();
  const auto z =
      one(leaf(change("serum_m_protein", ChangeFrom::baseline, {}, Op::ge, 25, "%")), zero);
  CHECK(z->root().value == Tri::unknown);
  CHECK(z->root().finding == engine::Finding::history_nonpositive);
}

TEST_CASE("doubling time: a log-linear fit, at least 3 values", "[history][doubling]") {
  // 5, 10, 20 every 92 days: doubles in exactly 92 days.
  const auto rising = RecordBuilder()
                          .obs("lymphocytes", 5, "10^9/L", "2026-05-20")
                          .obs("lymphocytes", 10, "10^9/L", "2026-08-20")
                          .obs("lymphocytes", 20000, "/uL", "2026-11-20")
                          .build();
  const auto dt = [](Op op, double amount, TimeUnit unit) {
    return leaf(DoublingTime{"lymphocytes", Duration{12, TimeUnit::months}, op, {amount, unit}});
  };
  CHECK(value(dt(Op::lt, 6, TimeUnit::months), rising) == Tri::met);
  CHECK(value(dt(Op::lt, 3, TimeUnit::months), rising) == Tri::not_met);  // 91.3 days
  CHECK(value(dt(Op::le, 92, TimeUnit::days), rising) == Tri::met);
  CHECK(value(dt(Op::lt, 92, TimeUnit::days), rising) == Tri::not_met);
  const auto p = one(dt(Op::lt, 6, TimeUnit::months), rising);
  CHECK(p->root().count == 3);
  CHECK_THAT(p->explain_root(), Contains("doubles in 92 days; < 6 months (182.625 days): met"));
  CHECK_THAT(p->explain_root(), Contains("lymphocytes 20000 /uL on 2026-11-20 (labs.csv:4)"));

  const auto falling = RecordBuilder()
                           .obs("lymphocytes", 20, "10^9/L", "2026-05-20")
                           .obs("lymphocytes", 10, "10^9/L", "2026-08-20")
                           .obs("lymphocytes", 5, "10^9/L", "2026-11-20")
                           .build();
  CHECK(value(dt(Op::lt, 6, TimeUnit::months), falling) == Tri::not_met);
  CHECK(value(dt(Op::ge, 6, TimeUnit::months), falling) == Tri::met);

  const auto two = RecordBuilder()
                       .obs("lymphocytes", 5, "10^9/L", "2026-05-20")
                       .obs("lymphocytes", 10, "10^9/L", "2026-08-20")
                       .build();
  const auto short_ = one(dt(Op::lt, 6, TimeUnit::months), two);
  CHECK(short_->root().value == Tri::unknown);
  CHECK(short_->to_decide() ==
        std::vector<std::string>{
            "at least 3 values of lymphocytes on 2 days or more within 12 months of 2026-11-20"});
  // The third value of 2025-05-20 is outside the 12 months.
  auto with_old = RecordBuilder()
                      .obs("lymphocytes", 2.5, "10^9/L", "2025-05-19")
                      .obs("lymphocytes", 5, "10^9/L", "2026-05-20")
                      .obs("lymphocytes", 10, "10^9/L", "2026-08-20")
                      .build();
  CHECK(value(dt(Op::lt, 6, TimeUnit::months), with_old) == Tri::unknown);
}

TEST_CASE("count of values meeting a condition, spaced and windowed", "[history][count]") {
  const auto platelets = RecordBuilder()
                             .obs("platelets", 150, "10^9/L", "2026-08-01")  // before 8 weeks
                             .obs("platelets", 120, "10^9/L", "2026-10-01")
                             .obs("platelets", 130000, "/uL", "2026-10-05")
                             .obs("platelets", 90, "10^9/L", "2026-10-09")
                             .obs("platelets", 100, "10^9/L", "2026-10-10")
                             .build();
  const auto count = [](std::optional<Duration> apart, unsigned k, Op op = Op::ge) {
    return leaf(CountOf{"platelets", Op::ge, absolute(100, "10^9/L"), Duration{8, TimeUnit::weeks},
                        apart, op, k});
  };
  CHECK(value(count({}, 3), platelets) == Tri::met);  // 10-01, 10-05, 10-10
  CHECK(value(count({}, 4), platelets) == Tri::not_met);
  CHECK(value(count(Duration{7, TimeUnit::days}, 2), platelets) == Tri::met);  // 10-01, 10-10
  CHECK(value(count(Duration{9, TimeUnit::days}, 2), platelets) == Tri::met);  // exactly 9 days
  // 10 days apart, the record has not 2 such measurements at all: missing data, not a
  // count that falls short.
  const auto spaced = one(count(Duration{10, TimeUnit::days}, 2), platelets);
  CHECK(spaced->root().value == Tri::unknown);
  CHECK(spaced->to_decide() ==
        std::vector<std::string>{
            "at least 2 values of platelets, 10 days apart, within 8 weeks of 2026-11-20"});
  CHECK(value(count({}, 1), RecordBuilder().build()) == Tri::unknown);  // no value at all
  CHECK(value(count({}, 0, Op::eq), RecordBuilder().build()) == Tri::unknown);
  CHECK(value(count({}, 3, Op::eq), platelets) == Tri::met);

  // A value that cannot be used may or may not count: decided only when it cannot matter.
  auto record = platelets;
  record.observations.push_back(record.observations.back());
  record.observations.back().unit = "furlongs";
  record.observations.back().date = day("2026-11-01");
  const auto p = one(count({}, 4), record);
  CHECK(p->root().value == Tri::unknown);
  CHECK(p->root().finding == engine::Finding::bad_unit);
  CHECK_THAT(p->explain_root(), Contains("3 counted (4 if the values that cannot be used meet it"));
  CHECK(value(count({}, 3), record) == Tri::met);
  CHECK(value(count({}, 6), record) == Tri::unknown);  // 5 values: 6 cannot be reached yet
  CHECK(value(count({}, 5, Op::gt), record) == Tri::unknown);
}

TEST_CASE("ratio of two measures' latest values", "[history][ratio]") {
  const auto flc = [](double lambda, const char* unit = "mg/L") {
    return RecordBuilder()
        .obs("kappa_flc", 120, "mg/L", "2026-11-10")
        .obs("lambda_flc", lambda, unit, "2026-11-10")
        .build();
  };
  const auto ratio = leaf(Ratio{"kappa_flc", "lambda_flc", Op::ge, 100});
  CHECK(value(ratio, flc(1.2)) == Tri::met);  // exactly 100
  CHECK(value(ratio, flc(1.21)) == Tri::not_met);
  CHECK(value(ratio, flc(0.12, "mg/dL")) == Tri::met);  // 0.12 mg/dL is 1.2 mg/L
  CHECK_THAT(one(ratio, flc(1.2))->explain_root(),
             Contains("kappa_flc 120 mg/L on 2026-11-10 (labs.csv:2) / lambda_flc 1.2 mg/L on "
                      "2026-11-10 (labs.csv:3) = 100 >= 100: met"));

  const auto no_lambda = RecordBuilder().obs("kappa_flc", 120, "mg/L", "2026-11-10").build();
  const auto p = one(ratio, no_lambda);
  CHECK(p->root().value == Tri::unknown);
  CHECK(p->to_decide() == std::vector<std::string>{"lambda_flc within 28 days of 2026-11-20"});
  CHECK_THAT(p->explain_root(), Contains("no lambda_flc"));
  CHECK(value(ratio, flc(0)) == Tri::unknown);
}
