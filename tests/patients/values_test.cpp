// Dates, numbers, yes/no, sex and text cleaning: the cell-level parsers.
#include "patients/values.hpp"

#include <catch2/catch.hpp>

#include "core/date.hpp"
#include "core/text.hpp"
#include "patients/record.hpp"

using namespace eligo;

namespace {
std::string date_or_error(std::string_view text) {
  const Result<Date> parsed = parse_iso_date(text);
  return parsed ? to_iso_string(*parsed) : "error: " + parsed.error();
}
}  // namespace

TEST_CASE("ISO dates: calendar days only, a time part is dropped") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"2026-01-10", "2026-01-10"},
      {" 2026-01-10 ", "2026-01-10"},
      {"2024-02-29", "2024-02-29"},
      {"2020-02-06T08:45:50Z", "2020-02-06"},
      {"2020-02-06t08:45", "2020-02-06"},
      {"2020-02-06 08:45:50.123+01:00", "2020-02-06"},
      {"2026-02-30", "error: bad date \"2026-02-30\": no such day in the calendar"},
      {"2023-02-29", "error: bad date \"2023-02-29\": no such day in the calendar"},
      {"2026-13-01", "error: bad date \"2026-13-01\": no such day in the calendar"},
      {"2026-00-10", "error: bad date \"2026-00-10\": no such day in the calendar"},
      {"2026-1-10", "error: bad date \"2026-1-10\": expected YYYY-MM-DD"},
      {"10/01/2026", "error: bad date \"10/01/2026\": expected YYYY-MM-DD"},
      {"2026-01-10X", "error: bad date \"2026-01-10X\": expected YYYY-MM-DD"},
      {"2026-01-10Tnoon", "error: bad date \"2026-01-10Tnoon\": expected YYYY-MM-DD"},
      {"", "error: empty date"},
  };
  for (const auto& [input, expected] : table) {
    INFO(input);
    CHECK(date_or_error(input) == expected);
  }
}

TEST_CASE("numbers: finite decimals only") {
  CHECK(*patients::parse_number("1.5").value == 1.5);
  CHECK(*patients::parse_number(" -0.25 ").value == -0.25);
  CHECK(*patients::parse_number("+3").value == 3);
  CHECK(*patients::parse_number("1e3").value == 1000);
  for (const char* bad : {"nan", "NaN", "-nan", "inf", "-inf", "Infinity"}) {
    INFO(bad);
    CHECK(patients::parse_number(bad).error.find("not a finite number") == 0);
  }
  CHECK(patients::parse_number("1e999").error == "number out of range: \"1e999\"");
  CHECK(patients::parse_number("1,5").error == "not a number: \"1,5\"");
  CHECK(patients::parse_number("12 g/L").error == "not a number: \"12 g/L\"");
  CHECK(patients::parse_number("<0.5").error == "not a number: \"<0.5\"");
  CHECK(patients::parse_number("+").error == "not a number: \"+\"");
  CHECK(patients::parse_number("++1").error == "not a number: \"++1\"");
  CHECK(patients::parse_number("0x10").error == "not a number: \"0x10\"");
  CHECK(patients::parse_number("").error == "empty value: expected a number");
}

TEST_CASE("yes/no and sex words") {
  for (const char* yes : {"yes", "YES", "y", "true", "True", "1"})
    CHECK(patients::parse_yes_no(yes) == true);
  for (const char* no : {"no", "N", "false", "0"}) CHECK(patients::parse_yes_no(no) == false);
  CHECK_FALSE(patients::parse_yes_no("maybe"));
  CHECK_FALSE(patients::parse_yes_no(""));
  CHECK(patients::parse_sex("F") == patients::Sex::female);
  CHECK(patients::parse_sex(" female ") == patients::Sex::female);
  CHECK(patients::parse_sex("m") == patients::Sex::male);
  CHECK(patients::parse_sex("MALE") == patients::Sex::male);
  CHECK(patients::parse_sex("other") == patients::Sex::other);
  CHECK(patients::parse_sex("unknown") == patients::Sex::unknown);
  CHECK_FALSE(patients::parse_sex("x"));
}

TEST_CASE("text cleaning: UTF-8 kept, Latin-1 converted, control bytes refused") {
  CHECK(to_clean_text(" /µL ") == "/µL");
  CHECK(to_clean_text("/\xB5L") == "/\xC2\xB5L");  // Latin-1 micro sign
  CHECK(to_clean_text("caf\xE9") == "caf\xC3\xA9");
  CHECK_FALSE(
      to_clean_text("a\x01"
                    "b"));
  CHECK_FALSE(to_clean_text(std::string("a\0b", 3)));
  CHECK_FALSE(to_clean_text("a\x85z"));      // C1 control as Latin-1
  CHECK_FALSE(to_clean_text("a\xC2\x85z"));  // C1 control as UTF-8
  CHECK(quote_for_message("a\"b\x01\xFF") == "\"a\\\"b\\x01\\xFF\"");
  CHECK(quote_for_message(std::string(100, 'x')) == "\"" + std::string(40, 'x') + "\"...");
  CHECK(is_valid_utf8("µ"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
}
