// A compiled trial as `eligo check --json` writes it: one object per trial file,
//   {"trial", "title", "file", "criteria": [{"id", "section", "text", "coverage",
//    "own_coverage", "rule", "from_rule", "uncovered", "comparisons"}]}.
// Criterion text is kept as written in the Trial; dump it with dump_json
// (core/json_dump.hpp), which writes bytes that are not UTF-8 as U+FFFD.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "core/trial.hpp"
#include "core/vocabulary.hpp"

namespace eligo {

// How well criterion `index` of `trial` is understood, at every level. A criterion with
// a rule: line or without children: its own coverage. A parent is decided by its
// children combined by its wording (docs/evaluation.md), so it is full only when that
// wording was stated, every child is full and none of its own words stayed uncovered;
// none when neither its own text nor any child was understood; partial otherwise. Its
// own text's coverage is shown beside it.
Coverage effective_coverage(const Trial& trial, std::size_t index);

nlohmann::json trial_json(const Trial& trial, std::string_view file, const Vocabulary& vocabulary);

}  // namespace eligo
