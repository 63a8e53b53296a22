// `count(measure op value[, within D][, apart >= E]) op k`: how many values within the
// window (up to the reference date) meet the condition, each at least E after the one
// counted before it (counted from the earliest on, which counts the most). A value that
// cannot be used may or may not meet it: the count is then a range, and the leaf is
// decided only when every count in it gives the same answer. Too few measurements in the
// window (none, or fewer than `at least k` needs) is unknown: missing data, not a count.
// So is a count a refused row of the measure in the window could change.
#include "core/calendar.hpp"
#include "engine/evaluate_context.hpp"
#include "engine/history_values.hpp"

namespace eligo::engine {
namespace {

// Whether `op k` holds for every count in [lo, hi] (met), for none (not met), or some.
Tri over_range(Op op, unsigned lo, unsigned hi, unsigned k) {
  if (op == Op::eq || op == Op::ne) {
    if (lo == k && hi == k) return to_tri(op == Op::eq);
    if (k < lo || k > hi) return to_tri(op == Op::ne);
    return Tri::unknown;
  }
  const auto at = [&](unsigned n) { return holds(op, n < k ? -1 : (n > k ? 1 : 0)); };
  const bool a = at(lo), b = at(hi);
  return a == b ? to_tri(a) : Tri::unknown;
}

// Counts values from the earliest on, each at least `apart` after the last one counted.
struct Spaced {
  const std::optional<Duration>& apart;
  Day last = kNoDate;
  unsigned count = 0;

  void offer(Day day) {
    if (last != kNoDate && apart && day < to_day(shift(to_date(last), *apart, 1))) return;
    last = day;
    ++count;
  }
};

}  // namespace

void evaluate_count(const EvalContext& ctx, NodeId id, const CountOf& node) {
  const PreparedNode& p = ctx.node(id);
  const auto window = node_window(ctx, id, node.within, true, false);
  if (!window) return;
  const auto values = *window;
  const PatientView& view = ctx.view;
  Spaced sure{node.apart}, possible{node.apart}, measured{node.apart};
  std::int32_t unusable = -1;
  Finding why = Finding::measured;
  for (const ObservationFact& f : values) {
    const Finding u = usability(f);
    bool meets = false;
    if (u == Finding::measured) {
      const double v = p.unit.from_canonical(f.canonical);
      meets =
          holds(node.value_op, compare_converted(v, node.value.value, f.across || p.unit.across));
      if (meets) sure.offer(f.day);
    } else if (unusable < 0) {
      unusable = view.index_of(f);
      why = u;
    }
    if (meets || u != Finding::measured) possible.offer(f.day);
    measured.offer(f.day);
  }
  // Too few measurements is missing data, not a count that falls short: none at all, or
  // (for at least k) fewer than k, spaced, so the count could not have reached k.
  const unsigned needed = node.op == Op::gt ? node.count + 1 : node.count;
  const bool at_least = node.op == Op::ge || node.op == Op::gt;
  if (measured.count == 0 || (at_least && possible.count < needed && measured.count < needed)) {
    set_history_unknown(ctx, id, Finding::history_short, -1);
    ctx.out[id].count = static_cast<std::int32_t>(values.size());
    return;
  }
  NodeOutcome& o = ctx.out[id];
  o.value = over_range(node.op, sure.count, possible.count, node.count);
  o.finding = o.value == Tri::unknown ? why : Finding::measured;
  o.fact = o.value == Tri::unknown ? unusable : -1;
  o.value_in_unit = sure.count;
  o.high = possible.count;
  o.low = node.count;
  o.unit = &p.unit.unit;
  o.count = static_cast<std::int32_t>(values.size());
  // A refused row in the window may be one more value that meets the condition, or not:
  // only "at least k", already met without it, stays decided.
  if (!(at_least && o.value == Tri::met))
    refused_in_history(ctx, id, history_start(ctx.dates, node.within));
}

}  // namespace eligo::engine
