// JSON text with invalid UTF-8 replaced; see json_dump.hpp.
#include "core/json_dump.hpp"

#include <nlohmann/json.hpp>

namespace eligo {

std::string dump_json(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

}  // namespace eligo
