// Units of measure as registries, lab systems and UCUM write them. parse_unit turns a
// spelling ("/µL", "x10e9/L", "10*3/uL", "mL/min/{1.73_m2}") into a Unit with a
// dimension and a canonical code; convert() moves a value between units of one
// dimension exactly, and between mass and molar concentration only with the analyte's
// molar mass. Boost.Units does the dimensional arithmetic inside units.cpp; it does
// not appear in this interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ids.hpp"
#include "core/result.hpp"

namespace eligo {

enum class Dimension {
  count,                     // a plain number: scores, ratios, counts (no unit)
  fraction,                  // %
  number_concentration,      // cells per volume: /uL, 10^9/L
  mass_concentration,        // g/dL, mg/L
  molar_concentration,       // mmol/L, umol/L
  catalytic_concentration,   // U/L
  mass_rate,                 // mg/24h
  volume_rate,               // mL/min
  normalized_volume_rate,    // mL/min/1.73m2
  time,                      // ms, days, years
  length,                    // mm, cm
  mass,                      // kg
  pressure,                  // mmHg, kPa, cmH2O
  temperature,               // Cel, [degF] (affine: Unit::offset)
  frequency,                 // /min: heart and respiratory rate
  area,                      // m2: body surface area
  mass_per_area,             // kg/m2: body mass index
  volume,                    // L, mL: spirometry volumes
  creatinine_ratio,          // mg/g, mg/mmol: urine analyte per urine creatinine
  arbitrary_concentration,   // international units per volume: mIU/L, IU/mL, U/mL
  equivalent_concentration,  // mEq/L: converts to molar only with the analyte's valence
  osmolality,                // mOsm/kg
  velocity,                  // mm/h: erythrocyte sedimentation rate
  volume_rate_per_kg,        // mL/kg/h: urine output per kilogram of body weight
};

std::string_view to_string(Dimension dimension);

struct Unit {
  std::string code;  // canonical spelling, accepted back by parse_unit ("10^9/L", "/uL")
  Dimension dimension = Dimension::count;
  double to_base = 1;  // value in this unit x to_base = value in the dimension's base unit
  // A unit whose zero is not its dimension's zero (degrees Fahrenheit):
  // base = (value - offset) x to_base. 0 for every other unit.
  double offset = 0;
  // Its place in the unit table (unit_by_id): every unit parse_unit gives has one.
  UnitId id = UnitId::none;

  bool operator==(const Unit& o) const { return code == o.code; }
};

// The unit of a bare number (scores, ratios).
Unit no_unit();

// The unit table: every unit parse_unit can give, each once, at its id.
const Unit& unit_by_id(UnitId id);
std::size_t unit_count();

// Parses a unit as written. Accepts Unicode and ASCII spellings (µ, u, mc; ⁹, ^9, e9,
// *9; × x), spaces and "per". An empty text is no_unit(). An unknown spelling is a
// failure whose message quotes the text.
Result<Unit> parse_unit(std::string_view text);

// What a mass <-> molar conversion needs: the analyte and its molar mass (g/mol); an
// equivalent <-> molar conversion (mEq/L <-> mmol/L) needs its ionic charge.
struct Analyte {
  std::string_view id;
  std::optional<double> molar_mass;
  std::optional<int> valence = std::nullopt;
};

// Whether convert() can move a value of `analyte` from dimension `from` to `to`: the
// same dimension, mass <-> molar concentration with a molar mass, equivalent <-> molar
// concentration with a valence, equivalent <-> mass concentration with both.
bool convertible(Dimension from, Dimension to, const Analyte& analyte);

// Converts `value` from `from` to `to`. Same dimension: exact scaling (affine for
// temperatures). Mass <-> molar concentration: only with analyte.molar_mass; mEq/L
// <-> molar (and on to mass): only with analyte.valence. Anything else is a failure whose
// message names both units and the analyte.
Result<double> convert(double value, const Unit& from, const Unit& to, const Analyte& analyte);

// Three-way comparison of two values in the same unit, treating values within a
// relative 1e-9 of each other as equal, so that 1000 /uL and 1.0 10^9/L meet at the
// boundary despite binary floating point. Returns -1, 0 or 1.
int compare_values(double a, double b);

}  // namespace eligo
