// A compiled trial as `eligo check --json` writes it: one object per trial file,
//   {"trial", "title", "file", "criteria": [{"id", "section", "text", "coverage",
//    "own_coverage", "rule", "from_rule", "uncovered", "comparisons"}]}.
// Criterion text is kept as written in the Trial; dump it with dump_json
// (engine/json_dump.hpp), which writes bytes that are not UTF-8 as U+FFFD.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "engine/trial.hpp"
#include "engine/vocabulary.hpp"

namespace eligo {

// What counts for a verdict: a parent without a rule is decided by its children,
// combined by its wording, so it is as well understood as that wording
// (docs/evaluation.md); its own text's coverage is shown beside it.
Coverage effective_coverage(const Criterion& criterion);

nlohmann::json trial_json(const Trial& trial, std::string_view file, const Vocabulary& vocabulary);

}  // namespace eligo
