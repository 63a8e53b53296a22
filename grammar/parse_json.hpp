// What `eligo parse --json` writes for one rule or one criterion's prose: the tree
// (core/tree_json.hpp), the rule notation and the flat list of comparisons; for prose
// also the text as given, its coverage and the uncovered pieces. Dump it with dump_json
// (core/json_dump.hpp): text that is not UTF-8 then comes out as U+FFFD.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "core/tree.hpp"
#include "grammar/prose_compiler.hpp"

namespace eligo::grammar {

// {"rule", "tree", "comparisons"}
nlohmann::json rule_parse_json(const Tree& tree);

// {"text", "coverage", "rule", "tree", "uncovered", "comparisons"}
nlohmann::json prose_parse_json(std::string_view text, const ProseCompile& compiled);

}  // namespace eligo::grammar
