// Number and yes/no parsing; see values.hpp.
#include "patients/values.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

#include "core/text.hpp"

namespace eligo::patients {

Parsed<double> parse_number(std::string_view text) {
  const std::string_view written = trim(text);
  if (written.empty()) return {std::nullopt, "empty value: expected a number"};
  std::string_view digits = written;
  if (digits.front() == '+') digits.remove_prefix(1);
  double value = 0;
  const char* end = digits.data() + digits.size();
  const auto [stop, status] = std::from_chars(digits.data(), end, value);
  if (status == std::errc::result_out_of_range) {
    return {std::nullopt, "number out of range: " + quote_for_message(written)};
  }
  if (status != std::errc() || stop != end || digits.empty() || digits.front() == '+') {
    return {std::nullopt, "not a number: " + quote_for_message(written)};
  }
  if (!std::isfinite(value)) {
    return {std::nullopt, "not a finite number: " + quote_for_message(written)};
  }
  return {value, {}};
}

std::optional<bool> parse_yes_no(std::string_view text) {
  const std::string_view word = trim(text);
  for (const std::string_view yes : {"yes", "y", "true", "1"}) {
    if (iequals(word, yes)) return true;
  }
  for (const std::string_view no : {"no", "n", "false", "0"}) {
    if (iequals(word, no)) return false;
  }
  return std::nullopt;
}

}  // namespace eligo::patients
