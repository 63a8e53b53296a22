// A compiled trial as JSON; see trial_json.hpp.
#include "core/trial_json.hpp"

#include <nlohmann/json.hpp>

#include "core/comparisons.hpp"
#include "core/printer.hpp"

namespace eligo {
namespace {

Coverage effective_at(const Trial& trial, std::size_t index, std::size_t depth) {
  const Criterion& c = trial.criteria[index];
  if (c.from_rule || c.children.empty() || depth > trial.criteria.size()) return c.coverage;
  bool all_full = true, any_understood = c.coverage != Coverage::none;
  for (const int child : c.children) {
    if (child < 0 || static_cast<std::size_t>(child) >= trial.criteria.size()) continue;
    const Coverage cc = effective_at(trial, static_cast<std::size_t>(child), depth + 1);
    all_full &= cc == Coverage::full;
    any_understood |= cc != Coverage::none;
  }
  if (!any_understood) return Coverage::none;
  const bool worded = c.combine != Criterion::Combine::none && !c.combine_is_default;
  return worded && all_full && c.uncovered.empty() ? Coverage::full : Coverage::partial;
}

nlohmann::json criterion_json(const Trial& trial, std::size_t index, const Vocabulary& vocabulary) {
  const Criterion& c = trial.criteria[index];
  nlohmann::json comparisons = nlohmann::json::array();
  for (const auto& cmp : list_comparisons(c.tree, vocabulary)) comparisons.push_back(to_json(cmp));
  return {{"id", c.id},
          {"section", std::string(to_string(c.section))},
          {"text", c.text},
          {"coverage", std::string(to_string(effective_coverage(trial, index)))},
          {"own_coverage", std::string(to_string(c.coverage))},
          {"rule", c.tree.empty() ? "" : print(c.tree)},
          {"from_rule", c.from_rule},
          {"uncovered", c.uncovered},
          {"comparisons", comparisons}};
}

}  // namespace

Coverage effective_coverage(const Trial& trial, std::size_t index) {
  if (index >= trial.criteria.size()) return Coverage::none;
  return effective_at(trial, index, 0);
}

nlohmann::json trial_json(const Trial& trial, std::string_view file, const Vocabulary& vocabulary) {
  nlohmann::json criteria = nlohmann::json::array();
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    criteria.push_back(criterion_json(trial, i, vocabulary));
  }
  return {{"trial", trial.id}, {"title", trial.title}, {"file", file}, {"criteria", criteria}};
}

}  // namespace eligo
