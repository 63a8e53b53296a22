// The Engine: trials compiled under a lock into an immutable snapshot that screens share.
#include "api/engine.hpp"

#include <mutex>
#include <utility>

#include "api/patient_text.hpp"
#include "api/trial_ids.hpp"
#include "api/trial_text.hpp"
#include "core/vocabulary.hpp"
#include "engine/explain.hpp"
#include "engine/screener.hpp"
#include "engine/verdict_json.hpp"
#include "grammar/ctgov_study.hpp"

namespace eligo::api {

// The trials as they were when the snapshot was taken, prepared once. Never changes.
struct Engine::Snapshot {
  explicit Snapshot(std::vector<Trial> loaded)
      : trials(std::move(loaded)), screener(trials, Vocabulary::builtin()) {}
  const std::vector<Trial> trials;
  const engine::Screener screener;
};

struct Engine::State {
  mutable std::mutex mutex;
  std::vector<Trial> trials;
  api::TrialIds ids;                                 // where each loaded trial id came from
  mutable std::shared_ptr<const Snapshot> snapshot;  // null: trials changed since
};

namespace {

// Reads one trial text (trial_text.hpp). Its problems and the compilers' warnings are the
// load's warnings; a criteria text that gives no trial throws, with its errors.
std::vector<TextTrial> read_text(std::string_view text, std::string_view name, TrialTextKind kind,
                                 LoadResult& result) {
  TrialTextRead read = read_trial_text(std::string(text), name, Vocabulary::builtin(), kind);
  std::string errors;
  for (const auto* list : {&read.problems, &read.compile_findings}) {
    for (const RenderedDiagnostic& p : *list) {
      if (p.diagnostic.severity == Severity::note) continue;
      result.warnings.push_back(p.text.substr(0, p.text.size() - 1));  // without the newline
      if (p.diagnostic.severity == Severity::error) {
        errors += (errors.empty() ? "" : "; ") + to_string(p.diagnostic);
      }
    }
  }
  if (read.trials.empty() && (kind == TrialTextKind::criteria || read.unreadable)) {
    throw Error(errors.empty() ? std::string(name) + ": no trial" : errors);
  }
  return std::move(read.trials);
}

TrialOutcome outcome(const Trial& trial, const engine::TrialEvaluation& ev,
                     const engine::Verdict& v, const ScreenOptions& options) {
  TrialOutcome out;
  out.trial_id = trial.id;
  out.title = trial.title;
  out.verdict = v.kind;
  out.score = v.score;
  if (v.kind == engine::VerdictKind::ineligible && !options.detail_ineligible) return out;
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    out.criteria.push_back(CriterionOutcome{c.id, std::string(to_string(c.section)), c.text,
                                            v.criteria[i].result, c.parent < 0,
                                            engine::explain_criterion(ev, v, i)});
  }
  for (const engine::Need& n : v.to_decide) out.to_decide.push_back(engine::describe(ev, n));
  for (int i : v.to_confirm)
    out.to_confirm.push_back(trial.criteria[static_cast<std::size_t>(i)].id);
  engine::append_verdict_json(out.json, ev, v);
  if (!out.json.empty() && out.json.back() == '\n') out.json.pop_back();
  return out;
}

Screening screen_with(const engine::Screener& screener, const patients::PatientRecord& patient,
                      Date as_of, const ScreenOptions& options) {
  Screening out;
  out.patient_id = patient.id;
  engine::ScreenWorker worker(screener);
  worker.screen(patient, as_of,
                [&](std::size_t t, const engine::TrialEvaluation& ev, const engine::Verdict& v) {
                  out.trials.push_back(outcome(screener.trials()[t], ev, v, options));
                });
  return out;
}

}  // namespace

Engine::Engine() : state_(std::make_unique<State>()) {}
Engine::~Engine() = default;

LoadResult Engine::load_criteria(std::string_view text, std::string_view name) {
  LoadResult result;
  std::vector<TextTrial> trials = read_text(text, name, TrialTextKind::criteria, result);
  add(trials, result, true);
  return result;
}

LoadResult Engine::load_ctgov(std::string_view json, std::string_view name) {
  LoadResult result;
  std::vector<TextTrial> trials = read_text(json, name, TrialTextKind::study_json, result);
  add(trials, result, false);
  if (result.trials == 0) {
    std::string why;
    for (const std::string& w : result.warnings) why += (why.empty() ? "" : "; ") + w;
    throw Error(std::string(name) + ": no study gives a trial" + (why.empty() ? "" : ": " + why));
  }
  return result;
}

LoadResult Engine::load(std::string_view text, std::string_view name) {
  return grammar::looks_like_json(text) ? load_ctgov(text, name) : load_criteria(text, name);
}

void Engine::add(std::vector<TextTrial>& trials, LoadResult& result, bool strict) {
  State& state = *state_;
  const std::lock_guard lock(state.mutex);
  for (TextTrial& t : trials) {
    if (const auto duplicate = state.ids.add(t.trial.id, t.place)) {
      if (strict) throw Error(to_string(*duplicate));
      result.warnings.push_back(to_string(*duplicate));
      continue;
    }
    state.trials.push_back(std::move(t.trial));
    ++result.trials;
  }
  if (result.trials > 0) state.snapshot.reset();
}

std::size_t Engine::trial_count() const {
  const std::lock_guard lock(state_->mutex);
  return state_->trials.size();
}

std::shared_ptr<const Engine::Snapshot> Engine::snapshot() const {
  const std::lock_guard lock(state_->mutex);
  if (state_->trials.empty()) throw NoTrials();
  if (!state_->snapshot) state_->snapshot = std::make_shared<const Snapshot>(state_->trials);
  return state_->snapshot;
}

Screening Engine::screen_fhir(std::string_view json, Date as_of,
                              const ScreenOptions& options) const {
  return screen_read(read_fhir_patient(json), as_of, options);
}

Screening Engine::screen_csv(std::string_view csv, Date as_of, const ScreenOptions& options) const {
  return screen_read(read_csv_patient(csv), as_of, options);
}

Screening Engine::screen_read(const PatientText& patient, Date as_of,
                              const ScreenOptions& options) const {
  Screening out = screen(patient.record, as_of, options);
  out.warnings = patient.warnings;
  return out;
}

Screening Engine::screen(const patients::PatientRecord& patient, Date as_of,
                         const ScreenOptions& options) const {
  const auto snap = snapshot();
  return screen_with(snap->screener, patient, as_of, options);
}

std::string Screening::json_lines() const {
  std::string out;
  for (const TrialOutcome& t : trials) {
    out += t.json;
    out += '\n';
  }
  return out;
}

Date parse_date(std::string_view text) {
  const Result<Date> parsed = parse_iso_date(text);
  if (!parsed) throw Error("as-of date: " + parsed.error());
  return *parsed;
}

}  // namespace eligo::api
