// See coverage_counts.hpp.
#include "core/coverage_counts.hpp"

#include "core/comparisons.hpp"
#include "core/trial_json.hpp"

namespace eligo {

CoverageCounts& CoverageCounts::operator+=(const CoverageCounts& o) {
  using C = CoverageCounts;
  for (auto field : {&C::trials, &C::criteria, &C::full, &C::partial, &C::none, &C::needs_person,
                     &C::comparisons}) {
    this->*field += o.*field;
  }
  return *this;
}

bool needs_person(const Criterion& c) {
  if (c.tree.empty()) return false;
  const auto* m = std::get_if<Manual>(&c.tree.top().kind);
  return m != nullptr && m->reason == "needs a person";
}

CoverageCounts count_coverage(const Trial& trial, const Vocabulary& vocabulary) {
  CoverageCounts n;
  n.trials = 1;
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    if (c.from_rule && c.id.rfind('H', 0) == 0) continue;  // the header's limits
    ++n.criteria;
    n.comparisons += list_comparisons(c.tree, vocabulary).size();
    switch (effective_coverage(trial, i)) {
      case Coverage::full: ++n.full; break;
      case Coverage::partial: ++n.partial; break;
      case Coverage::none:
        (needs_person(c) && c.children.empty() ? n.needs_person : n.none)++;
        break;
    }
  }
  return n;
}

}  // namespace eligo
