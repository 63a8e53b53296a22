// What the screening commands share: loading trial files, reading the reference date,
// and reading patient files with bad rows reported on stderr (file:line and reason,
// never the patient id) and counted.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/trial.hpp"
#include "core/vocabulary.hpp"
#include "patients/coded_facts.hpp"
#include "patients/read_patients.hpp"

namespace eligo::cli {

// The text of every trial file under `paths` (expand_trial_paths), in order. Returns
// nothing, after printing why, when a path cannot be listed or a file read.
struct TrialText {
  std::filesystem::path path;
  std::string text;
};
std::optional<std::vector<TrialText>> read_trial_texts(const std::vector<std::string>& paths);

// Compiles every trial file under `paths`: .criteria files and ClinicalTrials.gov study
// JSON. Errors go to stderr with where they are. A trial with a bad rule: line still
// loads (its criterion falls back to the prose); a file or study that gives no trial, and
// a trial id already loaded (TrialIds: the first is kept), are skipped, as the CDS
// service does (api::Engine). Returns nothing, after printing why, when a path cannot be
// read at all.
struct TrialLoad {
  std::vector<Trial> trials;
  bool errors = false;      // something was skipped or has errors: exit 1
  bool unreadable = false;  // a file is empty or not study JSON, or no trial at all: exit 3
  int exit_code() const;    // kUnreadableInput, kInputErrors or kSuccess
};
std::optional<TrialLoad> load_trials(const std::vector<std::string>& paths,
                                     const Vocabulary& vocabulary);

// YYYY-MM-DD, or today (UTC) when `text` is empty.
std::optional<Date> parse_as_of(const std::string& text);

struct PatientInput {
  patients::ReadStats stats;
  bool unreadable = false;       // some file could not be read at all
  patients::CodeTally unmapped;  // FHIR and Synthea codes no vocabulary item was found for
};

// Reads every file in turn, delivering each patient to `on_patient`: CSV files (long or
// wide), Synthea CSV export directories, and FHIR Bundles and NDJSON (files, or a
// directory of *.json and *.ndjson), which are read together after the rest. `-` is
// standard input (standard_input.hpp), read as CSV only and named `stdin` in messages;
// a pipe is read as rows arrive (ReadOptions::streaming).
// `grouping` applies to the CSV files (see Grouping in read_patients.hpp). With
// `read_csv`, CSV files are read by it instead of read_patients_file (screen --jobs
// reads grouped files in chunks on its worker threads); it is given `-` for standard
// input.
// False, after saying why, when `-` is given more than once: standard input can be
// read only once.
bool standard_input_at_most_once(const std::vector<std::string>& files);

using CsvReader = std::function<patients::ReadResult(const std::string& file,
                                                     const patients::ReadOptions& options,
                                                     const patients::ErrorSink& on_error)>;
PatientInput read_patient_files(const std::vector<std::string>& files, const Vocabulary& vocabulary,
                                const patients::PatientSink& on_patient,
                                patients::Grouping grouping = patients::Grouping::check,
                                const CsvReader& read_csv = {});

}  // namespace eligo::cli
