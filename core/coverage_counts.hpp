// How much of a trial's text was understood, counted per criterion at every level (a
// parent and each of its children count once each, by effective_coverage): full,
// partial, none, and apart from none the criteria a person decides by nature (consent,
// willingness, an investigator's judgement: a manual leaf "needs a person"). The
// header's age and sex limits (H1, H2, ...) are not criteria of the text and are not
// counted. `eligo check --summary` adds these up per file, folder or in total.
#pragma once

#include <cstddef>

#include "core/trial.hpp"
#include "core/vocabulary.hpp"

namespace eligo {

struct CoverageCounts {
  std::size_t trials = 0;
  std::size_t criteria = 0;
  std::size_t full = 0, partial = 0, none = 0;
  std::size_t needs_person = 0;  // coverage none, and a person must decide it by nature
  std::size_t comparisons = 0;   // measured thresholds compiled

  CoverageCounts& operator+=(const CoverageCounts& o);
};

CoverageCounts count_coverage(const Trial& trial, const Vocabulary& vocabulary);

// Whether criterion `c` is a manual leaf a person decides by nature.
bool needs_person(const Criterion& c);

}  // namespace eligo
