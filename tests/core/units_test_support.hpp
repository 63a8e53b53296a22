// Helpers of the unit tests: a spelling and its expected code; parse or convert, failing
// the test with the reason when the unit or the conversion is refused.
#pragma once

#include <catch2/catch.hpp>

#include "core/units.hpp"

namespace eligo::units_test {

struct Spelling {
  const char* text;
  const char* code;
};

// The spelling parses to its code.
inline void check_spelling(const Spelling& s) {
  INFO("spelling '" << s.text << "'");
  const auto u = parse_unit(s.text);
  INFO(u.error());
  REQUIRE(u.ok());
  CHECK(u->code == s.code);
}

inline Unit unit(const char* text) {
  const auto u = parse_unit(text);
  INFO("parse_unit('" << text << "'): " << u.error());
  REQUIRE(u.ok());
  return *u;
}

inline double conv(double value, const char* from, const char* to, Analyte analyte = {}) {
  const auto v = convert(value, unit(from), unit(to), analyte);
  INFO("convert " << value << " " << from << " -> " << to << ": " << v.error());
  REQUIRE(v.ok());
  return *v;
}

}  // namespace eligo::units_test
