// Event names that do not say the patient has the event: a therapy a condition required
// ("pneumonitis that required steroids", "infection requiring IV antibiotics"), a drug
// one is allergic to ("hypersensitivity to ... excipients in investigational product"),
// the study's own product ("prior to the first dose of the investigational agent",
// "non-investigational medicinal products"), "PR" as the progesterone receptor
// ("ER+/PR+", "PR-negative"), not a partial response, an abbreviation that names a
// rating scale ("PCL-5", "PCL scores"), and "RT" in a criterion naming CLL (Richter's
// transformation), and freedom from the event ("transfusion independent", "steroid-free",
// "independent of transfusions", "treatment-naive"). Such a mention stays uncovered.
#pragma once

#include <span>
#include <string_view>

#include "grammar/prose_pieces.hpp"

namespace eligo::grammar::prose {

// Whether the event mention at `pos` (its tokens: the TokEvent items) is in passing.
bool mentioned_in_passing(std::string_view text, Pos pos, std::span<const Item> tokens);

}  // namespace eligo::grammar::prose
