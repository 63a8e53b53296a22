// The vocabulary: every item a criterion or a patient record can name. One table
// (vocabulary_table.cpp), a row per item: its canonical snake_case id, the synonyms and
// abbreviations criteria text uses, LOINC codes, dimension, canonical unit, molar mass,
// a default reference range where a standard one exists, and for measures the range of
// plausible values.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/units.hpp"

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
  std::string id;  // snake_case: "anc", "total_bilirubin"
  ItemKind kind = ItemKind::measure;
  std::string name;                   // human name: "absolute neutrophil count"
  std::vector<std::string> synonyms;  // as criteria write it: "ANC", "neutrophils"
  std::vector<std::string> loinc;     // LOINC codes, e.g. "751-8"
  Dimension dimension = Dimension::count;
  std::string canonical_unit;        // a parse_unit code; "" for counts and events
  std::optional<double> molar_mass;  // g/mol, for mass <-> molar conversions
  std::optional<int> valence;        // ionic charge, for mEq/L <-> mmol/L (Na+ 1, Mg2+ 2)
  std::optional<double> ref_low;     // default reference range, in canonical_unit
  std::optional<double> ref_high;
  bool integer = false;  // scores and counts that take whole values
  // A current state (labs, scores, weight): only a value dated within the trial's lab
  // window counts. false for what describes history or does not change in an adult
  // (height, prior_lines): the latest value on record counts, dated or not.
  bool windowed = true;
  // Events only (docs/evaluation.md, "Absent events and disease states"). `is_a`: the
  // more general items this one is a kind of (relapsed_multiple_myeloma is a
  // multiple_myeloma); a record of it is a record of each of them. `state_of`: the
  // conditions it is a state of without being a kind of them (partial_response of
  // multiple_myeloma). `seldom_coded`: a state records rarely code even when it holds, so
  // its parent or context on record and no record of it is unknown, not absent.
  std::vector<std::string> is_a;
  std::vector<std::string> state_of;
  bool seldom_coded = false;
  // Measures: the values the quantity can take at all, in canonical_unit; generous
  // physiological bounds that no real result, however extreme, falls outside. A value
  // outside (negative, a percentage over 100, 1e308) is implausible: reported at its
  // row and never compared. Unset: no bound on that side.
  std::optional<double> plausible_low = std::nullopt;
  std::optional<double> plausible_high = std::nullopt;
  // Measures: the units criteria and records write it in (parse_unit codes), the
  // canonical unit among them; empty means the canonical unit only. A number written
  // without a unit takes one of these only when exactly one makes it a sensible
  // threshold (threshold_low/high).
  std::vector<std::string> written_units;
  // Measures: the values a criterion's threshold can sensibly take, in canonical_unit;
  // narrower than the plausible values (a haemoglobin threshold lies within 4-20 g/dL).
  // A compiled threshold outside is refused as uncovered text with the reason (a unit
  // typo such as "Hb < 8.5 mg/dL"). Unset: the plausible values.
  std::optional<double> threshold_low = std::nullopt;
  std::optional<double> threshold_high = std::nullopt;

  Analyte analyte() const { return Analyte{id, molar_mass, valence}; }
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
  // The position of an entry of this vocabulary in entries().
  std::uint32_t index_of(const VocabularyEntry& entry) const {
    return static_cast<std::uint32_t>(&entry - entries_.data());
  }
  ItemId id_of(const VocabularyEntry& entry) const { return static_cast<ItemId>(index_of(entry)); }
  // The entry of an id this vocabulary gave; null for ItemId::none.
  const VocabularyEntry* entry(ItemId id) const {
    return id == ItemId::none ? nullptr : &entries_.at(eligo::index_of(id));
  }

  // By the entries' is_a relations, transitively (indices into entries()): the more
  // general items, and the more specific ones.
  std::span<const std::uint32_t> ancestors(const VocabularyEntry& entry) const;
  std::span<const std::uint32_t> descendants(const VocabularyEntry& entry) const;
  // The items whose present record makes "no record of `entry`" unknown rather than
  // absent: its ancestors, the conditions it is a state of, and the seldom-coded states
  // below those (a state implies its condition) other than `entry` and its descendants.
  std::span<const std::uint32_t> contexts(const VocabularyEntry& entry) const;

 private:
  void relate();  // fills the three relation lists; throws on an unknown id or a cycle

  std::vector<VocabularyEntry> entries_;
  // Built once by the constructor: index into entries_ by id, folded name, LOINC code.
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> by_name_;
  std::unordered_map<std::string, std::size_t> by_loinc_;
  std::vector<std::vector<std::uint32_t>> ancestors_, descendants_, contexts_;
};

}  // namespace eligo
