// A compiled trial: its criteria, each with a tree, a coverage and its place in the
// document. Produced by grammar/trial_compiler from a .criteria file; read by the
// evaluator. Plain values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/coverage.hpp"
#include "core/source.hpp"
#include "core/tree.hpp"

namespace eligo {

enum class Section { inclusion, exclusion };

constexpr std::string_view to_string(Section section) {
  return section == Section::inclusion ? "inclusion" : "exclusion";
}

struct Criterion {
  std::string id;  // I1, I2.1, E4.3: stable, from its place in the document
  Section section = Section::inclusion;
  std::string text;  // verbatim
  Span span;         // of the text in the trial file
  // The tree to evaluate. For a criterion with children, the combination of the
  // children's trees by the parent's wording (any/all/at least k) is NOT in this tree:
  // the evaluator combines the children's results (see `children`, `combine`).
  Tree tree;
  Coverage coverage = Coverage::none;  // of this criterion's own text (or its rule)
  std::vector<std::string> uncovered;  // text the compiler did not account for
  bool from_rule = false;              // a `rule:` line gave the tree
  std::optional<std::string> rule_text;

  // Document structure: children combine as any (OR), all (AND) or at least k.
  enum class Combine { none, any, all, at_least };
  Combine combine = Combine::none;
  unsigned k = 0;
  bool negated = false;             // "none of the following": the combination is negated
  bool combine_is_default = false;  // no wording said how; the section's default was used
  int parent = -1;                  // index into Trial::criteria, -1 for top level
  std::vector<int> children;
};

struct Trial {
  std::string id;  // NCT number
  std::string title;
  std::string source;               // the file it came from
  std::vector<Criterion> criteria;  // in document order; parents before children
  Duration lab_window{28, TimeUnit::days};
};

}  // namespace eligo
