// Preparing trials once and screening patients against all of them.
#include "engine/screener.hpp"

namespace eligo {

Screener::Screener(const std::vector<Trial>& trials, const Vocabulary& vocabulary)
    : trials_(trials), vocabulary_(vocabulary) {
  prepared_.reserve(trials.size());
  for (const Trial& t : trials) prepared_.push_back(prepare(t, vocabulary));
}

ScreenWorker::ScreenWorker(const Screener& screener)
    : screener_(screener), view_(screener.vocabulary()) {}

void ScreenWorker::screen(const PatientRecord& patient, Date as_of, const OnResult& on_result) {
  view_.assign(patient);
  const auto& prepared = screener_.prepared();
  for (std::size_t t = 0; t < prepared.size(); ++t) {
    evaluate(prepared[t], view_, as_of, evaluation_);
    decide(evaluation_, verdict_);
    on_result(t, evaluation_, verdict_);
  }
}

}  // namespace eligo
