// The prose compiler on criteria over a measure's history (issue 18, item 2): a change
// from baseline or nadir, a doubling time, repeated measurements, time free of an event.
// Each row is {criterion text, coverage, tree in the rule notation, uncovered spans};
// the wordings it must not compile stay uncovered (coverage none), never a wrong tree.
#include "prose_test_support.hpp"

namespace eligo::prose_test {
namespace {

// A change from the baseline or the nadir, in % or in the measure's unit.
const std::vector<Case> kChanges = {
    {"Increase of ≥ 25% in serum M-protein from nadir",
     full,
     "change(serum_m_protein, from nadir) >= 25 %",
     {}},
    {"Increase of ≥ 25% from nadir in serum M-protein",
     full,
     "change(serum_m_protein, from nadir) >= 25 %",
     {}},
    {"An increase of at least 25% from baseline in serum creatinine",
     full,
     "change(creatinine, from baseline) >= 25 %",
     {}},
    {"An increase of >= 25% in serum M-protein from the lowest value",
     full,
     "change(serum_m_protein, from nadir) >= 25 %",
     {}},
    {"Serum M-protein: increase of ≥ 25% from the lowest value",
     full,
     "change(serum_m_protein, from nadir) >= 25 %",
     {}},
    {"Increase of ≥ 25% in serum M-protein from baseline",
     full,
     "change(serum_m_protein, from baseline) >= 25 %",
     {}},
    {"Increase of ≥ 25% in serum M-protein from nadir within the past 12 months",
     full,
     "change(serum_m_protein, from nadir within 12 months) >= 25 %",
     {}},
    {"Increase of ≥ 25% in serum M-protein from nadir, with an absolute increase of ≥ 0.5 g/dL",
     full,
     "change(serum_m_protein, from nadir) >= 25 % and change(serum_m_protein, from nadir) >= 0.5 "
     "g/dL",
     {}},
    {"Serum M-protein increase of ≥ 25% from the lowest value (absolute increase must be ≥ 0.5 "
     "g/dL)",
     full,
     "change(serum_m_protein, from nadir) >= 25 % and change(serum_m_protein, from nadir) >= 0.5 "
     "g/dL",
     {}},
    {"A rise in serum creatinine of at least 0.3 mg/dL from baseline",
     full,
     "change(creatinine, from baseline) >= 0.3 mg/dL",
     {}},
    {"An increase in lymphocytes of more than 50% over two months",
     full,
     "change(lymphocytes, from baseline within 2 months) > 50 %",
     {}},
    {"25% or greater increase in CRP from baseline",
     full,
     "change(crp, from baseline) >= 25 %",
     {}},
    // A fall: the operator and the sign mirrored.
    {"Reduction of ≥ 50% in eGFR from baseline", full, "change(egfr, from baseline) <= -50 %", {}},
    {"A 50% fall in eGFR from baseline", full, "change(egfr, from baseline) <= -50 %", {}},
    {"Decline in eGFR of more than 40% from baseline",
     full,
     "change(egfr, from baseline) < -40 %",
     {}},
    // Doubled, and a multiple of the earlier value.
    {"Serum creatinine doubled from baseline",
     full,
     "change(creatinine, from baseline) >= 100 %",
     {}},
    {"Doubling of serum creatinine from baseline",
     full,
     "change(creatinine, from baseline) >= 100 %",
     {}},
    {"CRP at least twice its baseline value", full, "change(crp, from baseline) >= 100 %", {}},
    {"Serum creatinine ≥ 1.5 x baseline", full, "change(creatinine, from baseline) >= 50 %", {}},
};

// Changes that say too little, or something the tree cannot hold: uncovered.
const std::vector<Case> kChangesLeftOut = {
    // No reference and no window: from what?
    {"A rise in serum creatinine of at least 0.3 mg/dL", none, "", {}},
    {"Increase in serum creatinine ≥ 0.3 mg/dL", none, "", {}},
    // A window in hours: no such window.
    {"Increase in serum creatinine by ≥ 0.3 mg/dL within 48 hours", none, "", {}},
    // No unit for the amount: none is guessed.
    {"Increase of ≥ 25 in serum M-protein from nadir", none, "", {}},
    // An upper bound on an increase also holds for any decrease.
    {"Increase of < 25% in serum M-protein from nadir", none, "", {}},
    // A % change of a measure in %: points or relative?
    {"Increase of ≥ 10% in bone marrow plasma cells from baseline", none, "", {}},
    // A range of multiples, and a change either way.
    {"Serum creatinine 1.5-1.9 × baseline", none, "", {}},
    {"Weight change > 5 kg from baseline", none, "", {}},
};

// A doubling time.
const std::vector<Case> kDoublingTimes = {
    {"Lymphocyte doubling time of less than 6 months",
     full,
     "doubling_time(lymphocytes) < 6 months",
     {}},
    {"Lymphocyte doubling time (LDT) < 6 months",
     full,
     "doubling_time(lymphocytes) < 6 months",
     {}},
    {"LDT < 6 months", full, "doubling_time(lymphocytes) < 6 months", {}},
    {"PSA doubling time ≤ 10 months", full, "doubling_time(psa) <= 10 months", {}},
    {"PSADT of 10 months or less", full, "doubling_time(psa) <= 10 months", {}},
    {"Doubling time of PSA < 10 months within the last 12 months",
     full,
     "doubling_time(psa, within 12 months) < 10 months",
     {}},
    {"PSA doubling time < 10", none, "", {}},
};

// Repeated measurements.
const std::vector<Case> kCounts = {
    {"Platelets ≥ 100 × 10^9/L on two measurements at least 7 days apart",
     full,
     "count(platelets >= 100 10^9/L, apart >= 7 days) >= 2",
     {}},
    {"Platelets ≥ 100 × 10^9/L on two measurements at least 7 days apart within 8 weeks",
     full,
     "count(platelets >= 100 10^9/L, within 8 weeks, apart >= 7 days) >= 2",
     {}},
    {"ANC ≥ 1,000/µL on at least 2 occasions separated by at least 1 week",
     full,
     "count(anc >= 1000 /uL, apart >= 1 week) >= 2",
     {}},
    {"Hemoglobin < 10 g/dL on two separate occasions in the last 3 months",
     full,
     "count(hemoglobin < 10 g/dL, within 3 months) >= 2",
     {}},
    // "consecutive" is not in the count: partial, the word uncovered.
    {"Platelets ≥ 100 × 10^9/L on two consecutive measurements",
     partial,
     "count(platelets >= 100 10^9/L) >= 2",
     {"consecutive"}},
};

// Time free of an event.
const std::vector<Case> kEventFree = {
    {"Independent of transfusions for 8 weeks",
     full,
     "not has blood_transfusion within 8 weeks",
     {}},
    {"Transfusion-independent for at least 8 weeks",
     full,
     "not has blood_transfusion within 8 weeks",
     {}},
    {"RBC transfusion independence for ≥ 8 weeks",
     full,
     "not has blood_transfusion within 8 weeks",
     {}},
    {"Free of platelet transfusions for the past 4 weeks",
     full,
     "not has platelet_transfusion within 4 weeks",
     {}},
    {"Transfusion independent", none, "", {}},
};

}  // namespace

TEST_CASE("prose history: a change from baseline or nadir", "[prose][history]") {
  for (const auto& c : kChanges) check_case(c);
}

TEST_CASE("prose history: changes left uncovered", "[prose][history]") {
  for (const auto& c : kChangesLeftOut) check_case(c);
}

TEST_CASE("prose history: a doubling time", "[prose][history]") {
  for (const auto& c : kDoublingTimes) check_case(c);
}

TEST_CASE("prose history: repeated measurements", "[prose][history]") {
  for (const auto& c : kCounts) check_case(c);
}

TEST_CASE("prose history: time free of an event", "[prose][history]") {
  for (const auto& c : kEventFree) check_case(c);
}

}  // namespace eligo::prose_test
