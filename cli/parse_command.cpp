// `eligo parse [--rule] [--json] TEXT`: compile one rule (rule notation) or one
// criterion's prose, and print the tree in the rule notation or as JSON.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "core/json_dump.hpp"
#include "core/printer.hpp"
#include "grammar/parse_json.hpp"
#include "grammar/prose_compiler.hpp"
#include "grammar/rule_parser.hpp"
#include "grammar/text_bytes.hpp"

namespace eligo::cli {
namespace {

struct ParseOptions {
  bool rule = false;
  bool json = false;
  bool exclusion = false;
  std::string text;
};

int run_rule(const ParseOptions& o) {
  std::cerr << render_all(grammar::byte_warnings(o.text), "rule", o.text);
  const grammar::RuleParse parsed = grammar::parse_rule(o.text);
  if (!parsed.ok()) {
    std::cerr << render_all(parsed.diagnostics, "rule", o.text);
    return kInputErrors;
  }
  if (o.json) {
    std::cout << dump_json(grammar::rule_parse_json(parsed.tree), 2) << '\n';
  } else {
    std::cout << print(parsed.tree) << '\n';
  }
  return kSuccess;
}

int run_prose(const ParseOptions& o) {
  std::cerr << render_all(grammar::byte_warnings(o.text), "text", o.text);
  const grammar::ProseCompile compiled = grammar::compile_prose(
      o.text, Vocabulary::builtin(), {}, o.exclusion ? Section::exclusion : Section::inclusion);
  if (!compiled.diagnostics.empty()) {
    std::cerr << render_all(compiled.diagnostics, "text", o.text);
  }
  if (o.json) {
    std::cout << dump_json(grammar::prose_parse_json(o.text, compiled), 2) << '\n';
  } else {
    std::cout << "coverage: " << to_string(compiled.coverage) << '\n';
    if (!compiled.tree.empty()) std::cout << "rule: " << print(compiled.tree) << '\n';
    for (const auto& note : inferred_unit_notes(compiled.tree)) {
      std::cout << "note: " << note << '\n';
    }
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
  cmd->add_flag("--json", options->json, "Print JSON: the tree and the flat list of comparisons");
  cmd->add_flag("--exclusion", options->exclusion,
                "The text is an exclusion criterion (\"S unless E\" is then S and not E)");
  cmd->add_option("TEXT", options->text, "The rule or criterion text")->required();
  cmd->footer(
      "Exit codes: 0 compiled (prose always compiles, perhaps partly: see coverage); 1 a\n"
      "malformed rule (--rule), shown with its column and a caret; 2 bad arguments. Bytes\n"
      "that are not UTF-8 are a warning at text:1:col; --json writes them as U+FFFD.\n"
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
