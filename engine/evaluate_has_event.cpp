// Presence of an event, optionally within a window before the reference date:
// `not has hiv`, `has myocardial_infarction within 6 months`. A present record (in the
// window) is met; records dated after the reference date are ignored; an undated present
// record is met without a window and unknown with one; a record saying absent, or no
// record at all, is not met (no record counts as absent: the explanation says so).
// Present and absent on the same date is a conflict: unknown.
#include "engine/evaluate_context.hpp"

namespace eligo {

void evaluate_has_event(const EvalContext& ctx, NodeId id, const HasEvent& node) {
  NodeOutcome& o = ctx.out[id];
  o.value = Tri::unknown;
  const PreparedNode& p = ctx.node(id);
  if (p.entry == nullptr) {
    o.finding = Finding::bad_node;
    return;
  }
  const Day as_of = ctx.dates.as_of_day;
  const Day start = node.within ? ctx.event_windows[id] : kNoDate;
  std::int32_t present = -1, undated = -1, outside = -1, absent = -1;
  bool future = false;
  for (const EventFact& f : ctx.view.events(*p.entry)) {
    if (f.day != kNoDate && f.day > as_of) {
      future = true;
      continue;
    }
    const std::int32_t index = ctx.view.index_of(f);
    if (!f.event->present) {
      absent = index;
    } else if (f.day == kNoDate) {
      if (node.within) {
        undated = index;
      } else if (present < 0) {
        present = index;  // dated ones, later in the order, replace it
      }
    } else if (node.within && f.day < start) {
      outside = index;
    } else {
      present = index;
    }
  }
  o.days = start == kNoDate ? 0 : as_of - start;
  if (present >= 0) {
    const Day day = ctx.view.event(present).day;
    for (const EventFact& f : ctx.view.events(*p.entry)) {
      if (!f.event->present && day != kNoDate && f.day == day) {
        o.finding = Finding::event_conflict;
        o.fact = present;
        o.fact2 = ctx.view.index_of(f);
        return;
      }
    }
    o.finding = Finding::event_present;
    o.fact = present;
    o.value = Tri::met;
    return;
  }
  if (undated >= 0) {
    o.finding = Finding::event_undated;
    o.fact = undated;
    return;
  }
  o.value = Tri::not_met;
  if (outside >= 0) {
    o.finding = Finding::event_outside;
    o.fact = outside;
  } else if (absent >= 0) {
    o.finding = Finding::event_absent;
    o.fact = absent;
  } else {
    o.finding = future ? Finding::event_future : Finding::event_none;
  }
}

}  // namespace eligo
