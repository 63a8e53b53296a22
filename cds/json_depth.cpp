// Bounded JSON parsing; see json_depth.hpp.
#include "cds/json_depth.hpp"

#include <string>

namespace eligo::cds {
namespace {

// Thrown from the parser's callback to end the parse at the first level too deep.
struct TooDeep {};

}  // namespace

ParsedJson parse_bounded_json(std::string_view text, int max_depth) {
  using nlohmann::json;
  // `depth` counts the levels around the event: 0 for the outermost array or object.
  const json::parser_callback_t bound = [max_depth](int depth, json::parse_event_t event, json&) {
    const bool opens =
        event == json::parse_event_t::array_start || event == json::parse_event_t::object_start;
    if (opens && depth >= max_depth) throw TooDeep{};
    return true;
  };
  ParsedJson out;
  try {
    out.value = json::parse(text, bound, false);
  } catch (const TooDeep&) {  // what was built so far is at most max_depth deep
    out.value = json(json::value_t::discarded);
    out.status = JsonParse::too_deep;
    return out;
  }
  out.status = out.value.is_discarded() ? JsonParse::invalid : JsonParse::ok;
  return out;
}

std::string too_deep_words(int max_depth) {
  return "nested deeper than " + std::to_string(max_depth) + " levels";
}

}  // namespace eligo::cds
