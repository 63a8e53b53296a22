// Flattening a tree into its list of thresholds, with canonical values.
#include "core/comparisons.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <type_traits>

namespace eligo {
namespace {

std::string_view kind_name(ComparisonKind kind) {
  switch (kind) {
    case ComparisonKind::measure: return "measure";
    case ComparisonKind::time_since: return "time_since";
    case ComparisonKind::within: return "within";
  }
  return "measure";
}

Comparison from_threshold(const std::string& measure, Op op, const Threshold& t,
                          const Vocabulary& vocabulary, NodeId node) {
  Comparison c;
  c.analyte = measure;
  c.op = op;
  c.value = t.value;
  c.unit = t.unit_written.empty() ? t.unit : t.unit_written;
  c.node = node;
  c.unit_inferred = t.unit_inferred;
  const VocabularyEntry* entry = vocabulary.find(measure);
  if (entry) c.canonical_unit = entry->canonical_unit;
  if (t.ref != Reference::none) {
    c.reference = t.ref;
    c.mode = t.mode;
    if (t.mode == RefMode::times) {
      c.canonical_value = t.value;  // a factor of the patient's own limit
      c.canonical_unit.clear();
      return c;
    }
  }
  if (!entry) return c;
  const auto from = parse_unit(t.unit);
  const auto to = parse_unit(entry->canonical_unit);
  if (from && to) {
    if (auto v = convert(t.value, *from, *to, entry->analyte())) c.canonical_value = *v;
  }
  return c;
}

Comparison from_duration(ComparisonKind kind, const std::string& event, Op op, const Duration& d,
                         NodeId node) {
  Comparison c;
  c.kind = kind;
  c.analyte = event;
  c.op = op;
  c.value = d.amount;
  c.unit = std::string(to_string(d.unit));
  c.canonical_value = d.amount;
  c.canonical_unit = c.unit;
  c.node = node;
  return c;
}

void collect(const Tree& tree, NodeId id, const Vocabulary& vocabulary,
             std::vector<Comparison>& out) {
  // An explicit stack keeps deep trees from exhausting the call stack.
  std::vector<NodeId> stack{id};
  while (!stack.empty()) {
    const NodeId n = stack.back();
    stack.pop_back();
    const Node& node = tree.at(n);
    std::visit(
        [&](const auto& k) {
          using K = std::decay_t<decltype(k)>;
          if constexpr (std::is_same_v<K, Compare>) {
            out.push_back(from_threshold(k.measure, k.op, k.threshold, vocabulary, n));
          } else if constexpr (std::is_same_v<K, Range>) {
            out.push_back(
                from_threshold(k.measure, k.low_inclusive ? Op::ge : Op::gt, k.low, vocabulary, n));
            out.push_back(from_threshold(k.measure, k.high_inclusive ? Op::le : Op::lt, k.high,
                                         vocabulary, n));
          } else if constexpr (std::is_same_v<K, InSet>) {
            if (k.values.empty()) return;
            const auto [lo, hi] = std::minmax_element(k.values.begin(), k.values.end());
            Threshold t;
            t.unit = k.unit;
            t.value = *lo;
            out.push_back(from_threshold(k.measure, Op::ge, t, vocabulary, n));
            t.value = *hi;
            out.push_back(from_threshold(k.measure, Op::le, t, vocabulary, n));
          } else if constexpr (std::is_same_v<K, TimeSince>) {
            out.push_back(from_duration(ComparisonKind::time_since, k.event, k.op, k.amount, n));
          } else if constexpr (std::is_same_v<K, HasEvent>) {
            if (k.within) {
              out.push_back(from_duration(ComparisonKind::within, k.event, Op::le, *k.within, n));
            }
          }
        },
        node.kind);
    const auto kids = children_of(node);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
}

}  // namespace

std::vector<Comparison> list_comparisons(const Tree& tree, const Vocabulary& vocabulary) {
  std::vector<Comparison> out;
  if (!tree.empty()) collect(tree, tree.root, vocabulary, out);
  return out;
}

nlohmann::json to_json(const Comparison& c) {
  nlohmann::json j;
  j["analyte"] = c.analyte;
  j["op"] = std::string(to_string(c.op));
  j["value"] = c.value;
  j["unit"] = c.unit;
  j["canonical_value"] = c.canonical_value ? nlohmann::json(*c.canonical_value) : nlohmann::json();
  j["canonical_unit"] = c.canonical_unit;
  if (c.reference) {
    j["relative"] = {{"ref", std::string(to_string(*c.reference))},
                     {"mode", std::string(to_string(c.mode))}};
  } else {
    j["relative"] = nullptr;
  }
  j["kind"] = std::string(kind_name(c.kind));
  if (c.unit_inferred) j["unit_inferred"] = true;
  return j;
}

}  // namespace eligo
