// Criteria that need a person by nature: consent and willingness, an investigator's
// judgement, and what only the patient or the site can say (language, a smartphone,
// insurance, residence, taking part in other research). Nothing in a medical record
// decides them, so a criterion with nothing measurable and one of these words is
// `manual ... because "needs a person"`, counted apart from "not understood".
#pragma once

#include <string_view>

namespace eligo::grammar {

// True when `normalised` (prose_normalise's text) has a word of one of those classes.
bool needs_a_person(std::string_view normalised);

}  // namespace eligo::grammar
