// The expression tree every criterion compiles into: from the rule notation, from
// registry prose, or by hand. Nodes live in a vector and refer to their children by
// index; each node keeps the Span of the text it came from. Measures and events are
// vocabulary ids; thresholds keep the number and unit as written, plus the unit's
// canonical code (units.hpp), so a printed tree parses back to an equal tree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/source.hpp"

namespace eligo {

using NodeId = std::uint32_t;

// Comparison operators, as written (an exclusion's threshold is not inverted).
enum class Op { lt, le, gt, ge, eq, ne };

// What a threshold is relative to: an absolute quantity, or the upper/lower limit of
// the patient's own reference range for the measure.
enum class Reference { none, uln, lln };
// How a relative threshold combines with its reference: k x ULN, ULN + q, LLN - q.
enum class RefMode { times, plus, minus };

// A threshold: `value unit` (absolute), `value x ULN` (times), `ULN + value unit`
// (plus), `LLN - value unit` (minus). For `times` the unit is empty.
struct Threshold {
  double value = 0;
  std::string unit;  // canonical unit code ("10^9/L", "mg/dL", "%", "" for none)
  Reference ref = Reference::none;
  RefMode mode = RefMode::times;
  std::string unit_written;  // the unit as the source wrote it; not compared
  // The text wrote a number without a unit and `unit` was inferred from the value
  // (threshold_sense.hpp); shown in explanations and check output; not compared.
  bool unit_inferred = false;

  bool operator==(const Threshold& o) const {
    return value == o.value && unit == o.unit && ref == o.ref &&
           (ref == Reference::none || mode == o.mode);
  }
};

enum class TimeUnit { days, weeks, months, years };

// An amount of calendar time: 28 days, 6 months.
struct Duration {
  double amount = 0;
  TimeUnit unit = TimeUnit::days;
  bool operator==(const Duration&) const = default;
};

// measure op threshold: `anc >= 1000 /uL`, `alt <= 3 x ULN`.
struct Compare {
  std::string measure;
  Op op = Op::ge;
  Threshold threshold;
  bool operator==(const Compare&) const = default;
};

// measure in [low, high) with each end inclusive or exclusive: `bmpc_percent in [10 %, 60 %)`.
struct Range {
  std::string measure;
  Threshold low;
  bool low_inclusive = true;
  Threshold high;
  bool high_inclusive = true;
  bool operator==(const Range&) const = default;
};

// measure in a set of numbers: `ecog in {0, 1, 2}`.
struct InSet {
  std::string measure;
  std::vector<double> values;
  std::string unit;  // canonical code, usually empty (scores)
  bool operator==(const InSet&) const = default;
};

// A categorical item equal to one of some values: `sex is female`.
struct IsValue {
  std::string item;
  std::vector<std::string> values;
  bool operator==(const IsValue&) const = default;
};

// Presence of an event (condition, therapy, procedure), optionally within a window
// before the reference date: `has hiv`, `has myocardial_infarction within 6 months`.
struct HasEvent {
  std::string event;
  std::optional<Duration> within;
  bool operator==(const HasEvent&) const = default;
};

// Time since the latest record of an event compared to a duration:
// `months_since asct >= 6` is {asct, ge, 6 months}.
struct TimeSince {
  std::string event;
  Op op = Op::ge;
  Duration amount;
  bool operator==(const TimeSince&) const = default;
};

struct And {
  std::vector<NodeId> children;
};
struct Or {
  std::vector<NodeId> children;
};
struct Not {
  NodeId child = 0;
};
// At least k of the children hold: `at least 2 of (a, b, c)`.
struct AtLeast {
  unsigned k = 1;
  std::vector<NodeId> children;
};

// A statement a person must decide: the original text and why it is manual.
struct Manual {
  std::string text;
  std::string reason;
  bool operator==(const Manual&) const = default;
};

using NodeKind = std::variant<Compare, Range, InSet, IsValue, HasEvent, TimeSince, And, Or, Not,
                              AtLeast, Manual>;

struct Node {
  NodeKind kind;
  Span span;
};

// A tree: nodes[root] is the top. An empty tree (no nodes) holds nothing.
struct Tree {
  std::vector<Node> nodes;
  NodeId root = 0;

  bool empty() const { return nodes.empty(); }
  const Node& at(NodeId id) const { return nodes.at(id); }
  const Node& top() const { return nodes.at(root); }
  // Appends a node and returns its id; does not change root.
  NodeId add(NodeKind kind, Span span = {});
  // Copies the subtree of `other` rooted at `id` into this tree; returns its new id.
  NodeId graft(const Tree& other, NodeId id);

  // Structural equality from the roots: same node kinds, measures, operators and
  // values. Spans, node order in the vector and as-written unit spellings are ignored.
  bool operator==(const Tree& other) const;
};

// Children of a node in order (empty for leaves).
std::vector<NodeId> children_of(const Node& node);

std::string_view to_string(Op op);          // ">=", "<", ...
std::string_view to_string(Reference ref);  // "", "ULN", "LLN"
std::string_view to_string(RefMode mode);   // "times", "plus", "minus"
std::string_view to_string(TimeUnit unit);  // "days", ...
// The operator that holds when `op` does not (for explanations, not for exclusions).
Op negate(Op op);

}  // namespace eligo
