// A compiled trial as JSON; see trial_json.hpp.
#include "engine/trial_json.hpp"

#include <nlohmann/json.hpp>

#include "engine/comparisons.hpp"
#include "engine/printer.hpp"

namespace eligo {
namespace {

nlohmann::json criterion_json(const Criterion& c, const Vocabulary& vocabulary) {
  nlohmann::json comparisons = nlohmann::json::array();
  for (const auto& cmp : list_comparisons(c.tree, vocabulary)) comparisons.push_back(to_json(cmp));
  return {{"id", c.id},
          {"section", std::string(to_string(c.section))},
          {"text", c.text},
          {"coverage", std::string(to_string(effective_coverage(c)))},
          {"own_coverage", std::string(to_string(c.coverage))},
          {"rule", c.tree.empty() ? "" : print(c.tree)},
          {"from_rule", c.from_rule},
          {"uncovered", c.uncovered},
          {"comparisons", comparisons}};
}

}  // namespace

Coverage effective_coverage(const Criterion& c) {
  if (c.from_rule || c.children.empty()) return c.coverage;
  return c.combine_is_default ? Coverage::partial : Coverage::full;
}

nlohmann::json trial_json(const Trial& trial, std::string_view file, const Vocabulary& vocabulary) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const Criterion& c : trial.criteria) criteria.push_back(criterion_json(c, vocabulary));
  return {{"trial", trial.id}, {"title", trial.title}, {"file", file}, {"criteria", criteria}};
}

}  // namespace eligo
