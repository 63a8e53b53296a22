// `eligo parse [--rule] [--json] TEXT`: compile one rule (rule notation) or one
// criterion's prose, and print the tree in the rule notation or as JSON.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "engine/comparisons.hpp"
#include "engine/printer.hpp"
#include "engine/tree_json.hpp"
#include "grammar/prose_compiler.hpp"
#include "grammar/rule_parser.hpp"

namespace eligo::cli {
namespace {

struct ParseOptions {
  bool rule = false;
  bool json = false;
  std::string text;
};

nlohmann::json comparisons_json(const Tree& tree) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& c : list_comparisons(tree, Vocabulary::builtin())) list.push_back(to_json(c));
  return list;
}

int run_rule(const ParseOptions& o) {
  const RuleParse parsed = parse_rule(o.text);
  if (!parsed.ok()) {
    std::cerr << render_all(parsed.diagnostics, "rule", o.text);
    return kInputErrors;
  }
  if (o.json) {
    nlohmann::json j{{"rule", print(parsed.tree)},
                     {"tree", to_json(parsed.tree)},
                     {"comparisons", comparisons_json(parsed.tree)}};
    std::cout << j.dump(2) << '\n';
  } else {
    std::cout << print(parsed.tree) << '\n';
  }
  return kSuccess;
}

int run_prose(const ParseOptions& o) {
  const ProseCompile compiled = compile_prose(o.text);
  if (!compiled.diagnostics.empty()) {
    std::cerr << render_all(compiled.diagnostics, "text", o.text);
  }
  if (o.json) {
    nlohmann::json uncovered = nlohmann::json::array();
    for (const auto& s : compiled.uncovered) uncovered.push_back(std::string(s.text_in(o.text)));
    nlohmann::json j{{"text", o.text},
                     {"coverage", std::string(to_string(compiled.coverage))},
                     {"rule", compiled.tree.empty() ? "" : print(compiled.tree)},
                     {"tree", to_json(compiled.tree)},
                     {"uncovered", uncovered},
                     {"comparisons", comparisons_json(compiled.tree)}};
    std::cout << j.dump(2) << '\n';
  } else {
    std::cout << "coverage: " << to_string(compiled.coverage) << '\n';
    if (!compiled.tree.empty()) std::cout << "rule: " << print(compiled.tree) << '\n';
    for (const auto& s : compiled.uncovered) {
      std::cout << "uncovered: " << s.text_in(o.text) << '\n';
    }
  }
  return kSuccess;
}

}  // namespace

Run add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  auto* cmd = app.add_subcommand(
      "parse", "Compile one criterion's text (or, with --rule, one rule) and print its tree");
  cmd->add_flag("--rule", options->rule, "TEXT is in eligo's rule notation (docs/rules.md)");
  cmd->add_flag("--json", options->json,
                "Print JSON: the tree and the flat list of comparisons");
  cmd->add_option("TEXT", options->text, "The rule or criterion text")->required();
  cmd->footer(
      "Examples:\n"
      "  eligo parse --rule 'anc >= 1000 /uL'\n"
      "  eligo parse --rule --json 'alt <= 3 x ULN and ast <= 3 x ULN'\n"
      "  eligo parse 'Absolute neutrophil count (ANC) >= 1000/uL'");
  return [cmd, options]() -> int {
    if (!*cmd) return -1;
    return options->rule ? run_rule(*options) : run_prose(*options);
  };
}

}  // namespace eligo::cli
