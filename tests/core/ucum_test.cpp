// Every unit of the unit table has a UCUM code that parse_unit reads back to it, so the
// OMOP export's unit concepts and the SQL conversion table name the same units.
#include "core/ucum.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

using namespace eligo;

TEST_CASE("ucum: every unit's code reads back to the unit, and no two units share one") {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < unit_count(); ++i) {
    const Unit& unit = unit_by_id(static_cast<UnitId>(i));
    const std::string code(ucum_code(unit));
    INFO(unit.code << " -> " << code);
    CHECK(seen.insert(code).second);
    const Result<Unit> back = parse_unit(code);
    REQUIRE(back.ok());
    CHECK(back->code == unit.code);
  }
}

TEST_CASE("ucum: the spellings that differ from eligo's codes") {
  CHECK(ucum_code(*parse_unit("10^9/L")) == "10*9/L");
  CHECK(ucum_code(*parse_unit("mg/24h")) == "mg/(24.h)");
  CHECK(ucum_code(*parse_unit("mL/min/1.73m2")) == "mL/min/{1.73_m2}");
  CHECK(ucum_code(*parse_unit("mg/dL")) == "mg/dL");
  CHECK(ucum_code(no_unit()).empty());
}
