// Every unit of the unit table has a UCUM code that parse_unit reads back to it, so the
// OMOP export's unit concepts and the SQL conversion table name the same units.
#include "core/ucum.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <utility>

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

TEST_CASE("ucum: units as FHIR vital-signs and lab Observations write them") {
  // Quantity.code as the HL7 FHIR R4 examples and lab systems write it -> eligo's unit.
  const std::pair<const char*, const char*> cases[] = {
      {"[lb_av]", "lb"},
      {"[in_i]", "[in_i]"},
      {"[ft_i]", "[ft_i]"},
      {"[degF]", "[degF]"},
      {"Cel", "Cel"},
      {"mm[Hg]", "mmHg"},
      {"cm[H2O]", "cmH2O"},
      {"/min", "/min"},
      {"{beats}/min", "/min"},
      {"{breaths}/min", "/min"},
      {"kg/m2", "kg/m2"},
      {"10*3/uL", "10^3/uL"},
      {"10*3/uL{cells}", "10^3/uL"},
      {"10*9/L{cells}", "10^9/L"},
      {"10*6/uL{cells}", "10^6/uL"},
      {"{cells}/uL", "/uL"},
      {"/uL{cells}", "/uL"},
      {"{copies}/mL", "/mL"},
      {"m[IU]/L", "mIU/L"},
      {"u[IU]/mL", "uIU/mL"},
      {"[IU]/mL", "IU/mL"},
      {"[IU]/L", "U/L"},  // an enzyme activity, as "IU/L" reads
      {"meq/L", "mEq/L"},
      {"mosm/kg", "mOsm/kg"},
      {"mL/min/{1.73_m2}", "mL/min/1.73m2"},
      {"mg/(24.h)", "mg/24h"},
      {"{score}", ""},
      {"{ratio}", ""},
      {"[pH]", ""},
      {"1", ""},
  };
  for (const auto& [written, code] : cases) {
    INFO(written);
    const Result<Unit> unit = parse_unit(written);
    REQUIRE(unit.ok());
    CHECK(unit->code == code);
  }
}

TEST_CASE("ucum: an annotation that is not a count's name is not dropped") {
  // "{Log_copies}/mL" is a logarithm: reading it as copies/mL would be a wrong value.
  for (const char* written : {"{Log_copies}/mL", "{log_IU}/mL", "10*3/uL{Log}", "[arb'U]/mL"}) {
    INFO(written);
    CHECK_FALSE(parse_unit(written).ok());
  }
}
