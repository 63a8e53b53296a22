// Units of vital signs, body measurements, spirometry, urine ratios, hormones and viral
// loads (issue 13): each spelling parses to its code, each code parses back, and each
// conversion matches a value worked out by hand from the exact definitions (1 mmHg =
// 133.322387415 Pa, 1 cmH2O = 98.0665 Pa, 1 in = 2.54 cm, 1 lb = 0.45359237 kg, creatinine
// 113.12 g/mol, °F = °C × 9/5 + 32).
#include <catch2/catch.hpp>
#include <string>

#include "core/units.hpp"
#include "tests/core/units_test_support.hpp"

using namespace eligo;
using namespace eligo::units_test;

namespace {

// clang-format off
const Spelling kClinicalSpellings[] = {
  {"mmHg", "mmHg"}, {"mm Hg", "mmHg"}, {"mm[Hg]", "mmHg"}, {"MMHG", "mmHg"},
  {"kPa", "kPa"}, {"kpa", "kPa"}, {"cmH2O", "cmH2O"}, {"cm H2O", "cmH2O"}, {"cm[H2O]", "cmH2O"},
  {"Cel", "Cel"}, {"°C", "Cel"}, {"ºC", "Cel"}, {"° C", "Cel"}, {"degrees Celsius", "Cel"},
  {"celsius", "Cel"}, {"deg C", "Cel"},
  {"[degF]", "[degF]"}, {"°F", "[degF]"}, {"ºF", "[degF]"}, {"degF", "[degF]"},
  {"degrees Fahrenheit", "[degF]"}, {"Fahrenheit", "[degF]"},
  {"/min", "/min"}, {"bpm", "/min"}, {"beats/min", "/min"}, {"beats per minute", "/min"},
  {"breaths/min", "/min"}, {"breaths per minute", "/min"}, {"min-1", "/min"},
  {"/minute", "/min"}, {"min⁻¹", "/min"},
  {"/h", "/h"}, {"/hr", "/h"}, {"/hour", "/h"}, {"per hour", "/h"}, {"events/h", "/h"},
  {"events per hour", "/h"}, {"events/hr", "/h"}, {"h⁻¹", "/h"},
  {"m2", "m2"}, {"m²", "m2"}, {"m^2", "m2"}, {"sq m", "m2"},
  {"kg/m2", "kg/m2"}, {"kg/m²", "kg/m2"}, {"kg/m^2", "kg/m2"},
  {"L", "L"}, {"l", "L"}, {"liters", "L"}, {"litres", "L"}, {"mL", "mL"}, {"ml", "mL"},
  {"millilitres", "mL"}, {"cc", "mL"}, {"fL", "fL"}, {"fl", "fL"}, {"femtolitres", "fL"},
  {"pg", "pg"},
  {"mg/g", "mg/g"}, {"mg/g Cr", "mg/g"}, {"mg/g creatinine", "mg/g"}, {"mg/g{creat}", "mg/g"},
  {"g/g", "g/g"}, {"mg/mg", "g/g"}, {"mg/mmol", "mg/mmol"}, {"mg/mmol creatinine", "mg/mmol"},
  {"mIU/L", "mIU/L"}, {"µIU/mL", "uIU/mL"}, {"uIU/mL", "uIU/mL"}, {"mcIU/mL", "uIU/mL"},
  {"mIU/mL", "mIU/mL"}, {"IU/mL", "IU/mL"}, {"kIU/L", "kIU/L"}, {"U/mL", "U/mL"},
  {"kU/L", "kU/L"},
  {"copies/mL", "/mL"}, {"copies/ml", "/mL"}, {"cp/mL", "/mL"}, {"/mL", "/mL"},
  {"cells/mL", "/mL"},
  {"ng/dL", "ng/dL"}, {"µg/dL", "ug/dL"}, {"mcg/dL", "ug/dL"}, {"ug/dL", "ug/dL"},
  {"mEq/L", "mEq/L"}, {"meq/l", "mEq/L"},
  {"mOsm/kg", "mOsm/kg"}, {"mosmol/kg", "mOsm/kg"}, {"mOsm/kg{H2O}", "mOsm/kg"},
  {"mm/h", "mm/h"}, {"mm/hr", "mm/h"}, {"mm/hour", "mm/h"}, {"mm/1 h", "mm/h"},
  {"[in_i]", "[in_i]"}, {"inches", "[in_i]"}, {"inch", "[in_i]"},
  {"[ft_i]", "[ft_i]"}, {"ft", "[ft_i]"}, {"feet", "[ft_i]"},
  {"[lb_av]", "lb"},
  {"kilograms per square meter", "kg/m2"}, {"kilogram per meter square", "kg/m2"},
  {"milliliters per minute", "mL/min"}, {"millilitres per minute", "mL/min"},
  {"mL per minute", "mL/min"}, {"milliliters per minute per 1.73 m2", "mL/min/1.73m2"},
};
// clang-format on

const char* const kClinicalCodes[] = {
    "mmHg",   "kPa",    "cmH2O",   "Cel",   "[degF]", "/min",   "m2",      "kg/m2",
    "L",      "mL",     "fL",      "pg",    "mg/g",   "g/g",    "mg/mmol", "mIU/L",
    "uIU/mL", "mIU/mL", "IU/mL",   "kIU/L", "U/mL",   "kU/L",   "/mL",     "ng/dL",
    "ug/dL",  "mEq/L",  "mOsm/kg", "mm/h",  "[in_i]", "[ft_i]", "/h"};

}  // namespace

TEST_CASE("clinical unit spellings parse to their codes", "[units]") {
  for (const auto& s : kClinicalSpellings) check_spelling(s);
  for (const char* code : kClinicalCodes) {
    INFO("code '" << code << "'");
    CHECK(unit(code).code == code);
  }
}

TEST_CASE("words that are not units stay refused", "[units]") {
  // A bare "in" is a word; a bare C or F is a letter (a class, a grade); "IU/L" stays the
  // enzyme unit U/L, never an international unit of a hormone.
  for (const char* text : {"in", "C", "F", "deg", "copies", "beats"}) {
    INFO(text);
    CHECK_FALSE(parse_unit(text).ok());
  }
  CHECK(unit("IU/L").code == "U/L");
}

TEST_CASE("each new unit has its dimension", "[units]") {
  CHECK(unit("mmHg").dimension == Dimension::pressure);
  CHECK(unit("Cel").dimension == Dimension::temperature);
  CHECK(unit("/min").dimension == Dimension::frequency);
  CHECK(unit("m2").dimension == Dimension::area);
  CHECK(unit("kg/m2").dimension == Dimension::mass_per_area);
  CHECK(unit("L").dimension == Dimension::volume);
  CHECK(unit("fL").dimension == Dimension::volume);
  CHECK(unit("pg").dimension == Dimension::mass);
  CHECK(unit("mg/mmol").dimension == Dimension::creatinine_ratio);
  CHECK(unit("uIU/mL").dimension == Dimension::arbitrary_concentration);
  CHECK(unit("copies/mL").dimension == Dimension::number_concentration);
  CHECK(unit("ng/dL").dimension == Dimension::mass_concentration);
  CHECK(unit("mEq/L").dimension == Dimension::equivalent_concentration);
  CHECK(unit("mOsm/kg").dimension == Dimension::osmolality);
  CHECK(unit("mm/h").dimension == Dimension::velocity);
  CHECK(unit("[in_i]").dimension == Dimension::length);
  CHECK(to_string(Dimension::creatinine_ratio) == "creatinine ratio");
  CHECK(to_string(Dimension::equivalent_concentration) == "equivalent concentration");
}

TEST_CASE("temperature is affine: 98.6 F is 37 C", "[units]") {
  CHECK(compare_values(conv(98.6, "[degF]", "Cel"), 37.0) == 0);
  CHECK(conv(32, "[degF]", "Cel") == 0.0);
  CHECK(compare_values(conv(212, "[degF]", "Cel"), 100.0) == 0);
  CHECK(compare_values(conv(37, "Cel", "[degF]"), 98.6) == 0);
  CHECK(compare_values(conv(38.5, "°C", "°F"), 101.3) == 0);
  CHECK(compare_values(conv(-40, "Cel", "[degF]"), -40.0) == 0);
  CHECK(conv(36.6, "Cel", "Cel") == 36.6);
  CHECK(unit("[degF]").offset == 32.0);
  CHECK(unit("Cel").offset == 0.0);
}

TEST_CASE("pressure, length, mass and volume conversions are exact", "[units]") {
  CHECK(conv(1, "kPa", "mmHg") == Approx(1000.0 / 133.322387415).epsilon(1e-11));
  CHECK(conv(100, "mmHg", "kPa") == Approx(13.3322387415).epsilon(1e-11));
  CHECK(conv(10, "cmH2O", "mmHg") == Approx(980.665 / 133.322387415).epsilon(1e-11));
  CHECK(conv(8, "kPa", "mmHg") == Approx(60.0049260677).epsilon(1e-10));
  CHECK(compare_values(conv(1, "[in_i]", "cm"), 2.54) == 0);
  CHECK(compare_values(conv(5, "[ft_i]", "cm"), 152.4) == 0);
  CHECK(conv(1, "[ft_i]", "[in_i]") == 12.0);
  CHECK(compare_values(conv(100, "[lb_av]", "kg"), 45.359237) == 0);
  CHECK(conv(1.5, "L", "mL") == 1500.0);
  CHECK(conv(2500, "mL", "L") == 2.5);
  CHECK(compare_values(conv(90, "fL", "mL"), 9e-11) == 0);
  CHECK(conv(1, "m2", "m2") == 1.0);
  CHECK(conv(27.5, "kg/m2", "kg/m2") == 27.5);
  CHECK(conv(72, "bpm", "/min") == 72.0);
  CHECK(conv(60, "/h", "/min") == Approx(1.0));  // events per hour (AHI), per minute: one dimension
  CHECK(conv(1, "/min", "/h") == Approx(60.0));
}

TEST_CASE("urine creatinine ratios: 1 mg/mmol is 1000/113.12 mg/g", "[units]") {
  CHECK(conv(1, "mg/mmol", "mg/g") == Approx(8.84016973126).epsilon(1e-11));
  CHECK(conv(30, "mg/g", "mg/mmol") == Approx(3.3936).epsilon(1e-11));
  CHECK(conv(1, "g/g", "mg/g") == 1000.0);
  CHECK(conv(0.5, "mg/mg", "mg/g") == 500.0);
  CHECK(conv(3, "mg/mmol", "g/g") == Approx(3 * 1000.0 / 113.12 / 1000.0).epsilon(1e-11));
}

TEST_CASE("international units, copies and small mass concentrations", "[units]") {
  CHECK(conv(2.5, "uIU/mL", "mIU/L") == 2.5);
  CHECK(conv(40, "mIU/mL", "mIU/L") == 40000.0);
  CHECK(conv(1, "IU/mL", "kIU/L") == 1.0);
  CHECK(conv(35, "U/mL", "kU/L") == 35.0);
  CHECK(conv(50, "copies/mL", "/uL") == 0.05);
  CHECK(conv(1, "/mL", "/uL") == 0.001);
  CHECK(conv(200, "copies/mL", "/mL") == 200.0);
  CHECK(conv(100, "ng/dL", "ng/mL") == 1.0);
  CHECK(conv(1, "ug/dL", "ug/L") == 10.0);
  CHECK(conv(15, "ug/dL", "ng/mL") == 150.0);
  CHECK(conv(20, "mm/hr", "mm/h") == 20.0);
  CHECK(conv(290, "mOsm/kg", "mOsm/kg") == 290.0);
}

TEST_CASE("mEq/L converts only with the ion's valence", "[units]") {
  const Analyte sodium{"sodium", 22.99, 1};
  const Analyte magnesium{"magnesium", 24.305, 2};
  const Analyte calcium{"calcium", 40.08, 2};
  CHECK(conv(140, "mEq/L", "mmol/L", sodium) == 140.0);
  CHECK(conv(140, "mmol/L", "mEq/L", sodium) == 140.0);
  CHECK(conv(2, "mEq/L", "mmol/L", magnesium) == 1.0);
  CHECK(conv(1, "mmol/L", "mEq/L", magnesium) == 2.0);
  CHECK(conv(2, "mEq/L", "mg/dL", magnesium) == Approx(2.4305).epsilon(1e-12));
  CHECK(conv(5, "mEq/L", "mg/dL", calcium) == Approx(10.02).epsilon(1e-12));
  CHECK(conv(10.02, "mg/dL", "mEq/L", calcium) == Approx(5.0).epsilon(1e-12));
  CHECK(conv(4.2, "mEq/L", "mEq/L", Analyte{"x", {}}) == 4.2);
  const auto none = convert(100, unit("mEq/L"), unit("mmol/L"), Analyte{"chloride", 35.45});
  CHECK(none.error() == "cannot convert chloride from mEq/L to mmol/L: no valence for chloride");
  const auto unrelated = convert(1, unit("mEq/L"), unit("U/L"), Analyte{"sodium", 22.99, 1});
  CHECK(unrelated.error() ==
        "cannot convert sodium from mEq/L to U/L: incompatible dimensions (equivalent "
        "concentration, catalytic concentration)");
  CHECK(convertible(Dimension::equivalent_concentration, Dimension::molar_concentration,
                    Analyte{"k", {}, 1}));
  CHECK_FALSE(convertible(Dimension::equivalent_concentration, Dimension::molar_concentration,
                          Analyte{"k", 39.1}));
  CHECK_FALSE(convertible(Dimension::equivalent_concentration, Dimension::mass_concentration,
                          Analyte{"k", {}, 1}));
  CHECK(convertible(Dimension::mass_concentration, Dimension::molar_concentration,
                    Analyte{"glucose", 180.16}));
  CHECK_FALSE(convertible(Dimension::pressure, Dimension::temperature, Analyte{}));
}
