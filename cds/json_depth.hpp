// Parsing JSON from outside (a hook request body, a FHIR server's answer) with a bound on
// its nesting. nlohmann::json copies and destroys a value by recursion, one stack frame a
// level, so a small body of 200,000 nested arrays would overflow the stack of whoever
// copies or frees it. The parser builds no value deeper than the bound: it refuses the
// text at once, and the caller says so ("nested deeper than 100 levels").
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace eligo::cds {

// The deepest nesting of arrays and objects accepted, the outermost counting 1.
inline constexpr int kMaxJsonDepth = 100;

enum class JsonParse { ok, invalid, too_deep };

struct ParsedJson {
  nlohmann::json value;  // discarded unless `status` is ok
  JsonParse status = JsonParse::invalid;
};

ParsedJson parse_bounded_json(std::string_view text, int max_depth = kMaxJsonDepth);

// "nested deeper than 100 levels", for messages.
std::string too_deep_words(int max_depth = kMaxJsonDepth);

}  // namespace eligo::cds
