// A measure within a range whose ends are each inclusive or exclusive:
// `bmpc_percent in [10 %, 60 %)`. Both ends are resolved like Compare thresholds; the
// outcome keeps the value and both ends in the low end's unit.
#include <cmath>

#include "engine/evaluate_context.hpp"

namespace eligo::engine {

void evaluate_range(const EvalContext& ctx, NodeId id, const Range& node) {
  const PreparedNode& p = ctx.node(id);
  const bool relative = node.low.ref != Reference::none && node.low.mode == RefMode::times;
  const MeasureValue mv = measure_value(ctx, id, relative ? nullptr : &p.unit);
  if (!mv.ok()) return set_failure(ctx, id, mv);
  const Resolved low = resolve_threshold(ctx, id, mv, node.low, p.unit);
  if (!low.ok()) return set_unresolved(ctx, id, mv, low);
  const Resolved high = resolve_threshold(ctx, id, mv, node.high, p.unit2);
  if (!high.ok()) return set_unresolved(ctx, id, mv, high);
  const int c_low = compare_converted(low.value, low.threshold, low.across);
  const int c_high = compare_converted(high.value, high.threshold, high.across);
  const bool above = node.low_inclusive ? c_low >= 0 : c_low > 0;
  const bool below = node.high_inclusive ? c_high <= 0 : c_high < 0;
  set_compared(ctx, id, mv, low, to_tri(above && below));
  NodeOutcome& o = ctx.out[id];
  o.across = low.across || high.across;
  // The high end in the low end's unit, for the explanation (same unit in practice).
  o.high = high.threshold;
  if (high.unit != nullptr && low.unit != nullptr && !(*high.unit == *low.unit)) {
    const Result<double> h = convert(high.threshold, *high.unit, *low.unit, p.entry->analyte());
    o.high = h.ok() ? *h : std::nan("");
  }
}

}  // namespace eligo::engine
