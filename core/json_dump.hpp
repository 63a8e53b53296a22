// The one way eligo turns an nlohmann::json document into text. Strings in a document
// may hold bytes that are not UTF-8 (trial text is kept as written); they come out as
// U+FFFD (nlohmann's error_handler_t::replace) instead of throwing type_error.316, so no
// input can make a JSON writer fail.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace eligo {

// `indent` as nlohmann's dump(): -1 for one line, n for n spaces per level.
std::string dump_json(const nlohmann::json& value, int indent = -1);

}  // namespace eligo
