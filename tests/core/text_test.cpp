// The one text module (core/text.hpp): trimming, ASCII case, and the UTF-8 check and cuts
// every reader and writer shares.
#include "core/text.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace eligo;

TEST_CASE("trim removes spaces, tabs and line ends, nothing else") {
  CHECK(trim(" \t a b \r\n") == "a b");
  CHECK(trim("\f5\f") == "\f5\f");  // a form feed is a control character, kept for the check
  CHECK(trim("   ").empty());
  CHECK(is_blank('\n'));
  CHECK_FALSE(is_blank('\v'));
}

TEST_CASE("ASCII case leaves other bytes alone") {
  CHECK(to_lower_ascii("ANC µL É") == "anc µl É");
  CHECK(to_upper_ascii("c90.00 µ") == "C90.00 µ");
  CHECK(iequals("Patient_ID", "patient_id"));
  CHECK_FALSE(iequals("patient", "patients"));
  CHECK(lower_ascii('Z') == 'z');
  CHECK(upper_ascii('[') == '[');
}

TEST_CASE("the UTF-8 check refuses overlong forms, surrogates, and truncated sequences") {
  CHECK(is_valid_utf8("µ ≥ 𝄞"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, 3 bytes
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE2\x89"));          // truncated "≥"
  CHECK(utf8_sequence_length("≥", 0) == 3);
  CHECK(utf8_sequence_length("≥", 1) == 0);  // a continuation byte starts nothing
}

TEST_CASE("cuts never split a character") {
  const std::string text = "ab≥cd";  // '≥' is bytes 2..4
  CHECK(utf8_char_start(text, 3) == 2);
  CHECK(utf8_char_start(text, 4) == 2);
  CHECK(utf8_char_start(text, 5) == 5);
  CHECK(utf8_prefix(text, 3) == "ab");
  CHECK(utf8_prefix(text, 5) == "ab≥");
  CHECK(utf8_prefix(text, 100) == text);
}
