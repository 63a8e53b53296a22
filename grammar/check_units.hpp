// Checks of the names and units a criterion writes against the vocabulary: a measure
// must be known and not an event, an event known and not a measure, and a unit must
// parse and fit its measure's dimension (or be convertible to it through the analyte's
// molar mass). Each failure is a message ready for a Diagnostic; nothing throws.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "core/units.hpp"
#include "core/vocabulary.hpp"

namespace eligo::grammar {

// The entry of a measure, score or demographic by exact id. Unknown ids and events fail
// with a message that suggests the id when `id` is a known synonym ("ANC" -> "anc").
Result<const VocabularyEntry*> find_measure(const Vocabulary& vocabulary, std::string_view id);

// The entry of a condition, therapy or procedure by exact id; like find_measure.
Result<const VocabularyEntry*> find_event(const Vocabulary& vocabulary, std::string_view id);

// Parses the unit `written` for a value of `measure` and checks its dimension. An empty
// `written` is accepted only for measures without a unit (scores, ratios).
Result<Unit> check_unit(const VocabularyEntry& measure, std::string_view written);

// "a mass concentration", "no unit", ... for messages.
std::string_view describe(Dimension dimension);

}  // namespace eligo::grammar
