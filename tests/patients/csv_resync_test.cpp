// Issue 14, item 4: a bad row costs at most that row. A quoted field may span lines only
// into a record of the header's field count; otherwise the record is an unclosed quote
// at its first line and the lines after it are read again. Tokenizer cases as a table,
// then the readers (long, wide; every grouping; a pipe) on a file with the issue's row.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "patients/csv_tokenizer.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

// "line:[field|field]" per record, "!" when malformed (the reason is checked elsewhere).
std::string dump_records(const std::vector<patients::CsvRow>& records) {
  std::string out;
  for (const patients::CsvRow& r : records) {
    out += std::to_string(r.line) + ":[";
    for (std::size_t i = 0; i < r.fields.size(); ++i) out += (i ? "|" : "") + r.fields[i];
    out += r.error.empty() ? "]\n" : "]!\n";
  }
  return out;
}

std::string unclosed(int line, int columns) {
  return "unclosed quote: the field opened on line " + std::to_string(line) +
         " does not close into a record of the header's " + std::to_string(columns) +
         " fields; reading resumes on line " + std::to_string(line + 1);
}

const std::string kRangeHeader = "patient_id,item,value,unit,date,ref_low,ref_high\n";

// Three patients of three rows, the issue's bad row (an unclosed quote) as P7's second.
std::string long_file(bool with_bad_row) {
  std::string text = kRangeHeader;
  for (const char* id : {"P6", "P7", "P8"}) {
    const std::string p = id;
    text += p + ",anc,1.5,10^9/L,2026-11-01,,\n";
    if (p == "P7" && with_bad_row) text += "P7,anc,\"1.5,10^9/L,2026-11-09,,\n";
    text += p + ",platelets,150,10^9/L,2026-11-02,,\n";
    text += p + ",hiv,no,,,,\n";
  }
  return text;
}

}  // namespace

TEST_CASE("resync: a quoted field spans lines only into a record of the header's shape") {
  struct Case {
    std::string input;
    std::size_t columns;
    std::string expected;
  };
  const std::vector<Case> table = {
      // The issue's row: one bad line, then every row as written.
      {"P7,anc,\"1.5,u,d\nP8,anc,2,u,d\nP9,x,3,u,d\n", 5,
       "1:[P7|anc|1.5,u,d]!\n2:[P8|anc|2|u|d]\n3:[P9|x|3|u|d]\n"},
      // A multi-line note that closes into the header's count stands.
      {"P1,\"two\nlines\",x\nP2,a,b\n", 3, "1:[P1|two\nlines|x]\n3:[P2|a|b]\n"},
      // It closes, but into too many fields (known as soon as the fourth begins); read
      // again, the quote inside an unquoted field is text.
      {"P1,\"a\nP2,b\",c,d\nP3,e,f\n", 3, "1:[P1|a]!\n2:[P2|b\"|c|d]\n3:[P3|e|f]\n"},
      // It closes into too few fields.
      {"P1,\"a\nb\"\nP3,e,f\n", 3, "1:[P1|a]!\n2:[b\"]\n3:[P3|e|f]\n"},
      // It never closes: the end of the input; the last line is read again too.
      {"P1,\"a\nP2,b,c\nP3,e,f", 3, "1:[P1|a]!\n2:[P2|b|c]\n3:[P3|e|f]\n"},
      // CRLF and lone CR line ends: the LF of the bad line's CRLF is not a blank line.
      {"P1,\"a\r\nP2,b,c\r\n", 3, "1:[P1|a]!\n2:[P2|b|c]\n"},
      {"P1,\"a\rP2,b,c\r", 3, "1:[P1|a]!\n2:[P2|b|c]\n"},
      // A quote opened at the end of a line, with text after its closing quote.
      {"P1,a,\"\nP2,\"b\"x,c\nP3,e,f\n", 3, "1:[P1|a|]!\n2:[P2|bx|c]!\n3:[P3|e|f]\n"},
      // Read again, the next line is itself an unclosed quote: each costs its line.
      {"P1,\"a\nP2,\"b\nP3,e,f\n", 3, "1:[P1|a]!\n2:[P2|b]!\n3:[P3|e|f]\n"},
      // A stray quote inside an unquoted field is text: the row stands (its value is
      // then the reader's to refuse).
      {"P1,1\"5,x\nP2,b,c\n", 3, "1:[P1|1\"5|x]\n2:[P2|b|c]\n"},
      // Without a header's count, a closed multi-line field stands whatever its count.
      {"P1,\"a\nb\"\nP3,e,f\n", 0, "1:[P1|a\nb]\n3:[P3|e|f]\n"},
  };
  for (const Case& c : table) {
    INFO(c.input);
    CHECK(dump_records(patients::tokenize_csv(c.input, {}, c.columns)) == c.expected);
  }
  const std::vector<patients::CsvRow> issue = patients::tokenize_csv(table[0].input, {}, 5);
  CHECK(issue[0].error == unclosed(1, 5));
}

TEST_CASE("resync: the span limits (lines, bytes) reject the record at its first line") {
  patients::CsvLimits limits;
  limits.max_record_lines = 3;
  CHECK(dump_records(patients::tokenize_csv("P1,\"a\nb\nc\",x\nP2,d,e\n", limits, 3)) ==
        "1:[P1|a\nb\nc|x]\n4:[P2|d|e]\n");  // three lines: stands
  CHECK(dump_records(patients::tokenize_csv("P1,\"a\nb\nc\nd\",x\nP2,d,e\n", limits, 3)) ==
        "1:[P1|a]!\n2:[b]\n3:[c]\n4:[d\"|x]\n5:[P2|d|e]\n");
  limits = patients::CsvLimits{};
  limits.max_record_bytes = 16;
  CHECK(dump_records(patients::tokenize_csv("P1,\"a\n0123456789\",x\nP2,d,e\n", limits, 3)) ==
        "1:[P1|a]!\n2:[0123456789\"|x]\n3:[P2|d|e]\n");
}

TEST_CASE("resync: the issue's row costs that row, in the long format, every grouping") {
  const patients::PatientFile clean =
      patients::read_patients_text(long_file(false), "p.csv", test_options());
  REQUIRE(clean.errors.empty());
  for (const patients::Grouping grouping :
       {patients::Grouping::check, patients::Grouping::assume_grouped,
        patients::Grouping::in_memory}) {
    const patients::PatientFile bad =
        patients::read_patients_text(long_file(true), "p.csv", test_options(grouping));
    CHECK(dump(bad.errors) == std::vector<std::string>{"6: " + unclosed(6, 7)});
    CHECK(dump(bad.patients) == dump(clean.patients));  // no row lost but the bad one
    CHECK(bad.result.stats.rows_rejected == 1);
    CHECK(bad.result.stats.facts == clean.result.stats.facts);
  }
  const patients::PatientFile piped = read_from_pipe(long_file(true), test_options());
  CHECK(dump(piped.patients) == dump(clean.patients));
}

TEST_CASE("resync: the wide format loses only the row with the unclosed quote") {
  const std::string header = "patient_id,anc [10^9/L],hiv,date\n";
  const std::string rows = "P1,1.5,no,2026-11-01\nP3,2.5,yes,2026-11-03\n";
  const patients::PatientFile file = patients::read_patients_text(
      header + "P1,1.5,no,2026-11-01\nP2,\"2,no,2026-11-02\nP3,2.5,yes,2026-11-03\n", "w.csv",
      test_options());
  CHECK(dump(file.errors) == std::vector<std::string>{"3: " + unclosed(3, 4)});
  CHECK(dump(file.patients) ==
        dump(patients::read_patients_text(header + rows, "w.csv", test_options()).patients));
}

TEST_CASE("resync: a note spanning lines of the header's shape is still one row") {
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,note\n"
      "P1,anc,1.5,10^9/L,\"first line\nP2,anc,9,10^9/L,second line\"\n"
      "P3,anc,2.5,10^9/L,\n",
      "n.csv", test_options());
  CHECK(file.errors.empty());
  CHECK(dump(file.patients, true) == "P1 anc 1.5 10^9/L (n.csv:2)\nP3 anc 2.5 10^9/L (n.csv:4)\n");
}
