// Standard input as a std::istream for `--patients -`. Unlike std::cin, a read returns
// what has arrived (one read(2)), so rows from a pipe are used as they come, and the
// stream can seek when standard input is a regular file (`< file`), so a CSV there can
// be read twice (Grouping::check) without a copy.
#pragma once

#include <istream>
#include <string_view>

namespace eligo::cli {

// How `-` is written in --patients, and how standard input is named in messages
// (`stdin:12: error: ...`).
inline constexpr std::string_view kStandardInputArgument = "-";
inline constexpr std::string_view kStandardInputSource = "stdin";

// The one stream over file descriptor 0.
std::istream& standard_input();

// Standard input is a pipe, socket or terminal: rows arrive over time and cannot be
// read twice.
bool standard_input_is_stream();

}  // namespace eligo::cli
