// Rendering one node's outcome as text (explain.hpp). Leaves say what was found: the
// observation with its date, unit as written and source; the conversion; the threshold
// with the ULN/LLN it used; a derived value's formula inputs; or why it is unknown.
// Derived inputs and conversion errors are recomputed here, off the evaluation's hot path.
#include <charconv>
#include <cmath>
#include <type_traits>

#include "engine/explain.hpp"
#include "engine/explain_text.hpp"

namespace eligo::engine {
namespace {

struct Leaf {
  std::string& out;
  const TrialEvaluation& ev;
  const PreparedNode& p;
  const NodeOutcome& o;

  const PatientView& view() const { return *ev.view; }
  std::string_view item() const { return p.entry != nullptr ? std::string_view(p.entry->id) : "?"; }
};

// " (ULN 56 U/L, vocabulary default; limit 168 U/L)".
void append_limit(std::string& out, const Threshold& t, const NodeOutcome& o) {
  if (t.ref == Reference::none || o.unit == nullptr) return;
  out += " (";
  out += to_string(t.ref);
  out += ' ';
  append_computed(out, o.limit);
  append_unit(out, o.unit->code);
  out += o.limit_source == LimitSource::record ? " from the record" : ", vocabulary default";
  out += "; limit ";
  append_computed(out, o.low);
  append_unit(out, o.unit->code);
  out += ')';
}

// " = 1200 /uL" when the comparison was in another unit than the value's.
void append_conversion(std::string& out, const NodeOutcome& o, const Unit* from,
                       const VocabularyEntry* entry) {
  if (o.unit == nullptr || from == nullptr || from->code == o.unit->code) return;
  out += " = ";
  append_computed(out, o.value_in_unit);
  append_unit(out, o.unit->code);
  if (o.across && entry != nullptr && entry->molar_mass) {
    out += " (molar mass ";
    append_number(out, *entry->molar_mass);
    out += " g/mol)";
  }
}

void append_inputs(std::string& out, const TrialEvaluation& ev, const DerivedValue& d) {
  for (std::uint8_t i = 0; i < d.count; ++i) {
    if (i > 0) out += ", ";
    append_input(out, ev, d.inputs[i]);
  }
}

// "creatinine_clearance 55.1 mL/min by Cockcroft-Gault ((140 - age) ...) from age 60
// (birth_date 1966-05-01), ...".
void append_derived_value(const Leaf& l) {
  const PatientView& v = l.view();
  if (l.o.derivation == Derivation::age) {
    l.out += "age ";
    append_computed(l.out, l.o.value_in_unit);
    if (l.o.unit != nullptr) append_unit(l.out, l.o.unit->code);
    l.out += " from birth_date ";
    append_date(l.out, *v.record().birth_date);
    append_source(l.out, v.record().birth_date_source);
    return;
  }
  append_lookup(l.out, l.ev, *l.p.entry, l.o, true);
  l.out += "; computed by ";
  l.out += to_string(l.o.derivation);
  l.out += " from ";
  const DerivedValue& d = derived_of(l.ev, l.o);
  append_inputs(l.out, l.ev, d);
  l.out += ": ";
  l.out += l.item();
  l.out += ' ';
  append_computed(l.out, d.value);
  append_unit(l.out, l.p.measure.unit.code);
  append_conversion(l.out, l.o, &l.p.measure.unit, l.p.entry);
}

void append_measured_value(const Leaf& l) {
  const ObservationFact& f = l.view().observation(l.o.fact);
  append_observation(l.out, l.ev, f, l.p.entry);
  append_conversion(l.out, l.o, f.unit_ok() ? &f.unit->value() : nullptr, l.p.entry);
}

// Why a measure leaf is unknown.
void append_measure_failure(const Leaf& l, const Threshold* threshold) {
  const PatientView& v = l.view();
  switch (l.o.finding) {
    case Finding::absent:
    case Finding::future_only:
    case Finding::stale:
    case Finding::undated:
    case Finding::conflict:
      if (l.o.derivation == Derivation::age && l.o.missing != 0 && !v.record().birth_date) {
        l.out += "no birth_date on record; ";
      } else if (l.o.derivation == Derivation::age && l.o.missing != 0) {
        l.out += "birth_date is after the reference date; ";
        return;
      }
      append_lookup(l.out, l.ev, *l.p.entry, l.o, false);
      if (l.o.derivation != Derivation::none && l.o.derivation != Derivation::age) {
        l.out += "; cannot compute it by ";
        l.out += to_string(l.o.derivation);
        l.out += ": ";
        const DerivedValue& d = derived_of(l.ev, l.o);
        bool first = true;
        for (std::uint8_t i = 0; i < d.count; ++i) {
          if (d.inputs[i].problem == InputProblem::none) continue;
          if (!first) l.out += ", ";
          first = false;
          append_input(l.out, l.ev, d.inputs[i]);
        }
      }
      return;
    case Finding::bad_unit: {
      const ObservationFact& f = v.observation(l.o.fact);
      append_observation(l.out, l.ev, f, l.p.entry);
      l.out += ": ";
      if (!f.unit_ok()) {
        l.out += f.unit->error();
        l.out += " for ";
        l.out += l.item();
        return;
      }
      const bool to_limit = threshold != nullptr && threshold->ref != Reference::none &&
                            threshold->mode == RefMode::times;
      const Unit& target = to_limit || !l.p.unit.ok ? l.p.measure.unit : l.p.unit.unit;
      const Result<double> c = convert(f.value(), **f.unit, target, l.p.entry->analyte());
      l.out +=
          c.ok() ? std::string_view("the value does not convert") : std::string_view(c.error());
      return;
    }
    case Finding::implausible:
      append_observation(l.out, l.ev, v.observation(l.o.fact), l.p.entry);
      l.out += ": not a plausible value";
      append_plausible_range(l.out, *l.p.entry);
      return;
    case Finding::refused:
      l.out += l.item();
      l.out += ": ";
      append_refused(l.out, l.ev, l.o.fact);
      return;
    case Finding::bad_value:
      append_observation(l.out, l.ev, v.observation(l.o.fact), l.p.entry);
      l.out += ": not a finite number";
      return;
    case Finding::no_reference:
      l.out += "no reference range for ";
      l.out += l.item();
      l.out += " (neither the record nor the vocabulary gives ";
      l.out += threshold != nullptr ? to_string(threshold->ref) : "it";
      l.out += ')';
      return;
    case Finding::incomplete_list:
      l.out += "the list of observations the source sent is incomplete: the latest ";
      l.out += l.item();
      l.out += " may be missing";
      return;
    default: l.out += "cannot be evaluated"; return;
  }
}

void append_value_part(const Leaf& l) {
  if (l.o.finding == Finding::derived) return append_derived_value(l);
  append_measured_value(l);
}

void append_compare(const Leaf& l, const Compare& n) {
  if (l.o.finding == Finding::bad_node) return append_bad_node(l.out, n.measure);
  if (l.o.value == Tri::unknown) {
    append_measure_failure(l, &n.threshold);
    return append_result(l.out, l.o.value);
  }
  append_value_part(l);
  l.out += ' ';
  l.out += to_string(n.op);
  l.out += ' ';
  append_threshold(l.out, n.threshold);
  append_limit(l.out, n.threshold, l.o);
  append_result(l.out, l.o.value);
}

void append_range(const Leaf& l, const Range& n) {
  if (l.o.finding == Finding::bad_node) return append_bad_node(l.out, n.measure);
  if (l.o.value == Tri::unknown) {
    append_measure_failure(l, &n.low);
    return append_result(l.out, l.o.value);
  }
  append_value_part(l);
  l.out += n.low_inclusive ? " in [" : " in (";
  append_threshold(l.out, n.low);
  l.out += ", ";
  append_threshold(l.out, n.high);
  l.out += n.high_inclusive ? "]" : ")";
  if (n.low.ref != Reference::none || n.high.ref != Reference::none) {
    l.out += " (limits ";
    append_computed(l.out, l.o.low);
    l.out += " to ";
    append_computed(l.out, l.o.high);
    if (l.o.unit != nullptr) append_unit(l.out, l.o.unit->code);
    l.out += ')';
  }
  append_result(l.out, l.o.value);
}

void append_in_set(const Leaf& l, const InSet& n) {
  if (l.o.finding == Finding::bad_node) return append_bad_node(l.out, n.measure);
  if (l.o.value == Tri::unknown) {
    append_measure_failure(l, nullptr);
    return append_result(l.out, l.o.value);
  }
  append_value_part(l);
  l.out += " in {";
  for (std::size_t i = 0; i < n.values.size(); ++i) {
    if (i > 0) l.out += ", ";
    append_number(l.out, n.values[i]);
  }
  l.out += '}';
  append_unit(l.out, n.unit);
  append_result(l.out, l.o.value);
}

void append_is_value(const Leaf& l, const IsValue& n) {
  if (l.o.finding == Finding::bad_node) return append_bad_node(l.out, n.item);
  const patients::PatientRecord& r = l.view().record();
  if (l.o.finding == Finding::value_absent) {
    if (r.sex && n.item == "sex") {
      l.out += "sex recorded as unknown";
    } else {
      l.out += "no ";
      l.out += n.item;
      l.out += " on record";
    }
    return append_result(l.out, l.o.value);
  }
  l.out += "sex ";
  l.out += to_string(*r.sex);
  append_source(l.out, r.sex_source);
  l.out += " is ";
  for (std::size_t i = 0; i < n.values.size(); ++i) {
    if (i > 0) l.out += " or ";
    l.out += n.values[i];
  }
  append_result(l.out, l.o.value);
}

// A history leaf: unknown for its latest value as a Compare is (the failure of that
// look-up, or of a value it read), else with its history (explain_history.cpp).
template <typename K>
void append_history_leaf(const Leaf& l, const K& n) {
  if (l.o.finding == Finding::bad_node) {
    if constexpr (std::is_same_v<K, Ratio>)
      return append_bad_node(l.out, n.numerator);
    else
      return append_bad_node(l.out, n.measure);
  }
  const bool history_conflict =
      l.o.finding == Finding::conflict && l.o.lookup != LookupStatus::conflict;
  // A count with values that cannot be used is a range of counts: its own explanation.
  const bool own = l.o.finding == Finding::history_short ||
                   l.o.finding == Finding::history_nonpositive || history_conflict ||
                   (std::is_same_v<K, CountOf> && l.o.finding != Finding::incomplete_list &&
                    l.o.finding != Finding::refused);
  if (l.o.value == Tri::unknown && !own && l.o.finding != Finding::measured) {
    PreparedNode second = l.p;
    if (l.o.which == 1) second.entry = l.p.entry2;
    append_measure_failure(Leaf{l.out, l.ev, second, l.o}, nullptr);
    return append_result(l.out, l.o.value);
  }
  if constexpr (std::is_same_v<K, Change>)
    append_change(l.out, l.ev, l.p, l.o, n);
  else if constexpr (std::is_same_v<K, DoublingTime>)
    append_doubling_time(l.out, l.ev, l.p, l.o, n);
  else if constexpr (std::is_same_v<K, CountOf>)
    append_count(l.out, l.ev, l.p, l.o, n);
  else
    append_ratio(l.out, l.ev, l.p, l.o, n);
}

void append_composite(std::string& out, const Node& node, Tri value) {
  std::visit(
      [&](const auto& k) {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, And>) {
          out += "all of " + std::to_string(k.children.size());
        } else if constexpr (std::is_same_v<K, Or>) {
          out += "any of " + std::to_string(k.children.size());
        } else if constexpr (std::is_same_v<K, Not>) {
          out += "not";
        } else if constexpr (std::is_same_v<K, AtLeast>) {
          out += "at least " + std::to_string(k.k) + " of " + std::to_string(k.children.size());
        }
      },
      node.kind);
  append_result(out, value);
}

}  // namespace

void append_node(std::string& out, const TrialEvaluation& ev, std::size_t criterion, NodeId id) {
  const Criterion& c = ev.trial->trial->criteria[criterion];
  const PreparedCriterion& pc = ev.trial->criteria[criterion];
  if (!pc.valid || id >= c.tree.nodes.size()) {
    out += "the criterion's tree is malformed: unknown";
    return;
  }
  const Node& node = c.tree.nodes[id];
  const Leaf leaf{out, ev, pc.nodes[id], ev.outcome(criterion, id)};
  std::visit(
      [&](const auto& k) {
        using K = std::decay_t<decltype(k)>;
        if constexpr (std::is_same_v<K, Compare>)
          append_compare(leaf, k);
        else if constexpr (std::is_same_v<K, Range>)
          append_range(leaf, k);
        else if constexpr (std::is_same_v<K, InSet>)
          append_in_set(leaf, k);
        else if constexpr (std::is_same_v<K, IsValue>)
          append_is_value(leaf, k);
        else if constexpr (std::is_same_v<K, HasEvent>)
          append_has_event(out, ev, leaf.o, k);
        else if constexpr (std::is_same_v<K, TimeSince>)
          append_time_since(out, ev, leaf.o, k);
        else if constexpr (std::is_same_v<K, Change> || std::is_same_v<K, DoublingTime> ||
                           std::is_same_v<K, CountOf> || std::is_same_v<K, Ratio>)
          append_history_leaf(leaf, k);
        else if constexpr (std::is_same_v<K, Manual>)
          append_manual(out, k);
        else
          append_composite(out, node, leaf.o.value);
      },
      node.kind);
}

std::string explain_node(const TrialEvaluation& ev, std::size_t criterion, NodeId node) {
  std::string out;
  append_node(out, ev, criterion, node);
  return out;
}

}  // namespace eligo::engine
