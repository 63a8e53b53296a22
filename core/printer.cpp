// Writes a tree in the rule notation (docs/rules.md), canonically: ASCII operators,
// canonical unit codes, `ULN` for 1 x ULN, shortest round-trip numbers, parentheses only
// where precedence (not > and > or) or a nested chain needs them. The walk is iterative
// and bounded, so deep or malformed trees (cycles, bad ids) cannot exhaust the stack.
#include "core/printer.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <type_traits>

namespace eligo {

namespace {

// Binding strength: a child printed where `min` is required gets parentheses if weaker.
// NOTE: a chain inside a chain of the same kind needs them too, or it would flatten.
enum Level { kOr = 1, kAnd = 2, kUnary = 3, kAtom = 4 };

int level_of(const NodeKind& kind) {
  if (std::holds_alternative<Or>(kind)) return kOr;
  if (std::holds_alternative<And>(kind)) return kAnd;
  if (std::holds_alternative<Not>(kind)) return kUnary;
  return kAtom;
}

bool is_identifier(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kKeywords = {
      "and", "or", "not", "has", "in", "of", "is", "at", "least", "within", "manual", "because"};
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char c : s) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  for (auto k : kKeywords) {
    if (s == k) return false;
  }
  return true;
}

std::string in_quotes(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

// A categorical value: bare when it reads back as a word, quoted otherwise.
std::string value_text(std::string_view value) {
  return is_identifier(value) ? std::string(value) : in_quotes(value);
}

std::string with_unit(double value, std::string_view unit) {
  std::string out = format_number(value);
  if (!unit.empty()) {
    out += ' ';
    out += unit;
  }
  return out;
}

std::string threshold_text(const Threshold& t) {
  const std::string_view unit = !t.unit.empty() ? t.unit : t.unit_written;
  if (t.ref == Reference::none) return with_unit(t.value, unit);
  std::string ref(to_string(t.ref));
  switch (t.mode) {
    case RefMode::times: return t.value == 1 ? ref : format_number(t.value) + " x " + ref;
    case RefMode::plus: return ref + " + " + with_unit(t.value, unit);
    case RefMode::minus: return ref + " - " + with_unit(t.value, unit);
  }
  return ref;
}

std::string duration_text(const Duration& d) {
  std::string unit(to_string(d.unit));
  if (d.amount == 1) unit.pop_back();  // "1 month"
  return format_number(d.amount) + " " + unit;
}

std::string since_keyword(TimeUnit unit) { return std::string(to_string(unit)) + "_since"; }

// The text of a leaf (every kind but And, Or, Not, AtLeast).
std::string leaf_text(const NodeKind& kind) {
  return std::visit(
      [](const auto& k) -> std::string {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, Compare>) {
          return k.measure + " " + std::string(to_string(k.op)) + " " + threshold_text(k.threshold);
        } else if constexpr (std::is_same_v<K, Range>) {
          return k.measure + " in " + (k.low_inclusive ? "[" : "(") + threshold_text(k.low) + ", " +
                 threshold_text(k.high) + (k.high_inclusive ? "]" : ")");
        } else if constexpr (std::is_same_v<K, InSet>) {
          std::string out = k.measure + " in {";
          for (std::size_t i = 0; i < k.values.size(); ++i) {
            if (i > 0) out += ", ";
            out += with_unit(k.values[i], k.unit);
          }
          return out + "}";
        } else if constexpr (std::is_same_v<K, IsValue>) {
          if (k.values.size() == 1) return k.item + " is " + value_text(k.values[0]);
          std::string out = k.item + " in {";
          for (std::size_t i = 0; i < k.values.size(); ++i) {
            if (i > 0) out += ", ";
            out += value_text(k.values[i]);
          }
          return out + "}";
        } else if constexpr (std::is_same_v<K, HasEvent>) {
          std::string out = "has " + k.event;
          if (k.within) out += " within " + duration_text(*k.within);
          return out;
        } else if constexpr (std::is_same_v<K, TimeSince>) {
          return since_keyword(k.amount.unit) + " " + k.event + " " + std::string(to_string(k.op)) +
                 " " + format_number(k.amount.amount);
        } else if constexpr (std::is_same_v<K, Change>) {
          std::string out = "change(" + k.measure + ", from ";
          if (k.from == ChangeFrom::before && k.before) {
            out += "value before " + to_iso_string(*k.before);
          } else {
            out += k.from == ChangeFrom::nadir ? "nadir" : "baseline";
          }
          if (k.within) out += " within " + duration_text(*k.within);
          return out + ") " + std::string(to_string(k.op)) + " " + threshold_text(k.threshold);
        } else if constexpr (std::is_same_v<K, DoublingTime>) {
          std::string out = "doubling_time(" + k.measure;
          if (k.within) out += ", within " + duration_text(*k.within);
          return out + ") " + std::string(to_string(k.op)) + " " + duration_text(k.amount);
        } else if constexpr (std::is_same_v<K, CountOf>) {
          std::string out = "count(" + k.measure + " " + std::string(to_string(k.value_op)) + " " +
                            threshold_text(k.value);
          if (k.within) out += ", within " + duration_text(*k.within);
          if (k.apart) out += ", apart >= " + duration_text(*k.apart);
          return out + ") " + std::string(to_string(k.op)) + " " + std::to_string(k.count);
        } else if constexpr (std::is_same_v<K, Ratio>) {
          return "ratio(" + k.numerator + ", " + k.denominator + ") " +
                 std::string(to_string(k.op)) + " " + format_number(k.value);
        } else if constexpr (std::is_same_v<K, Manual>) {
          std::string out = "manual " + in_quotes(k.text);
          if (!k.reason.empty()) out += " because " + in_quotes(k.reason);
          return out;
        } else {
          return {};
        }
      },
      kind);
}

// One step of the walk: literal text, or a node to print where `min` binding is needed.
struct Step {
  std::string text;
  NodeId node = 0;
  int min = kOr;
  std::size_t depth = 0;
  bool is_node = false;
};

}  // namespace

std::string format_number(double value) {
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
  if (value == 0) return "0";  // also for -0
  // Fixed notation with the fewest digits that read back exactly: 1000000, not 1e+06.
  std::array<char, 400> buffer{};
  const auto [end, ec] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (ec != std::errc()) return "nan";
  return std::string(buffer.data(), end);
}

std::string print(const Tree& tree) {
  return tree.empty() ? std::string() : print(tree, tree.root);
}

std::string print(const Tree& tree, NodeId node) {
  std::string out;
  std::vector<Step> stack;
  stack.push_back(Step{{}, node, kOr, 0, true});
  while (!stack.empty()) {
    Step step = std::move(stack.back());
    stack.pop_back();
    if (!step.is_node) {
      out += step.text;
      continue;
    }
    if (step.node >= tree.nodes.size() || step.depth > tree.nodes.size()) {
      out += "<invalid>";  // a bad id, or a cycle: no tree nests deeper than its size
      continue;
    }
    const NodeKind& kind = tree.nodes[step.node].kind;
    const int level = level_of(kind);
    const bool parens = level < step.min;
    // Pushed in reverse: the last pushed is printed first.
    if (parens) stack.push_back(Step{")", 0, 0, 0, false});
    const std::size_t d = step.depth + 1;
    auto push_list = [&](const std::vector<NodeId>& children, std::string_view sep, int min) {
      for (std::size_t i = children.size(); i-- > 0;) {
        stack.push_back(Step{{}, children[i], min, d, true});
        if (i > 0) stack.push_back(Step{std::string(sep), 0, 0, 0, false});
      }
    };
    if (const auto* o = std::get_if<Or>(&kind)) {
      push_list(o->children, " or ", kAnd);
    } else if (const auto* a = std::get_if<And>(&kind)) {
      push_list(a->children, " and ", kUnary);
    } else if (const auto* n = std::get_if<Not>(&kind)) {
      stack.push_back(Step{{}, n->child, kUnary, d, true});
      stack.push_back(Step{"not ", 0, 0, 0, false});
    } else if (const auto* l = std::get_if<AtLeast>(&kind)) {
      stack.push_back(Step{")", 0, 0, 0, false});
      push_list(l->children, ", ", kOr);
      stack.push_back(Step{"at least " + std::to_string(l->k) + " of (", 0, 0, 0, false});
    } else {
      stack.push_back(Step{leaf_text(kind), 0, 0, 0, false});
    }
    if (parens) stack.push_back(Step{"(", 0, 0, 0, false});
  }
  return out;
}

std::vector<std::string> inferred_unit_notes(const Tree& tree) {
  std::vector<std::string> notes;
  for (NodeId id = 0; id < tree.nodes.size(); ++id) {
    const auto& kind = tree.nodes[id].kind;
    bool inferred = false;
    if (const auto* c = std::get_if<Compare>(&kind)) inferred = c->threshold.unit_inferred;
    if (const auto* r = std::get_if<Range>(&kind)) {
      inferred = r->low.unit_inferred || r->high.unit_inferred;
    }
    if (inferred) notes.push_back(print(tree, id) + ": unit not written; inferred from the value");
  }
  return notes;
}

}  // namespace eligo
