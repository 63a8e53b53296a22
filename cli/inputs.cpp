// Loading trials and patients for the screening commands.
#include "cli/inputs.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "api/trial_ids.hpp"
#include "api/trial_text.hpp"
#include "cli/exit_codes.hpp"
#include "cli/standard_input.hpp"
#include "core/text.hpp"
#include "engine/record_resolver.hpp"
#include "grammar/trial_compiler.hpp"
#include "patients/fhir_reader.hpp"
#include "patients/synthea_csv.hpp"

namespace eligo::cli {
namespace {

void accumulate(PatientInput& input, patients::CodedRead&& read) {
  input.stats += read.result.stats;
  input.unmapped.merge(read.unmapped);
  for (const Diagnostic& failure : read.failures) {
    std::cerr << to_string(failure) << '\n';
    input.unreadable = true;
  }
}

// A file whose first visible byte opens JSON: FHIR, not CSV.
bool starts_with_json(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char c = 0;
  while (in.get(c)) {
    if (is_blank(c)) continue;
    if (c == '\xEF' || c == '\xBB' || c == '\xBF') continue;  // a byte order mark
    return c == '{' || c == '[';
  }
  return false;
}

// `--patients -`: standard input, read as CSV.
patients::ReadResult read_standard_input(const patients::ReadOptions& options,
                                         const patients::PatientSink& on_patient,
                                         const patients::ErrorSink& on_error,
                                         const CsvReader& read_csv) {
  const std::string source(kStandardInputSource);
  const int first = standard_input().peek();
  if (first == '{' || first == '[') {
    patients::ReadResult result;
    result.failure = row_diagnostic(source, 0,
                                    "standard input is read as CSV only; give FHIR JSON and "
                                    "Synthea exports as files or directories");
    return result;
  }
  patients::ReadOptions from_stdin = options;
  from_stdin.streaming = standard_input_is_stream();
  return read_csv
             ? read_csv(std::string(kStandardInputArgument), from_stdin, on_error)
             : patients::read_patients(standard_input(), source, from_stdin, on_patient, on_error);
}

}  // namespace

bool standard_input_at_most_once(const std::vector<std::string>& files) {
  if (std::count(files.begin(), files.end(), kStandardInputArgument) < 2) return true;
  std::cerr << "eligo: --patients: - (standard input) is given twice; it can be read once\n";
  return false;
}

std::optional<std::vector<TrialText>> read_trial_texts(const std::vector<std::string>& paths) {
  const auto files = grammar::expand_trial_paths(paths);
  if (!files) {
    std::cerr << "eligo: " << files.error() << '\n';
    return std::nullopt;
  }
  std::vector<TrialText> texts;
  for (const auto& path : *files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in || in.bad()) {
      std::cerr << "eligo: " << path.string() << ": cannot open\n";
      return std::nullopt;
    }
    texts.push_back(TrialText{path, std::move(text).str()});
  }
  return texts;
}

int TrialLoad::exit_code() const {
  return unreadable ? kUnreadableInput : errors ? kInputErrors : kSuccess;
}

std::optional<TrialLoad> load_trials(const std::vector<std::string>& paths,
                                     const Vocabulary& vocabulary) {
  auto texts = read_trial_texts(paths);
  if (!texts) return std::nullopt;
  TrialLoad load;
  api::TrialIds ids;
  for (auto& [path, text] : *texts) {
    api::TrialTextRead read = api::read_trial_text(std::move(text), path.string(), vocabulary);
    for (const api::RenderedDiagnostic& p : read.problems) std::cerr << p.text;
    load.unreadable = load.unreadable || read.unreadable;
    load.errors = load.errors || read.has_errors();
    for (api::TextTrial& t : read.trials) {
      if (const auto duplicate = ids.add(t.trial.id, t.place)) {
        std::cerr << render(*duplicate);
        load.errors = true;
        continue;
      }
      spdlog::info("{}: {} criteria", t.place, t.trial.criteria.size());
      load.trials.push_back(std::move(t.trial));
    }
  }
  if (load.trials.empty()) {
    std::cerr << "eligo: no trial loaded from --trials\n";
    load.unreadable = true;
  }
  return load;
}

std::optional<Date> parse_as_of(const std::string& text) {
  if (text.empty()) {
    return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  }
  const Result<Date> parsed = parse_iso_date(text);
  if (parsed) return *parsed;
  std::cerr << "eligo: --as-of: " << parsed.error() << '\n';
  return std::nullopt;
}

PatientInput read_patient_files(const std::vector<std::string>& files, const Vocabulary& vocabulary,
                                const patients::PatientSink& on_patient,
                                patients::Grouping grouping, const CsvReader& read_csv) {
  PatientInput input;
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver(vocabulary);
  options.grouping = grouping;
  const patients::ErrorSink on_error = [](const Diagnostic& e) {
    std::cerr << to_string(e) << '\n';
  };
  // FHIR files (Bundles, NDJSON) are read together at the end, as one pool, so a bulk
  // export's Patient.ndjson and Observation.ndjson join up.
  std::vector<std::filesystem::path> fhir;
  for (const auto& file : files) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (file == kStandardInputArgument) {
      const patients::ReadResult result =
          read_standard_input(options, on_patient, on_error, read_csv);
      if (!result.ok()) {
        std::cerr << to_string(*result.failure) << '\n';
        input.unreadable = true;
      }
      input.stats += result.stats;
      continue;
    }
    if (patients::is_synthea_csv_dir(file)) {
      accumulate(input, patients::read_synthea_csv_dir(file, options, on_patient, on_error));
      continue;
    }
    if (fs::is_directory(file, error)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(file, error)) {
        const auto ext = entry.path().extension();
        if (ext == ".ndjson" || ext == ".jsonl" || ext == ".json") found.push_back(entry.path());
      }
      if (found.empty()) {
        std::cerr << file
                  << ": not a Synthea CSV export (no patients.csv) nor FHIR "
                     "(no *.json or *.ndjson)\n";
        input.unreadable = true;
      }
      std::sort(found.begin(), found.end());
      fhir.insert(fhir.end(), found.begin(), found.end());
      continue;
    }
    const fs::path path(file);
    if (path.extension() == ".ndjson" || path.extension() == ".jsonl" ||
        path.extension() == ".json" || starts_with_json(path)) {
      fhir.push_back(path);
      continue;
    }
    const patients::ReadResult result =
        read_csv ? read_csv(file, options, on_error)
                 : patients::read_patients_file(file, options, on_patient, on_error);
    if (!result.ok()) {
      std::cerr << to_string(*result.failure) << '\n';
      input.unreadable = true;
    }
    input.stats += result.stats;
  }
  if (!fhir.empty())
    accumulate(input, patients::read_fhir_files(fhir, options, on_patient, on_error));
  return input;
}

}  // namespace eligo::cli
