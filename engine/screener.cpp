// Preparing trials once and screening patients against all of them.
#include "engine/screener.hpp"

namespace eligo::engine {

Screener::Screener(const std::vector<Trial>& trials, const Vocabulary& vocabulary)
    : trials_(trials), vocabulary_(vocabulary) {
  prepared_.reserve(trials.size());
  for (const Trial& t : trials) prepared_.push_back(prepare(t, vocabulary));
}

ScreenWorker::ScreenWorker(const Screener& screener)
    : screener_(screener), view_(screener.vocabulary()), evaluations_(screener.prepared().size()) {}

void ScreenWorker::screen(const patients::PatientRecord& patient, Date as_of,
                          const OnResult& on_result) {
  view_.assign(patient);
  const auto& prepared = screener_.prepared();
  for (std::size_t t = 0; t < prepared.size(); ++t) {
    TrialEvaluation& evaluation = evaluations_[t];
    evaluate(prepared[t], view_, as_of, evaluation);
    decide(evaluation, verdict_);
    on_result(t, evaluation, verdict_);
  }
}

}  // namespace eligo::engine
