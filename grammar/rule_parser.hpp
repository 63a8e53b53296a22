// The rule notation: eligo's strict, readable text form of the expression tree
// (docs/rules.md). parse_rule compiles one rule into a Tree, checking measures against
// the vocabulary and units against each measure's dimension; it never throws. On error
// the tree is empty and the diagnostics say where (line:col) and what was expected.
#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/tree.hpp"
#include "core/vocabulary.hpp"

namespace eligo::grammar {

struct RuleParse {
  Tree tree;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !tree.empty() && !has_errors(diagnostics); }
};

// `origin` is where `text` starts in its enclosing file (a `rule:` line in a .criteria
// file), so spans and diagnostics point into that file; the default is line 1 column 1.
RuleParse parse_rule(std::string_view text, const Vocabulary& vocabulary = Vocabulary::builtin(),
                     Span origin = {});

}  // namespace eligo::grammar
