// Cell values of patient files: numbers and yes/no answers. Each parser takes the raw
// field, trims it, and returns the value or, with an empty optional, a message that
// quotes the text (escaped, so binary garbage prints safely).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace eligo::patients {

// A value or why there is none.
template <class T>
struct Parsed {
  std::optional<T> value;
  std::string error;  // empty when value is set

  explicit operator bool() const { return value.has_value(); }
};

// A finite decimal number: "12", "-0.5", "+3", "1.2e3". Refused: NaN, infinities,
// out-of-range exponents, a decimal comma, trailing text ("12 g/L", "<0.5").
Parsed<double> parse_number(std::string_view text);

// yes/no, true/false, y/n, 1/0, ignoring case. Empty is not an answer here: each format
// decides what an empty cell means.
std::optional<bool> parse_yes_no(std::string_view text);

}  // namespace eligo::patients
