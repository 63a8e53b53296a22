// `eligo check [--json] FILE...`: compile trial files and show, per criterion, what was
// understood: its coverage, its tree in the rule notation and the uncovered text.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "api/trial_ids.hpp"
#include "cli/check_summary.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "core/coverage_counts.hpp"
#include "core/json_dump.hpp"
#include "core/printer.hpp"
#include "core/text.hpp"
#include "core/trial_json.hpp"
#include "grammar/trial_compiler.hpp"

namespace eligo::cli {
namespace {

struct CheckOptions {
  bool json = false;
  bool summary = false;
  std::string group_by = "total";
  std::vector<std::string> files;
};

void print_text(const Trial& trial, const Vocabulary& vocabulary) {
  std::cout << trial.id << "  " << trial.title << '\n';
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    std::string indent(2, ' ');
    for (int p = c.parent; p >= 0; p = trial.criteria[p].parent) indent += "  ";
    std::cout << '\n'
              << indent << c.id << "  " << to_string(c.section) << "  "
              << to_string(effective_coverage(trial, i)) << (c.from_rule ? " (rule)" : "")
              << (!c.from_rule && !c.children.empty()
                      ? " (by its children; own text " + std::string(to_string(c.coverage)) + ")"
                      : "")
              << '\n';
    std::cout << indent << "  text: " << c.text << '\n';
    if (!c.tree.empty()) std::cout << indent << "  rule: " << print(c.tree) << '\n';
    for (const auto& note : inferred_unit_notes(c.tree)) {
      std::cout << indent << "  note: " << note << '\n';
    }
    if (!c.children.empty()) {
      static constexpr const char* kCombine[] = {"none", "any", "all", "at least"};
      std::cout << indent << "  children: " << kCombine[static_cast<int>(c.combine)]
                << (c.combine == Criterion::Combine::at_least ? " " + std::to_string(c.k) : "")
                << (c.combine_is_default ? " (default: no wording said how)" : "") << '\n';
    }
    for (const auto& u : c.uncovered) std::cout << indent << "  uncovered: " << u << '\n';
    if (!c.from_rule && !c.children.empty() && !c.uncovered.empty()) {
      std::cout << indent
                << "  qualified: its uncovered words may qualify the children; children met "
                   "leave it unknown for a person to confirm\n";
    }
  }
  const CoverageCounts s = count_coverage(trial, vocabulary);
  std::cout << "\nsummary " << trial.id << ": " << s.criteria << " criteria: " << s.full
            << " full, " << s.partial << " partial, " << s.none << " none, " << s.needs_person
            << " for a person by nature; " << s.comparisons << " comparisons\n";
}

int run(const CheckOptions& o) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  const auto paths = grammar::expand_trial_paths(o.files);
  if (!paths) {
    std::cerr << "eligo check: " << paths.error() << '\n';
    return kUnreadableInput;
  }
  int code = kSuccess;
  bool first = true;
  CheckSummary summary(o.group_by == "dir"    ? GroupBy::dir
                       : o.group_by == "file" ? GroupBy::file
                                              : GroupBy::total);
  api::TrialIds ids;
  for (const auto& path : *paths) {
    auto compiled = grammar::compile_trial_file(path, vocabulary);
    if (!compiled || trim(compiled->text).empty()) {
      std::cerr << "eligo check: " << (compiled ? path.string() + ": empty file" : compiled.error())
                << '\n';
      code = kUnreadableInput;
      continue;
    }
    const grammar::TrialCompile& tc = *compiled;
    std::cerr << render_all(tc.diagnostics, path.string(), tc.text);
    if (has_errors(tc.diagnostics) && code == kSuccess) code = kInputErrors;
    if (const auto duplicate = ids.add(tc.trial.id, path.string())) {
      std::cerr << render(*duplicate);
      if (code == kSuccess) code = kInputErrors;
      continue;
    }
    if (o.summary) {
      summary.add(path, count_coverage(tc.trial, vocabulary));
    } else if (o.json) {
      std::cout << dump_json(trial_json(tc.trial, path.string(), vocabulary)) << '\n';
    } else {
      if (!first) std::cout << "\n\n";
      print_text(tc.trial, vocabulary);
    }
    first = false;
  }
  if (o.summary && o.json) summary.print_json(std::cout);
  if (o.summary && !o.json) summary.print_text(std::cout);
  return code;
}

}  // namespace

Run add_check_command(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand(
      "check", "Compile trial files (.criteria) and show what each criterion compiled to");
  cmd->add_flag("--json", options->json, "One JSON object per file (JSON Lines)");
  auto* summary =
      cmd->add_flag("--summary", options->summary,
                    "Only the counts of full, partial and none criteria (and those a person "
                    "decides by nature), for all files together or per group");
  cmd->add_option("--group-by", options->group_by,
                  "With --summary: total (default), dir (per folder) or file")
      ->check(CLI::IsMember({"total", "dir", "file"}))
      ->needs(summary);
  cmd->add_option("FILE", options->files, ".criteria files or directories of them")->required();
  cmd->footer(
      "Exit codes: 0 compiled; 1 a file has errors (e.g. a bad rule: line, shown with\n"
      "file:line:col and a caret) or gives a trial id already given (skipped); 3 a file\n"
      "cannot be read (missing, empty). Bytes that are not UTF-8 are a warning at\n"
      "file:line:col; --json writes them as U+FFFD.\n"
      "Example:\n  eligo check criteria/NCT04270409.criteria\n"
      "  eligo check --summary --group-by dir tests/corpus/*/");
  return [cmd, options]() -> int { return *cmd ? run(*options) : -1; };
}

}  // namespace eligo::cli
