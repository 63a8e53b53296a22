// `eligo export omop --patients PATH... --out DIR`: the patients of any input eligo reads
// (long or wide CSV, FHIR, Synthea) as OMOP CDM v5.4 tables in CSV (omop/cdm_writer.hpp),
// so the same population can be screened with `eligo screen` and with `eligo sql` in a
// database, and a site without a CDM can load one. Bad rows are reported at file:line as
// `eligo screen` reports them; what the CDM cannot hold is counted on stderr.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "omop/cdm_writer.hpp"

namespace eligo::cli {
namespace {

struct ExportOptions {
  std::vector<std::string> patients;
  std::string out;
};

int run(const ExportOptions& o) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  omop::ExportCounts counts;
  PatientInput input;
  try {
    omop::CdmWriter writer(o.out, vocabulary, CodeMaps::builtin());
    input = read_patient_files(o.patients, vocabulary,
                               [&](patients::PatientRecord&& patient) { writer.add(patient); });
    counts = writer.finish();
  } catch (const std::runtime_error& e) {
    std::cerr << "eligo export: " << e.what() << '\n';
    return kUnreadableInput;
  }
  std::cerr << "exported " << counts.persons << " persons: " << counts.measurements
            << " measurements, " << counts.conditions << " conditions, " << counts.drugs
            << " drug exposures, " << counts.procedures << " procedures";
  if (counts.no_birth_date > 0) {
    std::cerr << "; " << counts.no_birth_date
              << " patients without a birth date not exported (the CDM requires year_of_birth)";
  }
  if (counts.undated + counts.absent_events + counts.unknown_items > 0) {
    std::cerr << "; not exported (the CDM cannot hold them): " << counts.undated
              << " lab values and events without a date, " << counts.absent_events
              << " events recorded as absent, " << counts.unknown_items << " unknown items";
  }
  std::cerr << '\n';
  if (input.unreadable) return kUnreadableInput;
  return input.stats.errors > 0 ? kInputErrors : kSuccess;
}

}  // namespace

Run add_export_command(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "Export patients to other data models");
  auto* omop = cmd->add_subcommand(
      "omop", "Patients as OMOP CDM v5.4 tables in CSV (person.csv, measurement.csv, ...)");
  omop->add_option("--patients", o->patients,
                   "Patient files: long or wide CSV, FHIR Bundles or NDJSON, Synthea CSV "
                   "directories")
      ->required();
  omop->add_option("--out", o->out, "The directory to write the tables to")->required();
  omop->footer(
      "Concept ids are local (from 2000000001); `eligo sql` matches concepts by vocabulary_id\n"
      "and concept_code. Lab values and events without a date, and events recorded as\n"
      "absent, are not exported: the CDM requires dates and records what happened. History\n"
      "without a date (prior lines, height) is written on 1900-01-01.\n"
      "Example:\n"
      "  eligo export omop --patients patients/samples/patients.csv --out cdm/");
  cmd->require_subcommand(1);
  return [o, omop]() -> int { return omop->parsed() ? run(*o) : -1; };
}

}  // namespace eligo::cli
