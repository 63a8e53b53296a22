// The engine's resolver for patient files: ids, synonyms and LOINC codes to canonical
// ids, the fact kind from the vocabulary, and units checked against the item's
// dimension, through resolve_record_item and through the long CSV reader.
#include "engine/record_resolver.hpp"

#include <catch2/catch.hpp>

#include "patients/read_patients.hpp"

using namespace eligo;
using Catch::Matchers::Contains;

namespace {

patients::ItemInfo resolve(std::string_view item, std::string_view unit = "") {
  return engine::resolve_record_item(Vocabulary::builtin(), item, unit);
}

}  // namespace

TEST_CASE("ids, synonyms and LOINC codes map to the canonical id", "[record_resolver]") {
  const patients::ItemInfo anc = resolve("anc", "10^9/L");
  CHECK(anc.kind == patients::FactKind::measurement);
  CHECK(anc.item == "anc");
  CHECK(anc.error.empty());
  CHECK(resolve("LOINC:751-8", "10^9/L") == anc);
  CHECK(resolve("loinc:751-8", "/uL").item == "anc");
  CHECK(resolve("751-8", "/uL").item == "anc");
  CHECK(resolve("ANC", "/µL").item == "anc");
  CHECK(resolve("Platelets", "10*3/uL").item == "platelets");
  CHECK(resolve("LOINC:777-3", "10*3/uL").item == "platelets");
}

TEST_CASE("the kind of fact comes from the vocabulary", "[record_resolver]") {
  CHECK(resolve("hiv").kind == patients::FactKind::event);
  CHECK(resolve("lenalidomide").kind == patients::FactKind::event);
  CHECK(resolve("asct").kind == patients::FactKind::event);
  CHECK(resolve("birth_date") ==
        patients::ItemInfo{patients::FactKind::birth_date, "birth_date", ""});
  CHECK(resolve("DOB").kind == patients::FactKind::birth_date);
  CHECK(resolve("sex") == patients::ItemInfo{patients::FactKind::sex, "sex", ""});
  CHECK(resolve("weight", "kg").kind == patients::FactKind::measurement);
  CHECK(resolve("ecog", "").error.empty());
  CHECK(resolve("not_an_item", "mg/dL").kind == patients::FactKind::unknown);
  CHECK(resolve("LOINC:0000-0").kind == patients::FactKind::unknown);
}

TEST_CASE("units must fit the item's dimension", "[record_resolver]") {
  const patients::ItemInfo wrong = resolve("platelets", "mg/dL");
  CHECK(wrong.kind == patients::FactKind::measurement);
  CHECK_THAT(wrong.error,
             Contains("\"mg/dL\"") && Contains("platelets") && Contains("a cell count per volume"));
  CHECK_THAT(resolve("platelets", "bananas").error,
             Contains("unknown unit \"bananas\" for platelets"));
  CHECK_THAT(resolve("platelets", "").error, Contains("no unit for platelets"));
  // Mass <-> molar only where the vocabulary has a molar mass.
  CHECK(resolve("creatinine", "umol/L").error.empty());
  CHECK(resolve("hemoglobin", "mmol/L").error.empty());
  CHECK_FALSE(resolve("albumin", "mmol/L").error.empty());
  CHECK(resolve("weight", "lb").error.empty());
  CHECK_FALSE(resolve("weight", "cm").error.empty());
}

TEST_CASE("the long reader refuses the row with the resolver's reason", "[record_resolver]") {
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,date\n"
      "P1,LOINC:751-8,1.5,10^9/L,2026-11-10\n"
      "P1,platelets,150,mg/dL,2026-11-10\n"
      "P1,hiv,no,,2026-01-01\n"
      "P1,mystery,1,,2026-01-01\n",
      "patients.csv", options);
  REQUIRE(file.patients.size() == 1);
  const patients::PatientRecord& p = file.patients[0];
  REQUIRE(p.observations.size() == 1);
  CHECK(p.observations[0].item == "anc");
  REQUIRE(p.events.size() == 1);
  CHECK(p.events[0].item == "hiv");
  CHECK_FALSE(p.events[0].present);
  REQUIRE(file.errors.size() == 2);
  CHECK(file.errors[0].span.line == 3);
  CHECK_THAT(file.errors[0].message, Contains("mg/dL") && Contains("platelets"));
  CHECK(file.errors[1].span.line == 5);
}

TEST_CASE("units that need a molar mass are refused for items without one", "[record_resolver]") {
  CHECK_THAT(resolve("alt", "mmol/L").error, Contains("alt") && Contains("enzyme activity"));
  // Named by its id, eGFR in mL/min is refused: only a LOINC code defines it per 1.73 m²
  // (loinc_units_test.cpp).
  CHECK_THAT(resolve("egfr", "mL/min").error, Contains("egfr"));
  CHECK(resolve("egfr", "mL/min/{1.73_m2}").error.empty());
  CHECK(resolve("bmpc_percent", "%").error.empty());
}
