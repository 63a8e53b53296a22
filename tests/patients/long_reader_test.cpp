// The long format: facts of every kind, grouped and ungrouped input under each Grouping,
// the header's freedom (order, case, extra and missing optional columns), and bad rows
// reported with their line while every other row is used.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "helpers.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

const char* const kExpected =
    "P001 birth_date 1950-03-04\n"
    "P001 sex female\n"
    "P001 anc 1.5 10^9/L @2026-01-10 ref 1.8..7.5\n"
    "P001 platelets 150 10^3/uL @2026-01-10\n"
    "P001 gilbert_syndrome yes @2019-05-01\n"
    "P002 birth_date 1962-11-30\n"
    "P002 sex male\n"
    "P002 anc 1800 /uL @2026-01-12\n"
    "P002 hiv no\n"
    "P002 lenalidomide yes @2025-06-01\n"
    "P003 sex female\n"
    "P003 weight 71.5 kg @2026-01-02\n";

patients::PatientFile read_file(const std::string& name, const patients::ReadOptions& options) {
  patients::PatientFile file;
  file.result = patients::read_patients_file(
      kData + name, options,
      [&](patients::PatientRecord&& r) { file.patients.push_back(std::move(r)); },
      [&](const Diagnostic& e) { file.errors.push_back(e); });
  return file;
}

}  // namespace

TEST_CASE("long: a grouped file streams every kind of fact with its source") {
  const patients::PatientFile file = read_file("long_grouped.csv", test_options());
  REQUIRE(file.result.ok());
  CHECK(file.errors.empty());
  CHECK(file.result.format == patients::CsvFormat::long_format);
  CHECK(dump(file.patients) == kExpected);
  CHECK(ids(file.patients) == std::vector<std::string>{"P001", "P002", "P003"});
  const patients::ReadStats& stats = file.result.stats;
  CHECK(stats.rows == 12);
  CHECK(stats.facts == 12);
  CHECK(stats.patients == 3);
  CHECK(stats.scattered_patients == 0);
  CHECK(stats.errors == 0);
  const patients::PatientRecord& p1 = file.patients[0];
  CHECK(p1.observations[0].source == patients::SourceLocation{kData + "long_grouped.csv", 4});
  CHECK(p1.birth_date_source.line == 2);
  CHECK(p1.sex_source.line == 3);
  CHECK(p1.events[0].source.line == 6);
}

TEST_CASE("long: ungrouped input gives the same records under every grouping") {
  const patients::PatientFile grouped = read_file("long_grouped.csv", test_options());
  for (const patients::Grouping grouping :
       {patients::Grouping::check, patients::Grouping::in_memory}) {
    const patients::PatientFile file = read_file("long_ungrouped.csv", test_options(grouping));
    REQUIRE(file.result.ok());
    CHECK(file.errors.empty());
    CHECK(dump(sorted_by_id(file.patients)) == kExpected);
    CHECK(file.result.stats.patients == 3);
    CHECK(file.result.stats.scattered_patients == 3);
    // Held patients come in order of first appearance.
    CHECK(ids(file.patients) == std::vector<std::string>{"P001", "P002", "P003"});
  }
  // Grouped input read with in_memory is also the same.
  const patients::PatientFile in_memory =
      read_file("long_grouped.csv", test_options(patients::Grouping::in_memory));
  CHECK(in_memory.patients == grouped.patients);
  CHECK(in_memory.result.stats.scattered_patients == 0);
}

TEST_CASE("long: partly grouped input streams the grouped patients and holds the others") {
  const std::string text =
      "patient_id,item,value\n"
      "A,anc,1\n"
      "B,anc,2\n"
      "B,anc,3\n"
      "A,anc,4\n"
      "C,anc,5\n";
  std::vector<std::string> order;
  patients::ReadResult result;
  std::istringstream in(text);
  result = patients::read_patients(in, "t", patients::ReadOptions{},
                                   [&](patients::PatientRecord&& r) { order.push_back(r.id); }, {});
  CHECK(order == std::vector<std::string>{"B", "C", "A"});
  CHECK(result.stats.scattered_patients == 1);
}

TEST_CASE("long: a stream that cannot seek is still read correctly") {
  std::ifstream in(kData + "long_ungrouped.csv", std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), {}};
  const patients::PatientFile file = read_from_pipe(text, test_options());
  REQUIRE(file.result.ok());
  CHECK(dump(sorted_by_id(file.patients)) == kExpected);

  // Without a temporary directory the reader holds everything in memory instead.
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old ? old : "";
  ::setenv("TMPDIR", "/nonexistent/eligo-test", 1);
  const patients::PatientFile fallback = read_from_pipe(text, test_options());
  if (old)
    ::setenv("TMPDIR", saved.c_str(), 1);
  else
    ::unsetenv("TMPDIR");
  REQUIRE(fallback.result.ok());
  CHECK(dump(sorted_by_id(fallback.patients)) == kExpected);
}

TEST_CASE("long: assume_grouped refuses the rows of a patient met again") {
  const patients::PatientFile file =
      read_file("long_ungrouped.csv", test_options(patients::Grouping::assume_grouped));
  REQUIRE(file.result.ok());
  // P001 and P002 open at lines 2 and 3, P003 at 5; every other row is a revisit.
  CHECK(file.errors.size() == 9);
  CHECK(file.errors[0].span.line == 4);
  CHECK(file.errors[0].message.find("not contiguous") != std::string::npos);
  CHECK(file.result.stats.rows_rejected == 9);
  CHECK(file.result.stats.patients == 3);
  CHECK(file.result.stats.scattered_patients == 3);
}

TEST_CASE("long: bad rows are reported with line and reason, the others are used") {
  const std::string text =
      "patient_id,item,value,unit,date\n"      // 1
      "P1,anc,1.5,10^9/L,2026-01-10\n"         // 2
      "P1,anc,abc,10^9/L,2026-01-10\n"         // 3
      "P1,anc,nan,10^9/L,2026-01-10\n"         // 4
      "P1,anc,-inf,10^9/L,\n"                  // 5
      "P1,anc,-1,10^9/L,2026-01-10\n"          // 6 negative: read
      "P1,anc,1.2,10^9/L,2026-02-30\n"         // 7
      "P1,anc,1.2,10^9/L\n"                    // 8
      ",anc,1.2,10^9/L,2026-01-10\n"           // 9
      "P1,foo,1,mg,2026-01-10\n"               // 10
      "P1,platelets,100,mg/dL,2026-01-10\n"    // 11
      "P1,hiv,maybe,,\n"                       // 12
      "P1,birth_date,1950-13-01,,\n"           // 13
      "P1,sex,X,,\n"                           // 14
      "P1,anc,1e999,10^9/L,\n"                 // 15
      "P1,,1,,\n"                              // 16
      "P2,platelets,150,10^3/uL,2026-01-11\n"  // 17
      "P1,anc,2,10^9/L,2026-01-10,extra\n"     // 18
      "P3,anc,,10^9/L,2026-01-10\n";           // 19 only a bad row: P3 still delivered
  const patients::PatientFile file = patients::read_patients_text(text, "bad.csv", test_options());
  REQUIRE(file.result.ok());
  CHECK(dump(file.errors) ==
        std::vector<std::string>{
            "3: anc: not a number: \"abc\"",
            "4: anc: not a finite number: \"nan\"",
            "5: anc: not a finite number: \"-inf\"",
            "7: date: bad date \"2026-02-30\": no such day in the calendar",
            "8: expected 5 fields as in the header, found 4",
            "9: empty patient_id",
            "10: unknown item \"foo\"",
            "11: unknown unit \"mg/dL\" for platelets",
            "12: hiv: expected yes or no, found \"maybe\"",
            "13: birth_date: bad date \"1950-13-01\": no such day in the calendar",
            "14: sex: expected female, male, other or unknown (or F/M), found \"X\"",
            "15: anc: number out of range: \"1e999\"",
            "16: empty item",
            "18: expected 5 fields as in the header, found 6",
            "19: anc: empty value: expected a number",
        });
  CHECK(file.errors[0].file == "bad.csv");
  CHECK(dump(file.patients) ==
        "P1 anc 1.5 10^9/L @2026-01-10\n"
        "P1 anc -1 10^9/L @2026-01-10\n"
        "P2 platelets 150 10^3/uL @2026-01-11\n"
        "P3 (no data)\n");
  const patients::ReadStats& stats = file.result.stats;
  CHECK(stats.rows == 18);
  CHECK(stats.rows_rejected == 15);
  CHECK(stats.values_rejected == 0);
  CHECK(stats.facts == 3);
  CHECK(stats.errors == 15);
  CHECK(stats.patients == 3);
  CHECK(to_string(file.errors[0]) == "bad.csv:3: error: anc: not a number: \"abc\"");
}

TEST_CASE("long: demographics that contradict an earlier row are refused") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value\n"
      "P1,birth_date,1950-01-01\n"
      "P1,birth_date,1950-01-01\n"
      "P1,birth_date,1951-01-01\n"
      "P1,sex,male\n"
      "P1,sex,M\n"
      "P1,sex,female\n",
      "d.csv", test_options());
  CHECK(dump(file.errors) == std::vector<std::string>{
                                 "4: birth_date 1951-01-01 contradicts 1950-01-01 at d.csv:2",
                                 "7: sex female contradicts male at d.csv:5",
                             });
  REQUIRE(file.patients.size() == 1);
  CHECK(dump(file.patients[0]) == "P1 birth_date 1950-01-01\nP1 sex male\n");
}

TEST_CASE("long: columns by name in any order and case, extra columns ignored") {
  const patients::PatientFile file = patients::read_patients_text(
      "site, Value ,comment,ITEM,Patient_ID,Unit,Date\n"
      "north,1.5,\"first, visit\",anc,P1,10^9/L,2026-01-10\n",
      "o.csv", test_options());
  REQUIRE(file.result.ok());
  CHECK(file.errors.empty());
  CHECK(dump(file.patients) == "P1 anc 1.5 10^9/L @2026-01-10\n");
}

TEST_CASE("long: unit, date and reference range columns are optional") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value\nP1,score,3\nP1,hiv,no\n", "m.csv", patients::ReadOptions{});
  REQUIRE(file.result.ok());
  CHECK(dump(file.patients) == "P1 score 3\nP1 hiv no\n");
}

TEST_CASE("long: the default resolver infers measurements and events from the value") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit\n"
      "P1,anc,1,10^9/L\n"
      "P1,myeloma,yes,\n"
      "P1,asct,,\n"
      "P1,hiv,FALSE,\n"
      "P1,Sex,f,\n"
      "P1,thing,abc,\n",
      "i.csv", patients::ReadOptions{});
  CHECK(dump(file.errors) ==
        std::vector<std::string>{"7: thing: not a number: \"abc\" (or yes/no)"});
  CHECK(dump(file.patients) ==
        "P1 sex female\nP1 anc 1 10^9/L\nP1 myeloma yes\nP1 asct yes\nP1 hiv no\n");
}

TEST_CASE("long: a reversed or unreadable reference range refuses the row") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,ref_low,ref_high\n"
      "P1,anc,2,10^9/L,7.5,1.8\n"
      "P1,anc,2,10^9/L,low,\n"
      "P1,anc,2,10^9/L,,7.5\n",
      "r.csv", test_options());
  CHECK(dump(file.errors) == std::vector<std::string>{
                                 "2: reference range is reversed: ref_low 7.5 > ref_high 1.8",
                                 "3: ref_low: not a number: \"low\"",
                             });
  CHECK(dump(file.patients) == "P1 anc 2 10^9/L ref ..7.5\n");
}

TEST_CASE("long: a bad header fails the whole input with its reason") {
  const auto failure = [](std::string_view text) {
    const patients::PatientFile file =
        patients::read_patients_text(text, "h.csv", patients::ReadOptions{});
    REQUIRE_FALSE(file.result.ok());
    CHECK(file.patients.empty());
    return to_string(*file.result.failure);
  };
  CHECK(failure("patient_id,item,value,value\nP1,anc,1,2\n") ==
        "h.csv:1: error: column value appears twice in the header");
  CHECK(failure("\n\nid,anc\nP1,1\n") == "h.csv:3: error: the header has no patient_id column");
  patients::ReadOptions force_long;
  force_long.format = patients::CsvFormat::long_format;
  const patients::PatientFile file =
      patients::read_patients_text("patient_id,anc\nP1,1\n", "h.csv", force_long);
  REQUIRE(file.result.failure);
  CHECK(file.result.failure->message ==
        "the header has no item column (the long format needs patient_id, item, value)");
}

TEST_CASE("read_patients_file: missing file and directory") {
  const patients::PatientFile none = read_file("no-such-file.csv", patients::ReadOptions{});
  REQUIRE(none.result.failure);
  CHECK(none.result.failure->message == "cannot open: No such file or directory");
  CHECK(none.result.failure->span.line == 0);
  patients::PatientFile directory;
  directory.result = patients::read_patients_file(kData, patients::ReadOptions{},
                                                  [](patients::PatientRecord&&) {}, {});
  REQUIRE(directory.result.failure);
  CHECK(directory.result.failure->message == "cannot read: is a directory");
}

TEST_CASE("sniff_format: long needs patient_id, item and value") {
  CHECK(patients::sniff_format({"patient_id", "item", "value"}) ==
        patients::CsvFormat::long_format);
  CHECK(patients::sniff_format({" VALUE", "Item ", "patient_id", "unit"}) ==
        patients::CsvFormat::long_format);
  CHECK(patients::sniff_format({"patient_id", "anc [10^9/L]"}) == patients::CsvFormat::wide_format);
  CHECK(patients::sniff_format({"patient_id", "item"}) == patients::CsvFormat::wide_format);
  CHECK(patients::sniff_format({"x"}) == patients::CsvFormat::wide_format);
}
