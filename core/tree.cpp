// Tree construction helpers and structural equality.
#include "core/tree.hpp"

#include <type_traits>

namespace eligo {

NodeId Tree::add(NodeKind kind, Span span) {
  nodes.push_back(Node{std::move(kind), span});
  return static_cast<NodeId>(nodes.size() - 1);
}

std::vector<NodeId> children_of(const Node& node) {
  return std::visit(
      [](const auto& k) -> std::vector<NodeId> {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, And> || std::is_same_v<K, Or> ||
                      std::is_same_v<K, AtLeast>) {
          return k.children;
        } else if constexpr (std::is_same_v<K, Not>) {
          return {k.child};
        } else {
          return {};
        }
      },
      node.kind);
}

NodeId Tree::graft(const Tree& other, NodeId id) {
  Node copy = other.at(id);
  std::visit(
      [&](auto& k) {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, And> || std::is_same_v<K, Or> ||
                      std::is_same_v<K, AtLeast>) {
          for (auto& c : k.children) c = graft(other, c);
        } else if constexpr (std::is_same_v<K, Not>) {
          k.child = graft(other, k.child);
        }
      },
      copy.kind);
  nodes.push_back(std::move(copy));
  return static_cast<NodeId>(nodes.size() - 1);
}

namespace {

bool equal_nodes(const Tree& a, NodeId ia, const Tree& b, NodeId ib) {
  const Node& na = a.at(ia);
  const Node& nb = b.at(ib);
  if (na.kind.index() != nb.kind.index()) return false;
  return std::visit(
      [&](const auto& ka) -> bool {
        using K = std::decay_t<decltype(ka)>;
        const auto& kb = std::get<K>(nb.kind);
        if constexpr (std::is_same_v<K, And> || std::is_same_v<K, Or> ||
                      std::is_same_v<K, AtLeast>) {
          if constexpr (std::is_same_v<K, AtLeast>) {
            if (ka.k != kb.k) return false;
          }
          if (ka.children.size() != kb.children.size()) return false;
          for (std::size_t i = 0; i < ka.children.size(); ++i) {
            if (!equal_nodes(a, ka.children[i], b, kb.children[i])) return false;
          }
          return true;
        } else if constexpr (std::is_same_v<K, Not>) {
          return equal_nodes(a, ka.child, b, kb.child);
        } else {
          return ka == kb;
        }
      },
      na.kind);
}

}  // namespace

bool Tree::operator==(const Tree& other) const {
  if (empty() || other.empty()) return empty() == other.empty();
  return equal_nodes(*this, root, other, other.root);
}

std::string_view to_string(Op op) {
  switch (op) {
    case Op::lt: return "<";
    case Op::le: return "<=";
    case Op::gt: return ">";
    case Op::ge: return ">=";
    case Op::eq: return "=";
    case Op::ne: return "!=";
  }
  return "?";
}

std::string_view to_string(Reference ref) {
  switch (ref) {
    case Reference::none: return "";
    case Reference::uln: return "ULN";
    case Reference::lln: return "LLN";
  }
  return "";
}

std::string_view to_string(RefMode mode) {
  switch (mode) {
    case RefMode::times: return "times";
    case RefMode::plus: return "plus";
    case RefMode::minus: return "minus";
  }
  return "times";
}

std::string_view to_string(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::days: return "days";
    case TimeUnit::weeks: return "weeks";
    case TimeUnit::months: return "months";
    case TimeUnit::years: return "years";
  }
  return "days";
}

std::string_view to_string(ChangeFrom from) {
  switch (from) {
    case ChangeFrom::baseline: return "baseline";
    case ChangeFrom::nadir: return "nadir";
    case ChangeFrom::before: return "before";
  }
  return "baseline";
}

Op negate(Op op) {
  switch (op) {
    case Op::lt: return Op::ge;
    case Op::le: return Op::gt;
    case Op::gt: return Op::le;
    case Op::ge: return Op::lt;
    case Op::eq: return Op::ne;
    case Op::ne: return Op::eq;
  }
  return op;
}

}  // namespace eligo
