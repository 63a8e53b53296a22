// The composite nodes in Kleene logic (tri.hpp), and the manual leaf. A composite that
// is unknown is "manual only" when every child that keeps it unknown is itself manual
// only: then a person's decision, not missing data, is what stands in the way.
#include "engine/evaluate_context.hpp"

namespace eligo::engine {
namespace {

// Sets manual_only on an unknown composite from its unknown children.
void settle_manual(const EvalContext& ctx, NodeId id, const std::vector<NodeId>& children) {
  NodeOutcome& o = ctx.out[id];
  o.manual_only = false;
  if (o.value != Tri::unknown) return;
  bool all_manual = true;
  for (const NodeId c : children) {
    const NodeOutcome& child = ctx.out[c];
    if (child.value == Tri::unknown && !child.manual_only) all_manual = false;
  }
  o.manual_only = all_manual;
}

}  // namespace

void evaluate_and(const EvalContext& ctx, NodeId id, const And& node) {
  Tri value = Tri::met;
  for (const NodeId c : node.children) {
    evaluate_node(ctx, c);
    value = tri_and(value, ctx.out[c].value);
  }
  ctx.out[id].finding = Finding::logic;
  ctx.out[id].value = value;
  settle_manual(ctx, id, node.children);
}

void evaluate_or(const EvalContext& ctx, NodeId id, const Or& node) {
  Tri value = Tri::not_met;
  for (const NodeId c : node.children) {
    evaluate_node(ctx, c);
    value = tri_or(value, ctx.out[c].value);
  }
  ctx.out[id].finding = Finding::logic;
  ctx.out[id].value = value;
  settle_manual(ctx, id, node.children);
}

void evaluate_not(const EvalContext& ctx, NodeId id, const Not& node) {
  evaluate_node(ctx, node.child);
  NodeOutcome& o = ctx.out[id];
  o.finding = Finding::logic;
  o.value = tri_not(ctx.out[node.child].value);
  o.manual_only = o.value == Tri::unknown && ctx.out[node.child].manual_only;
}

void evaluate_at_least(const EvalContext& ctx, NodeId id, const AtLeast& node) {
  unsigned met = 0, unknown = 0;
  for (const NodeId c : node.children) {
    evaluate_node(ctx, c);
    if (ctx.out[c].value == Tri::met) ++met;
    if (ctx.out[c].value == Tri::unknown) ++unknown;
  }
  ctx.out[id].finding = Finding::logic;
  ctx.out[id].value = tri_at_least(node.k, met, unknown);
  settle_manual(ctx, id, node.children);
}

void evaluate_manual(const EvalContext& ctx, NodeId id, const Manual& /*node*/) {
  NodeOutcome& o = ctx.out[id];
  o.finding = Finding::manual;
  o.value = Tri::unknown;
  o.manual_only = true;
}

}  // namespace eligo::engine
