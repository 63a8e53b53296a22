// Loading trials and patients for the screening commands.
#include "cli/inputs.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>

#include "engine/record_resolver.hpp"
#include "grammar/trial_compiler.hpp"

namespace eligo::cli {

std::optional<std::vector<Trial>> load_trials(const std::vector<std::string>& paths,
                                              const Vocabulary& vocabulary) {
  const auto files = expand_trial_paths(paths);
  if (!files) {
    std::cerr << "eligo: " << files.error() << '\n';
    return std::nullopt;
  }
  std::vector<Trial> trials;
  for (const auto& path : *files) {
    auto compiled = compile_trial_file(path, vocabulary);
    if (!compiled) {
      std::cerr << "eligo: " << compiled.error() << '\n';
      return std::nullopt;
    }
    std::vector<Diagnostic> errors;
    for (const auto& d : compiled->diagnostics) {
      if (d.severity == Severity::error) errors.push_back(d);
    }
    std::cerr << render_all(errors, path.string(), compiled->text);
    spdlog::info("{}: {} criteria", path.string(), compiled->trial.criteria.size());
    trials.push_back(std::move(compiled.value().trial));
  }
  if (trials.empty()) std::cerr << "eligo: no .criteria files found\n";
  return trials;
}

std::optional<Date> parse_as_of(const std::string& text) {
  if (text.empty()) {
    return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  }
  const DateParse parsed = parse_iso_date(text);
  if (!parsed.date) std::cerr << "eligo: --as-of: " << parsed.error << '\n';
  return parsed.date;
}

PatientInput read_patient_files(const std::vector<std::string>& files,
                                const Vocabulary& vocabulary, const PatientSink& on_patient,
                                Grouping grouping) {
  PatientInput input;
  ReadOptions options;
  options.resolver = make_record_resolver(vocabulary);
  options.grouping = grouping;
  const ErrorSink on_error = [](const RowError& e) { std::cerr << to_string(e) << '\n'; };
  for (const auto& file : files) {
    const ReadResult result = read_patients_file(file, options, on_patient, on_error);
    if (!result.ok()) {
      std::cerr << to_string(*result.failure) << '\n';
      input.unreadable = true;
    }
    const ReadStats& s = result.stats;
    input.stats.rows += s.rows;
    input.stats.rows_rejected += s.rows_rejected;
    input.stats.values_rejected += s.values_rejected;
    input.stats.facts += s.facts;
    input.stats.patients += s.patients;
    input.stats.scattered_patients += s.scattered_patients;
    input.stats.errors += s.errors;
  }
  return input;
}

}  // namespace eligo::cli
