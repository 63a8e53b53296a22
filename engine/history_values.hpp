// Internal to the history leaves (evaluate_change.cpp, evaluate_doubling_time.cpp,
// evaluate_count.cpp) and their explanations: which of a measure's dated values a leaf
// reads, and whether each can be used. A value is usable when it is a finite number,
// plausible and in a unit that converts to the measure's canonical unit; the leaves
// never skip an unusable value in silence: it makes the leaf unknown, naming it. Undated
// values have no place in a history and are not read.
#pragma once

#include <optional>
#include <span>

#include "engine/evaluate_context.hpp"

namespace eligo::engine {

// The first day of a window of `within` before the reference date; kNoDate without one.
Day history_start(const EvaluationDates& dates, const std::optional<Duration>& within);

// The dated values of `entry` from `first` (kNoDate: the earliest) to `last`, inclusive.
std::span<const ObservationFact> dated_values(const PatientView& view, const VocabularyEntry& entry,
                                              Day first, Day last);

// The dated values of `entry` within `within` before the reference date, up to it.
std::span<const ObservationFact> window_values(const PatientView& view,
                                               const EvaluationDates& dates,
                                               const VocabularyEntry& entry,
                                               const std::optional<Duration>& within);

// The same for the measure of node `id`; none, with `id` marked unknown, when the node
// names no measure (or `unit_needed` and its unit did not prepare) or the record's list of
// observations is incomplete.
// Unless `refused_decides` is false, a refused row in the window makes it unknown too
// (refused_in_history).
std::optional<std::span<const ObservationFact>> node_window(const EvalContext& ctx, NodeId id,
                                                            const std::optional<Duration>& within,
                                                            bool unit_needed,
                                                            bool refused_decides = true);

// A row of the node's measure the reader refused (and did not keep as an unusable value),
// dated from `first` (kNoDate: any) or undated, may be one of the history's values: the node is
// marked unknown naming it, as a latest value is (evaluate_measure.cpp), and true is returned.
bool refused_in_history(const EvalContext& ctx, NodeId id, Day first);

// Why `fact` cannot be used (bad_value, implausible, bad_unit), or measured when it can.
Finding usability(const ObservationFact& fact);

// Marks `id` unknown for `finding`, naming `fact` (-1: none).
void set_history_unknown(const EvalContext& ctx, NodeId id, Finding finding, std::int32_t fact);

// A duration in days, for comparisons of a fitted doubling time: days and weeks exactly,
// a month as 30.4375 days and a year as 365.25 (the mean Gregorian lengths).
double mean_days(const Duration& d);

}  // namespace eligo::engine
