// A measure against one threshold: `anc >= 1000 /uL`, `alt <= 3 x ULN`,
// `corrected_calcium > ULN + 1 mg/dL`. Unknown when the value or the limit is missing,
// or a unit does not convert; otherwise met or not met by the tolerant comparison.
#include "engine/evaluate_context.hpp"

namespace eligo::engine {

void evaluate_compare(const EvalContext& ctx, NodeId id, const Compare& node) {
  const PreparedNode& p = ctx.node(id);
  const bool relative =
      node.threshold.ref != Reference::none && node.threshold.mode == RefMode::times;
  const MeasureValue mv = measure_value(ctx, id, relative ? nullptr : &p.unit);
  if (!mv.ok()) return set_failure(ctx, id, mv);
  const Resolved r = resolve_threshold(ctx, id, mv, node.threshold, p.unit);
  if (!r.ok()) return set_unresolved(ctx, id, mv, r);
  const int c = compare_converted(r.value, r.threshold, r.across);
  set_compared(ctx, id, mv, r, to_tri(holds(node.op, c)));
}

}  // namespace eligo::engine
