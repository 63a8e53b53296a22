// The C++ API under the C library (eligo.h) and the CDS Hooks service: an Engine holds
// compiled trials and screens one patient at a time, given as text (a FHIR Bundle or
// long CSV), as of a date. Everything a screening says comes back as values: per trial
// the verdict, each criterion's result and explanation, what would decide it, and the
// JSON object of `eligo screen --format json`.
//
// Threads: an Engine is safe to use from several threads. Loading takes a lock; each
// screen works on an immutable snapshot of the trials loaded so far (taken at its start)
// with buffers of its own, so screens run in parallel and never see a half-loaded trial.
// Errors: bad input (text that is not a trial, not JSON, no patient, two patients, a
// bad date) throws eligo::api::Error with a message fit to show the caller; nothing is
// logged. The C layer turns every exception into an error code and a message.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "engine/verdict.hpp"
#include "patients/record.hpp"

namespace eligo::api {

struct PatientText;  // api/patient_text.hpp
struct TextTrial;    // api/trial_text.hpp

// Bad input or a failed call, with a message for the caller.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Screening before any trial was loaded.
class NoTrials : public Error {
 public:
  NoTrials() : Error("no trials loaded") {}
};

// One criterion of one trial, for one patient.
struct CriterionOutcome {
  std::string id;       // I1, E2.3
  std::string section;  // "inclusion" or "exclusion"
  std::string text;     // the criterion as written
  engine::CriterionResult result = engine::CriterionResult::unknown;
  bool top_level = true;    // false for a sub-criterion
  std::string explanation;  // as in the JSON's "explanation"
};

// One trial's verdict for one patient.
struct TrialOutcome {
  std::string trial_id;  // NCT number
  std::string title;
  engine::VerdictKind verdict = engine::VerdictKind::undetermined;
  int score = 0;
  std::vector<CriterionOutcome> criteria;
  std::vector<std::string> to_decide;   // "platelets within 28 days of 2026-11-20"
  std::vector<std::string> to_confirm;  // criterion ids a person must judge
  std::string json;  // the `eligo screen --format json` object, without the newline
};

// One patient against every loaded trial, in the order the trials were loaded.
struct Screening {
  std::string patient_id;
  std::vector<TrialOutcome> trials;
  std::vector<std::string> warnings;  // rows or resources skipped ("request:4: error: reason")

  // The JSON Lines `eligo screen --format json` writes for this patient.
  std::string json_lines() const;
};

// How much of each trial's outcome to render.
struct ScreenOptions {
  // false: an ineligible trial's outcome holds its id, title, verdict and score only
  // (no criteria, to_decide, to_confirm nor json), which saves most of the time of a
  // screen when only the eligible and undetermined trials are shown (CDS Hooks cards).
  bool detail_ineligible = true;
};

// What a load added.
struct LoadResult {
  std::size_t trials = 0;             // trials added
  std::vector<std::string> warnings;  // errors and warnings that did not stop the load
};

class Engine {
 public:
  Engine();
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // A .criteria text; `name` names it in diagnostics. Throws Error when the text gives
  // no trial (empty, or no criterion at all) or its trial id is already loaded (the
  // message names both places; the first trial stays). A bad `rule:` line is a warning:
  // its criterion falls back to its prose, as with `eligo screen`.
  LoadResult load_criteria(std::string_view text, std::string_view name);
  // ClinicalTrials.gov API v2 study JSON (one study, {"studies": [...]}, an array or
  // JSON Lines). A study without criteria, or whose id is already loaded (in an earlier
  // load or earlier in this file: the first stays), is skipped with a warning naming
  // where. Throws Error when it is not study JSON or no study gives a new trial.
  LoadResult load_ctgov(std::string_view json, std::string_view name);
  // Either, told apart as `eligo screen --trials` tells them (JSON when the text starts
  // with '{' or '['), with the same errors.
  LoadResult load(std::string_view text, std::string_view name);

  std::size_t trial_count() const;

  // One patient: a FHIR R4 Bundle (or NDJSON) holding exactly one Patient, or long CSV
  // (patient_id,item,value,...) with the rows of exactly one patient. Throws Error when
  // no trial is loaded (NoTrials), the text cannot be read, or it holds no patient or several.
  Screening screen_fhir(std::string_view json, Date as_of, const ScreenOptions& options = {}) const;
  Screening screen_csv(std::string_view csv, Date as_of, const ScreenOptions& options = {}) const;
  // A record already read (its items named by the built-in vocabulary, as
  // api/patient_text.hpp reads them). Throws NoTrials when no trial is loaded.
  Screening screen(const patients::PatientRecord& patient, Date as_of,
                   const ScreenOptions& options = {}) const;

 private:
  struct Snapshot;
  struct State;
  // Adds what a load read, under the lock: a trial id already loaded is skipped with a
  // warning, or, when `strict`, throws. The snapshot is dropped when a trial was added.
  void add(std::vector<TextTrial>& trials, LoadResult& result, bool strict);
  std::shared_ptr<const Snapshot> snapshot() const;
  Screening screen_read(const PatientText& patient, Date as_of, const ScreenOptions& options) const;
  std::unique_ptr<State> state_;
};

// "YYYY-MM-DD" -> Date; throws Error naming what is wrong.
Date parse_date(std::string_view text);

}  // namespace eligo::api
