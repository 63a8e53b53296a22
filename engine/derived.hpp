// Derived values: what the evaluator computes when a criterion names a measure the
// record does not hold within the window. Age in completed years from the birth date;
// albumin-corrected calcium; creatinine clearance by Cockcroft-Gault; eGFR by CKD-EPI
// 2021 (race-free; the default for `egfr`) and by the IDMS-traceable 4-variable MDRD
// equation. The formulas are pure functions; derive() finds their inputs in a patient
// view (each the latest within the window, as for any measure) and says which are
// missing. See docs/evaluation.md for the formulas and their sources.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "core/date.hpp"
#include "core/vocabulary.hpp"
#include "engine/patient_view.hpp"

namespace eligo::engine {

enum class Derivation : std::uint8_t {
  none,
  age,                   // completed years from birth_date
  corrected_calcium,     // Ca + 0.8 x (4.0 - albumin), mg/dL
  creatinine_clearance,  // Cockcroft-Gault, mL/min
  egfr_ckd_epi_2021,     // CKD-EPI 2021 creatinine equation, mL/min/1.73m2
  egfr_mdrd,             // MDRD 4-variable (IDMS, 175), mL/min/1.73m2
};

// "age from birth date", "the albumin correction", "Cockcroft-Gault", "CKD-EPI 2021",
// "MDRD".
std::string_view to_string(Derivation derivation);
// The formula as text, for explanations.
std::string_view formula(Derivation derivation);

// How a measure id is derived: age, corrected_calcium, creatinine_clearance, egfr
// (CKD-EPI 2021), egfr_ckd_epi, egfr_mdrd; none for every other id.
Derivation derivation_for(std::string_view measure_id);

// ---- the formulas (inputs in the units named; no checking)

// Whole years (months, days) from `birth` to `as_of`; negative when birth is later.
int completed_years(Date birth, Date as_of);
int completed_months(Date birth, Date as_of);
double corrected_calcium_mg_dl(double calcium_mg_dl, double albumin_g_dl);
double cockcroft_gault_ml_min(double age_years, double weight_kg, bool female,
                              double creatinine_mg_dl);
double egfr_ckd_epi_2021(double creatinine_mg_dl, double age_years, bool female);
double egfr_mdrd(double creatinine_mg_dl, double age_years, bool female);

// ---- inputs from a record

enum class Input : std::uint8_t {
  birth_date = 1,
  sex = 2,
  weight = 4,
  creatinine = 8,
  calcium = 16,
  albumin = 32,
};

// "birth_date", "sex", "weight", "creatinine", "calcium", "albumin".
std::string_view to_string(Input input);

enum class InputProblem : std::uint8_t {
  none,
  missing,       // see lookup.status (measures) or the record (birth_date, sex)
  bad_unit,      // the observation's unit does not convert to the formula's
  out_of_range,  // not positive; an age under 18 for an adult formula; birth after as_of
  not_binary,    // sex other or unknown: the formula needs female or male
};

struct InputUse {
  Input input = Input::birth_date;
  InputProblem problem = InputProblem::missing;
  Lookup lookup;     // for measures: where the value came from
  double value = 0;  // in the formula's unit: years, kg, mg/dL, g/dL; 1 female, 0 male
};

// The vocabulary entries derive() reads; resolved once per vocabulary.
struct DerivationEntries {
  const VocabularyEntry* calcium = nullptr;
  const VocabularyEntry* albumin = nullptr;
  const VocabularyEntry* creatinine = nullptr;
  const VocabularyEntry* weight = nullptr;
  static DerivationEntries from(const Vocabulary& vocabulary);
};

struct DerivedValue {
  Derivation kind = Derivation::none;
  bool ok = false;
  double value = 0;          // in the measure's canonical unit (years for age)
  std::uint8_t missing = 0;  // Input bits of the inputs with a problem
  std::uint8_t count = 0;    // inputs used
  std::array<InputUse, 4> inputs{};

  std::uint8_t needed() const;  // Input bits of every input
};

// Computes `kind` as of `as_of` with measured inputs from [window_start, as_of]
// (window_start kNoDate: any date). Age is whole years.
DerivedValue derive(Derivation kind, const PatientView& view, Day as_of, Day window_start,
                    const DerivationEntries& entries);

}  // namespace eligo::engine
