// The screening loop every front end shares (the eligo command, the embedding library,
// the CDS Hooks service): trials prepared once, then each patient indexed once and
// evaluated against every trial, in one reusable set of buffers per thread. A Screener
// is read-only after construction and may be shared; a ScreenWorker is one thread's.
#pragma once

#include <functional>
#include <vector>

#include "core/trial.hpp"
#include "core/vocabulary.hpp"
#include "engine/evaluator.hpp"
#include "engine/patient_view.hpp"
#include "engine/verdict.hpp"
#include "patients/record.hpp"

namespace eligo::engine {

class Screener {
 public:
  // `trials` and `vocabulary` must outlive the screener; trials must not move.
  Screener(const std::vector<Trial>& trials, const Vocabulary& vocabulary);
  Screener(const Screener&) = delete;
  Screener& operator=(const Screener&) = delete;

  const std::vector<PreparedTrial>& prepared() const { return prepared_; }
  const std::vector<Trial>& trials() const { return trials_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }

 private:
  const std::vector<Trial>& trials_;
  const Vocabulary& vocabulary_;
  std::vector<PreparedTrial> prepared_;
};

// One thread's buffers. screen() calls `on_result` once per trial, in trial order, with
// the evaluation and verdict of that (patient, trial) pair; both are overwritten by
// the next call.
class ScreenWorker {
 public:
  using OnResult = std::function<void(std::size_t trial, const TrialEvaluation&, const Verdict&)>;

  explicit ScreenWorker(const Screener& screener);
  void screen(const patients::PatientRecord& patient, Date as_of, const OnResult& on_result);

 private:
  const Screener& screener_;
  PatientView view_;
  // One per trial: an evaluation keeps what depends only on its trial and the reference
  // date (windows, offsets), computed once instead of for every patient.
  std::vector<TrialEvaluation> evaluations_;
  Verdict verdict_;
};

}  // namespace eligo::engine
