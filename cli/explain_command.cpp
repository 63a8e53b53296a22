// `eligo explain --trial ID --patient ID --trials PATH... --patients FILE...`: the whole
// explanation of one (patient, trial) pair, as a coordinator reads it.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "engine/explain.hpp"
#include "engine/screener.hpp"

namespace eligo::cli {
namespace {

struct ExplainOptions {
  std::string trial;
  std::string patient;
  std::vector<std::string> trials;
  std::vector<std::string> patients;
  std::string as_of;
};

int run(const ExplainOptions& o) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  const auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kBadArguments;
  if (!standard_input_at_most_once(o.patients)) return kBadArguments;
  auto loaded = load_trials(o.trials, vocabulary);
  if (!loaded) return kUnreadableInput;
  if (loaded->trials.empty()) return kUnreadableInput;
  std::vector<Trial>* const trials = &loaded->trials;
  std::erase_if(*trials, [&](const Trial& t) { return t.id != o.trial; });
  if (trials->empty()) {
    std::cerr << "eligo explain: no trial with id " << o.trial << " in --trials\n";
    return kBadArguments;
  }
  const engine::Screener screener(*trials, vocabulary);
  engine::ScreenWorker worker(screener);
  bool found = false;
  const PatientInput input =
      read_patient_files(o.patients, vocabulary, [&](patients::PatientRecord&& patient) {
        if (patient.id != o.patient) return;
        found = true;
        worker.screen(
            patient, *as_of,
            [&](std::size_t, const engine::TrialEvaluation& ev, const engine::Verdict& v) {
              std::cout << "patient " << patient.id << ", trial " << o.trial << ", as of "
                        << to_iso_string(*as_of) << "\n"
                        << engine::explain(ev, v);
            });
      });
  if (input.unreadable) return kUnreadableInput;
  if (!found) {
    // The id is the caller's own argument; it is not repeated into the log.
    std::cerr << "eligo explain: the patient id given is not in --patients\n";
    return kBadArguments;
  }
  return loaded->exit_code() != kSuccess ? loaded->exit_code()
         : input.stats.errors > 0        ? kInputErrors
                                         : kSuccess;
}

}  // namespace

Run add_explain_command(CLI::App& app) {
  auto o = std::make_shared<ExplainOptions>();
  auto* cmd = app.add_subcommand("explain",
                                 "Explain one patient against one trial, criterion by criterion");
  cmd->add_option("--trial", o->trial, "The trial id (NCT number)")->required();
  cmd->add_option("--patient", o->patient, "The patient id")->required();
  cmd->add_option("--trials", o->trials, ".criteria files, or directories of them")->required();
  cmd->add_option("--patients", o->patients, "Patient CSV files (- for standard input)")
      ->required();
  cmd->add_option("--as-of", o->as_of, "Reference date YYYY-MM-DD (default: today, UTC)");
  cmd->footer(
      "Exit codes: 0 explained; 1 explained, but some rows, trials or studies were bad and\n"
      "skipped (named on stderr); 2 bad arguments (bad --as-of, no such trial or patient);\n"
      "3 a file cannot be read (missing, empty, no header, not study JSON).");
  return [cmd, o]() -> int { return *cmd ? run(*o) : -1; };
}

}  // namespace eligo::cli
