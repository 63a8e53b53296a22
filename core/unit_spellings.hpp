// The spellings of units as registries, lab systems and UCUM write them, and the
// canonical code each stands for. Internal to units.cpp: normalize_unit_text folds a
// spelling (Unicode micro, times and superscripts; case; spaces; "per"; UCUM braces
// and parentheses; "x10e9", "10*9") to one plain ASCII key, and unit_code_for looks
// the key up in one table. Knows nothing of conversion factors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace eligo {

// The folded key of a unit spelling: "×10⁹/L" and "x 10e9/l" both give "10^9/l".
std::string normalize_unit_text(std::string_view text);

// The canonical code ("10^9/L", "mg/dL", "" for no unit) a spelling stands for.
std::optional<std::string_view> unit_code_for(std::string_view text);

}  // namespace eligo
