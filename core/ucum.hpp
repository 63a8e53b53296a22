// The UCUM code of each unit of the unit table (units.hpp), as FHIR Quantity.code and the
// OMOP CDM's UCUM vocabulary (concept.concept_code) write it: "10*9/L" for 10^9/L,
// "mg/(24.h)" for mg/24h, "[lb_av]" for lb. parse_unit reads each back to the same unit
// (tests/core/ucum_test.cpp checks every unit of the table).
#pragma once

#include <string_view>

#include "core/units.hpp"

namespace eligo {

// "" for no_unit() (a bare number: a score, a ratio, a count).
std::string_view ucum_code(const Unit& unit);

}  // namespace eligo
