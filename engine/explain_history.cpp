// Explanations of the history leaves (Change, DoublingTime, CountOf, Ratio) once they
// have values: every value used with its date and source, the computation (the earlier
// value chosen, the change in the unit or in %, the fitted doubling time, the values
// counted) and the threshold; or what is missing. Failures of the latest value itself
// read as a Compare's do (explain_node.cpp).
#include <cmath>

#include "engine/explain.hpp"
#include "engine/explain_text.hpp"
#include "engine/history_values.hpp"

namespace eligo::engine {
namespace {

void append_signed(std::string& out, double value) {
  if (value > 0) out += '+';
  append_computed(out, value);
}

void append_window(std::string& out, const std::optional<Duration>& within) {
  if (!within) return;
  out += " within ";
  append_duration(out, *within);
}

void append_values(std::string& out, const TrialEvaluation& ev,
                   std::span<const ObservationFact> values, const VocabularyEntry* entry) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += i == 0 ? "" : ", ";
    append_observation(out, ev, values[i], entry);
  }
}

void append_from(std::string& out, const Change& n) {
  out += "from ";
  if (n.from == ChangeFrom::before && n.before) {
    out += "the latest value before ";
    append_date(out, *n.before);
  } else {
    out += n.from == ChangeFrom::nadir ? "nadir" : "baseline";
    append_window(out, n.within);
  }
}

// Unknowns of the history itself (not of the latest value).
bool append_history_gap(std::string& out, const TrialEvaluation& ev, const NodeOutcome& o,
                        const VocabularyEntry& entry) {
  const PatientView& view = *ev.view;
  switch (o.finding) {
    case Finding::history_nonpositive:
      append_observation(out, ev, view.observation(o.fact), &entry);
      out += ": 0 or less, where a ratio or a logarithm needs a positive value";
      return true;
    case Finding::conflict:
      out += "two values of ";
      out += entry.id;
      out += " on one day disagree: ";
      append_observation(out, ev, view.observation(o.fact), &entry);
      out += " and ";
      append_observation(out, ev, view.observation(o.fact2), &entry);
      return true;
    default: return false;
  }
}

}  // namespace

void append_change(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                   const NodeOutcome& o, const Change& n) {
  const PatientView& view = *ev.view;
  out += "change of ";
  out += p.entry->id;
  out += ' ';
  append_from(out, n);
  out += ": ";
  if (o.finding == Finding::history_short) {
    out += "no earlier value";
    if (o.fact >= 0) {
      out += " before ";
      append_observation(out, ev, view.observation(o.fact), p.entry);
    }
    return append_result(out, o.value);
  }
  if (append_history_gap(out, ev, o, *p.entry)) return append_result(out, o.value);
  append_observation(out, ev, view.observation(o.fact2), p.entry);
  out += " to ";
  append_observation(out, ev, view.observation(o.fact), p.entry);
  out += ", change ";
  append_signed(out, o.value_in_unit);
  append_unit(out, o.unit != nullptr ? std::string_view(o.unit->code) : std::string_view("%"));
  out += ' ';
  out += to_string(n.op);
  out += ' ';
  append_threshold(out, n.threshold);
  append_result(out, o.value);
}

void append_doubling_time(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                          const NodeOutcome& o, const DoublingTime& n) {
  const auto values = window_values(*ev.view, ev.dates, *p.entry, n.within);
  out += "doubling time of ";
  out += p.entry->id;
  append_window(out, n.within);
  out += ": ";
  if (o.finding == Finding::history_short) {
    out += std::to_string(o.count);
    out += o.count == 1 ? " value" : " values";
    out += " (at least 3, on 2 days or more, are needed)";
    if (!values.empty()) {
      out += ": ";
      append_values(out, ev, values, p.entry);
    }
    return append_result(out, o.value);
  }
  if (append_history_gap(out, ev, o, *p.entry)) return append_result(out, o.value);
  append_values(out, ev, values, p.entry);
  out += "; log-linear fit over ";
  out += std::to_string(o.count);
  out += " values: ";
  if (std::isinf(o.value_in_unit)) {
    out += "they do not rise, so they never double";
  } else {
    out += "doubles in ";
    append_computed(out, o.value_in_unit);
    out += " days";
  }
  out += "; ";
  out += to_string(n.op);
  out += ' ';
  append_duration(out, n.amount);
  if (n.amount.unit == TimeUnit::months || n.amount.unit == TimeUnit::years) {
    out += " (";
    append_computed(out, o.low);
    out += " days)";
  }
  append_result(out, o.value);
}

void append_count(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                  const NodeOutcome& o, const CountOf& n) {
  const auto values = window_values(*ev.view, ev.dates, *p.entry, n.within);
  out += "values of ";
  out += p.entry->id;
  out += ' ';
  out += to_string(n.value_op);
  out += ' ';
  append_threshold(out, n.value);
  append_window(out, n.within);
  if (n.apart) {
    out += ", at least ";
    append_duration(out, *n.apart);
    out += " apart";
  }
  out += ": ";
  if (values.empty()) {
    out += "none on record";
  } else {
    append_values(out, ev, values, p.entry);
  }
  if (o.finding == Finding::history_short) {
    out += "; too few measurements to count";
    return append_result(out, o.value);
  }
  out += "; ";
  const auto counted = static_cast<unsigned>(o.value_in_unit);
  const auto most = static_cast<unsigned>(o.high);
  out += std::to_string(counted);
  out += " counted";
  if (most != counted) {
    out += " (";
    out += std::to_string(most);
    out += " if the values that cannot be used meet it; ";
    append_observation(out, ev, ev.view->observation(o.fact), p.entry);
    out += " cannot be used)";
  }
  out += ' ';
  out += to_string(n.op);
  out += ' ';
  out += std::to_string(n.count);
  append_result(out, o.value);
}

void append_ratio(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                  const NodeOutcome& o, const Ratio& n) {
  const PatientView& view = *ev.view;
  if (o.finding == Finding::history_nonpositive) {
    append_observation(out, ev, view.observation(o.fact), p.entry2);
    out += ": 0 or less, so no ratio";
    return append_result(out, o.value);
  }
  append_observation(out, ev, view.observation(o.fact), p.entry);
  out += " / ";
  append_observation(out, ev, view.observation(o.fact2), p.entry2);
  out += " = ";
  append_computed(out, o.value_in_unit);
  out += ' ';
  out += to_string(n.op);
  out += ' ';
  append_number(out, n.value);
  append_result(out, o.value);
}

}  // namespace eligo::engine
