// Verdicts: from an evaluation to a result per criterion and a verdict per trial. A
// criterion's result is met, not met, unknown or manual; it counts toward the verdict
// only when the criterion is fully understood (full coverage, or a `rule:` line):
// a partially understood criterion is still evaluated and shown, but counts as unknown.
// A criterion with children (and no rule) combines its children's results by its
// wording (any, all, at least k; negated for "none of the following"); words of its own text
// the compiler did not understand qualify the children, so children met leave it unknown for
// a person to confirm. The trial is ineligible when
// a top-level inclusion is not met or a top-level exclusion is met; eligible when every top-level
// inclusion is met or manual and every exclusion not met or manual; undetermined otherwise.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/coverage.hpp"
#include "engine/evaluator.hpp"
#include "engine/tri.hpp"

namespace eligo::engine {

enum class CriterionResult : std::uint8_t { met, not_met, unknown, manual };
// "met", "not met", "unknown", "manual".
std::string_view to_string(CriterionResult result);

struct CriterionVerdict {
  Tri value = Tri::unknown;  // the tree's value, or the children's combination
  bool manual_only = false;  // value is unknown only because of manual parts
  bool combined = false;     // value combines the children's results
  bool qualified = false;    // the children met, but the parent's own words not understood
                             // qualify them: unknown, and a person confirms (to_confirm)
  Coverage coverage = Coverage::none;                 // effective: what counts for the verdict
  CriterionResult result = CriterionResult::unknown;  // what counts for the verdict

  bool operator==(const CriterionVerdict&) const = default;
};

enum class VerdictKind : std::uint8_t { eligible, ineligible, undetermined };
// "eligible", "ineligible", "undetermined".
std::string_view to_string(VerdictKind kind);

struct Verdict {
  VerdictKind kind = VerdictKind::undetermined;
  int score = 0;                           // see docs/evaluation.md: 0-8, 10-89, 91-100
  std::vector<CriterionVerdict> criteria;  // parallel to the trial's criteria
  std::vector<int> to_confirm;             // criteria a person must judge (manual or partial)
  std::vector<Need> to_decide;             // data that would settle the undetermined criteria

  bool operator==(const Verdict&) const = default;
};

// Decides from an evaluation. Reusable: overwrites `out`, keeping capacity.
void decide(const TrialEvaluation& evaluation, Verdict& out);
Verdict decide(const TrialEvaluation& evaluation);

// The score formula, for the documentation and its tests: `favourable` top-level
// criteria (inclusions met, exclusions not met) of `decidable` (top-level, not manual),
// and the number of manual top-level criteria.
int verdict_score(VerdictKind kind, int favourable, int decidable, int manual);

}  // namespace eligo::engine
