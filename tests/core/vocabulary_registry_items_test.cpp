// The measures added for the registry gold (issue 13: items the gold names that the
// vocabulary lacked): the names registries write find them, each carries its scale or
// canonical unit and plausible values, its written units convert to the canonical one,
// and the abbreviations that mean something else stay out.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "core/units.hpp"
#include "core/vocabulary.hpp"
#include "tests/core/units_test_support.hpp"
#include "tests/core/vocabulary_support.hpp"

using namespace eligo;
using namespace eligo::units_test;
using eligo::test::named;
using eligo::test::vocab;

namespace {

struct Name {
  const char* text;
  const char* id;
};

// clang-format off
const Name kNames[] = {
  {"shortening fraction", "lv_shortening_fraction"},
  {"fractional shortening", "lv_shortening_fraction"},
  {"Left Ventricle Shortening Fraction", "lv_shortening_fraction"},
  {"LVSF", "lv_shortening_fraction"},
  {"PC20", "methacholine_pc20"},
  {"urine output", "urine_output"},
  {"urine volume", "urine_output"},
  {"post-void residual", "post_void_residual"},
  {"IOP", "intraocular_pressure"},
  {"VCTE measured liver stiffness", "liver_stiffness_vcte"},
  {"FibroScan", "liver_stiffness_vcte"},
  {"MRE measured liver stiffness", "liver_stiffness_mre"},
  {"ELF test", "elf_score"},
  {"FAST score", "fast_score"},
  {"NAS", "nafld_activity_score"},
  {"NAFLD activity score", "nafld_activity_score"},
  {"PEth", "peth"},
  {"PETH", "peth"},
  {"phosphatidylethanol", "peth"},
  {"ACLF grade", "aclf_grade"},
  {"mRSS", "mrss"},
  {"modified Rodnan skin score", "mrss"},
  {"vIGA-AD", "viga_ad"},
  {"Bristol Stool Form Scale", "bristol_stool_form"},
  {"BSFS", "bristol_stool_form"},
  {"Tinnitus Handicap Inventory", "tinnitus_handicap_inventory"},
  {"SPPB", "sppb"},
  {"Geriatric Depression Scale", "geriatric_depression_scale"},
  {"FIQR", "fiqr"},
  {"PCL-5", "pcl5"},
  {"total AN count", "hs_an_count"},
  {"dT count", "hs_dt_count"},
  {"FMPS", "fmps"},
};
// clang-format on

struct Scale {
  const char* id;
  double low, high;
  bool whole;
};

const Scale kScales[] = {
    {"nafld_activity_score", 0, 8, true},
    {"aclf_grade", 0, 3, true},
    {"mrss", 0, 51, true},
    {"viga_ad", 0, 4, true},
    {"bristol_stool_form", 1, 7, true},
    {"tinnitus_handicap_inventory", 0, 100, true},
    {"sppb", 0, 12, true},
    {"geriatric_depression_scale", 0, 30, true},
    {"fiqr", 0, 100, false},
    {"pcl5", 0, 80, true},
    {"fast_score", 0, 1, false},
    {"hs_an_count", 0, 500, true},
    {"hs_dt_count", 0, 200, true},
};

struct Canonical {
  const char* id;
  const char* unit;
  Dimension dimension;
};

const Canonical kCanonical[] = {
    {"lv_shortening_fraction", "%", Dimension::fraction},
    {"methacholine_pc20", "g/L", Dimension::mass_concentration},
    {"urine_output", "mL/kg/h", Dimension::volume_rate_per_kg},
    {"post_void_residual", "mL", Dimension::volume},
    {"intraocular_pressure", "mmHg", Dimension::pressure},
    {"liver_stiffness_vcte", "kPa", Dimension::pressure},
    {"liver_stiffness_mre", "kPa", Dimension::pressure},
    {"peth", "ng/mL", Dimension::mass_concentration},
    {"fmps", "%", Dimension::fraction},
};

}  // namespace

TEST_CASE("registry names find the measures added for the gold", "[vocabulary][measures]") {
  for (const auto& n : kNames) {
    INFO(n.text);
    CHECK(named(n.text) == n.id);
  }
}

TEST_CASE("the gold's scores carry their scale", "[vocabulary][measures]") {
  for (const auto& s : kScales) {
    INFO(s.id);
    const VocabularyEntry* e = vocab().find(s.id);
    REQUIRE(e != nullptr);
    CHECK(e->dimension == Dimension::count);
    CHECK(e->plausible_low == s.low);
    CHECK(e->plausible_high == s.high);
    CHECK(e->integer == s.whole);
  }
}

TEST_CASE("the gold's measures have their canonical unit", "[vocabulary][measures]") {
  for (const auto& c : kCanonical) {
    INFO(c.id);
    const VocabularyEntry* e = vocab().find(c.id);
    REQUIRE(e != nullptr);
    CHECK(e->canonical_unit == c.unit);
    CHECK(e->dimension == c.dimension);
    CHECK(unit(c.unit).dimension == c.dimension);
  }
}

TEST_CASE("ambiguous short names of the gold's scales name nothing", "[vocabulary][measures]") {
  // GDS: Geriatric Depression or Global Deterioration Scale; PCL: PCL-5 or PCL-C; PSS:
  // Perceived Stress or PTSD Symptom Scale; MAST: MRI-AST or the Michigan alcoholism
  // test; bare FAST, SF, FS, PVR, CST and "liver stiffness" (VCTE and MRE differ).
  // "PCL" stays plasma cell leukaemia and "PVR" pulmonary vascular resistance.
  const std::set<std::string> added = {"geriatric_depression_scale", "pcl5",
                                       "post_void_residual",         "fast_score",
                                       "lv_shortening_fraction",     "liver_stiffness_vcte",
                                       "liver_stiffness_mre",        "tinnitus_handicap_inventory"};
  for (const char* text : {"GDS", "PCL", "PSS", "MAST", "MAST score", "FAST", "SF", "FS", "PVR",
                           "CST", "liver stiffness", "THI"}) {
    INFO(text);
    CHECK(added.count(named(text)) == 0);
  }
  CHECK(named("PCL") == "plasma_cell_leukemia");
  CHECK(named("PVR") == "pvr");
  CHECK(named("liver stiffness") == "<none>");
  CHECK(named("MAST") == "<none>");
}

TEST_CASE("urine output per kilogram per hour converts and stays its own dimension", "[units]") {
  for (const Spelling& s : {Spelling{"mL/kg/h", "mL/kg/h"}, Spelling{"ml/kg/hr", "mL/kg/h"},
                            Spelling{"mL/kg/hour", "mL/kg/h"}, Spelling{"cc/kg/hr", "mL/kg/h"}}) {
    check_spelling(s);
  }
  CHECK(conv(0.5, "ml/kg/hr", "mL/kg/h") == 0.5);
  CHECK(unit("mL/kg/h").dimension == Dimension::volume_rate_per_kg);
  CHECK(to_string(Dimension::volume_rate_per_kg) == "volume rate per body weight");
  // Not a clearance, not a volume: no conversion between them.
  CHECK_FALSE(convert(0.5, unit("mL/kg/h"), unit("mL/min"), {}).ok());
  CHECK_FALSE(convert(0.5, unit("mL/kg/h"), unit("mL"), {}).ok());
}

TEST_CASE("mg/mL is g/L, kPa of elastography converts as a pressure", "[units]") {
  CHECK(unit("mg/ml").code == "g/L");
  CHECK(conv(4, "mg/mL", "g/L") == 4.0);
  CHECK(conv(4, "mg/mL", "mg/L") == 4000.0);
  CHECK(conv(8, "kPa", "mmHg") == Approx(60.0049260677).epsilon(1e-10));
  CHECK(conv(20, "ug/L", "ng/mL") == 20.0);  // PEth written in ug/L
}
