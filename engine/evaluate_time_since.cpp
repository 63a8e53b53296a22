// Time since the latest present record of an event against a duration:
// `months_since asct >= 6` holds when as_of >= (date of the latest asct) + 6 months,
// on the calendar (calendar.hpp). No present record on or before the reference date is
// unknown, and so is a present record without a date (it could be the latest).
#include "core/calendar.hpp"
#include "engine/evaluate_context.hpp"

namespace eligo::engine {

void evaluate_time_since(const EvalContext& ctx, NodeId id, const TimeSince& node) {
  NodeOutcome& o = ctx.out[id];
  o.value = Tri::unknown;
  const PreparedNode& p = ctx.node(id);
  if (p.entry == nullptr) {
    o.finding = Finding::bad_node;
    return;
  }
  const Day as_of = ctx.dates.as_of_day;
  std::int32_t latest = -1, undated = -1, absent = -1;
  bool future = false;
  for (const EventFact& f : ctx.view.events(*p.entry)) {
    if (f.day != kNoDate && f.day > as_of) {
      future = true;
    } else if (!f.event->present) {
      absent = ctx.view.index_of(f);
    } else if (f.day == kNoDate) {
      undated = ctx.view.index_of(f);
    } else {
      latest = ctx.view.index_of(f);  // sorted by date: the last one is the latest
    }
  }
  if (ctx.view.incomplete(p.entry->kind)) {  // a later record may be missing
    o.finding = Finding::incomplete_list;
    return;
  }
  if (undated >= 0) {
    o.finding = Finding::event_undated;
    o.fact = undated;
    return;
  }
  if (latest < 0) {
    o.finding = absent >= 0 ? Finding::event_absent
                : future    ? Finding::event_future
                            : Finding::event_none;
    o.fact = absent;
    return;
  }
  const Day day = ctx.view.event(latest).day;
  for (const EventFact& f : ctx.view.events(*p.entry)) {
    if (!f.event->present && f.day == day) {
      o.finding = Finding::event_conflict;
      o.fact = latest;
      o.fact2 = ctx.view.index_of(f);
      return;
    }
  }
  const Day target = to_day(shift(to_date(day), node.amount, +1));
  const int c = as_of < target ? -1 : as_of > target ? 1 : 0;
  o.finding = Finding::event_present;
  o.fact = latest;
  o.days = as_of - day;
  o.value = to_tri(holds(node.op, c));
}

}  // namespace eligo::engine
