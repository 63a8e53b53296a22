// The vocabulary: every item a criterion or a patient record can name. One table
// (vocabulary_table.cpp), a row per item: its canonical snake_case id, the synonyms and
// abbreviations criteria text uses, LOINC codes, dimension, canonical unit, molar mass,
// a default reference range where a standard one exists, and for measures the range of
// plausible values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/units.hpp"

namespace eligo {

enum class ItemKind {
  measure,      // a lab value, score or body measurement
  demographic,  // a field of the patient record itself (birth_date, sex)
  condition,    // an event: a diagnosis
  therapy,      // an event: a drug or regimen
  procedure,    // an event: a procedure (asct, radiotherapy)
};

std::string_view to_string(ItemKind kind);

struct VocabularyEntry {
  std::string id;                     // snake_case: "anc", "total_bilirubin"
  ItemKind kind = ItemKind::measure;
  std::string name;                   // human name: "absolute neutrophil count"
  std::vector<std::string> synonyms;  // as criteria write it: "ANC", "neutrophils"
  std::vector<std::string> loinc;     // LOINC codes, e.g. "751-8"
  Dimension dimension = Dimension::count;
  std::string canonical_unit;         // a parse_unit code; "" for counts and events
  std::optional<double> molar_mass;   // g/mol, for mass <-> molar conversions
  std::optional<double> ref_low;      // default reference range, in canonical_unit
  std::optional<double> ref_high;
  bool integer = false;               // scores and counts that take whole values
  // A current state (labs, scores, weight): only a value dated within the trial's lab
  // window counts. false for what describes history or does not change in an adult
  // (height, prior_lines): the latest value on record counts, dated or not.
  bool windowed = true;
  // Measures: the values the quantity can take at all, in canonical_unit; generous
  // physiological bounds that no real result, however extreme, falls outside. A value
  // outside (negative, a percentage over 100, 1e308) is implausible: reported at its
  // row and never compared. Unset: no bound on that side.
  std::optional<double> plausible_low = std::nullopt;
  std::optional<double> plausible_high = std::nullopt;

  Analyte analyte() const { return Analyte{id, molar_mass}; }
};

class Vocabulary {
 public:
  explicit Vocabulary(std::vector<VocabularyEntry> entries);

  // The built-in table.
  static const Vocabulary& builtin();

  // By canonical id, exact.
  const VocabularyEntry* find(std::string_view id) const;
  // By id, name or synonym, ignoring case and surrounding space.
  const VocabularyEntry* find_name(std::string_view text) const;
  // By LOINC code ("751-8"; a "LOINC:" prefix is accepted).
  const VocabularyEntry* find_loinc(std::string_view code) const;

  const std::vector<VocabularyEntry>& entries() const { return entries_; }

 private:
  std::vector<VocabularyEntry> entries_;
  // Built once by the constructor: index into entries_ by id, folded name, LOINC code.
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> by_name_;
  std::unordered_map<std::string, std::size_t> by_loinc_;
};

}  // namespace eligo
