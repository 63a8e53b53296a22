// `change(measure, from baseline|nadir [within D] | from value before DATE) op threshold`:
// the latest value (as a Compare finds it: within the trial's window, measured) against an
// earlier one, dated before it: the earliest of the window (baseline), the lowest
// (nadir), or the latest before DATE. A threshold in % compares the change relative to
// the earlier value; any other unit, the difference, converted by the unit's factor.
// Unknown, naming what is missing, when there is no earlier value, when the earlier value
// cannot be used (a nadir needs every value of the window), or is 0 or less for a %.
#include "engine/evaluate_context.hpp"
#include "engine/history_values.hpp"

namespace eligo::engine {
namespace {

struct Earlier {
  Finding finding = Finding::measured;  // measured: `fact` is the value to use
  std::int32_t fact = -1;
  std::int32_t fact2 = -1;  // conflict: the other value of that day
};

// The value of one day (the first or last of `values`): every value of it usable and
// equal, as the latest-value look-up requires.
Earlier one_day(const PatientView& view, std::span<const ObservationFact> values, bool first) {
  const ObservationFact& chosen = first ? values.front() : values.back();
  Earlier out{Finding::measured, view.index_of(chosen)};
  for (const ObservationFact& f : values) {
    if (f.day != chosen.day) continue;
    if (const Finding u = usability(f); u != Finding::measured) return {u, view.index_of(f)};
    if (compare_converted(f.canonical, chosen.canonical, f.across || chosen.across) != 0) {
      return {Finding::conflict, view.index_of(chosen), view.index_of(f)};
    }
  }
  return out;
}

// The lowest value; every value must be usable, or the nadir is unknown.
Earlier lowest(const PatientView& view, std::span<const ObservationFact> values) {
  const ObservationFact* low = nullptr;
  for (const ObservationFact& f : values) {
    if (const Finding u = usability(f); u != Finding::measured) return {u, view.index_of(f)};
    if (low == nullptr || f.canonical < low->canonical) low = &f;
  }
  return {Finding::measured, view.index_of(*low)};
}

}  // namespace

void evaluate_change(const EvalContext& ctx, NodeId id, const Change& node) {
  const PreparedNode& p = ctx.node(id);
  const bool percent = node.threshold.unit == "%";
  const MeasureValue now = measure_value(ctx, id, nullptr);
  if (now.finding == Finding::bad_node || (!percent && !p.unit.ok)) {
    return set_history_unknown(ctx, id, Finding::bad_node, -1);
  }
  if (!now.ok()) return set_failure(ctx, id, now);
  if (now.finding != Finding::measured) {  // derived: no history of its own
    return set_history_unknown(ctx, id, Finding::absent, -1);
  }
  const PatientView& view = ctx.view;
  const ObservationFact& current = view.observation(now.fact);
  Day first = history_start(ctx.dates, node.within);
  Day last = current.day - 1;
  if (node.from == ChangeFrom::before && node.before) {
    first = kNoDate;
    last = std::min(last, to_day(*node.before) - 1);
  }
  if (refused_in_history(ctx, id, first)) return;
  const auto values = dated_values(view, *p.entry, first, last);
  if (values.empty()) return set_history_unknown(ctx, id, Finding::history_short, now.fact);
  const Earlier earlier = node.from == ChangeFrom::nadir
                              ? lowest(view, values)
                              : one_day(view, values, node.from == ChangeFrom::baseline);
  if (earlier.finding != Finding::measured) {
    set_history_unknown(ctx, id, earlier.finding, earlier.fact);
    ctx.out[id].fact2 = earlier.fact2;
    return;
  }
  const ObservationFact& base = view.observation(earlier.fact);
  const double delta = now.value - base.canonical;
  bool across = now.across || base.across;
  double value = 0;
  if (percent) {
    if (base.canonical <= 0) {
      return set_history_unknown(ctx, id, Finding::history_nonpositive, earlier.fact);
    }
    value = 100 * delta / base.canonical;
  } else {
    value =
        p.unit.divide ? delta / p.unit.factor : delta * p.unit.factor;  // no shift: a difference
    across = across || p.unit.across;
  }
  NodeOutcome& o = ctx.out[id];
  o.value = to_tri(holds(node.op, compare_converted(value, node.threshold.value, across)));
  o.finding = Finding::measured;
  o.fact = now.fact;
  o.fact2 = earlier.fact;
  o.value_in_unit = value;
  o.low = node.threshold.value;
  o.unit = percent ? nullptr : &p.unit.unit;
  o.across = across;
  o.lookup = now.lookup;
  o.count = 2;
}

}  // namespace eligo::engine
