// The prose compiler: finds the measurable statements in one criterion's registry
// text ("Absolute neutrophil count (ANC) ≥1000/µL (1 × 10^9/L)") and builds a Tree for
// them, reporting how much of the text it understood (Coverage) and which spans it did
// not. It never throws; what it cannot read becomes an uncovered span, never a guess.
#pragma once

#include <string_view>
#include <vector>

#include "core/coverage.hpp"
#include "core/diagnostic.hpp"
#include "core/tree.hpp"
#include "core/trial.hpp"
#include "core/vocabulary.hpp"

namespace eligo::grammar {

struct ProseCompile {
  Tree tree;  // for Coverage::none: a single Manual leaf with the text
  Coverage coverage = Coverage::none;
  std::vector<Span> uncovered;  // content the compiler did not account for
  std::vector<Diagnostic> diagnostics;
};

// `origin` is where `text` starts in its file, so spans point into the file. The section
// matters for a waiver only: "S unless E" is `S or has E` in an inclusion criterion and
// `S and not has E` in an exclusion criterion.
ProseCompile compile_prose(std::string_view text,
                           const Vocabulary& vocabulary = Vocabulary::builtin(), Span origin = {},
                           Section section = Section::inclusion);

}  // namespace eligo::grammar
