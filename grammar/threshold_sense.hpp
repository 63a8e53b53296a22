// Sensible thresholds: what a threshold compiled from prose must satisfy before it
// becomes a rule. A value outside its item's scale or sensible threshold range
// (VocabularyEntry::threshold_low/high, else plausible_low/high) is refused with the
// reason, never compiled ("Hb < 8.5 mg/dL" is 0.0085 g/dL: a unit typo, not a rule).
// A number written without a unit takes one only when exactly one of the item's
// written units makes it sensible; otherwise the reason says why not. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/units.hpp"
#include "core/vocabulary.hpp"

namespace eligo::grammar {

// The units criteria write `entry` in: its written_units, or when that is empty the
// canonical unit and the common units of its dimension (so the rows written before
// written_units existed keep working).
std::vector<Unit> accepted_units(const VocabularyEntry& entry);

// The range a threshold of `entry` can sensibly take, in its canonical unit.
struct SensibleRange {
  std::optional<double> low, high;
};
SensibleRange sensible_range(const VocabularyEntry& entry);

// Empty when `value` in `unit` (null: no unit, a score or count) is a sensible
// threshold of `entry`; otherwise the reason, e.g. "8.5 mg/dL is 0.0085 g/dL, outside
// 4-20 g/dL for hemoglobin (unit typo?)".
std::optional<std::string> implausible_threshold(const VocabularyEntry& entry, double value,
                                                 const Unit* unit);

// A factor of a reference limit ("3 x ULN"): empty when sensible (0 < k <= 100).
std::optional<std::string> implausible_factor(const VocabularyEntry& entry, double factor);

// The unit a number written without one must be in: the only accepted unit (up to
// units that give the same value) that makes it a sensible threshold. A failure says
// why not: none fits, or several readings do.
Result<Unit> infer_unit(const VocabularyEntry& entry, double value);

}  // namespace eligo::grammar
