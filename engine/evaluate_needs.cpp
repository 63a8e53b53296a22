// What would decide an unknown: walk down from a node through the children that keep
// it unknown (for an unknown And, Or, Not or AtLeast, exactly its unknown children) to
// the leaves, and name what each lacks. Manual leaves need a person, not data: they add
// nothing here (the verdict lists them under to_confirm).
#include <algorithm>

#include "engine/evaluate_context.hpp"

namespace eligo::engine {
namespace {

// Two history needs ask for the same values: the same item, and leaves of one kind
// reading the same window (two conditions on one change, say).
bool same_history(const Need& a, const Need& b) {
  if (a.kind != NeedKind::history || b.kind != NeedKind::history || a.entry != b.entry ||
      a.node == nullptr || b.node == nullptr) {
    return false;
  }
  const auto* ca = std::get_if<Change>(&a.node->kind);
  const auto* cb = std::get_if<Change>(&b.node->kind);
  if (ca != nullptr && cb != nullptr) {
    return ca->from == cb->from && ca->within == cb->within && ca->before == cb->before;
  }
  const auto* da = std::get_if<DoublingTime>(&a.node->kind);
  const auto* db = std::get_if<DoublingTime>(&b.node->kind);
  return da != nullptr && db != nullptr && da->within == db->within;
}

void add(std::vector<Need>& out, const Need& need) {
  if (std::find(out.begin(), out.end(), need) != out.end()) return;
  if (std::any_of(out.begin(), out.end(), [&](const Need& n) { return same_history(n, need); })) {
    return;
  }
  if (need.kind == NeedKind::event_state) {
    // One question per item on record: "is it relapsed or refractory?"
    for (Need& n : out) {
      if (n.kind != NeedKind::event_state || n.context != need.context) continue;
      if (n.entry == need.entry || n.entry2 == need.entry) return;
      if (n.entry2 == nullptr) {
        n.entry2 = need.entry;
        return;
      }
    }
  }
  out.push_back(need);
}

void collect(const TrialEvaluation& ev, std::size_t criterion, NodeId id, std::vector<Need>& out,
             unsigned depth) {
  const Tree& tree = ev.trial->trial->criteria[criterion].tree;
  if (id >= tree.nodes.size() || depth > tree.nodes.size()) return;
  const NodeOutcome& o = ev.outcome(criterion, id);
  if (o.value != Tri::unknown) return;
  if (o.finding == Finding::logic) {
    for (const NodeId child : child_ids(tree.nodes[id])) {
      collect(ev, criterion, child, out, depth + 1);
    }
    return;
  }
  const PreparedNode& p = ev.trial->criteria[criterion].nodes[id];
  Need need;
  need.entry = o.which == 1 ? p.entry2 : p.entry;  // a Ratio's denominator
  switch (o.finding) {
    case Finding::absent:
    case Finding::future_only:
    case Finding::stale:
    case Finding::undated:
    case Finding::bad_value:
      need.kind = NeedKind::measure;
      need.derivation = o.derivation;
      need.missing = o.missing;
      break;
    case Finding::conflict:
    case Finding::event_conflict:
      need.kind = NeedKind::resolve_conflict;
      need.day = o.finding == Finding::conflict ? ev.view->observation(o.fact).day
                                                : ev.view->event(o.fact).day;
      break;
    case Finding::bad_unit: need.kind = NeedKind::convertible_unit; break;
    case Finding::no_reference: need.kind = NeedKind::reference_range; break;
    case Finding::implausible:
      need.kind = NeedKind::check_value;
      need.day = ev.view->observation(o.fact).day;
      break;
    case Finding::value_absent: need.kind = NeedKind::value; break;
    case Finding::event_undated:
    case Finding::event_absent:
    case Finding::event_none:
    case Finding::event_future: need.kind = NeedKind::event_date; break;
    case Finding::refused:
      need.kind = NeedKind::refused_row;
      need.row = o.fact;
      break;
    case Finding::event_context:
      need.kind = NeedKind::event_state;
      need.context = ev.view->event(o.fact).entry;
      break;
    case Finding::incomplete_list: need.kind = NeedKind::complete_list; break;
    case Finding::history_short:
      need.kind = NeedKind::history;
      need.node = &tree.nodes[id];
      break;
    case Finding::history_nonpositive:
      need.kind = NeedKind::check_value;
      need.day = ev.view->observation(o.fact).day;
      break;
    case Finding::manual: return;
    default: need.kind = NeedKind::criterion; break;
  }
  add(out, need);
}

}  // namespace

void collect_needs(const TrialEvaluation& evaluation, std::size_t criterion, NodeId node,
                   std::vector<Need>& out) {
  if (!evaluation.trial->criteria[criterion].valid) {
    add(out, Need{NeedKind::criterion});
    return;
  }
  collect(evaluation, criterion, node, out, 0);
}

}  // namespace eligo::engine
