// Test helpers for evaluation and verdicts: trees built with the Tree API, records
// written fact by fact, and a Pair that owns everything one (patient, trial) evaluation
// points into.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/vocabulary.hpp"
#include "engine/evaluator.hpp"
#include "engine/explain.hpp"
#include "engine/patient_view.hpp"
#include "engine/verdict.hpp"
#include "patients/record.hpp"

namespace eligo::test {

inline Date day(const char* iso) { return *parse_iso_date(iso); }

inline Threshold absolute(double value, std::string unit) {
  Threshold t;
  t.value = value;
  t.unit = std::move(unit);
  return t;
}
inline Threshold relative(Reference ref, RefMode mode, double value, std::string unit = "") {
  Threshold t;
  t.ref = ref;
  t.mode = mode;
  t.value = value;
  t.unit = std::move(unit);
  return t;
}

inline Compare compare(std::string measure, Op op, Threshold threshold) {
  return Compare{std::move(measure), op, std::move(threshold)};
}
inline Compare compare(std::string measure, Op op, double value, std::string unit) {
  return compare(std::move(measure), op, absolute(value, std::move(unit)));
}

// A tree of one leaf.
inline Tree leaf(NodeKind kind) {
  Tree t;
  t.root = t.add(std::move(kind));
  return t;
}

// A tree combining leaves: kind is And, Or or AtLeast with children filled in.
template <class Composite>
Tree combine(Composite composite, std::vector<NodeKind> leaves) {
  Tree t;
  for (auto& l : leaves) composite.children.push_back(t.add(std::move(l)));
  t.root = t.add(std::move(composite));
  return t;
}

// A record built fact by fact.
struct RecordBuilder {
  patients::PatientRecord record;
  std::uint32_t line = 2;

  explicit RecordBuilder(std::string id = "P1") { record.id = std::move(id); }
  RecordBuilder& obs(std::string item, double value, std::string unit, const char* date,
                     std::optional<double> ref_low = {}, std::optional<double> ref_high = {}) {
    patients::Observation o;
    o.item = std::move(item);
    o.value = value;
    o.unit = std::move(unit);
    if (date != nullptr) o.date = day(date);
    o.ref_low = ref_low;
    o.ref_high = ref_high;
    o.source = patients::SourceLocation{"labs.csv", line++};
    record.observations.push_back(std::move(o));
    return *this;
  }
  RecordBuilder& event(std::string item, bool present, const char* date) {
    patients::Event e;
    e.item = std::move(item);
    e.present = present;
    if (date != nullptr) e.date = day(date);
    e.source = patients::SourceLocation{"labs.csv", line++};
    record.events.push_back(std::move(e));
    return *this;
  }
  RecordBuilder& born(const char* date) {
    record.birth_date = day(date);
    record.birth_date_source = patients::SourceLocation{"labs.csv", line++};
    return *this;
  }
  RecordBuilder& sex(patients::Sex s) {
    record.sex = s;
    record.sex_source = patients::SourceLocation{"labs.csv", line++};
    return *this;
  }
  patients::PatientRecord build() const { return record; }
};

// A criterion with a tree.
inline Criterion criterion(std::string id, Section section, Tree tree,
                           Coverage coverage = Coverage::full) {
  Criterion c;
  c.id = std::move(id);
  c.section = section;
  c.text = "text of " + c.id;
  c.tree = std::move(tree);
  c.coverage = coverage;
  return c;
}

inline Trial trial_of(std::vector<Criterion> criteria, std::string id = "NCT00000001") {
  Trial t;
  t.id = std::move(id);
  t.title = "a test trial";
  t.criteria = std::move(criteria);
  return t;
}

// One (patient, trial) evaluation and everything it points into.
struct Pair {
  const Vocabulary& vocabulary;
  Trial trial;
  patients::PatientRecord record;
  engine::PatientView view;
  engine::PreparedTrial prepared;
  engine::TrialEvaluation evaluation;
  engine::Verdict verdict;

  Pair(Trial t, patients::PatientRecord r, Date as_of, const Vocabulary& v = Vocabulary::builtin())
      : vocabulary(v), trial(std::move(t)), record(std::move(r)), view(v, record) {
    prepared = engine::prepare(trial, vocabulary);
    engine::evaluate(prepared, view, as_of, evaluation);
    engine::decide(evaluation, verdict);
  }
  Pair(const Pair&) = delete;

  const engine::NodeOutcome& root(std::size_t criterion = 0) const {
    return evaluation.outcome(criterion, trial.criteria[criterion].tree.root);
  }
  std::string explain_root(std::size_t criterion = 0) const {
    return engine::explain_node(evaluation, criterion, trial.criteria[criterion].tree.root);
  }
  std::vector<std::string> to_decide() const {
    std::vector<std::string> out;
    for (const engine::Need& n : verdict.to_decide) out.push_back(engine::describe(evaluation, n));
    return out;
  }
};

// A pair of one inclusion criterion holding `tree`.
inline std::unique_ptr<Pair> one(Tree tree, patients::PatientRecord record,
                                 const char* as_of = "2026-11-20",
                                 const Vocabulary& v = Vocabulary::builtin()) {
  return std::make_unique<Pair>(trial_of({criterion("I1", Section::inclusion, std::move(tree))}),
                                std::move(record), day(as_of), v);
}

}  // namespace eligo::test
