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

#include "core/date.hpp"
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

// ---- criteria over a measure's history (docs/rules.md, "History")

// What the latest value of a change is compared with: the earliest value of the window
// (baseline), its lowest (nadir), or the latest value dated before a given day.
enum class ChangeFrom : std::uint8_t { baseline, nadir, before };

// The latest value of a measure against an earlier one. A threshold in % compares the
// change relative to the earlier value; any other unit, the difference:
// `change(serum_m_protein, from nadir within 12 months) >= 25 %`,
// `change(egfr, from value before 2026-01-01) <= -50 %`.
struct Change {
  std::string measure;
  ChangeFrom from = ChangeFrom::baseline;
  std::optional<Duration> within;  // earlier values within this time before the reference date
  std::optional<Date> before;      // ChangeFrom::before: the day the earlier value precedes
  Op op = Op::ge;
  Threshold threshold;
  bool operator==(const Change&) const = default;
};

// The doubling time of a measure, from a log-linear fit of its values within a window
// (at least 3): `doubling_time(lymphocytes, within 12 months) < 6 months`.
struct DoublingTime {
  std::string measure;
  std::optional<Duration> within;
  Op op = Op::lt;
  Duration amount;
  bool operator==(const DoublingTime&) const = default;
};

// How many values of a measure meet a condition, within a window, each at least `apart`
// after the one before: `count(platelets >= 100 10^9/L, within 8 weeks, apart >= 7 days) >= 2`.
struct CountOf {
  std::string measure;
  Op value_op = Op::ge;
  Threshold value;
  std::optional<Duration> within;
  std::optional<Duration> apart;
  Op op = Op::ge;
  unsigned count = 1;
  bool operator==(const CountOf&) const = default;
};

// The ratio of two measures' latest values, in their shared canonical unit:
// `ratio(kappa_flc, lambda_flc) >= 100`.
struct Ratio {
  std::string numerator, denominator;
  Op op = Op::ge;
  double value = 0;
  bool operator==(const Ratio&) const = default;
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

using NodeKind = std::variant<Compare, Range, InSet, IsValue, HasEvent, TimeSince, Change,
                              DoublingTime, CountOf, Ratio, And, Or, Not, AtLeast, Manual>;

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

std::string_view to_string(Op op);            // ">=", "<", ...
std::string_view to_string(Reference ref);    // "", "ULN", "LLN"
std::string_view to_string(RefMode mode);     // "times", "plus", "minus"
std::string_view to_string(TimeUnit unit);    // "days", ...
std::string_view to_string(ChangeFrom from);  // "baseline", "nadir", "before"
// The operator that holds when `op` does not (for explanations, not for exclusions).
Op negate(Op op);

}  // namespace eligo
