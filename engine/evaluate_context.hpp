// Internal to the evaluator (evaluator.cpp and evaluate_*.cpp): the context of one
// criterion's evaluation, one function per node kind, and the shared steps of the
// measure leaves (finding the value, resolving a threshold against ULN/LLN, comparing
// with the tolerance of the conversion that was made).
#pragma once

#include <cstdint>

#include "engine/evaluator.hpp"

namespace eligo::engine {

struct EvalContext {
  const PreparedTrial& trial;
  const Tree& tree;
  const PreparedCriterion& prepared;
  const PatientView& view;
  const EvaluationDates& dates;
  NodeOutcome* out;                    // this criterion's outcomes, indexed by NodeId
  const Day* event_windows;            // this criterion's HasEvent window starts, indexed by NodeId
  std::vector<DerivedValue>* derived;  // the evaluation's derived values (TrialEvaluation)

  const PreparedNode& node(NodeId id) const { return prepared.nodes[id]; }
};

// Evaluates `id` and its subtree into ctx.out.
void evaluate_node(const EvalContext& ctx, NodeId id);

void evaluate_compare(const EvalContext& ctx, NodeId id, const Compare& node);
void evaluate_range(const EvalContext& ctx, NodeId id, const Range& node);
void evaluate_in_set(const EvalContext& ctx, NodeId id, const InSet& node);
void evaluate_is_value(const EvalContext& ctx, NodeId id, const IsValue& node);
void evaluate_has_event(const EvalContext& ctx, NodeId id, const HasEvent& node);
void evaluate_time_since(const EvalContext& ctx, NodeId id, const TimeSince& node);
void evaluate_change(const EvalContext& ctx, NodeId id, const Change& node);
void evaluate_doubling_time(const EvalContext& ctx, NodeId id, const DoublingTime& node);
void evaluate_count(const EvalContext& ctx, NodeId id, const CountOf& node);
void evaluate_ratio(const EvalContext& ctx, NodeId id, const Ratio& node);
void evaluate_and(const EvalContext& ctx, NodeId id, const And& node);
void evaluate_or(const EvalContext& ctx, NodeId id, const Or& node);
void evaluate_not(const EvalContext& ctx, NodeId id, const Not& node);
void evaluate_at_least(const EvalContext& ctx, NodeId id, const AtLeast& node);
void evaluate_manual(const EvalContext& ctx, NodeId id, const Manual& node);

// The patient's value of a measure: measured within the window, else derived.
struct MeasureValue {
  Finding finding = Finding::absent;  // measured or derived when usable
  std::int32_t fact = -1;
  std::int32_t fact2 = -1;
  std::int32_t days = 0;
  double value = 0;            // in the entry's canonical unit, unless `unit` says otherwise
  const Unit* unit = nullptr;  // of `value`
  bool across = false;         // reaching the canonical unit crossed mass <-> molar
  Derivation derivation = Derivation::none;
  std::uint8_t missing = 0;
  LookupStatus lookup = LookupStatus::absent;  // the latest-value look-up's status
  std::int32_t derived = -1;                   // the derived value computed or tried

  bool ok() const { return finding == Finding::measured || finding == Finding::derived; }
};

// `preferred` (may be null) is the unit the comparison will use: age is computed in
// whole units of it when it is months, weeks or days.
MeasureValue measure_value(const EvalContext& ctx, NodeId id, const PreparedUnit* preferred);
// The same for the measure of `p` (a Ratio's denominator: its entry2 as a node's entry).
MeasureValue measure_value_of(const EvalContext& ctx, const PreparedNode& p,
                              const PreparedUnit* preferred);

// A threshold resolved against the patient's value: both in `unit`.
struct Resolved {
  Finding failure = Finding::measured;  // measured when ok
  const Unit* unit = nullptr;
  double value = 0;      // the patient's value in `unit`
  double threshold = 0;  // in `unit`
  double limit = 0;      // ULN/LLN in `unit`
  LimitSource limit_source = LimitSource::none;
  bool across = false;  // a mass <-> molar conversion was made

  bool ok() const { return failure == Finding::measured; }
};

Resolved resolve_threshold(const EvalContext& ctx, NodeId id, const MeasureValue& value,
                           const Threshold& threshold, const PreparedUnit& unit);

// -1, 0, 1 with compare_values' tolerance; after a mass <-> molar conversion, values
// within 5e-4 relative are equal (the precision of published conversion factors).
int compare_converted(double a, double b, bool across);
bool holds(Op op, int comparison);

// Marks `id` unknown for the reason of a failed measure value.
void set_failure(const EvalContext& ctx, NodeId id, const MeasureValue& value);
// Marks `id` unknown because its threshold could not be resolved (r.failure).
void set_unresolved(const EvalContext& ctx, NodeId id, const MeasureValue& value,
                    const Resolved& r);
// Records a comparison that was made: value, threshold, limit, unit.
void set_compared(const EvalContext& ctx, NodeId id, const MeasureValue& value, const Resolved& r,
                  Tri result);

}  // namespace eligo::engine
