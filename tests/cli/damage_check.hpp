// The differential check of issue 14 (item 10), shared by resync_differential_test.cpp
// and the fuzz target fuzz_csv_resync.cpp: the sample patients (clean) against a copy
// with bad rows put in (damaged), both read by the library and screened by the Engine
// against the seed trials as of 2026-11-20. Every clean patient must be in the damaged
// read, with each trial's verdict as in the clean run, except a damaged patient's, which
// may be undetermined instead, or anything if its record only lost facts and kept no
// refused row: a refused row the reader attributes to its patient keeps events and
// measures it may hold unknown (docs/evaluation.md, "Refused rows"), but a row whose
// patient cannot be told is not attributed, and then what remains decides. Needs
// ELIGO_SOURCE_DIR.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "api/engine.hpp"
#include "api/patient_text.hpp"
#include "patients/csv_chunks.hpp"
#include "patients/read_patients.hpp"

namespace eligo::test {

// How the damaged file is read: as `eligo screen` does, with --grouped, and with
// --grouped --jobs N (the chunks read one after another, as the N threads read them).
enum class ReadMode { check, grouped, chunks };

// The clean patients' verdicts and records, and the Engine that screened them.
class DamageCheck {
 public:
  static const DamageCheck& instance() {
    static const DamageCheck check;
    return check;
  }

  // The clean file: the header, then one line per row (no line end), with its patient.
  const std::string& header() const { return header_; }
  const std::vector<std::string>& rows() const { return rows_; }
  const std::vector<std::string>& owners() const { return owners_; }

  // What is wrong with reading `text` in `mode`: one line per problem, none if right.
  // `damaged`: the patients whose verdicts may turn undetermined. `chunk_bytes`: for
  // ReadMode::chunks. `limits`: the readers' (small in the tests, for cheap long lines).
  // `errors`, if given, gets the rows reported. `written`: patients the damage may have
  // written rows of their own for (the fuzz target's bytes), whose verdicts may be anything.
  std::vector<std::string> problems(const std::string& text, const std::set<std::string>& damaged,
                                    ReadMode mode, std::size_t chunk_bytes,
                                    const patients::CsvLimits& limits,
                                    std::vector<Diagnostic>* errors = nullptr,
                                    const std::set<std::string>& written = {}) const {
    std::vector<std::string> out;
    std::map<std::string, patients::PatientRecord> read;
    for (patients::PatientRecord& record : read_all(text, mode, chunk_bytes, limits, errors)) {
      const std::string id = record.id;
      if (!read.emplace(id, std::move(record)).second && clean_.count(id)) {
        out.push_back(id + ": delivered twice");
      }
    }
    for (const auto& [id, clean] : clean_) {
      const auto found = read.find(id);
      if (found == read.end()) {
        out.push_back(id + ": missing");
        continue;
      }
      const patients::PatientRecord record = without_lines(found->second);
      if (record == clean.record || written.count(id)) continue;  // the same facts
      const std::vector<engine::VerdictKind> verdicts = screen(found->second);
      // A patient with an attributed refused row may only move towards undetermined.
      const bool lost_only =
          damaged.count(id) && found->second.refused.empty() && only_lost(record, clean.record);
      for (std::size_t t = 0; t < verdicts.size(); ++t) {
        if (verdicts[t] == clean.verdicts[t]) continue;
        if (damaged.count(id) && verdicts[t] == engine::VerdictKind::undetermined) continue;
        if (lost_only) {
          ++decided_by_a_lost_row_;
          continue;
        }
        out.push_back(id + " trial " + std::to_string(t) + ": " +
                      std::string(to_string(clean.verdicts[t])) + " in the clean run, " +
                      std::string(to_string(verdicts[t])) +
                      (damaged.count(id) ? " (damaged)" : " (not damaged)"));
      }
    }
    return out;
  }

  // How often a damaged patient's verdict changed other than to undetermined because a
  // lost row decided a criterion (an event taken as absent, eGFR derived instead).
  std::size_t decided_by_a_lost_row() const { return decided_by_a_lost_row_; }

 private:
  struct Clean {
    patients::PatientRecord record;  // without_lines
    std::vector<engine::VerdictKind> verdicts;
  };

  DamageCheck() {
    const std::string dir = ELIGO_SOURCE_DIR;
    for (const auto& entry : std::filesystem::directory_iterator(dir + "/criteria")) {
      if (entry.path().extension() != ".criteria") continue;
      trial_files_.push_back(entry.path().string());
    }
    std::sort(trial_files_.begin(), trial_files_.end());
    for (const std::string& path : trial_files_) engine_.load_criteria(read(path), path);
    std::istringstream in(read(dir + "/patients/samples/patients.csv"));
    std::getline(in, header_);
    for (std::string line; std::getline(in, line);) {
      owners_.push_back(line.substr(0, line.find(',')));
      rows_.push_back(std::move(line));
    }
    std::string text = header_ + "\n";
    for (const std::string& row : rows_) text += row + "\n";
    for (const patients::PatientRecord& record :
         read_all(text, ReadMode::check, 0, patients::CsvLimits{}, nullptr)) {
      clean_[record.id] = Clean{without_lines(record), screen(record)};
    }
  }

  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  // The record with every source line 0: rows put in shift the lines of the rest.
  static patients::PatientRecord without_lines(patients::PatientRecord record) {
    record.birth_date_source.line = record.sex_source.line = 0;
    for (patients::Observation& o : record.observations) o.source.line = 0;
    for (patients::Event& e : record.events) e.source.line = 0;
    return record;
  }

  // Every fact of `damaged` that the engine uses (not dated after the reference date) is
  // one of `clean`'s: the damage only took facts away.
  bool only_lost(const patients::PatientRecord& damaged,
                 const patients::PatientRecord& clean) const {
    const auto used = [&](const auto& fact) { return !fact.date || *fact.date <= as_of_; };
    const auto in = [](const auto& fact, const auto& facts) {
      return std::find(facts.begin(), facts.end(), fact) != facts.end();
    };
    for (const patients::Observation& o : damaged.observations) {
      if (used(o) && !in(o, clean.observations)) return false;
    }
    for (const patients::Event& e : damaged.events) {
      if (used(e) && !in(e, clean.events)) return false;
    }
    return (!damaged.birth_date || damaged.birth_date == clean.birth_date) &&
           (!damaged.sex || damaged.sex == clean.sex);
  }

  std::vector<engine::VerdictKind> screen(const patients::PatientRecord& record) const {
    api::ScreenOptions options;
    options.detail_ineligible = false;
    std::vector<engine::VerdictKind> verdicts;
    for (const api::TrialOutcome& trial : engine_.screen(record, as_of_, options).trials) {
      verdicts.push_back(trial.verdict);
    }
    return verdicts;
  }

  static std::vector<patients::PatientRecord> read_all(const std::string& text, ReadMode mode,
                                                       std::size_t chunk_bytes,
                                                       const patients::CsvLimits& limits,
                                                       std::vector<Diagnostic>* errors) {
    patients::ReadOptions options = api::patient_read_options();
    options.grouping =
        mode == ReadMode::check ? patients::Grouping::check : patients::Grouping::assume_grouped;
    options.limits = limits;
    std::vector<patients::PatientRecord> patients;
    const patients::PatientSink keep = [&](patients::PatientRecord&& p) {
      patients.push_back(std::move(p));
    };
    patients::ErrorSink report;
    if (errors) report = [errors](const Diagnostic& e) { errors->push_back(e); };
    std::istringstream in(text);
    if (mode != ReadMode::chunks) {
      patients::read_patients(in, "damaged.csv", options, keep, report);
      return patients;
    }
    std::vector<patients::CsvChunk> chunks;
    patients::read_patients_chunked(
        in, "damaged.csv", options, [&](patients::CsvChunk&& c) { chunks.push_back(std::move(c)); },
        report, chunk_bytes);
    for (const patients::CsvChunk& chunk : chunks) patients::read_chunk(chunk, keep, report);
    return patients;
  }

  api::Engine engine_;
  std::vector<std::string> trial_files_;
  Date as_of_ = *parse_iso_date("2026-11-20");
  std::string header_;
  std::vector<std::string> rows_, owners_;
  std::map<std::string, Clean> clean_;
  mutable std::size_t decided_by_a_lost_row_ = 0;
};

}  // namespace eligo::test
