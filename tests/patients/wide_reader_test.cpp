// The wide format: units in the header, companion _date and _ref columns, the row's
// default date, empty cells, and bad cells refused alone.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {}  // namespace

TEST_CASE("wide: units from the header, _date and _ref columns, the row date") {
  patients::PatientFile file;
  file.result = patients::read_patients_file(
      kData + "wide.csv", test_options(),
      [&](patients::PatientRecord&& r) { file.patients.push_back(std::move(r)); },
      [&](const Diagnostic& e) { file.errors.push_back(e); });
  REQUIRE(file.result.ok());
  CHECK(file.result.format == patients::CsvFormat::wide_format);
  CHECK(file.errors.empty());
  CHECK(dump(file.patients) ==
        "P001 birth_date 1950-03-04\n"
        "P001 sex female\n"
        "P001 anc 1.5 10^9/L @2026-01-05 ref 1.8..7.5\n"
        "P001 platelets 150 10^3/uL @2026-01-10\n"
        "P001 gilbert_syndrome yes @2026-01-10\n"
        "P001 hiv no @2026-01-10\n"
        "P002 birth_date 1962-11-30\n"
        "P002 sex male\n"
        "P002 platelets 90 10^3/uL @2026-01-11\n"
        "P003 sex female\n"
        "P003 anc 2.1 10^9/L @2026-01-02\n"
        "P003 gilbert_syndrome no\n");
  CHECK(file.patients[0].observations[0].source.line == 2);
  CHECK(file.result.stats.rows == 3);
  CHECK(file.result.stats.facts == 12);
}

TEST_CASE("wide: a bad cell is refused alone, with the line of the cell") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,date,sex,anc [10^9/L],anc_date,hiv,note\n"  // 1
      "P1,2026-02-30,F,2.0,,no,x\n"                           // 2 bad row date
      "P2,2026-01-10,X,abc,,maybe,\"multi\nline\"\n"          // 3 three bad cells
      "P3,2026-01-10,M,\"1.0\",2026-13-01,yes,\n"             // 5 bad anc_date
      "P4,2026-01-10,M,1.0\n"                                 // 6 wrong field count
      "P5,,,,,,\n"                                            // 7 no data
      "P6,2026-01-10,,\"\n3.5\",,,\n",                        // 8 cell spans lines 8-9
      "w.csv", test_options());
  REQUIRE(file.result.ok());
  CHECK(dump(file.errors) ==
        std::vector<std::string>{
            "1: column 7 \"note\": unknown item \"note\"; column ignored",
            "2: date: bad date \"2026-02-30\": no such day in the calendar (values of this row "
            "without their own date are not used)",
            "3: sex: expected female, male, other or unknown (or F/M), found \"X\"",
            "3: anc: not a number: \"abc\"",
            "3: hiv: expected yes or no, found \"maybe\"",
            "5: anc_date: bad date \"2026-13-01\": no such day in the calendar",
            "6: expected 7 fields as in the header, found 4",
        });
  CHECK(dump(file.patients) ==
        "P1 sex female\n"
        "P2 (no data)\n"
        "P3 sex male\n"
        "P3 hiv yes @2026-01-10\n"
        "P5 (no data)\n"
        "P6 anc 3.5 10^9/L @2026-01-10\n");
  CHECK(file.patients.back().observations[0].source.line == 8);
  const patients::ReadStats& stats = file.result.stats;
  CHECK(stats.rows == 6);
  CHECK(stats.rows_rejected == 2);    // P2: nothing usable; P4: wrong count
  CHECK(stats.values_rejected == 2);  // P1's date, P3's anc_date
  CHECK(stats.errors == 7);
  CHECK(stats.patients == 5);
}

TEST_CASE("wide: a column the resolver refuses is reported once and ignored") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,foo,platelets [mg/dL],platelets_date,anc [/uL], \n"
      "P1,1,100,2026-01-01,1500,\n",
      "c.csv", test_options());
  REQUIRE(file.result.ok());
  CHECK(
      dump(file.errors) ==
      std::vector<std::string>{
          "1: column 2 \"foo\": unknown item \"foo\"; column ignored",
          "1: column 3 \"platelets [mg/dL]\": unknown unit \"mg/dL\" for platelets; column ignored",
      });
  CHECK(dump(file.patients) == "P1 anc 1500 /uL\n");
}

TEST_CASE("wide: ungrouped rows of one patient are merged") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,anc [10^9/L],date\n"
      "P1,1.0,2026-01-01\n"
      "P2,2.0,2026-01-01\n"
      "P1,1.5,2026-01-08\n",
      "u.csv", test_options());
  CHECK(dump(file.patients) ==
        "P2 anc 2 10^9/L @2026-01-01\n"
        "P1 anc 1 10^9/L @2026-01-01\n"
        "P1 anc 1.5 10^9/L @2026-01-08\n");
  CHECK(file.result.stats.scattered_patients == 1);
}

TEST_CASE("wide: the header needs a patient_id column, once") {
  const patients::PatientFile none = patients::read_patients_text("id,anc\nP1,1\n", "n.csv", {});
  REQUIRE(none.result.failure);
  CHECK(to_string(*none.result.failure) == "n.csv:1: error: the header has no patient_id column");
  const patients::PatientFile twice =
      patients::read_patients_text("patient_id,PATIENT_ID\nP1,P1\n", "n.csv", {});
  REQUIRE(twice.result.failure);
  CHECK(twice.result.failure->message == "column patient_id appears twice in the header");
}
