// `eligo screen --trials PATH... --patients FILE... [--as-of DATE] [--format F] [--out FILE]`:
// every patient against every trial. Results go to stdout (or --out); bad rows, trial
// file errors and the closing summary go to stderr. Patient ids and values are never
// logged; they appear only in the report itself.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "cli/report.hpp"
#include "engine/screener.hpp"

namespace eligo::cli {
namespace {

struct ScreenOptions {
  std::vector<std::string> trials;
  std::vector<std::string> patients;
  std::string as_of;
  Format format = Format::table;
  std::string out;
};

int run(const ScreenOptions& o) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  const auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kBadArguments;
  const auto trials = load_trials(o.trials, vocabulary);
  if (!trials) return kUnreadableInput;

  std::ofstream file;
  if (!o.out.empty()) {
    file.open(o.out, std::ios::binary);
    if (!file) {
      std::cerr << "eligo: " << o.out << ": cannot write\n";
      return kUnreadableInput;
    }
  }
  std::ostream& out = o.out.empty() ? std::cout : file;

  const Screener screener(*trials, vocabulary);
  ScreenWorker worker(screener);
  ReportWriter report(o.format, out, *trials);
  std::size_t counts[3] = {0, 0, 0};
  std::size_t patients = 0;
  const bool progress = isatty(STDERR_FILENO) != 0;

  const PatientInput input =
      read_patient_files(o.patients, vocabulary, [&](PatientRecord&& patient) {
        worker.screen(patient, *as_of,
                      [&](std::size_t t, const TrialEvaluation& ev, const Verdict& v) {
                        ++counts[static_cast<int>(v.kind)];
                        report.add(patient.id, t, ev, v);
                      });
        report.end_patient();
        if (progress && ++patients % 10000 == 0) std::cerr << '\r' << patients << " patients";
      });
  report.finish();
  if (progress && patients >= 10000) std::cerr << '\n';

  std::cerr << "screened " << input.stats.patients << " patients x " << trials->size()
            << " trials as of " << to_iso_string(*as_of) << ": "
            << counts[static_cast<int>(VerdictKind::eligible)] << " eligible, "
            << counts[static_cast<int>(VerdictKind::undetermined)] << " undetermined, "
            << counts[static_cast<int>(VerdictKind::ineligible)] << " ineligible; "
            << input.stats.rows << " rows read, " << input.stats.rows_rejected
            << " rejected";
  if (input.stats.values_rejected > 0) {
    std::cerr << ", " << input.stats.values_rejected << " values rejected";
  }
  std::cerr << '\n';
  if (!out) {
    std::cerr << "eligo: error writing the report\n";
    return kUnreadableInput;
  }
  if (input.unreadable) return kUnreadableInput;
  return input.stats.errors > 0 ? kInputErrors : kSuccess;
}

}  // namespace

Run add_screen_command(CLI::App& app) {
  auto o = std::make_shared<ScreenOptions>();
  auto* cmd = app.add_subcommand("screen", "Screen every patient against every trial");
  cmd->add_option("--trials", o->trials, ".criteria files, or directories of them")
      ->required();
  cmd->add_option("--patients", o->patients, "Patient CSV files (long or wide format)")
      ->required();
  cmd->add_option("--as-of", o->as_of, "Reference date YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--format", o->format, "table (default), json (JSON Lines) or csv")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{
              {"table", Format::table}, {"json", Format::json}, {"csv", Format::csv}},
          CLI::ignore_case));
  cmd->add_option("--out", o->out, "Write the report to FILE instead of standard output");
  cmd->footer(
      "Exit codes: 0 screened; 1 screened, but some rows were bad and skipped (listed on\n"
      "stderr as file:line: reason); 2 bad arguments; 3 a file cannot be read.\n"
      "Example:\n"
      "  eligo screen --trials criteria --patients patients/samples/patients.csv "
      "--as-of 2026-11-20");
  return [cmd, o]() -> int { return *cmd ? run(*o) : -1; };
}

}  // namespace eligo::cli
