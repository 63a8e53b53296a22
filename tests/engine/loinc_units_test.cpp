// Units defined by the code (issue 14, item 6): an eGFR coded with a LOINC code that is
// defined per 1.73 m² and written in mL/min is read in mL/min/1.73 m², and the
// explanation says so; a unit that contradicts the code is still refused at file:line,
// an eGFR named without a code is not completed, and creatinine clearance (not
// normalised) keeps its mL/min.
#include "core/loinc_units.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/record_resolver.hpp"
#include "patients/read_patients.hpp"
#include "tests/engine/evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

TEST_CASE("every per-1.73 m² code is an eGFR code of the vocabulary", "[loinc_units]") {
  const VocabularyEntry* egfr = Vocabulary::builtin().find("egfr");
  REQUIRE(egfr != nullptr);
  REQUIRE(per_body_surface_codes().size() >= 10);
  for (const PerBodySurfaceCode& row : per_body_surface_codes()) {
    INFO(row.code);
    CHECK(Vocabulary::builtin().find_loinc(row.code) == egfr);
    CHECK_THAT(std::string(row.display), Contains("/1.73 sq M"));
  }
  // Creatinine clearance is a volume rate, not normalised: not in the table.
  CHECK_FALSE(unit_by_code("2164-2", "mL/min"));
}

TEST_CASE("a unit that only omits the normalisation is read as the code defines it",
          "[loinc_units]") {
  struct Case {
    const char* code;
    const char* unit;
    const char* read_as;  // "" when the code does not complete the unit
    const char* note;
  };
  const Case cases[] = {
      {"33914-3", "mL/min", "mL/min/1.73m2", "written mL/min; LOINC 33914-3 is per 1.73 m²"},
      {"LOINC:62238-1", "ml/min", "mL/min/1.73m2", "written ml/min; LOINC 62238-1 is per 1.73 m²"},
      {"98979-8", "mL/min", "mL/min/1.73m2", "written mL/min; LOINC 98979-8 is per 1.73 m²"},
      {"33914-3", "mL/min/{1.73_m2}", "", ""},  // already complete
      {"33914-3", "mg/dL", "", ""},             // contradicts the code
      {"33914-3", "", "", ""},
      {"2164-2", "mL/min", "", ""},  // creatinine clearance
      {"751-8", "mL/min", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.code << " " << c.unit);
    const auto by_code = unit_by_code(c.code, c.unit);
    if (std::string(c.read_as).empty()) {
      CHECK_FALSE(by_code);
      continue;
    }
    REQUIRE(by_code);
    CHECK(by_code->unit == c.read_as);
    CHECK(by_code->note == c.note);
  }
}

TEST_CASE("the resolver completes the unit only for a code, and refuses contradictions",
          "[loinc_units][record_resolver]") {
  const Vocabulary& v = Vocabulary::builtin();
  const patients::ItemInfo coded = engine::resolve_record_item(v, "LOINC:33914-3", "mL/min");
  CHECK(coded.kind == patients::FactKind::measurement);
  CHECK(coded.item == "egfr");
  CHECK(coded.error.empty());
  CHECK(coded.unit_read_as == "mL/min/1.73m2");
  CHECK(coded.unit_note == "written mL/min; LOINC 33914-3 is per 1.73 m²");
  CHECK(engine::resolve_record_item(v, "LOINC:33914-3", "mL/min/{1.73_m2}").unit_read_as.empty());
  CHECK_THAT(engine::resolve_record_item(v, "LOINC:33914-3", "mg/dL").error,
             Contains("\"mg/dL\"") && Contains("egfr"));
  // Named by id or synonym, there is no code to define the unit: refused.
  CHECK_THAT(engine::resolve_record_item(v, "egfr", "mL/min").error, Contains("egfr"));
  CHECK_THAT(engine::resolve_record_item(v, "eGFR", "mL/min").error, Contains("egfr"));
  // Creatinine clearance stays in mL/min.
  const patients::ItemInfo crcl = engine::resolve_record_item(v, "LOINC:2164-2", "mL/min");
  CHECK(crcl.error.empty());
  CHECK(crcl.unit_read_as.empty());
  CHECK(crcl.unit_note.empty());
}

TEST_CASE("long CSV: eGFR in mL/min by its LOINC code screens, and the explanation says why",
          "[loinc_units][long]") {
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,date\n"
      "P1,LOINC:33914-3,52,mL/min,2026-11-10\n"
      "P1,LOINC:62238-1,40,mg/dL,2026-11-10\n"
      "P1,LOINC:2164-2,70,mL/min,2026-11-10\n",
      "labs.csv", options);
  REQUIRE(file.errors.size() == 1);
  CHECK(file.errors[0].span.line == 3);
  CHECK_THAT(file.errors[0].message, Contains("\"mg/dL\"") && Contains("egfr"));
  REQUIRE(file.patients.size() == 1);
  const patients::PatientRecord& p = file.patients[0];
  REQUIRE(p.observations.size() == 2);
  CHECK(p.observations[0].item == "egfr");
  CHECK(p.observations[0].unit == "mL/min/1.73m2");
  CHECK(p.observations[0].unit_note == "written mL/min; LOINC 33914-3 is per 1.73 m²");
  CHECK(p.observations[1].item == "creatinine_clearance");
  CHECK(p.observations[1].unit == "mL/min");

  // The refused eGFR row of the same day may be the latest value: unknown until corrected.
  const auto refused = one(leaf(compare("egfr", Op::ge, 45, "mL/min/1.73m2")), p);
  CHECK(refused->root().value == engine::Tri::unknown);
  CHECK_THAT(refused->explain_root(), Contains("refused (labs.csv:3) (egfr)"));
  // Without it, the value read by its code decides, and says how it was read.
  patients::PatientRecord corrected = p;
  corrected.refused.clear();
  const auto egfr = one(leaf(compare("egfr", Op::ge, 45, "mL/min/1.73m2")), corrected);
  CHECK(egfr->root().value == engine::Tri::met);
  CHECK(egfr->explain_root() ==
        "egfr 52 mL/min/1.73m2 on 2026-11-10 (labs.csv:2; written mL/min; LOINC 33914-3 is per "
        "1.73 m²) >= 45 mL/min/1.73m2: met");
  const auto crcl = one(leaf(compare("creatinine_clearance", Op::ge, 60, "mL/min")), p);
  CHECK(crcl->root().value == engine::Tri::met);
}
