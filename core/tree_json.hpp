// A tree as JSON: one object per node with its "type", its fields and its source
// "span", children nested. For `--json` output and for embedding hosts.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/tree.hpp"

namespace eligo {

nlohmann::json to_json(const Tree& tree);
nlohmann::json to_json(const Tree& tree, NodeId node);

}  // namespace eligo
