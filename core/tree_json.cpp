// Tree to JSON. Deep trees are bounded by the parsers (limit_depth), so plain
// recursion is safe here.
#include "core/tree_json.hpp"

#include <nlohmann/json.hpp>
#include <type_traits>

namespace eligo {
namespace {

nlohmann::json threshold_json(const Threshold& t) {
  nlohmann::json j{{"value", t.value}, {"unit", t.unit}};
  if (t.ref != Reference::none) {
    j["ref"] = std::string(to_string(t.ref));
    j["mode"] = std::string(to_string(t.mode));
  }
  return j;
}

nlohmann::json duration_json(const Duration& d) {
  return {{"amount", d.amount}, {"unit", std::string(to_string(d.unit))}};
}

}  // namespace

nlohmann::json to_json(const Tree& tree, NodeId id) {
  const Node& node = tree.at(id);
  nlohmann::json j = std::visit(
      [&](const auto& k) -> nlohmann::json {
        using K = std::decay_t<decltype(k)>;
        auto kids = [&](const std::vector<NodeId>& ids) {
          nlohmann::json a = nlohmann::json::array();
          for (NodeId c : ids) a.push_back(to_json(tree, c));
          return a;
        };
        if constexpr (std::is_same_v<K, Compare>) {
          return {{"type", "compare"},
                  {"measure", k.measure},
                  {"op", std::string(to_string(k.op))},
                  {"threshold", threshold_json(k.threshold)}};
        } else if constexpr (std::is_same_v<K, Range>) {
          return {{"type", "range"},
                  {"measure", k.measure},
                  {"low", threshold_json(k.low)},
                  {"low_inclusive", k.low_inclusive},
                  {"high", threshold_json(k.high)},
                  {"high_inclusive", k.high_inclusive}};
        } else if constexpr (std::is_same_v<K, InSet>) {
          return {
              {"type", "in_set"}, {"measure", k.measure}, {"values", k.values}, {"unit", k.unit}};
        } else if constexpr (std::is_same_v<K, IsValue>) {
          return {{"type", "is"}, {"item", k.item}, {"values", k.values}};
        } else if constexpr (std::is_same_v<K, HasEvent>) {
          nlohmann::json e{{"type", "has"}, {"event", k.event}};
          e["within"] = k.within ? duration_json(*k.within) : nlohmann::json();
          return e;
        } else if constexpr (std::is_same_v<K, TimeSince>) {
          return {{"type", "time_since"},
                  {"event", k.event},
                  {"op", std::string(to_string(k.op))},
                  {"amount", duration_json(k.amount)}};
        } else if constexpr (std::is_same_v<K, Change>) {
          nlohmann::json c{{"type", "change"},
                           {"measure", k.measure},
                           {"from", std::string(to_string(k.from))},
                           {"op", std::string(to_string(k.op))},
                           {"threshold", threshold_json(k.threshold)}};
          c["within"] = k.within ? duration_json(*k.within) : nlohmann::json();
          c["before"] = k.before ? nlohmann::json(to_iso_string(*k.before)) : nlohmann::json();
          return c;
        } else if constexpr (std::is_same_v<K, DoublingTime>) {
          nlohmann::json d{{"type", "doubling_time"},
                           {"measure", k.measure},
                           {"op", std::string(to_string(k.op))},
                           {"amount", duration_json(k.amount)}};
          d["within"] = k.within ? duration_json(*k.within) : nlohmann::json();
          return d;
        } else if constexpr (std::is_same_v<K, CountOf>) {
          nlohmann::json c{{"type", "count"},
                           {"measure", k.measure},
                           {"value_op", std::string(to_string(k.value_op))},
                           {"value", threshold_json(k.value)},
                           {"op", std::string(to_string(k.op))},
                           {"count", k.count}};
          c["within"] = k.within ? duration_json(*k.within) : nlohmann::json();
          c["apart"] = k.apart ? duration_json(*k.apart) : nlohmann::json();
          return c;
        } else if constexpr (std::is_same_v<K, Ratio>) {
          return {{"type", "ratio"},
                  {"numerator", k.numerator},
                  {"denominator", k.denominator},
                  {"op", std::string(to_string(k.op))},
                  {"value", k.value}};
        } else if constexpr (std::is_same_v<K, And>) {
          return {{"type", "and"}, {"children", kids(k.children)}};
        } else if constexpr (std::is_same_v<K, Or>) {
          return {{"type", "or"}, {"children", kids(k.children)}};
        } else if constexpr (std::is_same_v<K, Not>) {
          return {{"type", "not"}, {"children", kids({k.child})}};
        } else if constexpr (std::is_same_v<K, AtLeast>) {
          return {{"type", "at_least"}, {"k", k.k}, {"children", kids(k.children)}};
        } else {
          static_assert(std::is_same_v<K, Manual>);
          return {{"type", "manual"}, {"text", k.text}, {"reason", k.reason}};
        }
      },
      node.kind);
  j["span"] = {{"begin", node.span.begin},
               {"end", node.span.end},
               {"line", node.span.line},
               {"column", node.span.column}};
  return j;
}

nlohmann::json to_json(const Tree& tree) {
  return tree.empty() ? nlohmann::json() : to_json(tree, tree.root);
}

}  // namespace eligo
