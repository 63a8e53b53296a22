// The prose compiler on thresholds written in pairs (issue 13, section 3): a blood
// pressure as systolic/diastolic and a threshold per sex. Each row is {criterion text,
// coverage, tree in the rule notation, uncovered spans}; docs/prose.md explains the
// reading of each form.
#include "prose_test_support.hpp"

namespace eligo::prose_test {
namespace {

// Below an upper limit both values must be; above it, either is enough. A lower limit
// (hypotension) reads the other way round.
const std::vector<Case> kPressure = {
    {"BP < 160/100 mmHg", full, "systolic_bp < 160 mmHg and diastolic_bp < 100 mmHg", {}},
    {"blood pressure ≥ 140/90 mm Hg",
     full,
     "systolic_bp >= 140 mmHg or diastolic_bp >= 90 mmHg",
     {}},
    {"Hypertension (> 140/90 mmHg at inclusion)",
     full,
     "systolic_bp > 140 mmHg or diastolic_bp > 90 mmHg",
     {}},
    {"BP > 150mmHg systolic / 100mmHg diastolic",
     full,
     "systolic_bp > 150 mmHg or diastolic_bp > 100 mmHg",
     {}},
    {"resting blood pressure (BP, <160/100 mmHg)",
     full,
     "systolic_bp < 160 mmHg and diastolic_bp < 100 mmHg",
     {}},
    {"BP <90 mmHg systolic / 50mmHg diastolic",
     full,
     "systolic_bp < 90 mmHg or diastolic_bp < 50 mmHg",
     {}},
    {"blood pressure of 140/90 mmHg or higher",
     full,
     "systolic_bp >= 140 mmHg or diastolic_bp >= 90 mmHg",
     {}},
    {"BP <= 160/100", full, "systolic_bp <= 160 mmHg and diastolic_bp <= 100 mmHg", {}},
    {"Uncontrolled blood pressure (defined as systolic >160 mmHg or diastolic >95 mmHg)",
     full,
     "systolic_bp > 160 mmHg or diastolic_bp > 95 mmHg",
     {}},
    {"systolic >150 mmHg", full, "systolic_bp > 150 mmHg", {}},
    {"diastolic >95 mmHg", full, "diastolic_bp > 95 mmHg", {}},
    {"Systolic blood pressure > 140 mm Hg", full, "systolic_bp > 140 mmHg", {}},
    // Not pressures, or not a pair of a pressure: nothing compiles.
    {"2/3 of patients", none, "", {}},
    {"blood pressure > 140/90 mg/dL", none, "", {}},
    {"BP > 2/3", none, "", {}},
    {"IOP > 25/20 mmHg", none, "", {}},
    {"BP < 90/100 mmHg", none, "", {}},
    {"BP < 110/70 mmHg", none, "", {}},
    {"systolic dysfunction", none, "", {}},
};

// One threshold per sex: `sex is male and ... or sex is female and ...`.
const std::vector<Case> kPerSex = {
    {"QTcF ≤ 450 ms in males or ≤ 470 ms in females",
     full,
     "sex is male and qtcf <= 450 ms or sex is female and qtcf <= 470 ms",
     {}},
    {"QTc > 450 ms for men, > 470 ms for women",
     full,
     "sex is male and qtc > 450 ms or sex is female and qtc > 470 ms",
     {}},
    {"QTc prolongation (Male: >450ms; Female: >470ms)",
     full,
     "sex is male and qtc > 450 ms or sex is female and qtc > 470 ms",
     {}},
    {"QTcF of ≤ 450 ms in males, or ≤ 470 ms in females",
     full,
     "sex is male and qtcf <= 450 ms or sex is female and qtcf <= 470 ms",
     {}},
    {"QTcF for males >= 450 msec or for females >= 470 msec",
     full,
     "sex is male and qtcf >= 450 ms or sex is female and qtcf >= 470 ms",
     {}},
    {"Hemoglobin ≥ 13 g/dL for men and ≥ 12 g/dL for women",
     full,
     "sex is male and hemoglobin >= 13 g/dL or sex is female and hemoglobin >= 12 g/dL",
     {}},
    {"Hemoglobin ≥ 9 g/dL for males and females", none, "", {}},
    // A sex without a threshold, one sex only, or the same sex twice: not compiled.
    {"males", none, "", {}},
    {"Male: >450ms; Female: >470ms", none, "", {}},
    {"QTcF <= 450 ms in males", none, "", {}},
    {"QTcF <= 450 ms in males or <= 470 ms in males", none, "", {}},
};

TEST_CASE("prose: a blood pressure written as systolic/diastolic", "[prose]") {
  for (const auto& c : kPressure) check_case(c);
}

TEST_CASE("prose: a threshold per sex", "[prose]") {
  for (const auto& c : kPerSex) check_case(c);
}

}  // namespace
}  // namespace eligo::prose_test
