// Rendering event leaves (HasEvent, TimeSince) and manual leaves; see explain_text.hpp.
// Every record shown comes with its date (or "with no date") and where it was read; an
// event with no record is shown as assumed absent, as the evaluator treats it.
#include "core/calendar.hpp"
#include "engine/explain.hpp"
#include "engine/explain_text.hpp"

namespace eligo::engine {
namespace {

// No record that decides it, and the source said its list of that kind is incomplete.
void append_incomplete(std::string& out, const TrialEvaluation& ev, std::string_view item) {
  const VocabularyEntry* entry = ev.trial->vocabulary->find(item);
  out += "no record of ";
  out += item;
  out += " that decides it, and the list of ";
  out += list_name(entry != nullptr ? entry->kind : ItemKind::condition);
  out += " the source sent is incomplete";
}

}  // namespace

void append_has_event(std::string& out, const TrialEvaluation& ev, const NodeOutcome& o,
                      const HasEvent& node) {
  const PatientView& view = *ev.view;
  if (o.finding == Finding::bad_node) return append_bad_node(out, node.event);
  auto event = [&](std::int32_t i) -> const EventFact& { return view.event(i); };
  // A record of a more specific or more general item names it: "(as relapsed_multiple_myeloma)".
  auto dated = [&](const EventFact& f) {
    if (f.entry != nullptr && f.entry->id != node.event) {
      out += " (as ";
      out += f.entry->id;
      out += ')';
    }
    if (f.day != kNoDate) {
      out += " on ";
      append_day(out, f.day);
    } else {
      out += " with no date";
    }
    append_source(out, f.event->source);
  };
  auto within = [&] {
    if (!node.within) return;
    out += " (within ";
    append_duration(out, *node.within);
    out += " of ";
    append_date(out, ev.dates.as_of);
    out += ')';
  };
  switch (o.finding) {
    case Finding::event_present:
      out += node.event;
      out += " recorded present";
      dated(event(o.fact));
      within();
      break;
    case Finding::event_absent:
      out += node.event;
      out += " recorded absent";
      dated(event(o.fact));
      break;
    case Finding::event_outside:
      out += "latest ";
      out += node.event;
      out += " record";
      dated(event(o.fact));
      out += " is outside the window";
      within();
      break;
    case Finding::event_undated:
      out += node.event;
      out += " recorded present";
      dated(event(o.fact));
      out += "; its date is needed";
      within();
      break;
    case Finding::event_conflict:
      out += node.event;
      out += " recorded both present and absent";
      dated(event(o.fact));
      break;
    case Finding::event_future:
      out += "no record of ";
      out += node.event;
      out += " on or before ";
      append_date(out, ev.dates.as_of);
      out += " (assumed absent; later records ignored)";
      break;
    case Finding::refused:
      out += "no record of ";
      out += node.event;
      out += ", but ";
      append_refused(out, ev, o.fact);
      break;
    case Finding::incomplete_list: append_incomplete(out, ev, node.event); break;
    case Finding::event_context: {
      const EventFact& f = event(o.fact);
      out += "no record of ";
      out += node.event;
      out += ", but ";
      out += f.entry != nullptr ? f.entry->id : std::string("?");
      out += " is recorded present";
      if (f.day != kNoDate) {
        out += " on ";
        append_day(out, f.day);
      }
      append_source(out, f.event->source);
      const VocabularyEntry* asked = ev.trial->vocabulary->find(node.event);
      if (asked != nullptr && f.entry != nullptr) {
        out += "; ";
        append_question(out, *ev.trial->vocabulary, *asked, nullptr, *f.entry);
      }
      break;
    }
    default:
      out += "no record of ";
      out += node.event;
      out += " (assumed absent)";
      break;
  }
  out += ": ";
  out += to_string(o.value);
}

void append_time_since(std::string& out, const TrialEvaluation& ev, const NodeOutcome& o,
                       const TimeSince& node) {
  const PatientView& view = *ev.view;
  if (o.finding == Finding::bad_node) return append_bad_node(out, node.event);
  switch (o.finding) {
    case Finding::event_present: {
      const EventFact& f = view.event(o.fact);
      out += "latest ";
      out += node.event;
      out += ' ';
      append_day(out, f.day);
      append_source(out, f.event->source);
      out += ", ";
      out += std::to_string(whole_months_between(to_date(f.day), ev.dates.as_of));
      out += " months (";
      out += std::to_string(o.days);
      out += " days) before ";
      append_date(out, ev.dates.as_of);
      out += "; time since ";
      out += to_string(node.op);
      out += ' ';
      append_duration(out, node.amount);
      break;
    }
    case Finding::event_undated:
      out += node.event;
      out += " recorded present with no date";
      append_source(out, view.event(o.fact).event->source);
      break;
    case Finding::event_absent:
      out += node.event;
      out += " recorded absent";
      append_source(out, view.event(o.fact).event->source);
      out += ", so there is no time since it";
      break;
    case Finding::event_conflict:
      out += node.event;
      out += " recorded both present and absent on ";
      append_day(out, view.event(o.fact).day);
      break;
    case Finding::event_future:
      out += "no record of ";
      out += node.event;
      out += " on or before ";
      append_date(out, ev.dates.as_of);
      break;
    case Finding::incomplete_list: append_incomplete(out, ev, node.event); break;
    default:
      out += "no record of ";
      out += node.event;
      break;
  }
  out += ": ";
  out += to_string(o.value);
}

void append_manual(std::string& out, const Manual& node) {
  out += "a person must decide";
  if (!node.reason.empty()) {
    out += " (";
    out += node.reason;
    out += ')';
  }
  out += ": manual";
}

}  // namespace eligo::engine
