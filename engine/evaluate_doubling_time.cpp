// `doubling_time(measure[, within D]) op duration`: a least-squares line through the
// natural logarithm of the values against their day, over every dated value within the
// window up to the reference date; the doubling time is ln 2 over its slope, and without
// a rise (a slope of 0 or less) the value never doubles: longer than any duration. At
// least 3 values, on at least 2 days; every one usable and above 0, or it is unknown.
#include <cmath>

#include "engine/evaluate_context.hpp"
#include "engine/history_values.hpp"

namespace eligo::engine {

void evaluate_doubling_time(const EvalContext& ctx, NodeId id, const DoublingTime& node) {
  const auto window = node_window(ctx, id, node.within, false);
  if (!window) return;
  const auto values = *window;
  const PatientView& view = ctx.view;
  double n = 0, sx = 0, sy = 0, sxy = 0, sxx = 0;
  for (const ObservationFact& f : values) {
    if (const Finding u = usability(f); u != Finding::measured) {
      return set_history_unknown(ctx, id, u, view.index_of(f));
    }
    if (f.canonical <= 0) {
      return set_history_unknown(ctx, id, Finding::history_nonpositive, view.index_of(f));
    }
    const double x = f.day - values.front().day;
    const double y = std::log(f.canonical);
    n += 1;
    sx += x;
    sy += y;
    sxy += x * y;
    sxx += x * x;
  }
  const double spread = n * sxx - sx * sx;  // 0 when every value is of one day
  if (n < 3 || spread <= 0) {
    set_history_unknown(ctx, id, Finding::history_short, -1);
    ctx.out[id].count = static_cast<std::int32_t>(n);
    return;
  }
  const double slope = (n * sxy - sx * sy) / spread;  // per day
  const double days = slope > 0 ? std::log(2.0) / slope : INFINITY;
  const double limit = mean_days(node.amount);
  const int c = std::isinf(days) ? 1 : compare_values(days, limit);
  NodeOutcome& o = ctx.out[id];
  o.value = to_tri(holds(node.op, c));
  o.finding = Finding::measured;
  o.fact = view.index_of(values.back());
  o.fact2 = view.index_of(values.front());
  o.value_in_unit = days;
  o.low = limit;
  o.count = static_cast<std::int32_t>(n);
}

}  // namespace eligo::engine
