// The values a history leaf reads; see history_values.hpp.
#include "engine/history_values.hpp"

#include <algorithm>
#include <cmath>

#include "core/calendar.hpp"

namespace eligo::engine {

Day history_start(const EvaluationDates& dates, const std::optional<Duration>& within) {
  return within ? to_day(shift(dates.as_of, *within, -1)) : kNoDate;
}

std::span<const ObservationFact> dated_values(const PatientView& view, const VocabularyEntry& entry,
                                              Day first, Day last) {
  const std::span<const ObservationFact> all = view.observations(entry);
  // By date ascending, undated first (PatientView::observations).
  const auto begin = std::find_if(all.begin(), all.end(), [&](const ObservationFact& f) {
    return f.day != kNoDate && f.day >= first;
  });
  const auto end =
      std::find_if(begin, all.end(), [&](const ObservationFact& f) { return f.day > last; });
  return {begin, end};
}

std::span<const ObservationFact> window_values(const PatientView& view,
                                               const EvaluationDates& dates,
                                               const VocabularyEntry& entry,
                                               const std::optional<Duration>& within) {
  return dated_values(view, entry, history_start(dates, within), dates.as_of_day);
}

std::optional<std::span<const ObservationFact>> node_window(const EvalContext& ctx, NodeId id,
                                                            const std::optional<Duration>& within,
                                                            bool unit_needed,
                                                            bool refused_decides) {
  const PreparedNode& p = ctx.node(id);
  if (p.entry == nullptr || p.entry->kind != ItemKind::measure || (unit_needed && !p.unit.ok)) {
    set_history_unknown(ctx, id, Finding::bad_node, -1);
    return std::nullopt;
  }
  if (ctx.view.incomplete(ItemKind::measure)) {
    set_history_unknown(ctx, id, Finding::incomplete_list, -1);
    return std::nullopt;
  }
  if (refused_decides && refused_in_history(ctx, id, history_start(ctx.dates, within))) {
    return std::nullopt;
  }
  return window_values(ctx.view, ctx.dates, *p.entry, within);
}

Finding usability(const ObservationFact& fact) {
  if (!std::isfinite(fact.value())) return Finding::bad_value;
  if (!fact.plausible) return Finding::implausible;
  if (!fact.canonical_ok) return Finding::bad_unit;
  return Finding::measured;
}

bool refused_in_history(const EvalContext& ctx, NodeId id, Day first) {
  const PreparedNode& p = ctx.node(id);
  const std::int32_t row = ctx.view.refused_naming(*p.entry, first, true);
  if (row < 0) return false;
  set_history_unknown(ctx, id, Finding::refused, row);
  return true;
}

void set_history_unknown(const EvalContext& ctx, NodeId id, Finding finding, std::int32_t fact) {
  NodeOutcome& o = ctx.out[id];
  o.value = Tri::unknown;
  o.finding = finding;
  o.fact = fact;
}

double mean_days(const Duration& d) {
  switch (d.unit) {
    case TimeUnit::days: return d.amount;
    case TimeUnit::weeks: return d.amount * 7;
    case TimeUnit::months: return d.amount * 30.4375;
    case TimeUnit::years: return d.amount * 365.25;
  }
  return d.amount;
}

}  // namespace eligo::engine
