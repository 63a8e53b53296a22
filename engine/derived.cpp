// Derived values; see derived.hpp. Inputs are read like any measure (the latest within
// the window, conflicts refused) and converted to the formula's units; an input that is
// missing, stale, in a unit that does not convert, or out of the formula's range marks
// the derivation as not computable, naming that input. The adult formulas (Cockcroft-
// Gault, MDRD, CKD-EPI) refuse ages under 18 or over 120.
#include "engine/derived.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace eligo::engine {
namespace {

const Unit& formula_unit(std::string_view code) {
  // Parsed once; these codes are in the unit table (tests check it).
  static const Unit mg_dl = *parse_unit("mg/dL");
  static const Unit g_dl = *parse_unit("g/dL");
  static const Unit kg = *parse_unit("kg");
  if (code == "mg/dL") return mg_dl;
  if (code == "g/dL") return g_dl;
  return kg;
}

constexpr double kMinAdultAge = 18;
constexpr double kMaxAge = 120;

// Reads a measured input: the latest within the window, in `unit_code`, positive.
InputUse measured(Input input, const VocabularyEntry* entry, std::string_view unit_code,
                  const PatientView& view, Day as_of, Day window_start) {
  InputUse use;
  use.input = input;
  if (entry == nullptr) return use;
  use.lookup = view.latest(*entry, as_of, entry->windowed ? window_start : kNoDate);
  if (use.lookup.status != LookupStatus::found) return use;
  const ObservationFact& fact = view.observation(use.lookup.fact);
  if (!fact.unit_ok()) {
    use.problem = InputProblem::bad_unit;
    return use;
  }
  if (fact.canonical_ok && entry->canonical_unit == unit_code) {
    use.value = fact.canonical;  // converted once by the view
  } else {
    const Result<double> value =
        convert(fact.value(), **fact.unit, formula_unit(unit_code), entry->analyte());
    if (!value) {
      use.problem = InputProblem::bad_unit;
      return use;
    }
    use.value = *value;
  }
  use.problem = std::isfinite(use.value) && use.value > 0 && fact.plausible
                    ? InputProblem::none
                    : InputProblem::out_of_range;
  return use;
}

InputUse age_input(const PatientView& view, Day as_of, bool adult) {
  InputUse use;
  use.input = Input::birth_date;
  const auto& birth = view.record().birth_date;
  if (!birth) return use;
  const int years = completed_years(*birth, to_date(as_of));
  use.value = years;
  const bool in_range = years >= 0 && (!adult || (years >= kMinAdultAge && years <= kMaxAge));
  use.problem = in_range ? InputProblem::none : InputProblem::out_of_range;
  return use;
}

InputUse sex_input(const PatientView& view) {
  InputUse use;
  use.input = Input::sex;
  const auto& sex = view.record().sex;
  if (!sex) return use;
  if (*sex != patients::Sex::female && *sex != patients::Sex::male) {
    use.problem = InputProblem::not_binary;
    return use;
  }
  use.value = *sex == patients::Sex::female ? 1 : 0;
  use.problem = InputProblem::none;
  return use;
}

}  // namespace

std::string_view to_string(Derivation derivation) {
  switch (derivation) {
    case Derivation::none: return "none";
    case Derivation::age: return "age from birth date";
    case Derivation::corrected_calcium: return "the albumin correction";
    case Derivation::creatinine_clearance: return "Cockcroft-Gault";
    case Derivation::egfr_ckd_epi_2021: return "CKD-EPI 2021";
    case Derivation::egfr_mdrd: return "MDRD";
  }
  return "none";
}

std::string_view formula(Derivation derivation) {
  switch (derivation) {
    case Derivation::none: return "";
    case Derivation::age: return "completed years from birth_date to the reference date";
    case Derivation::corrected_calcium: return "calcium [mg/dL] + 0.8 x (4.0 - albumin [g/dL])";
    case Derivation::creatinine_clearance:
      return "(140 - age) x weight [kg] x (0.85 if female) / (72 x creatinine [mg/dL])";
    case Derivation::egfr_ckd_epi_2021:
      return "142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x (1.012 if female); "
             "k 0.7 female, 0.9 male; a -0.241 female, -0.302 male";
    case Derivation::egfr_mdrd: return "175 x Scr^-1.154 x age^-0.203 x (0.742 if female)";
  }
  return "";
}

Derivation derivation_for(std::string_view id) {
  if (id == "age") return Derivation::age;
  if (id == "corrected_calcium") return Derivation::corrected_calcium;
  if (id == "creatinine_clearance") return Derivation::creatinine_clearance;
  if (id == "egfr" || id == "egfr_ckd_epi") return Derivation::egfr_ckd_epi_2021;
  if (id == "egfr_mdrd") return Derivation::egfr_mdrd;
  return Derivation::none;
}

int completed_years(Date birth, Date as_of) {
  int years = static_cast<int>(as_of.year()) - static_cast<int>(birth.year());
  const auto before_birthday = std::pair(unsigned(as_of.month()), unsigned(as_of.day())) <
                               std::pair(unsigned(birth.month()), unsigned(birth.day()));
  return before_birthday ? years - 1 : years;
}

int completed_months(Date birth, Date as_of) {
  const int months = (static_cast<int>(as_of.year()) - static_cast<int>(birth.year())) * 12 +
                     static_cast<int>(unsigned(as_of.month())) -
                     static_cast<int>(unsigned(birth.month()));
  return unsigned(as_of.day()) < unsigned(birth.day()) ? months - 1 : months;
}

double corrected_calcium_mg_dl(double calcium_mg_dl, double albumin_g_dl) {
  return calcium_mg_dl + 0.8 * (4.0 - albumin_g_dl);
}

double cockcroft_gault_ml_min(double age_years, double weight_kg, bool female,
                              double creatinine_mg_dl) {
  return (140 - age_years) * weight_kg * (female ? 0.85 : 1.0) / (72 * creatinine_mg_dl);
}

double egfr_ckd_epi_2021(double creatinine_mg_dl, double age_years, bool female) {
  const double kappa = female ? 0.7 : 0.9;
  const double alpha = female ? -0.241 : -0.302;
  const double ratio = creatinine_mg_dl / kappa;
  return 142 * std::pow(std::min(ratio, 1.0), alpha) * std::pow(std::max(ratio, 1.0), -1.200) *
         std::pow(0.9938, age_years) * (female ? 1.012 : 1.0);
}

double egfr_mdrd(double creatinine_mg_dl, double age_years, bool female) {
  return 175 * std::pow(creatinine_mg_dl, -1.154) * std::pow(age_years, -0.203) *
         (female ? 0.742 : 1.0);
}

std::string_view to_string(Input input) {
  switch (input) {
    case Input::birth_date: return "birth_date";
    case Input::sex: return "sex";
    case Input::weight: return "weight";
    case Input::creatinine: return "creatinine";
    case Input::calcium: return "calcium";
    case Input::albumin: return "albumin";
  }
  return "birth_date";
}

DerivationEntries DerivationEntries::from(const Vocabulary& vocabulary) {
  return {vocabulary.find("calcium"), vocabulary.find("albumin"), vocabulary.find("creatinine"),
          vocabulary.find("weight")};
}

std::uint8_t DerivedValue::needed() const {
  std::uint8_t bits = 0;
  for (std::uint8_t i = 0; i < count; ++i) bits |= static_cast<std::uint8_t>(inputs[i].input);
  return bits;
}

DerivedValue derive(Derivation kind, const PatientView& view, Day as_of, Day window_start,
                    const DerivationEntries& entries) {
  DerivedValue out;
  out.kind = kind;
  auto add = [&](InputUse use) { out.inputs[out.count++] = use; };
  switch (kind) {
    case Derivation::none: return out;
    case Derivation::age: add(age_input(view, as_of, false)); break;
    case Derivation::corrected_calcium:
      add(measured(Input::calcium, entries.calcium, "mg/dL", view, as_of, window_start));
      add(measured(Input::albumin, entries.albumin, "g/dL", view, as_of, window_start));
      break;
    case Derivation::creatinine_clearance:
      add(age_input(view, as_of, true));
      add(measured(Input::weight, entries.weight, "kg", view, as_of, window_start));
      add(sex_input(view));
      add(measured(Input::creatinine, entries.creatinine, "mg/dL", view, as_of, window_start));
      break;
    case Derivation::egfr_ckd_epi_2021:
    case Derivation::egfr_mdrd:
      add(measured(Input::creatinine, entries.creatinine, "mg/dL", view, as_of, window_start));
      add(age_input(view, as_of, true));
      add(sex_input(view));
      break;
  }
  for (std::uint8_t i = 0; i < out.count; ++i) {
    if (out.inputs[i].problem != InputProblem::none) {
      out.missing |= static_cast<std::uint8_t>(out.inputs[i].input);
    }
  }
  if (out.missing != 0) return out;
  auto value_of = [&](Input input) {
    for (std::uint8_t i = 0; i < out.count; ++i) {
      if (out.inputs[i].input == input) return out.inputs[i].value;
    }
    return 0.0;
  };
  const bool female = value_of(Input::sex) == 1;
  switch (kind) {
    case Derivation::none: break;
    case Derivation::age: out.value = value_of(Input::birth_date); break;
    case Derivation::corrected_calcium:
      out.value = corrected_calcium_mg_dl(value_of(Input::calcium), value_of(Input::albumin));
      break;
    case Derivation::creatinine_clearance:
      out.value = cockcroft_gault_ml_min(value_of(Input::birth_date), value_of(Input::weight),
                                         female, value_of(Input::creatinine));
      break;
    case Derivation::egfr_ckd_epi_2021:
      out.value =
          egfr_ckd_epi_2021(value_of(Input::creatinine), value_of(Input::birth_date), female);
      break;
    case Derivation::egfr_mdrd:
      out.value = egfr_mdrd(value_of(Input::creatinine), value_of(Input::birth_date), female);
      break;
  }
  out.ok = std::isfinite(out.value);
  return out;
}

}  // namespace eligo::engine
