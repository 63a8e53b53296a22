// Byte-level warnings on a text read as written (a .criteria file, a criterion given on
// the command line): a NUL byte, and bytes that are not UTF-8, once per line at the
// first bad byte's line:col (lines end at '\n', columns count bytes, as PEGTL does).
// The text itself is never changed: the table output shows it as is and the JSON
// writers show such bytes as U+FFFD (core/json_dump.hpp, engine/verdict_json.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace eligo::grammar {

// At most `max_lines` lines are named one by one; one more warning, at the last such
// line, counts the rest.
std::vector<Diagnostic> byte_warnings(std::string_view text, std::size_t max_lines = 20);

}  // namespace eligo::grammar
