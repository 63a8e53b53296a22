// Duplicate trial ids; see trial_ids.hpp.
#include "api/trial_ids.hpp"

namespace eligo::api {

std::optional<Diagnostic> TrialIds::add(const std::string& id, const std::string& place) {
  if (id.empty()) return std::nullopt;
  const auto [it, added] = places_.try_emplace(id, place);
  if (added) return std::nullopt;
  return row_diagnostic(place, 0,
                        "trial " + id + " is given twice; it was first given at " + it->second +
                            ", which is kept, and this one is skipped");
}

}  // namespace eligo::api
