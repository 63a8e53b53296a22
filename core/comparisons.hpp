// The flat list of thresholds a tree states, as the text states them (an exclusion's
// threshold is not inverted): one entry per Compare, two per Range, the bounds of an
// InSet, and the durations of TimeSince and HasEvent windows. Used by `eligo parse
// --json` and `eligo check --json`, and to count what a trial file compiled.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/tree.hpp"
#include "core/vocabulary.hpp"

namespace eligo {

enum class ComparisonKind {
  measure,     // a lab value, score or demographic against a threshold
  time_since,  // time since an event against a duration
  within,      // an event's window: at most this long before the reference date
};

struct Comparison {
  ComparisonKind kind = ComparisonKind::measure;
  std::string analyte;  // vocabulary id (or event id)
  Op op = Op::ge;
  double value = 0;                       // as written
  std::string unit;                       // as written ("" for k x ULN and plain numbers)
  std::optional<double> canonical_value;  // in canonical_unit; empty if not convertible
  std::string canonical_unit;
  std::optional<Reference> reference;  // set for thresholds relative to ULN/LLN
  RefMode mode = RefMode::times;
  NodeId node = 0;
  bool unit_inferred = false;  // no unit written; `unit` inferred from the value
};

std::vector<Comparison> list_comparisons(const Tree& tree, const Vocabulary& vocabulary);

// {"analyte","op","value","unit","canonical_value","canonical_unit","relative","kind"}
nlohmann::json to_json(const Comparison& comparison);

}  // namespace eligo
