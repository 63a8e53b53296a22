// UCUM codes of the unit table; see ucum.hpp. Most canonical codes are UCUM already;
// the table lists those that are not, checked against the UCUM specification's
// spellings (10*9 for 10^9, the annotation {1.73_m2}, [IU], d/wk/mo/a for time).
#include "core/ucum.hpp"

#include <array>
#include <utility>

namespace eligo {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kNotUcum{{
    {"10^3/uL", "10*3/uL"},
    {"10^6/uL", "10*6/uL"},
    {"10^9/L", "10*9/L"},
    {"10^12/L", "10*12/L"},
    {"mg/24h", "mg/(24.h)"},
    {"g/24h", "g/(24.h)"},
    {"mL/min/1.73m2", "mL/min/{1.73_m2}"},
    {"days", "d"},
    {"weeks", "wk"},
    {"months", "mo"},
    {"years", "a"},
    {"lb", "[lb_av]"},
    {"mIU/L", "m[IU]/L"},
    {"uIU/mL", "u[IU]/mL"},
    {"mIU/mL", "m[IU]/mL"},
    {"IU/mL", "[IU]/mL"},
    {"kIU/L", "k[IU]/L"},
    {"mEq/L", "meq/L"},
    {"mOsm/kg", "mosm/kg"},
    {"mm/h", "mm/h"},
    {"/h", "/h"},
    {"cmH2O", "cm[H2O]"},
}};

}  // namespace

std::string_view ucum_code(const Unit& unit) {
  for (const auto& [code, ucum] : kNotUcum) {
    if (unit.code == code) return ucum;
  }
  return unit.code;
}

}  // namespace eligo
