// Units: every spelling of the issue parses to its canonical code, every code parses
// back to itself, conversions match hand-checked values, refused conversions name both
// units and the analyte, and equal quantities meet at the boundary.
#include "core/units.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "tests/core/units_test_support.hpp"

using namespace eligo;
using namespace eligo::units_test;

namespace {

// clang-format off
const Spelling kSpellings[] = {
  {"", ""}, {"   ", ""}, {"{score}", ""}, {"{ratio}", ""}, {"1", ""},
  {"/µL", "/uL"}, {"/μL", "/uL"}, {"/uL", "/uL"}, {"/mcL", "/uL"}, {"/mm3", "/uL"},
  {"/mm³", "/uL"}, {"cells/µL", "/uL"}, {"cells/uL", "/uL"}, {"cells/mm3", "/uL"},
  {"per µL", "/uL"}, {"/ul", "/uL"},
  {"10^9/L", "10^9/L"}, {"×10⁹/L", "10^9/L"}, {"x10e9/L", "10^9/L"}, {"10*9/L", "10^9/L"},
  {"10E9/L", "10^9/L"}, {"x 10^9/L", "10^9/L"}, {"× 10^9/L", "10^9/L"}, {"10⁹/L", "10^9/L"},
  {"X10E9/L", "10^9/L"}, {"x10^9/l", "10^9/L"}, {"10^9 cells/L", "10^9/L"},
  {"K/µL", "10^3/uL"}, {"K/uL", "10^3/uL"}, {"10*3/uL", "10^3/uL"}, {"10^3/µL", "10^3/uL"},
  {"thou/uL", "10^3/uL"}, {"x10^3/uL", "10^3/uL"}, {"10³/µL", "10^3/uL"}, {"K/mcL", "10^3/uL"},
  {"10^3/mm3", "10^3/uL"}, {"K/μL", "10^3/uL"}, {"×10³/μL", "10^3/uL"},
  {"10^12/L", "10^12/L"}, {"x10e12/L", "10^12/L"}, {"10*12/L", "10^12/L"},
  {"×10¹²/L", "10^12/L"},
  {"10*6/uL", "10^6/uL"}, {"10^6/µL", "10^6/uL"},
  {"g/dL", "g/dL"}, {"g/dl", "g/dL"}, {"G/DL", "g/dL"}, {"gm/dL", "g/dL"}, {"g/100 mL", "g/dL"},
  {"g/L", "g/L"}, {"g/l", "g/L"},
  {"mg/dL", "mg/dL"}, {"mg/dl", "mg/dL"}, {"MG/DL", "mg/dL"}, {"Mg/Dl", "mg/dL"}, {"mg%", "mg/dL"},
  {"mg/L", "mg/L"}, {"mg/l", "mg/L"}, {"MG/L", "mg/L"},
  {"ng/mL", "ng/mL"}, {"ng/L", "ng/L"}, {"pg/mL", "pg/mL"}, {"ug/L", "ug/L"},
  {"µmol/L", "umol/L"}, {"μmol/L", "umol/L"}, {"umol/L", "umol/L"}, {"micromol/L", "umol/L"},
  {"umol/l", "umol/L"}, {"µM", "umol/L"}, {"mM", "mmol/L"}, {"mmol/L", "mmol/L"},
  {"mmol/l", "mmol/L"}, {"nmol/L", "nmol/L"},
  {"U/L", "U/L"}, {"IU/L", "U/L"}, {"units/L", "U/L"}, {"u/l", "U/L"}, {"IU/l", "U/L"},
  {"mg/24 h", "mg/24h"}, {"mg/24h", "mg/24h"}, {"mg/(24.h)", "mg/24h"},
  {"mg per 24 hours", "mg/24h"}, {"mg/day", "mg/24h"}, {"mg/24 hr", "mg/24h"},
  {"mg/24hrs", "mg/24h"}, {"mg/d", "mg/24h"}, {"mg / 24 h", "mg/24h"},
  {"g/24h", "g/24h"}, {"g/24 h", "g/24h"}, {"g/day", "g/24h"}, {"g/(24.h)", "g/24h"},
  {"g per 24 hours", "g/24h"},
  {"mL/min", "mL/min"}, {"ml/min", "mL/min"}, {"cc/min", "mL/min"},
  {"mL/min/1.73 m²", "mL/min/1.73m2"}, {"mL/min/1.73m2", "mL/min/1.73m2"},
  {"mL/min/{1.73_m2}", "mL/min/1.73m2"}, {"ml/min/1.73m^2", "mL/min/1.73m2"},
  {"mL/min per 1.73 m2", "mL/min/1.73m2"}, {"ml/min/1.73 m2", "mL/min/1.73m2"},
  {"mL/min/1.73m²", "mL/min/1.73m2"},
  {"%", "%"}, {"percent", "%"},
  {"mm", "mm"}, {"cm", "cm"}, {"m", "m"},
  {"ms", "ms"}, {"msec", "ms"}, {"s", "s"}, {"sec", "s"},
  {"kg", "kg"}, {"g", "g"}, {"lb", "lb"}, {"lbs", "lb"},
  {"years", "years"}, {"year", "years"}, {"yr", "years"}, {"y", "years"}, {"a", "years"},
  {"Years", "years"},
  {"months", "months"}, {"month", "months"}, {"mo", "months"},
  {"weeks", "weeks"}, {"week", "weeks"}, {"wk", "weeks"},
  {"days", "days"}, {"day", "days"}, {"d", "days"},
};
// clang-format on

const char* const kCodes[] = {
    "",       "%",      "/uL",    "10^3/uL", "10^6/uL", "10^9/L", "10^12/L", "g/dL",
    "g/L",    "mg/dL",  "mg/L",   "ug/L",    "ng/mL",   "ng/L",   "pg/mL",   "mmol/L",
    "umol/L", "nmol/L", "pmol/L", "U/L",     "mg/24h",  "g/24h",  "mL/min",  "mL/min/1.73m2",
    "ms",     "s",      "min",    "h",       "days",    "weeks",  "months",  "years",
    "mm",     "cm",     "m",      "g",       "kg",      "lb",
};

}  // namespace

TEST_CASE("every spelling parses to its canonical code", "[units]") {
  for (const auto& s : kSpellings) check_spelling(s);
}

TEST_CASE("every canonical code is ASCII without spaces and parses back to itself", "[units]") {
  for (const char* code : kCodes) {
    INFO("code '" << code << "'");
    const std::string c = code;
    CHECK(c.find(' ') == std::string::npos);
    for (const char ch : c) CHECK(static_cast<unsigned char>(ch) < 128);
    const auto u = parse_unit(code);
    REQUIRE(u.ok());
    CHECK(u->code == c);
    CHECK(u->to_base > 0);
  }
}

TEST_CASE("units of one dimension are distinct units", "[units]") {
  CHECK(unit("/uL").dimension == Dimension::number_concentration);
  CHECK(unit("10^3/uL").dimension == Dimension::number_concentration);
  CHECK(unit("10^9/L").dimension == Dimension::number_concentration);
  CHECK_FALSE(unit("/uL") == unit("10^9/L"));
  CHECK_FALSE(unit("10^3/uL") == unit("10^9/L"));
  CHECK(unit("/uL").to_base != unit("10^9/L").to_base);
  CHECK(unit("g/dL").dimension == Dimension::mass_concentration);
  CHECK(unit("umol/L").dimension == Dimension::molar_concentration);
  CHECK(unit("U/L").dimension == Dimension::catalytic_concentration);
  CHECK(unit("mg/24h").dimension == Dimension::mass_rate);
  CHECK(unit("mL/min").dimension == Dimension::volume_rate);
  CHECK(unit("mL/min/1.73m2").dimension == Dimension::normalized_volume_rate);
  CHECK(unit("ms").dimension == Dimension::time);
  CHECK(unit("years").dimension == Dimension::time);
  CHECK(unit("cm").dimension == Dimension::length);
  CHECK(unit("kg").dimension == Dimension::mass);
  CHECK(unit("%").dimension == Dimension::fraction);
  CHECK(unit("").dimension == Dimension::count);
  CHECK(no_unit() == unit(""));
  CHECK(no_unit().dimension == Dimension::count);
  CHECK(to_string(Dimension::mass_concentration) == "mass concentration");
  CHECK(to_string(Dimension::normalized_volume_rate) == "normalized volume rate");
}

TEST_CASE("unknown spellings are refused, quoting the text", "[units]") {
  for (const char* text :
       {"furlongs", "mg/dL/x", "10^9", "G/L", "T/L", "cells", "in", "mg/dL mg/dL", "x"}) {
    const auto u = parse_unit(text);
    INFO(text);
    CHECK_FALSE(u.ok());
    CHECK(u.error() == std::string("unknown unit '") + text + "'");
  }
}

TEST_CASE("hand-checked analyte conversions", "[units]") {
  const Analyte creatinine{"creatinine", 113.12};
  const Analyte calcium{"calcium", 40.08};
  const Analyte bilirubin{"total_bilirubin", 584.66};
  const Analyte hemoglobin{"hemoglobin", 16114.5};
  const Analyte glucose{"glucose", 180.16};
  CHECK(conv(1, "mg/dL", "µmol/L", creatinine) == Approx(88.4).margin(0.05));
  CHECK(conv(1, "mg/dL", "mmol/L", calcium) == Approx(0.2495).margin(1e-4));
  CHECK(conv(1, "mg/dL", "umol/L", bilirubin) == Approx(17.1).margin(0.05));
  CHECK(conv(1, "g/dL", "mmol/L", hemoglobin) == Approx(0.6206).margin(1e-4));
  CHECK(conv(100, "mg/dL", "mmol/L", glucose) == Approx(5.55).margin(0.01));
  // Back again, and round trips.
  CHECK(conv(88.4, "umol/L", "mg/dL", creatinine) == Approx(1.0).margin(1e-3));
  CHECK(conv(2.5, "mmol/L", "mg/dL", calcium) == Approx(10.02).margin(1e-3));
  CHECK(conv(conv(1.7, "mg/dL", "umol/L", creatinine), "umol/L", "mg/dL", creatinine) ==
        Approx(1.7).epsilon(1e-12));
  CHECK(conv(11.5, "mg/dL", "g/L", calcium) == Approx(0.115).epsilon(1e-12));
}

TEST_CASE("ANC 1.5 K/uL = 1500 /uL = 1.5 x 10^9/L", "[units]") {
  CHECK(conv(1.5, "K/µL", "/µL") == 1500.0);
  CHECK(conv(1.5, "K/µL", "10^9/L") == 1.5);
  CHECK(conv(1500, "/uL", "10^9/L") == 1.5);
  CHECK(conv(1500, "cells/uL", "x10e9/L") == 1.5);
  CHECK(compare_values(conv(1500, "/uL", "10^9/L"), conv(1.5, "10*3/uL", "10^9/L")) == 0);
  CHECK(compare_values(conv(1.5, "10^9/L", "/uL"), 1500) == 0);
}

TEST_CASE("1000 /uL is exactly 1 x 10^9/L at the boundary", "[units]") {
  CHECK(conv(1000, "/uL", "10^9/L") == 1.0);
  CHECK(conv(1.0, "10^9/L", "/uL") == 1000.0);
  CHECK(compare_values(conv(1000, "/uL", "10^9/L"), 1.0) == 0);
  CHECK(compare_values(conv(999, "/uL", "10^9/L"), 1.0) == -1);
  CHECK(compare_values(conv(1001, "/uL", "10^9/L"), 1.0) == 1);
  // Every thousand up to 500 000 /uL lands on the decimal the text would write.
  for (int n = 0; n <= 500; ++n) {
    const double per_litre = conv(n * 1000.0, "/uL", "10^9/L");
    INFO(n);
    CHECK(per_litre == static_cast<double>(n));
  }
  CHECK(conv(100000, "/uL", "10^9/L") == 100.0);
  CHECK(conv(75, "10^9/L", "/uL") == 75000.0);
  CHECK(conv(4.5, "10^12/L", "10^6/uL") == 4.5);
}

TEST_CASE("same-dimension conversions", "[units]") {
  struct Case {
    double value;
    const char* from;
    const char* to;
    double expected;
  };
  const Case cases[] = {
      {1, "g/dL", "g/L", 10},
      {35, "g/L", "g/dL", 3.5},
      {1, "mg/dL", "mg/L", 10},
      {100, "mg/L", "mg/dL", 10},
      {3, "g/dL", "mg/dL", 3000},
      {0.5, "g/dL", "mg/L", 5000},
      {1, "g/24h", "mg/24h", 1000},
      {200, "mg/24h", "g/24h", 0.2},
      {500, "mg/day", "g/24h", 0.5},
      {1, "mmol/L", "umol/L", 1000},
      {88, "umol/L", "mmol/L", 0.088},
      {7, "days", "weeks", 1},
      {12, "months", "years", 1},
      {6, "months", "years", 0.5},
      {365.25, "days", "years", 1},
      {2, "years", "months", 24},
      {4, "weeks", "days", 28},
      {450, "ms", "s", 0.45},
      {0.47, "s", "ms", 470},
      {170, "cm", "m", 1.7},
      {15, "mm", "cm", 1.5},
      {1, "kg", "g", 1000},
      {5, "ng/mL", "ng/L", 5000},
      {1, "pg/mL", "ng/L", 1},
      {60, "min", "h", 1},
      {1, "days", "h", 24},
      {42, "%", "%", 42},
      {3, "", "", 3},
  };
  for (const auto& c : cases) {
    INFO(c.value << " " << c.from << " -> " << c.to);
    CHECK(conv(c.value, c.from, c.to) == c.expected);
  }
  CHECK(conv(1, "lb", "kg") == Approx(0.45359237).epsilon(1e-12));
  CHECK(conv(30, "days", "months") == Approx(30 / (365.25 / 12)).epsilon(1e-12));
  CHECK(conv(1, "years", "weeks") == Approx(365.25 / 7).epsilon(1e-12));
  CHECK(conv(1, "years", "days") == 365.25);
}

TEST_CASE("refused conversions name both units and the analyte", "[units]") {
  const auto incompatible = convert(1, unit("mg/dL"), unit("U/L"), Analyte{"creatinine", 113.12});
  REQUIRE_FALSE(incompatible.ok());
  CHECK(incompatible.error() ==
        "cannot convert creatinine from mg/dL to U/L: incompatible dimensions (mass "
        "concentration, catalytic concentration)");

  const auto no_molar_mass = convert(3.5, unit("g/dL"), unit("mmol/L"), Analyte{"albumin", {}});
  REQUIRE_FALSE(no_molar_mass.ok());
  CHECK(no_molar_mass.error() ==
        "cannot convert albumin from g/dL to mmol/L: no molar mass for albumin");

  const auto back = convert(1, unit("umol/L"), unit("mg/dL"), Analyte{"ldh", {}});
  REQUIRE_FALSE(back.ok());
  CHECK(back.error() == "cannot convert ldh from umol/L to mg/dL: no molar mass for ldh");

  const auto count = convert(20, unit("%"), unit(""), Analyte{"bmpc_percent", {}});
  REQUIRE_FALSE(count.ok());
  CHECK(count.error() ==
        "cannot convert bmpc_percent from % to (no unit): incompatible dimensions (fraction, "
        "count)");

  CHECK_FALSE(convert(1, unit("days"), unit("mg/dL"), Analyte{"age", {}}).ok());
  CHECK_FALSE(convert(1, unit("mL/min"), unit("mL/min/1.73m2"), Analyte{"egfr", {}}).ok());
  CHECK_FALSE(convert(1, unit("/uL"), unit("g/L"), Analyte{"anc", {}}).ok());
  CHECK_FALSE(convert(1, unit("mg/dL"), unit("mmol/L"), Analyte{"x", 0.0}).ok());
}

TEST_CASE("compare_values treats a relative 1e-9 as equal", "[units]") {
  CHECK(compare_values(1.0, 1.0) == 0);
  CHECK(compare_values(1.0, 1.0 + 1e-12) == 0);
  CHECK(compare_values(1e9, 1e9 + 0.5) == 0);
  CHECK(compare_values(0.1 + 0.2, 0.3) == 0);
  CHECK(compare_values(1.0, 1.0001) == -1);
  CHECK(compare_values(2.0, 1.0) == 1);
  CHECK(compare_values(-1.0, -1.0000000001) == 0);
  CHECK(compare_values(0.0, 0.0) == 0);
  CHECK(compare_values(0.0, 1e-300) == -1);
}
