// Presence of an event, optionally within a window before the reference date:
// `not has hiv`, `has myocardial_infarction within 6 months`. A record of the item or of
// a more specific one (Vocabulary::descendants: relapsed_multiple_myeloma for
// multiple_myeloma) counts as a record of it. A present record (in the window) is met;
// records dated after the reference date are ignored; an undated present record is met
// without a window and unknown with one. A record saying absent (of the item or of a
// more general one) is not met. With no record at all, the item is absent (not met)
// unless a context is on record (Vocabulary::contexts: multiple_myeloma for
// relapsed_multiple_myeloma): then which kind it is was not recorded, and it is unknown.
// A refused row of the patient's that may be the missing record keeps it unknown too,
// unless a record says absent. Present and absent on the same date is a conflict: unknown.
// When the record's list of the item's kind is incomplete, anything but a present record
// in the window is unknown.
#include "engine/evaluate_context.hpp"

namespace eligo::engine {
namespace {

// What the records of one item and its more specific items say, as view indices.
struct EventScan {
  std::int32_t present = -1, undated = -1, outside = -1, absent = -1;
  bool future = false;
};

void scan(const EvalContext& ctx, const VocabularyEntry& entry, bool self, const HasEvent& node,
          Day start, EventScan& s) {
  const Day as_of = ctx.dates.as_of_day;
  for (const EventFact& f : ctx.view.events(entry)) {
    if (f.day != kNoDate && f.day > as_of) {
      s.future = true;
      continue;
    }
    const std::int32_t index = ctx.view.index_of(f);
    if (!f.event->present) {
      if (self) s.absent = index;  // a more specific item absent says nothing of this one
    } else if (f.day == kNoDate) {
      if (node.within) {
        s.undated = index;
      } else if (s.present < 0) {
        s.present = index;  // dated ones, later in the order, replace it
      }
    } else if (node.within && f.day < start) {
      if (s.outside < 0 || ctx.view.event(s.outside).day <= f.day) s.outside = index;
    } else if (s.present < 0 || ctx.view.event(s.present).day == kNoDate ||
               ctx.view.event(s.present).day <= f.day) {
      s.present = index;
    }
  }
}

// The latest present record of a more general item saying absent, or of a context.
std::int32_t latest_of(const EvalContext& ctx, std::span<const std::uint32_t> items, bool present) {
  const Day as_of = ctx.dates.as_of_day;
  const auto& entries = ctx.trial.vocabulary->entries();
  std::int32_t best = -1;
  for (const std::uint32_t i : items) {
    for (const EventFact& f : ctx.view.events(entries[i])) {
      if (f.event->present != present || (f.day != kNoDate && f.day > as_of)) continue;
      if (best < 0 || ctx.view.event(best).day <= f.day) best = ctx.view.index_of(f);
    }
  }
  return best;
}

// A refused row of the patient's that names the item (or something more specific), or no
// readable item: it may be the record that is missing, so nothing is assumed absent.
std::int32_t refused_row(const EvalContext& ctx, const VocabularyEntry& entry, Day start) {
  if (ctx.view.record().refused.empty()) return -1;
  const Vocabulary& vocabulary = *ctx.trial.vocabulary;
  std::int32_t refused = ctx.view.refused_naming(entry, start);
  for (const std::uint32_t d : vocabulary.descendants(entry)) {
    if (refused < 0) refused = ctx.view.refused_naming(vocabulary.entries()[d], start);
  }
  return refused >= 0 ? refused : ctx.view.refused_unreadable();
}

}  // namespace

void evaluate_has_event(const EvalContext& ctx, NodeId id, const HasEvent& node) {
  NodeOutcome& o = ctx.out[id];
  o.value = Tri::unknown;
  const PreparedNode& p = ctx.node(id);
  if (p.entry == nullptr) {
    o.finding = Finding::bad_node;
    return;
  }
  const Vocabulary& vocabulary = *ctx.trial.vocabulary;
  const Day start = node.within ? ctx.event_windows[id] : kNoDate;
  EventScan s;
  scan(ctx, *p.entry, true, node, start, s);
  for (const std::uint32_t d : vocabulary.descendants(*p.entry)) {
    scan(ctx, vocabulary.entries()[d], false, node, start, s);
  }
  o.days = start == kNoDate ? 0 : ctx.dates.as_of_day - start;
  if (s.present >= 0) {
    const Day day = ctx.view.event(s.present).day;
    for (const EventFact& f : ctx.view.events(*p.entry)) {
      if (!f.event->present && day != kNoDate && f.day == day) {
        o.finding = Finding::event_conflict;
        o.fact = s.present;
        o.fact2 = ctx.view.index_of(f);
        return;
      }
    }
    o.finding = Finding::event_present;
    o.fact = s.present;
    o.value = Tri::met;
    return;
  }
  // Not in the window: with an incomplete list, the record that would be may be missing.
  if (ctx.view.incomplete(p.entry->kind)) {
    o.finding = Finding::incomplete_list;
    return;
  }
  if (s.undated >= 0) {
    o.finding = Finding::event_undated;
    o.fact = s.undated;
    return;
  }
  if (s.absent < 0) s.absent = latest_of(ctx, vocabulary.ancestors(*p.entry), false);
  if (s.absent < 0) {
    if (const std::int32_t refused = refused_row(ctx, *p.entry, start); refused >= 0) {
      o.finding = Finding::refused;
      o.fact = refused;
      return;
    }
  }
  if (s.outside >= 0) {
    o.value = Tri::not_met;
    o.finding = Finding::event_outside;
    o.fact = s.outside;
    return;
  }
  if (s.absent >= 0) {
    o.value = Tri::not_met;
    o.finding = Finding::event_absent;
    o.fact = s.absent;
    return;
  }
  const std::int32_t context = latest_of(ctx, vocabulary.contexts(*p.entry), true);
  if (context >= 0) {
    o.finding = Finding::event_context;  // unknown: which kind was not recorded
    o.fact = context;
    return;
  }
  o.value = Tri::not_met;
  o.finding = s.future ? Finding::event_future : Finding::event_none;
}

}  // namespace eligo::engine
