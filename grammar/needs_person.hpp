// Criteria a person has to decide by nature: consent, willingness and ability to comply,
// an investigator's judgement. The prose compiler gives their manual leaves the reason
// "needs a person" (the others: "not understood"); `eligo check --summary` counts them
// apart.
#pragma once

#include <string_view>

namespace eligo::prose {

// Whether the text names consent, willingness, ability or someone's judgement.
bool needs_a_person(std::string_view text);

// The reason of a manual leaf for `text`: "needs a person" or "not understood".
std::string_view manual_reason(std::string_view text);

}  // namespace eligo::prose
