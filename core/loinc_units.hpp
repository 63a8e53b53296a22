// LOINC codes whose definition fixes what a unit as written may leave out. Estimated
// GFR codes are defined per 1.73 m² of body surface ("Glomerular filtration rate/1.73
// sq M.predicted"), so a value of such a code written in a plain volume rate (mL/min,
// as Synthea writes some) is per 1.73 m² all the same. One table (loinc_units.cpp), a
// code per row with its LOINC name; docs/units.md lists the sources. A unit that
// contradicts the code (mg/dL for eGFR) is not completed here: the resolver refuses it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eligo {

struct PerBodySurfaceCode {
  std::string_view code;     // "33914-3"
  std::string_view display;  // the LOINC long common name, as checked
};

// The codes defined per 1.73 m², in table order.
const std::vector<PerBodySurfaceCode>& per_body_surface_codes();

// How the code completes a unit.
struct UnitByCode {
  std::string unit;  // the unit the value is read in: "mL/min/1.73m2"
  std::string note;  // "written mL/min; LOINC 33914-3 is per 1.73 m²"
};

// When `code` ("33914-3", "LOINC:33914-3") is defined per 1.73 m² and `unit` is a volume
// rate that only omits the normalisation (mL/min), the unit to read the value in and
// the note that says so. Nothing otherwise, the unit being left to the usual checks.
std::optional<UnitByCode> unit_by_code(std::string_view code, std::string_view unit);

}  // namespace eligo
