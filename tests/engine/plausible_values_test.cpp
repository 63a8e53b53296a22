// Implausible values (issue 14, item 5): every measure has a plausible range; a value
// outside it (a negative count, a percentage over 100, 1e308) is reported at its
// file:line by every reader (long CSV, wide CSV, FHIR, Synthea CSV) and counted as
// rejected, and the criterion using the item is unknown with the row named in the
// explanation, never met or not met.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/record_resolver.hpp"
#include "patients/fhir_reader.hpp"
#include "patients/read_patients.hpp"
#include "patients/synthea_csv.hpp"
#include "tests/engine/evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

patients::ReadOptions engine_options() {
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  return options;
}

std::vector<std::string> lines(const std::vector<Diagnostic>& errors) {
  std::vector<std::string> out;
  for (const Diagnostic& e : errors) {
    out.push_back(e.file + ":" + std::to_string(e.span.line) + ": " + e.message);
  }
  return out;
}

}  // namespace

TEST_CASE("every measure has a generous plausible range", "[plausible][vocabulary]") {
  for (const VocabularyEntry& e : Vocabulary::builtin().entries()) {
    if (e.kind != ItemKind::measure) continue;
    INFO(e.id);
    REQUIRE(e.plausible_low);
    REQUIRE(e.plausible_high);
    CHECK(*e.plausible_low >= 0);
    CHECK(*e.plausible_low < *e.plausible_high);
    // The normal range lies well inside.
    if (e.ref_low) CHECK(*e.plausible_low <= *e.ref_low);
    if (e.ref_high) CHECK(*e.plausible_high >= 2 * *e.ref_high);
    // A percentage of a whole stops at 100; one of predicted or of normal may pass it.
    const bool of_reference = e.id.find("percent_predicted") != std::string::npos ||
                              e.id == "factor_viii" || e.id == "antithrombin";
    if (e.dimension == Dimension::fraction && !of_reference) CHECK(*e.plausible_high == 100);
  }
  const auto range = [](const char* id) {
    const VocabularyEntry* e = Vocabulary::builtin().find(id);
    REQUIRE(e != nullptr);
    return std::pair{*e->plausible_low, *e->plausible_high};
  };
  // Scores within their scale; real extremes inside (leukaemic WBC, creatinine on dialysis).
  CHECK(range("ecog") == std::pair{0.0, 5.0});
  CHECK(range("karnofsky") == std::pair{0.0, 100.0});
  CHECK(range("nyha_class") == std::pair{1.0, 4.0});
  CHECK(range("wbc").second >= 1000);
  CHECK(range("creatinine").second >= 30);
  CHECK(range("platelets").second >= 3000);
}

TEST_CASE("the resolver gives the range in the unit as written", "[plausible][record_resolver]") {
  const Vocabulary& v = Vocabulary::builtin();
  const patients::ItemInfo anc = engine::resolve_record_item(v, "anc", "/uL");
  REQUIRE(anc.plausible_high);
  CHECK(*anc.plausible_low == 0);
  CHECK(*anc.plausible_high == Approx(1e6));
  const patients::ItemInfo creatinine = engine::resolve_record_item(v, "creatinine", "umol/L");
  REQUIRE(creatinine.plausible_high);
  CHECK(*creatinine.plausible_high == Approx(40 * 88.4).epsilon(0.001));

  struct Case {
    const char* item;
    double value;
    const char* unit;
    const char* reason;  // "" when plausible
  };
  const Case cases[] = {
      {"anc", -1, "10^9/L", "anc -1 10^9/L is outside the plausible range 0 to 1000 10^9/L"},
      {"anc", 0, "10^9/L", ""},
      {"anc", 1000, "10^9/L", ""},
      {"anc", 1e6, "/uL", ""},
      {"anc", 1.5e6, "/uL", "anc 1500000 /uL is outside the plausible range 0 to 1000000 /uL"},
      {"platelets", 1e308, "10^9/L",
       "platelets 1e+308 10^9/L is outside the plausible range 0 to 5000 10^9/L"},
      {"bmpc_percent", 100, "%", ""},
      {"bmpc_percent", 120, "%", "bmpc_percent 120 % is outside the plausible range 0 to 100 %"},
      {"ecog", 6, "", "ecog 6 is outside the plausible range 0 to 5"},
      {"karnofsky", 100, "", ""},
      {"wbc", 900, "10^9/L", ""},
      {"creatinine", 25, "mg/dL", ""},
  };
  for (const Case& c : cases) {
    INFO(c.item << " " << c.value << " " << c.unit);
    const patients::ItemInfo info = engine::resolve_record_item(v, c.item, c.unit);
    REQUIRE(info.error.empty());
    CHECK(patients::check_plausible(info, c.item, c.value, c.unit) == c.reason);
  }
}

TEST_CASE("long CSV: implausible rows are reported at file:line and the criterion is unknown",
          "[plausible][long]") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,date\n"
      "P1,anc,1.8,10^9/L,2026-11-01\n"
      "P1,anc,-1,10^9/L,2026-11-10\n"
      "P1,platelets,1e308,10^9/L,2026-11-10\n"
      "P1,hemoglobin,11,g/dL,2026-11-10\n",
      "labs.csv", engine_options());
  CHECK(lines(file.errors) ==
        std::vector<std::string>{
            "labs.csv:3: anc -1 10^9/L is outside the plausible range 0 to 1000 10^9/L",
            "labs.csv:4: platelets 1e+308 10^9/L is outside the plausible range 0 to 5000 "
            "10^9/L"});
  CHECK(file.result.stats.rows == 4);
  CHECK(file.result.stats.rows_rejected == 2);
  CHECK(file.result.stats.values_rejected == 0);
  REQUIRE(file.patients.size() == 1);

  // The latest anc is the implausible one: unknown, not the older 1.8 and not "not met".
  const auto anc = one(leaf(compare("anc", Op::ge, 1.5, "10^9/L")), file.patients[0]);
  CHECK(anc->root().value == engine::Tri::unknown);
  CHECK(anc->explain_root() ==
        "anc -1 10^9/L on 2026-11-10 (labs.csv:3): not a plausible value (outside 0 to 1000 "
        "10^9/L): unknown");
  CHECK(anc->to_decide() ==
        std::vector<std::string>{
            "anc of 2026-11-10 (the recorded value is not plausible: check it)"});
  const auto platelets = one(leaf(compare("platelets", Op::lt, 75, "10^9/L")), file.patients[0]);
  CHECK(platelets->root().value == engine::Tri::unknown);
  CHECK_THAT(platelets->explain_root(),
             Contains("(labs.csv:4): not a plausible value") && Contains("unknown"));
  // The plausible rows are used as before.
  CHECK(one(leaf(compare("hemoglobin", Op::ge, 9, "g/dL")), file.patients[0])->root().value ==
        engine::Tri::met);
}

TEST_CASE("wide CSV: an implausible cell is reported, the rest of the row used",
          "[plausible][wide]") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,date,anc [10^9/L],bmpc_percent [%],ecog\n"
      "P1,2026-11-10,-0.5,120,1\n",
      "wide.csv", engine_options());
  CHECK(lines(file.errors) ==
        std::vector<std::string>{
            "wide.csv:2: anc -0.5 10^9/L is outside the plausible range 0 to 1000 10^9/L",
            "wide.csv:2: bmpc_percent 120 % is outside the plausible range 0 to 100 %"});
  CHECK(file.result.stats.rows_rejected == 0);
  CHECK(file.result.stats.values_rejected == 2);
  REQUIRE(file.patients.size() == 1);
  const patients::PatientRecord& p = file.patients[0];
  CHECK(one(leaf(compare("anc", Op::ge, 1, "10^9/L")), p)->root().value == engine::Tri::unknown);
  CHECK(one(leaf(compare("bmpc_percent", Op::lt, 60, "%")), p)->root().value ==
        engine::Tri::unknown);
  CHECK(one(leaf(compare("ecog", Op::le, 2, "")), p)->root().value == engine::Tri::met);
}

TEST_CASE("FHIR: an implausible Observation is reported at its line and kept unknown",
          "[plausible][fhir]") {
  const std::string bundle = R"({"resourceType": "Bundle", "type": "collection", "entry": [
  {"resource": {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1960-01-01"}},
  {"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/p1"},
    "code": {"coding": [{"system": "http://loinc.org", "code": "751-8"}]},
    "effectiveDateTime": "2026-11-10",
    "valueQuantity": {"value": -2, "unit": "10*9/L", "code": "10*9/L"}}},
  {"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/p1"},
    "code": {"coding": [{"system": "http://loinc.org", "code": "718-7"}]},
    "effectiveDateTime": "2026-11-10",
    "valueQuantity": {"value": 11, "unit": "g/dL", "code": "g/dL"}}}
]})";
  std::vector<patients::PatientRecord> records;
  std::vector<Diagnostic> errors;
  const patients::CodedRead read = patients::read_fhir_text(
      bundle, "p1.json", engine_options(),
      [&](patients::PatientRecord&& r) { records.push_back(std::move(r)); },
      [&](const Diagnostic& e) { errors.push_back(e); });
  CHECK(lines(errors) ==
        std::vector<std::string>{
            "p1.json:3: anc -2 10*9/L is outside the plausible range 0 to 1000 10*9/L"});
  CHECK(read.result.stats.rows_rejected == 1);
  REQUIRE(records.size() == 1);
  const auto anc = one(leaf(compare("anc", Op::ge, 1.5, "10^9/L")), records[0]);
  CHECK(anc->root().value == engine::Tri::unknown);
  CHECK_THAT(anc->explain_root(), Contains("(p1.json:3): not a plausible value"));
  CHECK(one(leaf(compare("hemoglobin", Op::ge, 9, "g/dL")), records[0])->root().value ==
        engine::Tri::met);
}

TEST_CASE("Synthea CSV: an implausible observation is reported at its line and kept unknown",
          "[plausible][synthea]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "eligo-plausible-synthea";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "patients.csv") << "Id,BIRTHDATE,GENDER\np1,1960-01-01,F\n";
  std::ofstream(dir / "observations.csv")
      << "DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE\n"
         "2026-11-10,p1,e1,laboratory,777-3,Platelets,-150,10*3/uL,numeric\n"
         "2026-11-10,p1,e1,laboratory,718-7,Hemoglobin,11,g/dL,numeric\n";
  std::vector<patients::PatientRecord> records;
  std::vector<Diagnostic> errors;
  const patients::CodedRead read = patients::read_synthea_csv_dir(
      dir, engine_options(), [&](patients::PatientRecord&& r) { records.push_back(std::move(r)); },
      [&](const Diagnostic& e) { errors.push_back(e); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].span.line == 2);
  CHECK_THAT(errors[0].file, Contains("observations.csv"));
  CHECK(errors[0].message ==
        "platelets -150 10*3/uL is outside the plausible range 0 to 5000 10*3/uL");
  CHECK(read.result.stats.rows_rejected == 1);
  REQUIRE(records.size() == 1);
  const auto platelets = one(leaf(compare("platelets", Op::ge, 75, "10^9/L")), records[0]);
  CHECK(platelets->root().value == engine::Tri::unknown);
  CHECK_THAT(platelets->explain_root(), Contains("observations.csv:2): not a plausible value"));
  CHECK(one(leaf(compare("hemoglobin", Op::ge, 9, "g/dL")), records[0])->root().value ==
        engine::Tri::met);
  fs::remove_all(dir);
}
