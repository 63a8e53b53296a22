// Preparing a trial (once) and evaluating it for one patient (many times). prepare()
// resolves every node's item in the vocabulary, parses threshold units and checks that
// each tree is a tree (children in range, no node reached twice), so evaluation needs no
// checks of its own. evaluate() walks each tree from its root; the node kinds are
// evaluated in evaluate_*.cpp.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <type_traits>

#include "core/calendar.hpp"
#include "engine/evaluate_context.hpp"

namespace eligo::engine {
namespace {

PreparedUnit prepared_unit(std::string_view code) {
  Result<Unit> unit = parse_unit(code);
  if (!unit) return PreparedUnit{no_unit(), false};
  return PreparedUnit{*unit, true};
}

// Sets u's conversion from the entry's canonical unit.
void link(PreparedUnit& u, const PreparedUnit& canonical, const VocabularyEntry& entry) {
  if (!u.ok || !canonical.ok) return;
  const Unit& from = canonical.unit;
  if (from.code == u.unit.code) return;
  if (from.offset != 0 || u.unit.offset != 0) {  // temperatures: x factor + shift
    const Result<double> zero = convert(0.0, from, u.unit, entry.analyte());
    const Result<double> one = convert(1.0, from, u.unit, entry.analyte());
    u.ok = zero.ok() && one.ok();
    if (u.ok) {
      u.factor = *one - *zero;
      u.shift = *zero;
    }
    return;
  }
  if (from.dimension == u.unit.dimension) {
    const double ratio = from.to_base / u.unit.to_base;
    const double whole = std::round(ratio), inverse = std::round(1 / ratio);
    if (ratio >= 1 && std::abs(ratio - whole) <= 1e-12 * ratio) {
      u.factor = whole;
    } else if (ratio < 1 && std::abs(1 / ratio - inverse) <= 1e-12 / ratio) {
      u.factor = inverse;
      u.divide = true;
    } else {
      u.factor = ratio;
    }
    return;
  }
  const Result<double> one = convert(1.0, from, u.unit, entry.analyte());
  if (!one || !std::isfinite(*one) || *one <= 0) {
    u.ok = false;
    return;
  }
  u.factor = *one;
  u.across = true;
}

const VocabularyEntry* find_item(const Vocabulary& vocabulary, std::string_view id) {
  const VocabularyEntry* entry = vocabulary.find(id);
  return entry != nullptr ? entry : vocabulary.find_name(id);
}

PreparedNode prepare_node(const Node& node, const Vocabulary& vocabulary) {
  PreparedNode p;
  auto measure = [&](std::string_view id) {
    p.entry = find_item(vocabulary, id);
    if (p.entry != nullptr) {
      p.derivation = derivation_for(p.entry->id);
      p.measure = prepared_unit(p.entry->canonical_unit);
    }
  };
  auto linked = [&](std::string_view code) {
    PreparedUnit u = prepared_unit(code);
    if (p.entry != nullptr) link(u, p.measure, *p.entry);
    return u;
  };
  std::visit(
      [&](const auto& k) {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, Compare>) {
          measure(k.measure);
          p.unit = linked(k.threshold.unit);
        } else if constexpr (std::is_same_v<K, Range>) {
          measure(k.measure);
          p.unit = linked(k.low.unit);
          p.unit2 = linked(k.high.unit);
        } else if constexpr (std::is_same_v<K, InSet>) {
          measure(k.measure);
          p.unit = linked(k.unit);
        } else if constexpr (std::is_same_v<K, IsValue>) {
          p.entry = find_item(vocabulary, k.item);
        } else if constexpr (std::is_same_v<K, Change>) {
          measure(k.measure);
          if (k.threshold.unit != "%") p.unit = linked(k.threshold.unit);
        } else if constexpr (std::is_same_v<K, DoublingTime>) {
          measure(k.measure);
        } else if constexpr (std::is_same_v<K, CountOf>) {
          measure(k.measure);
          p.unit = linked(k.value.unit);
        } else if constexpr (std::is_same_v<K, Ratio>) {
          measure(k.numerator);
          p.entry2 = find_item(vocabulary, k.denominator);
          if (p.entry2 != nullptr) p.derivation2 = derivation_for(p.entry2->id);
        } else if constexpr (std::is_same_v<K, HasEvent> || std::is_same_v<K, TimeSince>) {
          p.entry = find_item(vocabulary, k.event);
        }
      },
      node.kind);
  return p;
}

// Trees deeper than this are refused (evaluated as unknown): evaluation recurses.
constexpr std::size_t kMaxDepth = 512;

// Every child id in range, no node reached twice from the root, depth bounded.
bool is_tree(const Tree& tree) {
  if (tree.empty()) return true;
  if (tree.root >= tree.nodes.size()) return false;
  std::vector<bool> seen(tree.nodes.size(), false);
  std::vector<std::pair<NodeId, std::size_t>> stack{{tree.root, 1}};
  while (!stack.empty()) {
    const auto [id, depth] = stack.back();
    stack.pop_back();
    if (id >= tree.nodes.size() || seen[id] || depth > kMaxDepth) return false;
    seen[id] = true;
    for (const NodeId child : child_ids(tree.nodes[id])) stack.emplace_back(child, depth + 1);
  }
  return true;
}

}  // namespace

PreparedTrial prepare(const Trial& trial, const Vocabulary& vocabulary) {
  PreparedTrial out;
  out.trial = &trial;
  out.vocabulary = &vocabulary;
  out.derivation_entries = DerivationEntries::from(vocabulary);
  static std::atomic<std::uint64_t> serials{0};
  out.serial = ++serials;
  out.criteria.reserve(trial.criteria.size());
  for (const Criterion& criterion : trial.criteria) {
    PreparedCriterion& p = out.criteria.emplace_back();
    p.valid = is_tree(criterion.tree);
    p.nodes.reserve(criterion.tree.nodes.size());
    for (const Node& node : criterion.tree.nodes) p.nodes.push_back(prepare_node(node, vocabulary));
  }
  return out;
}

std::span<const NodeId> child_ids(const Node& node) {
  if (const auto* a = std::get_if<And>(&node.kind)) return a->children;
  if (const auto* o = std::get_if<Or>(&node.kind)) return o->children;
  if (const auto* k = std::get_if<AtLeast>(&node.kind)) return k->children;
  if (const auto* n = std::get_if<Not>(&node.kind)) return {&n->child, 1};
  return {};
}

EvaluationDates evaluation_dates(Date as_of, const Duration& lab_window) {
  EvaluationDates d;
  d.as_of = as_of;
  d.as_of_day = to_day(as_of);
  d.window_start = to_day(shift(as_of, lab_window, -1));
  return d;
}

void evaluate_node(const EvalContext& ctx, NodeId id) {
  std::visit(
      [&](const auto& k) {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, Compare>)
          evaluate_compare(ctx, id, k);
        else if constexpr (std::is_same_v<K, Range>)
          evaluate_range(ctx, id, k);
        else if constexpr (std::is_same_v<K, InSet>)
          evaluate_in_set(ctx, id, k);
        else if constexpr (std::is_same_v<K, IsValue>)
          evaluate_is_value(ctx, id, k);
        else if constexpr (std::is_same_v<K, HasEvent>)
          evaluate_has_event(ctx, id, k);
        else if constexpr (std::is_same_v<K, TimeSince>)
          evaluate_time_since(ctx, id, k);
        else if constexpr (std::is_same_v<K, Change>)
          evaluate_change(ctx, id, k);
        else if constexpr (std::is_same_v<K, DoublingTime>)
          evaluate_doubling_time(ctx, id, k);
        else if constexpr (std::is_same_v<K, CountOf>)
          evaluate_count(ctx, id, k);
        else if constexpr (std::is_same_v<K, Ratio>)
          evaluate_ratio(ctx, id, k);
        else if constexpr (std::is_same_v<K, And>)
          evaluate_and(ctx, id, k);
        else if constexpr (std::is_same_v<K, Or>)
          evaluate_or(ctx, id, k);
        else if constexpr (std::is_same_v<K, Not>)
          evaluate_not(ctx, id, k);
        else if constexpr (std::is_same_v<K, AtLeast>)
          evaluate_at_least(ctx, id, k);
        else if constexpr (std::is_same_v<K, Manual>)
          evaluate_manual(ctx, id, k);
      },
      ctx.tree.nodes[id].kind);
}

void evaluate(const PreparedTrial& trial, const PatientView& view, Date as_of,
              TrialEvaluation& out) {
  const Trial& t = *trial.trial;
  out.view = &view;
  out.trial = &trial;
  if (out.trial_serial != trial.serial || out.dates.as_of != as_of) {
    // Dates, offsets and event windows depend only on the trial and the reference date.
    out.trial_serial = trial.serial;
    out.dates = evaluation_dates(as_of, t.lab_window);
    out.offsets.resize(t.criteria.size());
    std::size_t total = 0;
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      out.offsets[i] = static_cast<std::uint32_t>(total);
      total += t.criteria[i].tree.nodes.size();
    }
    out.event_windows.assign(total, kNoDate);
    for (std::size_t i = 0; i < t.criteria.size(); ++i) {
      const auto& nodes = t.criteria[i].tree.nodes;
      for (std::size_t n = 0; n < nodes.size(); ++n) {
        const auto* has = std::get_if<HasEvent>(&nodes[n].kind);
        if (has != nullptr && has->within) {
          out.event_windows[out.offsets[i] + n] = to_day(shift(as_of, *has->within, -1));
        }
      }
    }
  }
  out.nodes.assign(out.event_windows.size(), NodeOutcome{});
  out.derived.clear();
  for (std::size_t i = 0; i < t.criteria.size(); ++i) {
    const Tree& tree = t.criteria[i].tree;
    if (tree.empty()) continue;
    const PreparedCriterion& prepared = trial.criteria[i];
    NodeOutcome* base = out.nodes.data() + out.offsets[i];
    if (!prepared.valid) {
      if (tree.root < tree.nodes.size()) base[tree.root].finding = Finding::bad_node;
      continue;
    }
    const EvalContext ctx{trial,
                          tree,
                          prepared,
                          view,
                          out.dates,
                          base,
                          out.event_windows.data() + out.offsets[i],
                          &out.derived};
    evaluate_node(ctx, tree.root);
  }
}

TrialEvaluation evaluate(const PreparedTrial& trial, const PatientView& view, Date as_of) {
  TrialEvaluation out;
  evaluate(trial, view, as_of, out);
  return out;
}

}  // namespace eligo::engine
