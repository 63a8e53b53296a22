// Vital signs written as two-letter abbreviations: "RR <20" (respiratory rate) and "HR
// <90" (heart rate). Both letters mean other things in criteria (RR a relative risk or a
// response rate, HR a hazard ratio or the hormone receptor), so they name the vital
// sign only as written in capitals, right before a comparator, in a criterion that
// speaks of vital signs (oxygen saturation, temperature, blood pressure, pneumonia,
// "per minute", ...) and names none of the other meanings. The threshold's plausibility
// check (threshold_sense) still applies to the value.
#pragma once

#include <cstddef>
#include <string_view>

#include "grammar/prose_lexicon.hpp"

namespace eligo::grammar::prose {

// The vital-sign measure the abbreviation at `pos` names (null when none), and the end
// of the abbreviation in `end`.
const VocabularyEntry* vital_abbreviation(const Lexicon& lexicon, std::string_view text,
                                          std::size_t pos, std::size_t& end);

}  // namespace eligo::grammar::prose
