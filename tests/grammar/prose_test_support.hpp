// Table-driven checks for the prose compiler: each case is {criterion text, expected
// coverage, expected tree in the rule notation, expected uncovered spans}. A compiled
// tree must also survive the rule notation: parse_rule(print(tree)) gives it back.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/printer.hpp"
#include "grammar/prose_compiler.hpp"
#include "grammar/rule_parser.hpp"

namespace eligo::prose_test {

struct Case {
  std::string_view text;
  Coverage coverage;
  std::string_view rule;                    // print(tree); empty when coverage is none
  std::vector<std::string_view> uncovered;  // checked for partial cases
};

inline constexpr Coverage full = Coverage::full;
inline constexpr Coverage partial = Coverage::partial;
inline constexpr Coverage none = Coverage::none;

inline std::vector<std::string> uncovered_texts(const grammar::ProseCompile& r,
                                                std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : r.uncovered) out.emplace_back(s.text_in(text));
  return out;
}

// True when the tree holds a comparison of some measure (a threshold).
inline bool has_threshold(const Tree& tree) {
  for (const auto& n : tree.nodes) {
    if (std::holds_alternative<Compare>(n.kind) || std::holds_alternative<Range>(n.kind) ||
        std::holds_alternative<InSet>(n.kind) || std::holds_alternative<TimeSince>(n.kind)) {
      return true;
    }
  }
  return false;
}

// `section`: the section the criterion stands in (an exclusion reads some forms its own
// way, e.g. a bare "3 x ULN" is a raised value).
inline void check_case(const Case& c, Section section = Section::inclusion) {
  INFO("text: " << c.text);
  const grammar::ProseCompile r =
      grammar::compile_prose(c.text, Vocabulary::builtin(), Span{}, section);
  CHECK(to_string(r.coverage) == to_string(c.coverage));
  REQUIRE_FALSE(r.tree.empty());
  if (c.coverage == Coverage::none) {
    REQUIRE(r.tree.nodes.size() == 1);
    const auto* manual = std::get_if<Manual>(&r.tree.top().kind);
    REQUIRE(manual != nullptr);
    CHECK_FALSE(manual->text.empty());
    return;
  }
  const std::string printed = print(r.tree);
  CHECK(printed == c.rule);
  const grammar::RuleParse back = grammar::parse_rule(printed);
  CHECK(back.ok());
  if (back.ok()) CHECK(back.tree == r.tree);
  const auto uncovered = uncovered_texts(r, c.text);
  if (c.coverage == Coverage::full) CHECK(uncovered.empty());
  if (c.coverage == Coverage::partial) {
    CHECK(uncovered == std::vector<std::string>(c.uncovered.begin(), c.uncovered.end()));
  }
}

}  // namespace eligo::prose_test
