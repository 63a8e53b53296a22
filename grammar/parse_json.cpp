// `eligo parse --json` documents; see parse_json.hpp.
#include "grammar/parse_json.hpp"

#include <nlohmann/json.hpp>

#include "core/comparisons.hpp"
#include "core/printer.hpp"
#include "core/tree_json.hpp"

namespace eligo::grammar {
namespace {

nlohmann::json comparisons_json(const Tree& tree) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& c : list_comparisons(tree, Vocabulary::builtin())) list.push_back(to_json(c));
  return list;
}

}  // namespace

nlohmann::json rule_parse_json(const Tree& tree) {
  return {{"rule", print(tree)}, {"tree", to_json(tree)}, {"comparisons", comparisons_json(tree)}};
}

nlohmann::json prose_parse_json(std::string_view text, const ProseCompile& compiled) {
  nlohmann::json uncovered = nlohmann::json::array();
  for (const auto& s : compiled.uncovered) uncovered.push_back(std::string(s.text_in(text)));
  return {{"text", text},
          {"coverage", std::string(to_string(compiled.coverage))},
          {"rule", compiled.tree.empty() ? "" : print(compiled.tree)},
          {"tree", to_json(compiled.tree)},
          {"uncovered", uncovered},
          {"comparisons", comparisons_json(compiled.tree)}};
}

}  // namespace eligo::grammar
