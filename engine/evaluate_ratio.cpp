// `ratio(numerator, denominator) op value`: the latest measured values of two measures
// in the same canonical unit (each as a Compare finds it: within the trial's window),
// divided. Unknown when either is missing or cannot be used, naming which, and when the
// denominator is 0 or less.
#include "engine/evaluate_context.hpp"
#include "engine/history_values.hpp"

namespace eligo::engine {

void evaluate_ratio(const EvalContext& ctx, NodeId id, const Ratio& node) {
  const PreparedNode& p = ctx.node(id);
  if (p.entry == nullptr || p.entry2 == nullptr ||
      p.entry->canonical_unit != p.entry2->canonical_unit) {
    return set_history_unknown(ctx, id, Finding::bad_node, -1);
  }
  const MeasureValue top = measure_value(ctx, id, nullptr);
  if (!top.ok()) return set_failure(ctx, id, top);
  PreparedNode second = p;
  second.entry = p.entry2;
  second.derivation = p.derivation2;
  const MeasureValue bottom = measure_value_of(ctx, second, nullptr);
  if (!bottom.ok()) {
    set_failure(ctx, id, bottom);
    ctx.out[id].which = 1;
    return;
  }
  if (top.finding != Finding::measured || bottom.finding != Finding::measured) {
    set_history_unknown(ctx, id, Finding::absent, -1);  // derived: only measured values here
    ctx.out[id].which = top.finding == Finding::measured ? 1 : 0;
    return;
  }
  if (bottom.value <= 0) {
    set_history_unknown(ctx, id, Finding::history_nonpositive, bottom.fact);
    ctx.out[id].which = 1;
    return;
  }
  const double ratio = top.value / bottom.value;
  const bool across = top.across || bottom.across;
  NodeOutcome& o = ctx.out[id];
  o.value = to_tri(holds(node.op, compare_converted(ratio, node.value, across)));
  o.finding = Finding::measured;
  o.fact = top.fact;
  o.fact2 = bottom.fact;
  o.value_in_unit = ratio;
  o.low = node.value;
  o.across = across;
  o.lookup = top.lookup;
  o.count = 2;
}

}  // namespace eligo::engine
