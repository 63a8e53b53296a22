// Each derived formula against values computed by hand (the computation is in the
// comment above each check), derive() reading its inputs from a record in any units,
// and the inputs it names when it cannot compute.
#include "engine/derived.hpp"

#include <catch2/catch.hpp>

#include "core/calendar.hpp"
#include "evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

TEST_CASE("age in completed years and months", "[derived]") {
  CHECK(engine::completed_years(day("1980-11-21"), day("2026-11-20")) ==
        45);  // day before birthday
  CHECK(engine::completed_years(day("1980-11-20"), day("2026-11-20")) == 46);  // on the birthday
  // Born on 29 February: a year is completed on 1 March in common years.
  CHECK(engine::completed_years(day("2004-02-29"), day("2026-02-28")) == 21);
  CHECK(engine::completed_years(day("2004-02-29"), day("2026-03-01")) == 22);
  CHECK(engine::completed_years(day("2027-01-01"), day("2026-11-20")) < 0);
  CHECK(engine::completed_months(day("2026-05-20"), day("2026-11-20")) == 6);
  CHECK(engine::completed_months(day("2026-05-21"), day("2026-11-20")) == 5);
}

TEST_CASE("corrected calcium", "[derived]") {
  // 9.0 + 0.8 x (4.0 - 2.5) = 9.0 + 1.2 = 10.2 mg/dL
  CHECK(engine::corrected_calcium_mg_dl(9.0, 2.5) == Approx(10.2));
  // 10.0 + 0.8 x (4.0 - 4.5) = 10.0 - 0.4 = 9.6 mg/dL
  CHECK(engine::corrected_calcium_mg_dl(10.0, 4.5) == Approx(9.6));
}

TEST_CASE("creatinine clearance by Cockcroft-Gault", "[derived]") {
  // (140 - 60) x 70 x 0.85 / (72 x 1.2) = 4760 / 86.4 = 55.0926 mL/min
  CHECK(engine::cockcroft_gault_ml_min(60, 70, true, 1.2) == Approx(55.0926).epsilon(1e-5));
  // (140 - 60) x 70 / (72 x 1.2) = 5600 / 86.4 = 64.8148 mL/min
  CHECK(engine::cockcroft_gault_ml_min(60, 70, false, 1.2) == Approx(64.8148).epsilon(1e-5));
}

TEST_CASE("eGFR by MDRD (IDMS-traceable, 175)", "[derived]") {
  // 175 x 1.0^-1.154 x 50^-0.203 = 175 x 1 x exp(-0.203 x ln 50 = -0.794141) = 175 x 0.451970
  //   = 79.0947 mL/min/1.73m2
  CHECK(engine::egfr_mdrd(1.0, 50, false) == Approx(79.0947).epsilon(1e-5));
  // 175 x 1.2^-1.154 x 60^-0.203 x 0.742 = 175 x 0.810261 x 0.435547 x 0.742 = 45.8250
  CHECK(engine::egfr_mdrd(1.2, 60, true) == Approx(45.8250).epsilon(1e-5));
}

TEST_CASE("eGFR by CKD-EPI 2021 (race-free)", "[derived]") {
  // Female, Scr 0.6, 40 years: k 0.7, a -0.241; Scr/k = 0.857143 < 1:
  //   142 x 0.857143^-0.241 (= 1.037849) x 1 x 0.9938^40 (= 0.779758) x 1.012 = 116.295
  CHECK(engine::egfr_ckd_epi_2021(0.6, 40, true) == Approx(116.295).epsilon(1e-5));
  // Male, Scr 1.5, 65 years: k 0.9; Scr/k = 1.666667 > 1:
  //   142 x 1 x 1.666667^-1.200 (= 0.541728) x 0.9938^65 (= 0.667474) = 51.3457
  CHECK(engine::egfr_ckd_epi_2021(1.5, 65, false) == Approx(51.3457).epsilon(1e-5));
  // Female, Scr 1.2, 60 years: Scr/k = 1.714286:
  //   142 x 1.714286^-1.200 (= 0.523721) x 0.9938^60 (= 0.688556) x 1.012 = 51.8213
  CHECK(engine::egfr_ckd_epi_2021(1.2, 60, true) == Approx(51.8213).epsilon(1e-5));
}

TEST_CASE("which measures are derived", "[derived]") {
  CHECK(engine::derivation_for("egfr") ==
        engine::Derivation::egfr_ckd_epi_2021);  // the documented default
  CHECK(engine::derivation_for("egfr_mdrd") == engine::Derivation::egfr_mdrd);
  CHECK(engine::derivation_for("creatinine_clearance") == engine::Derivation::creatinine_clearance);
  CHECK(engine::derivation_for("corrected_calcium") == engine::Derivation::corrected_calcium);
  CHECK(engine::derivation_for("age") == engine::Derivation::age);
  CHECK(engine::derivation_for("platelets") == engine::Derivation::none);
}

TEST_CASE("derive() reads inputs in SI units and names what is missing", "[derived]") {
  const Vocabulary& v = Vocabulary::builtin();
  const auto entries = engine::DerivationEntries::from(v);
  const engine::Day as_of = engine::to_day(day("2026-11-20"));
  const engine::Day start = engine::to_day(day("2026-10-23"));
  // Creatinine 106.08 umol/L = 1.2 mg/dL (x 113.12 / 10000); weight 154.324 lb = 70 kg.
  const patients::PatientRecord si = RecordBuilder()
                                         .born("1966-05-01")
                                         .sex(patients::Sex::female)
                                         .obs("weight", 154.3236, "lb", "2026-11-01")
                                         .obs("creatinine", 106.08204, "umol/L", "2026-11-10")
                                         .obs("calcium", 2.25, "mmol/L", "2026-11-10")
                                         .obs("albumin", 25, "g/L", "2026-11-10")
                                         .build();
  const engine::PatientView view(v, si);
  const engine::DerivedValue crcl =
      engine::derive(engine::Derivation::creatinine_clearance, view, as_of, start, entries);
  REQUIRE(crcl.ok);
  CHECK(crcl.value == Approx(55.0926).epsilon(1e-4));
  const engine::DerivedValue gfr =
      engine::derive(engine::Derivation::egfr_ckd_epi_2021, view, as_of, start, entries);
  CHECK(gfr.value == Approx(51.8213).epsilon(1e-4));
  // Calcium 2.25 mmol/L = 9.018 mg/dL (x 40.08 / 10); albumin 25 g/L = 2.5 g/dL:
  //   9.018 + 0.8 x 1.5 = 10.218 mg/dL
  const engine::DerivedValue ca =
      engine::derive(engine::Derivation::corrected_calcium, view, as_of, start, entries);
  CHECK(ca.value == Approx(10.218).epsilon(1e-6));

  const patients::PatientRecord partial = RecordBuilder()
                                              .obs("creatinine", 1.2, "mg/dL", "2026-11-10")
                                              .obs("weight", 70, "kg", "2026-08-01")
                                              .build();
  const engine::PatientView pv(v, partial);
  const engine::DerivedValue missing =
      engine::derive(engine::Derivation::creatinine_clearance, pv, as_of, start, entries);
  CHECK_FALSE(missing.ok);
  CHECK(missing.missing ==
        (static_cast<unsigned>(engine::Input::birth_date) |
         static_cast<unsigned>(engine::Input::sex) | static_cast<unsigned>(engine::Input::weight)));
}

TEST_CASE("adult formulas refuse children and unusable sex", "[derived]") {
  const Vocabulary& v = Vocabulary::builtin();
  const auto entries = engine::DerivationEntries::from(v);
  const patients::PatientRecord child = RecordBuilder()
                                            .born("2015-01-01")
                                            .sex(patients::Sex::other)
                                            .obs("creatinine", 0.5, "mg/dL", "2026-11-10")
                                            .build();
  const engine::PatientView view(v, child);
  const engine::Day as_of = engine::to_day(day("2026-11-20"));
  const engine::DerivedValue gfr =
      engine::derive(engine::Derivation::egfr_ckd_epi_2021, view, as_of, as_of - 28, entries);
  CHECK_FALSE(gfr.ok);
  CHECK((gfr.missing & static_cast<unsigned>(engine::Input::birth_date)) != 0);
  CHECK((gfr.missing & static_cast<unsigned>(engine::Input::sex)) != 0);
}

TEST_CASE("the evaluator uses CKD-EPI 2021 for egfr and shows its inputs", "[derived]") {
  const Tree t = leaf(compare("egfr", Op::lt, 40, "mL/min/1.73m2"));
  const auto p = one(t, RecordBuilder()
                            .born("1961-01-01")
                            .sex(patients::Sex::male)
                            .obs("creatinine", 1.5, "mg/dL", "2026-11-10")
                            .build());
  // 65 years, male, Scr 1.5: 51.35 (above): not met.
  CHECK(p->root().value == engine::Tri::not_met);
  CHECK_THAT(p->explain_root(), Contains("computed by CKD-EPI 2021 from creatinine 1.5 mg/dL") &&
                                    Contains("sex male: egfr 51.3457 mL/min/1.73m2 < 40") &&
                                    Contains("age 65 (birth_date 1961-01-01)") &&
                                    Contains("sex male"));
  // Corrected calcium in a ULN + q threshold uses the vocabulary's ULN (10.5 mg/dL).
  const Tree cc = leaf(
      compare("corrected_calcium", Op::gt, relative(Reference::uln, RefMode::plus, 1, "mg/dL")));
  // 11.0 + 0.8 x (4.0 - 3.0) = 11.8 > 11.5: met.
  const auto q = one(cc, RecordBuilder()
                             .obs("calcium", 11.0, "mg/dL", "2026-11-10")
                             .obs("albumin", 3.0, "g/dL", "2026-11-10")
                             .build());
  CHECK(q->root().value == engine::Tri::met);
}

TEST_CASE("calendar shifts", "[derived][calendar]") {
  CHECK(shift(day("2026-11-20"), Duration{28, TimeUnit::days}, -1) == day("2026-10-23"));
  CHECK(shift(day("2026-11-20"), Duration{4, TimeUnit::weeks}, -1) == day("2026-10-23"));
  CHECK(shift(day("2026-03-31"), Duration{1, TimeUnit::months}, -1) == day("2026-02-28"));
  CHECK(shift(day("2024-02-29"), Duration{1, TimeUnit::years}, +1) == day("2025-02-28"));
  CHECK(shift(day("2026-01-15"), Duration{1.5, TimeUnit::months}, +1) == day("2026-03-02"));
  CHECK(whole_months_between(day("2026-05-20"), day("2026-11-20")) == 6);
  CHECK(whole_months_between(day("2026-05-21"), day("2026-11-20")) == 5);
}
