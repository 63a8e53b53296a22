// The one UTF-8 check of eligo, shared by the patient readers (text.hpp), the .criteria
// byte checks (grammar/document_parser.cpp) and the hand-written JSON writer
// (engine/verdict_json.cpp), so they all agree on what is valid: no overlong forms, no
// surrogates, nothing above U+10FFFF, no truncated sequence.
#pragma once

#include <cstddef>
#include <string_view>

namespace eligo {

// Length of the valid UTF-8 sequence starting at text[i] (1 for an ASCII byte), or 0
// when there is none there. `i` must be below text.size().
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace eligo
