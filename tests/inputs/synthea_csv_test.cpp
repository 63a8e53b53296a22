// A Synthea CSV export directory (tests/inputs/data/synthea_csv, five small files in
// Synthea's column layout) read with the engine's resolver: demographics, LOINC
// observations with their units (eGFR's mL/min read per 1.73 m², as its code defines
// it), SNOMED conditions and procedures, RxNorm medications
// by code or by name; refused units and bad values reported at file:line; a text
// observation of a code without an item counted like any unmapped code; rows of a patient missing
// from patients.csv kept; unmapped codes counted.
#include "patients/synthea_csv.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "engine/record_resolver.hpp"
#include "inputs_support.hpp"

using namespace eligo;
using Catch::Matchers::Contains;

TEST_CASE("synthea csv: a tiny export directory", "[synthea][csv]") {
  const std::string dir = eligo::test::source_path("tests/inputs/data/synthea_csv");
  REQUIRE(patients::is_synthea_csv_dir(dir));
  CHECK_FALSE(patients::is_synthea_csv_dir(eligo::test::source_path("tests/inputs/data")));
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  std::vector<patients::PatientRecord> records;
  std::vector<Diagnostic> errors;
  const patients::CodedRead read = patients::read_synthea_csv_dir(
      dir, options, [&](patients::PatientRecord&& r) { records.push_back(std::move(r)); },
      [&](const Diagnostic& e) { errors.push_back(e); });
  CHECK(read.failures.empty());
  REQUIRE(records.size() == 3);

  const patients::PatientRecord& a = records[0];
  CHECK(a.id == "1d604da9-9a81-4ba9-80c2-de3375d59b40");
  CHECK(to_iso_string(*a.birth_date) == "1959-03-14");
  CHECK(*a.sex == patients::Sex::female);
  REQUIRE(a.observations.size() == 3);
  CHECK(a.observations[0].item == "platelets");
  CHECK(a.observations[0].value == 265.5);
  CHECK(a.observations[0].unit == "10*3/uL");
  CHECK(to_iso_string(*a.observations[0].date) == "2020-02-06");
  CHECK(a.observations[0].source.line == 2);
  CHECK(a.observations[1].item == "hemoglobin");
  // eGFR (LOINC 33914-3) in mL/min is read as the code defines it, per 1.73 m².
  CHECK(a.observations[2].item == "egfr");
  CHECK(a.observations[2].value == 71.2);
  CHECK(a.observations[2].unit == "mL/min/1.73m2");
  CHECK(a.observations[2].unit_note == "written mL/min; LOINC 33914-3 is per 1.73 m²");
  CHECK(a.observations[2].source.line == 5);
  REQUIRE(a.events.size() == 4);
  CHECK(a.events[0].item == "multiple_myeloma");
  CHECK(to_iso_string(*a.events[0].date) == "2015-06-01");
  CHECK(a.events[1].item == "lenalidomide");   // RxNorm 643720
  CHECK(a.events[2].item == "dexamethasone");  // unknown code, found by its name
  CHECK(a.events[3].item == "asct");
  CHECK(to_iso_string(*a.events[3].date) == "2016-09-12");

  const patients::PatientRecord& b = records[1];
  CHECK(*b.sex == patients::Sex::male);
  REQUIRE(b.observations.size() == 1);
  CHECK(b.observations[0].item == "height");
  CHECK(b.events.empty());

  // Kept under its id, though patients.csv does not list it.
  CHECK(records[2].id == "0f0f0f0f-0000-4000-8000-000000000000");
  REQUIRE(records[2].events.size() == 1);
  CHECK(records[2].events[0].item == "hiv");

  for (const Diagnostic& e : errors) UNSCOPED_INFO(to_string(e));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].span.line == 6);
  CHECK_THAT(errors[0].message, Contains("platelets: not a number: \"abc\""));
  CHECK_THAT(errors[1].file, Contains("conditions.csv"));
  CHECK(errors[1].span.line == 4);
  CHECK_THAT(errors[1].message, Contains("is not in patients.csv"));
  for (const Diagnostic& e : errors) CHECK_THAT(e.message, !Contains("0f0f0f0f"));

  CHECK(patients::describe_unmapped(read.unmapped) ==
        "unmapped codes (facts not used): 4 codes in 4 resources or rows: LOINC 72166-2 "
        "\"Tobacco smoking status NHIS\" (1); RXNORM 313782 "
        "\"Acetaminophen 325 MG Oral Tablet\" (1); SNOMED 117015009 \"Throat culture "
        "(procedure)\" (1); SNOMED 444814009 \"Viral sinusitis (disorder)\" (1)");
  CHECK(read.result.stats.patients == 3);
  CHECK(read.result.stats.rows == 16);
}

TEST_CASE("synthea csv: a row with fewer fields than the header is refused, not read short",
          "[synthea][csv]") {
  // A short row would read its missing cells as empty (no unit, no type): refused with
  // its file:line instead.
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "eligo-synthea-short-row";
  std::filesystem::remove_all(dir);
  std::filesystem::copy(eligo::test::source_path("tests/inputs/data/synthea_csv"), dir);
  {
    std::ofstream out(dir / "observations.csv", std::ios::app);
    out << "2020-02-07T08:45:50Z,1d604da9-9a81-4ba9-80c2-de3375d59b40,e1,laboratory,777-3,"
           "Platelets,99\n";
  }
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  std::vector<patients::PatientRecord> records;
  std::vector<Diagnostic> errors;
  patients::read_synthea_csv_dir(
      dir.string(), options, [&](patients::PatientRecord&& r) { records.push_back(std::move(r)); },
      [&](const Diagnostic& e) { errors.push_back(e); });
  std::filesystem::remove_all(dir);
  REQUIRE(records.size() == 3);
  CHECK(records[0].observations.size() == 3);  // the short row added nothing
  bool reported = false;
  for (const Diagnostic& e : errors) {
    if (e.message.find("expected 9 fields as in the header, found 7") != std::string::npos) {
      CHECK_THAT(e.file, Contains("observations.csv"));
      reported = true;
    }
  }
  CHECK(reported);
}
