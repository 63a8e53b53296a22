// The pieces of explanations; see explain_text.hpp. Numbers as the record wrote them
// use the shortest exact form; computed ones six significant digits.
#include "engine/explain_text.hpp"

#include <charconv>
#include <cstdio>

#include "engine/explain.hpp"

namespace eligo::engine {
namespace {

const VocabularyEntry* input_entry(const TrialEvaluation& ev, Input input) {
  const DerivationEntries& e = ev.trial->derivation_entries;
  switch (input) {
    case Input::weight: return e.weight;
    case Input::creatinine: return e.creatinine;
    case Input::calcium: return e.calcium;
    case Input::albumin: return e.albumin;
    default: return nullptr;
  }
}

std::string_view input_unit(Input input) {
  switch (input) {
    case Input::weight: return "kg";
    case Input::albumin: return "g/dL";
    default: return "mg/dL";
  }
}

void append_window(std::string& out, const TrialEvaluation& ev) {
  out += "; window ";
  append_duration(out, ev.trial->trial->lab_window);
}

}  // namespace

void append_number(std::string& out, double value) {
  char buffer[40];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec == std::errc()) out.append(buffer, end);
}

void append_computed(std::string& out, double value) {
  char buffer[40];
  const auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
  if (ec == std::errc()) out.append(buffer, end);
}

void append_unit(std::string& out, std::string_view code) {
  if (code.empty()) return;
  out += ' ';
  out += code;
}

void append_threshold(std::string& out, const Threshold& t) {
  const std::string& unit = t.unit_written.empty() ? t.unit : t.unit_written;
  if (t.ref == Reference::none || t.mode != RefMode::times) {
    if (t.ref != Reference::none) {
      out += to_string(t.ref);
      out += t.mode == RefMode::plus ? " + " : " - ";
    }
    append_number(out, t.value);
    append_unit(out, unit);
    if (t.unit_inferred) out += " (unit not written; inferred from the value)";
    return;
  }
  append_number(out, t.value);
  out += " x ";
  out += to_string(t.ref);
}

void append_result(std::string& out, Tri value) {
  out += ": ";
  out += to_string(value);
}

void append_date(std::string& out, Date date) {
  const int year = static_cast<int>(date.year());
  if (year < 0 || year > 9999) {
    out += std::to_string(year);
  } else {
    const char y[4] = {char('0' + year / 1000), char('0' + year / 100 % 10),
                       char('0' + year / 10 % 10), char('0' + year % 10)};
    out.append(y, 4);
  }
  const unsigned month = static_cast<unsigned>(date.month());
  const unsigned day = static_cast<unsigned>(date.day());
  const char md[6] = {'-', char('0' + month / 10), char('0' + month % 10),
                      '-', char('0' + day / 10),   char('0' + day % 10)};
  out.append(md, 6);
}

void append_day(std::string& out, Day day) { append_date(out, to_date(day)); }

std::string_view list_name(ItemKind kind) {
  switch (kind) {
    case ItemKind::measure: return "observations";
    case ItemKind::condition: return "conditions";
    case ItemKind::therapy: return "medications";
    case ItemKind::procedure: return "procedures";
    case ItemKind::demographic: break;
  }
  return "facts";
}

void append_source(std::string& out, const patients::SourceLocation& source) {
  if (source.file.empty() && source.line == 0) return;
  out += " (";
  out += source.file.view();
  if (source.line != 0) {
    out += ':';
    out += std::to_string(source.line);
  }
  out += ')';
}

void append_refused(std::string& out, const TrialEvaluation& ev, std::int32_t row) {
  const auto& refused = ev.view->record().refused;
  if (row < 0 || static_cast<std::size_t>(row) >= refused.size()) return;
  const patients::RefusedRow& r = refused[static_cast<std::size_t>(row)];
  out += "a row of this patient's was refused";
  append_source(out, r.source);
  out += r.item.empty() ? std::string(" (its item could not be read)") : " (" + r.item + ")";
  out += " and may hold it: not assumed absent";
}

void append_duration(std::string& out, const Duration& d) {
  append_number(out, d.amount);
  out += ' ';
  std::string_view unit = to_string(d.unit);
  if (d.amount == 1 && unit.ends_with('s')) unit.remove_suffix(1);
  out += unit;
}

void append_observation(std::string& out, const TrialEvaluation& ev, const ObservationFact& f,
                        const VocabularyEntry* entry) {
  (void)ev;
  const patients::Observation& o = *f.observation;
  out += entry != nullptr ? std::string_view(entry->id) : std::string_view(o.item);
  out += ' ';
  append_number(out, o.value);
  append_unit(out, o.unit);
  if (f.day != kNoDate) {
    out += " on ";
    append_day(out, f.day);
  } else {
    out += ", undated";
  }
  if (o.unit_note.empty()) {
    append_source(out, o.source);
    return;
  }
  // The unit was completed by the item's code: say so beside the source.
  append_source(out, o.source);
  if (out.ends_with(')')) {
    out.pop_back();
    out += "; ";
  } else {
    out += " (";
  }
  out += o.unit_note;
  out += ')';
}

void append_plausible_range(std::string& out, const VocabularyEntry& entry) {
  if (!entry.plausible_low || !entry.plausible_high) return;
  out += " (outside ";
  append_number(out, *entry.plausible_low);
  out += " to ";
  append_number(out, *entry.plausible_high);
  append_unit(out, entry.canonical_unit);
  out += ')';
}

void append_lookup_status(std::string& out, const TrialEvaluation& ev, const VocabularyEntry& entry,
                          const Lookup& lookup) {
  const PatientView& view = *ev.view;
  switch (lookup.status) {
    case LookupStatus::found:
      append_observation(out, ev, view.observation(lookup.fact), &entry);
      return;
    case LookupStatus::absent:
      out += "no ";
      out += entry.id;
      out += " on record";
      return;
    case LookupStatus::future_only:
      out += "no ";
      out += entry.id;
      out += " on or before ";
      append_date(out, ev.dates.as_of);
      out += " (later values ignored)";
      return;
    case LookupStatus::stale: {
      const ObservationFact& f = view.observation(lookup.fact);
      out += "latest ";
      out += entry.id;
      out += ' ';
      append_day(out, f.day);
      out += " is ";
      out += std::to_string(ev.dates.as_of_day - f.day);
      out += " days old";
      append_window(out, ev);
      return;
    }
    case LookupStatus::undated: {
      out += entry.id;
      out += " has no date";
      append_source(out, view.observation(lookup.fact).observation->source);
      append_window(out, ev);
      return;
    }
    case LookupStatus::conflict: {
      const ObservationFact& a = view.observation(lookup.fact);
      const ObservationFact& b = view.observation(lookup.fact2);
      out += "conflicting values of ";
      out += entry.id;
      if (a.day != kNoDate) {
        out += " on ";
        append_day(out, a.day);
      }
      out += ": ";
      append_number(out, a.value());
      append_unit(out, a.observation->unit);
      append_source(out, a.observation->source);
      out += " and ";
      append_number(out, b.value());
      append_unit(out, b.observation->unit);
      append_source(out, b.observation->source);
      return;
    }
  }
}

const DerivedValue& derived_of(const TrialEvaluation& ev, const NodeOutcome& o) {
  static const DerivedValue none;
  return o.derived >= 0 && static_cast<std::size_t>(o.derived) < ev.derived.size()
             ? ev.derived[static_cast<std::size_t>(o.derived)]
             : none;
}

void append_lookup(std::string& out, const TrialEvaluation& ev, const VocabularyEntry& entry,
                   const NodeOutcome& o, bool derived) {
  const Lookup lookup{o.lookup, o.fact, o.fact2};
  if (derived && lookup.status == LookupStatus::absent) {
    out += "no ";
    out += entry.id;
    out += " measured";
    return;
  }
  append_lookup_status(out, ev, entry, lookup);
}

void append_input(std::string& out, const TrialEvaluation& ev, const InputUse& in) {
  const patients::PatientRecord& record = ev.view->record();
  switch (in.input) {
    case Input::birth_date:
      if (!record.birth_date) {
        out += "no birth_date on record";
        return;
      }
      out += "age ";
      append_number(out, in.value);
      out += " (birth_date ";
      append_date(out, *record.birth_date);
      out += ')';
      if (in.problem == InputProblem::out_of_range) {
        out += in.value < 0 ? " is after the reference date"
                            : " is outside the 18 to 120 years the formula is for";
      }
      return;
    case Input::sex:
      if (!record.sex) {
        out += "no sex on record";
        return;
      }
      out += "sex ";
      out += to_string(*record.sex);
      if (in.problem == InputProblem::not_binary) out += " (the formula needs female or male)";
      return;
    default: break;
  }
  const VocabularyEntry* entry = input_entry(ev, in.input);
  if (entry == nullptr) {
    out += to_string(in.input);
    out += " is not in the vocabulary";
    return;
  }
  if (in.problem == InputProblem::missing) return append_lookup_status(out, ev, *entry, in.lookup);
  const ObservationFact& f = ev.view->observation(in.lookup.fact);
  append_observation(out, ev, f, entry);
  switch (in.problem) {
    case InputProblem::bad_unit:
      out += ", which does not convert to ";
      out += input_unit(in.input);
      return;
    case InputProblem::out_of_range: out += ", not a plausible value"; return;
    default: break;
  }
  if (f.observation->unit != input_unit(in.input)) {
    out += " = ";
    append_computed(out, in.value);
    append_unit(out, input_unit(in.input));
  }
}

void append_bad_node(std::string& out, std::string_view item) {
  out += "the criterion names '";
  out += item;
  out += "' or a unit the engine does not know: unknown";
}

}  // namespace eligo::engine
