// A categorical item equal to one of some values: `sex is female`. The record holds one
// categorical item, sex; no sex on record (or "unknown") is unknown. Any other item has
// no categorical value in a record and is unknown.
#include "engine/evaluate_context.hpp"

namespace eligo::engine {

void evaluate_is_value(const EvalContext& ctx, NodeId id, const IsValue& node) {
  NodeOutcome& o = ctx.out[id];
  o.value = Tri::unknown;
  const PreparedNode& p = ctx.node(id);
  const bool is_sex = p.entry != nullptr ? p.entry->id == "sex" : node.item == "sex";
  if (!is_sex) {
    o.finding = p.entry == nullptr ? Finding::bad_node : Finding::value_absent;
    return;
  }
  const auto& sex = ctx.view.record().sex;
  if (!sex || *sex == patients::Sex::unknown) {
    o.finding = Finding::value_absent;
    return;
  }
  bool any_value = false;
  bool match = false;
  for (const std::string& v : node.values) {
    const auto wanted = patients::parse_sex(v);
    if (!wanted) continue;
    any_value = true;
    if (*wanted == *sex) match = true;
  }
  if (!any_value) {
    o.finding = Finding::bad_node;
    return;
  }
  o.finding = Finding::value_found;
  o.value = to_tri(match);
}

}  // namespace eligo::engine
