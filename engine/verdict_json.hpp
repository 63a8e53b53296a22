// The JSON Lines object of one (patient, trial) pair, as `eligo screen --format json`
// writes it:
//   {"patient", "trial", "as_of", "verdict", "score",
//    "criteria": [{"id", "section", "result", "coverage", "explanation"}],
//    "to_decide": ["platelets within 28 days of 2026-11-20", ...],
//    "to_confirm": ["I3", ...],
//    "facts": [{"item", "value", "unit", "date", "source", "converted"}]}  (optional)
// Written straight into a buffer (no document tree), strings escaped and any invalid
// UTF-8 replaced by U+FFFD, so every line is valid JSON.
#pragma once

#include <string>
#include <string_view>

#include "engine/evaluator.hpp"
#include "engine/verdict.hpp"

namespace eligo::engine {

struct JsonOptions {
  bool facts = false;  // add "facts": the observations used
};

// Appends the object and a newline.
void append_verdict_json(std::string& out, const TrialEvaluation& evaluation,
                         const Verdict& verdict, const JsonOptions& options = {});
std::string verdict_json(const TrialEvaluation& evaluation, const Verdict& verdict,
                         const JsonOptions& options = {});

// Appends `text` as a JSON string, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace eligo::engine
