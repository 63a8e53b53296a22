// Prose stage 3: from the scanned pieces to one Tree and a Coverage. Conditions
// ("if", "except", "in patients with") take the statements in their scope out of the
// tree; permissions ("is allowed") take out the events of their clause; a grade whose
// subject is an event takes out that event; windows join the events next to them;
// negations wrap the statement after them. The remaining statements are combined by
// the connectives between them: AND binds tighter than OR, commas take the connective
// that ends their list, ";" and "." join with AND, and a list after "e.g." or
// "including" joins with OR. Spans stay in normalised offsets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/coverage.hpp"
#include "core/diagnostic.hpp"
#include "core/tree.hpp"
#include "grammar/prose_pieces.hpp"

namespace eligo::grammar::prose {

struct Assembled {
  Tree tree;  // empty when coverage is none
  Coverage coverage = Coverage::none;
  std::vector<Pos> uncovered;           // maximal runs of uncovered content
  std::vector<Diagnostic> diagnostics;  // spans in normalised offsets
  std::string manual_reason;            // for none: "not understood" or "needs a person"
  std::size_t statements = 0;           // statements compiled into the tree
};

Assembled assemble(std::vector<Item> items, std::string_view normalised);

}  // namespace eligo::grammar::prose
