// The bad-input suite for the readers (issue 6, item 6): each input gives a clear
// message with its location, nothing crashes or hangs, and every other patient reads
// the same as from a clean file.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <random>

#include "helpers.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

const std::string kHeader = "patient_id,item,value,unit,date\n";

std::string failure_of(std::string_view text) {
  const patients::PatientFile file = patients::read_patients_text(text, "f.csv", test_options());
  return file.result.failure ? to_string(*file.result.failure) : "ok";
}

std::string garbage(std::size_t size, unsigned seed, bool with_quotes) {
  std::mt19937 random(seed);
  std::string bytes(size, '\0');
  for (char& c : bytes) {
    c = static_cast<char>(random() % 256);
    if (!with_quotes && c == '"') c = 'q';
  }
  return bytes;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("bad input: empty file, blank file, header only") {
  CHECK(failure_of("") == "f.csv: error: empty file");
  CHECK(failure_of("\xEF\xBB\xBF") == "f.csv: error: empty file: no header line");
  CHECK(failure_of("\n\r\n  \n") == "f.csv: error: empty file: no header line");
  for (const char* header_only :
       {"patient_id,item,value\n", "patient_id,item,value",
        "\xEF\xBB\xBFpatient_id,item,value\r\n\r\n", "patient_id,anc [10^9/L]\n"}) {
    const patients::PatientFile file =
        patients::read_patients_text(header_only, "h.csv", test_options());
    CHECK(file.result.ok());
    CHECK(file.patients.empty());
    CHECK(file.errors.empty());
    CHECK(file.result.stats == patients::ReadStats{});
  }
}

TEST_CASE("bad input: BOM and CRLF read like plain LF") {
  const std::string plain = read_text(kData + "long_grouped.csv");
  std::string windows = "\xEF\xBB\xBF";
  for (const char c : plain) {
    if (c == '\n') windows += '\r';
    windows += c;
  }
  const patients::PatientFile a = patients::read_patients_text(plain, "x.csv", test_options());
  const patients::PatientFile b = patients::read_patients_text(windows, "x.csv", test_options());
  REQUIRE(b.result.ok());
  CHECK(b.errors.empty());
  CHECK(b.patients == a.patients);  // sources included: same lines
}

TEST_CASE("bad input: quoted fields with commas, quotes and newlines keep line numbers") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,note\r\n"             // 1
      "P1,anc,1.5,10^9/L,\"a note, with a comma\"\r\n"  // 2
      "P1,anc,2.5,10^9/L,\"multi\r\n"                   // 3
      "line \"\"quoted\"\" note\"\r\n"                  // 4
      "P1,anc,bad,10^9/L,x\r\n"                         // 5
      "\"P,2\",anc,1,10^9/L,\"x\n"                      // 6
      "\n"                                              // 7
      "y\"\n"                                           // 8
      "P3,anc,zz,10^9/L,\n",                            // 9
      "q.csv", test_options());
  CHECK(dump(file.errors) ==
        std::vector<std::string>{"5: anc: not a number: \"bad\"", "9: anc: not a number: \"zz\""});
  CHECK(dump(file.patients, true) ==
        "P1 anc 1.5 10^9/L (q.csv:2)\n"
        "P1 anc 2.5 10^9/L (q.csv:3)\n"
        "P,2 anc 1 10^9/L (q.csv:6)\n"
        "P3 (no data)\n");
}

TEST_CASE("bad input: a truncated last line is read, an unclosed quote is an error") {
  const patients::PatientFile file = patients::read_patients_text(
      kHeader + "P1,anc,1.5,10^9/L,2026-01-10\nP2,anc,2,/uL,2026-01-11", "t.csv",
      patients::ReadOptions{});
  CHECK(file.errors.empty());
  CHECK(dump(file.patients) == "P1 anc 1.5 10^9/L @2026-01-10\nP2 anc 2 /uL @2026-01-11\n");
  const patients::PatientFile open =
      patients::read_patients_text(kHeader + "P1,anc,1.5,,\nP2,anc,\"2", "t.csv", {});
  CHECK(dump(open.errors) ==
        std::vector<std::string>{"3: quoted field opened on line 3 is not closed"});
  CHECK(ids(open.patients) == std::vector<std::string>{"P1"});
}

TEST_CASE("bad input: binary garbage gives errors, not crashes") {
  for (unsigned seed = 1; seed <= 8; ++seed) {
    INFO(seed);
    // As a whole file: the header is garbage.
    const patients::PatientFile whole =
        patients::read_patients_text(garbage(1 << 16, seed, true), "g.csv", {});
    CHECK_FALSE(whole.result.ok());
    CHECK(whole.patients.empty());
    // As rows after a good header, between good rows: the good rows are read.
    const std::string rows =
        kHeader + "P1,anc,1,10^9/L,\n" + garbage(1 << 16, seed, false) + "\nP2,anc,2,10^9/L,\n";
    const patients::PatientFile file = patients::read_patients_text(rows, "g.csv", test_options());
    REQUIRE(file.result.ok());
    CHECK_FALSE(file.errors.empty());
    CHECK(file.result.stats.facts == 2);
    std::string good;  // garbage may make patients of its own; P1 and P2 are intact
    for (const patients::PatientRecord& r : file.patients) {
      if (r.id == "P1" || r.id == "P2") good += dump(r);
    }
    CHECK(good == "P1 anc 1 10^9/L\nP2 anc 2 10^9/L\n");
    // With quotes, through a pipe: no crash, no hang.
    const patients::PatientFile quoted = read_from_pipe(kHeader + garbage(1 << 16, seed, true), {});
    CHECK(quoted.result.ok());
  }
}

TEST_CASE("bad input: a 10 MB single line is one error") {
  const std::string line(10u << 20, 'x');
  CHECK(failure_of(line) == "f.csv:1: error: header: record longer than 1048576 bytes");
  const patients::PatientFile file = patients::read_patients_text(
      kHeader + "P1,anc,1,10^9/L,\n" + line + "\nP2,anc,2,10^9/L,\n\"" + line + "\nP3,anc,3,/uL,\n",
      "l.csv", test_options());
  REQUIRE(file.result.ok());
  CHECK(dump(file.errors) == std::vector<std::string>{"3: record longer than 1048576 bytes",
                                                      "5: record longer than 1048576 bytes"});
  CHECK(dump(file.patients) == "P1 anc 1 10^9/L\nP2 anc 2 10^9/L\nP3 anc 3 /uL\n");
}

TEST_CASE("bad input: NaN and inf are errors, negative and absurd values are read") {
  const patients::PatientFile file =
      patients::read_patients_text(kHeader +
                                       "P1,platelets,NaN,10^3/uL,\n"
                                       "P1,platelets,Infinity,10^3/uL,\n"
                                       "P1,platelets,-5,10^3/uL,\n"
                                       "P1,platelets,1e12,10^3/uL,\n",
                                   "n.csv", test_options());
  CHECK(dump(file.errors) ==
        std::vector<std::string>{"2: platelets: not a finite number: \"NaN\"",
                                 "3: platelets: not a finite number: \"Infinity\""});
  CHECK(dump(file.patients) == "P1 platelets -5 10^3/uL\nP1 platelets 1e+12 10^3/uL\n");
}

TEST_CASE("bad input: invalid dates are errors, dates with a time are read") {
  const patients::PatientFile file =
      patients::read_patients_text(kHeader +
                                       "P1,anc,1,10^9/L,2026-02-30\n"
                                       "P1,anc,2,10^9/L,2020-02-06T08:45:50Z\n"
                                       "P1,birth_date,1950-02-29,,\n",
                                   "d.csv", test_options());
  CHECK(dump(file.errors) ==
        std::vector<std::string>{
            "2: date: bad date \"2026-02-30\": no such day in the calendar",
            "4: birth_date: bad date \"1950-02-29\": no such day in the calendar"});
  CHECK(dump(file.patients) == "P1 anc 2 10^9/L @2020-02-06\n");
}

TEST_CASE("bad input: Latin-1 text is converted to UTF-8, control bytes are refused") {
  const patients::PatientFile file =
      patients::read_patients_text(kHeader +
                                       "P1,anc,1500,/\xB5L,\n"
                                       "Jos\xE9,anc,1500,/\xC2\xB5L,\n"
                                       "P2,anc,1500,/\x85L,\n"
                                       "P\x01,anc,1,10^9/L,\n",
                                   "u.csv", test_options());
  CHECK(dump(file.errors) ==
        std::vector<std::string>{"4: unit contains control characters or binary data",
                                 "5: patient_id contains control characters or binary data"});
  CHECK(dump(file.patients) ==
        "P1 anc 1500 /\xC2\xB5L\n"
        "Jos\xC3\xA9 anc 1500 /\xC2\xB5L\n"
        "P2 (no data)\n");
}

TEST_CASE("bad input: other patients read the same as from a clean file") {
  const std::string clean = read_text(kData + "long_grouped.csv");
  std::string dirty;
  std::size_t line = 0;
  for (std::size_t start = 0; start < clean.size();) {
    const std::size_t end = clean.find('\n', start) + 1;
    dirty += clean.substr(start, end - start);
    if (++line % 3 == 0) {
      dirty += "P999,anc,nan,10^9/L,,,\n";
      dirty += "P999,anc,1,10^9/L,2026-02-30,,\n";
      dirty += "P001,anc\n";
      dirty += "P002,unknown_thing,1,,,,\n";
      dirty += garbage(300, static_cast<unsigned>(line), false) + "\n";
    }
    start = end;
  }
  const patients::PatientFile a = patients::read_patients_text(clean, "c.csv", test_options());
  const patients::PatientFile b = patients::read_patients_text(dirty, "c.csv", test_options());
  REQUIRE(b.result.ok());
  CHECK_FALSE(b.errors.empty());
  std::vector<patients::PatientRecord> others;
  for (const patients::PatientRecord& r : b.patients) {
    if (r.id == "P001" || r.id == "P002" || r.id == "P003") others.push_back(r);
  }
  CHECK(dump(sorted_by_id(others)) == dump(a.patients));
}
