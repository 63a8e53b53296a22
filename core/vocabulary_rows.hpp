// The row builder of the built-in vocabulary: measure(...), condition(...), therapy(...),
// procedure(...) and item(...) start a row; .range(), .molar(), .plausible(), .whole(),
// .unwindowed(), .is_a(), .state_of() and .seldom_coded() complete it. Only the
// vocabulary_*.cpp table files include this header.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/vocabulary.hpp"

namespace eligo::vocabulary_rows {

using Names = std::vector<std::string>;
using D = Dimension;

// A row under construction: measure(...).range(lo, hi).molar(m).plausible(lo, hi).whole().
struct Row {
  VocabularyEntry e;

  Row&& range(std::optional<double> low, std::optional<double> high) && {
    e.ref_low = low;
    e.ref_high = high;
    return std::move(*this);
  }
  Row&& molar(double grams_per_mole) && {
    e.molar_mass = grams_per_mole;
    return std::move(*this);
  }
  // The ionic charge: mEq/L converts to mmol/L (and on, with a molar mass) by it.
  Row&& valence(int charge) && {
    e.valence = charge;
    return std::move(*this);
  }
  // The plausible values, in the canonical unit (vocabulary.hpp): generous bounds.
  Row&& plausible(double low, double high) && {
    e.plausible_low = low;
    e.plausible_high = high;
    return std::move(*this);
  }
  // The units criteria write it in (VocabularyEntry::written_units).
  Row&& units(Names codes) && {
    e.written_units = std::move(codes);
    return std::move(*this);
  }
  // The values a threshold can sensibly take, in the canonical unit.
  Row&& thresholds(double low, double high) && {
    e.threshold_low = low;
    e.threshold_high = high;
    return std::move(*this);
  }
  Row&& whole() && {
    e.integer = true;
    return std::move(*this);
  }
  // History or a fixed adult trait: the latest value on record counts, however old.
  Row&& unwindowed() && {
    e.windowed = false;
    return std::move(*this);
  }
  // Events: a kind of the items named (is_a), a state of them (state_of), seldom coded.
  Row&& is_a(Names parents) && {
    e.is_a = std::move(parents);
    return std::move(*this);
  }
  Row&& state_of(Names conditions) && {
    e.state_of = std::move(conditions);
    e.seldom_coded = true;
    return std::move(*this);
  }
  Row&& seldom_coded() && {
    e.seldom_coded = true;
    return std::move(*this);
  }
  operator VocabularyEntry() && { return std::move(e); }  // NOLINT: a row is an entry
};

inline Row measure(std::string id, std::string name, Names synonyms, Names loinc,
                   Dimension dimension, std::string unit) {
  VocabularyEntry e;
  e.id = std::move(id);
  e.kind = ItemKind::measure;
  e.name = std::move(name);
  e.synonyms = std::move(synonyms);
  e.loinc = std::move(loinc);
  e.dimension = dimension;
  e.canonical_unit = std::move(unit);
  return Row{std::move(e)};
}

inline Row item(ItemKind kind, std::string id, std::string name, Names synonyms) {
  VocabularyEntry e;
  e.id = std::move(id);
  e.kind = kind;
  e.name = std::move(name);
  e.synonyms = std::move(synonyms);
  return Row{std::move(e)};
}

inline Row condition(std::string id, std::string name, Names synonyms) {
  return item(ItemKind::condition, std::move(id), std::move(name), std::move(synonyms));
}
inline Row therapy(std::string id, std::string name, Names synonyms) {
  return item(ItemKind::therapy, std::move(id), std::move(name), std::move(synonyms));
}
inline Row procedure(std::string id, std::string name, Names synonyms) {
  return item(ItemKind::procedure, std::move(id), std::move(name), std::move(synonyms));
}

constexpr double kBilirubin = 584.66;     // g/mol
constexpr double kCalcium = 40.08;        // g/mol
constexpr double kCreatinine = 113.12;    // g/mol
constexpr double kGlucose = 180.16;       // g/mol
constexpr double kHemoglobin = 16114.5;   // g/mol per heme-carrying monomer
constexpr double kMagnesium = 24.305;     // g/mol
constexpr double kPhosphorus = 30.974;    // g/mol: phosphate is reported as phosphorus
constexpr double kUrea = 60.06;           // g/mol
constexpr double kUreaNitrogen = 28.014;  // g/mol: the two nitrogens of one urea
constexpr double kCholesterol = 386.65;   // g/mol: LDL, HDL, total cholesterol
constexpr double kTriglyceride = 885.7;   // g/mol: as triolein, the lab convention

}  // namespace eligo::vocabulary_rows
