// A measure equal to one of a set of numbers: `ecog in {0, 1, 2}`. The value is brought
// into the set's unit and matched with the tolerant comparison.
#include "engine/evaluate_context.hpp"

namespace eligo::engine {

void evaluate_in_set(const EvalContext& ctx, NodeId id, const InSet& node) {
  const PreparedNode& p = ctx.node(id);
  const MeasureValue mv = measure_value(ctx, id, &p.unit);
  if (!mv.ok()) return set_failure(ctx, id, mv);
  Threshold any;  // an absolute threshold in the set's unit, to convert the value once
  const Resolved r = resolve_threshold(ctx, id, mv, any, p.unit);
  if (!r.ok()) return set_unresolved(ctx, id, mv, r);
  bool member = false;
  for (const double v : node.values) {
    if (compare_converted(r.value, v, r.across) == 0) member = true;
  }
  set_compared(ctx, id, mv, r, to_tri(member));
}

}  // namespace eligo::engine
