// `eligo sql --dialect postgresql|duckdb --trials PATH... [--as-of DATE] [--schema cdm]
// [--out FILE]`: the trials as one SQL script over an OMOP CDM v5.4 database, whose last
// statement returns a row per person and trial with the verdict, score, deciding and
// to_decide of `eligo screen` (omop/sql_script.hpp, docs/sql.md).
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "omop/sql_script.hpp"

namespace eligo::cli {
namespace {

struct SqlCommandOptions {
  std::string dialect;
  std::vector<std::string> trials;
  std::string as_of;
  std::string schema = "cdm";
  std::string out;
};

int run(const SqlCommandOptions& o) {
  const auto dialect = omop::parse_dialect(o.dialect);
  if (!dialect) {
    std::cerr << "eligo sql: --dialect: expected postgresql or duckdb, found " << o.dialect << '\n';
    return kBadArguments;
  }
  const auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kBadArguments;
  const Vocabulary& vocabulary = Vocabulary::builtin();
  const auto loaded = load_trials(o.trials, vocabulary);
  if (!loaded) return kUnreadableInput;
  if (loaded->trials.empty()) return kUnreadableInput;
  const std::string script =
      omop::compile_sql(loaded->trials, vocabulary, omop::SqlOptions{*dialect, *as_of, o.schema});
  if (o.out.empty()) {
    std::cout << script;
  } else {
    std::ofstream out(o.out, std::ios::binary | std::ios::trunc);
    out << script;
    if (!out) {
      std::cerr << "eligo sql: " << o.out << ": cannot write\n";
      return kUnreadableInput;
    }
  }
  return loaded->exit_code();
}

}  // namespace

Run add_sql_command(CLI::App& app) {
  auto o = std::make_shared<SqlCommandOptions>();
  auto* cmd =
      app.add_subcommand("sql", "Compile trials to one SQL script over an OMOP CDM v5.4 database");
  cmd->add_option("--dialect", o->dialect, "postgresql or duckdb")->required();
  cmd->add_option("--trials", o->trials, ".criteria files, study JSON, or directories of them")
      ->required();
  cmd->add_option("--as-of", o->as_of, "The reference date, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--schema", o->schema, "The schema of the CDM tables (default: cdm)");
  cmd->add_option("--out", o->out, "Write the script here instead of standard output");
  cmd->footer(
      "The last statement returns person_id, person_source_value, trial_id, verdict, score,\n"
      "deciding, to_decide: what `eligo screen --format csv` gives for the same patients.\n"
      "Concepts are matched by vocabulary_id and concept_code (LOINC, SNOMED, ICD10CM,\n"
      "RxNorm, CPT4, UCUM), never by concept id. See docs/sql.md.\n"
      "Example:\n"
      "  eligo sql --dialect duckdb --trials criteria --as-of 2026-11-20 --out screen.sql");
  return [o, cmd]() -> int { return cmd->parsed() ? run(*o) : -1; };
}

}  // namespace eligo::cli
