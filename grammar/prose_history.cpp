// Prose stage 2, semantic half, criteria over a measure's history (prose_history.hpp).
// A change compiles only when it says what it is from (a baseline, a nadir, or a window
// whose earliest value is the baseline), its amount has a unit that fits the measure
// (no unit is inferred for a change), and it is a lower bound on the size of the rise
// or fall; anything else is left to the forms that keep the text uncovered.
#include "grammar/prose_history.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "core/units.hpp"
#include "grammar/prose_build.hpp"

namespace eligo::grammar::prose {
namespace {

using HK = TokHistory::Kind;

// ">=" for ">=" and ">"; the mirrored operator for a fall: a fall of >= 50% is <= -50 %.
std::optional<Op> lower_bound_op(const Comparison& c) {
  if (!c.op_written) return Op::ge;  // "a 50% fall": at least 50%
  if (c.op == Op::ge || c.op == Op::gt) return c.op;
  return std::nullopt;  // "an increase of less than 25%" also holds for any decrease
}

Op mirrored(Op op) { return op == Op::ge ? Op::le : op == Op::gt ? Op::lt : op; }

// The amount of a change as a threshold of `m`: in % (relative; not for a measure that
// is itself in %, where "10%" may be points) or in a unit of the measure.
std::optional<Threshold> amount(const VocabularyEntry& m, const Comparison& c, bool fall,
                                bool& relative) {
  const Quantity& q = c.q;
  if (c.form != Comparison::Form::compare || c.op_conflict || q.ref != Reference::none || !q.unit ||
      !q.unit_error.empty() || q.time || !(q.value > 0)) {
    return std::nullopt;
  }
  relative = q.unit->dimension == Dimension::fraction;
  if (relative) {
    if (m.dimension == Dimension::fraction || q.value > (fall ? 100.0 : 1000.0)) {
      return std::nullopt;
    }
  } else if (!(m.dimension == Dimension::count && q.unit->code.empty())) {
    const auto canonical = parse_unit(m.canonical_unit);
    if (!canonical || !convert(1.0, *q.unit, *canonical, m.analyte()).ok()) return std::nullopt;
  }
  Threshold t;
  t.value = fall ? -q.value : q.value;
  t.unit = q.unit->code;
  t.unit_written = q.unit_written;
  return t;
}

struct ChangeParts {
  const VocabularyEntry* measure = nullptr;
  int measures = 0;
  std::optional<HK> direction;  // rise, fall, doubled
  std::optional<ChangeFrom> from;
  bool from_conflict = false;
  std::optional<Duration> within;
  std::optional<Comparison> main, absolute;
  bool absolute_seen = false;
  std::optional<Op> op;          // "creatinine >= 1.5 x baseline"
  std::optional<double> factor;  // its 1.5
};

ChangeParts read_parts(std::span<const Item> tokens) {
  ChangeParts p;
  for (const auto& item : tokens) {
    if (const auto* m = as<TokMeasure>(item)) {
      p.measure = m->entry;
      ++p.measures;
    } else if (as<TokJoin>(item)) {
      ++p.measures;  // several measures: not one change
    } else if (const auto* h = as<TokHistory>(item)) {
      if (h->kind == HK::rise || h->kind == HK::fall || h->kind == HK::doubled) {
        if (!p.direction) p.direction = h->kind;
      } else if (h->kind == HK::from_baseline || h->kind == HK::from_nadir) {
        const ChangeFrom f = h->kind == HK::from_nadir ? ChangeFrom::nadir : ChangeFrom::baseline;
        p.from_conflict |= p.from && *p.from != f;
        p.from = f;
      } else if (h->kind == HK::window) {
        p.within = h->duration;
      } else if (h->kind == HK::absolute) {
        p.absolute_seen = true;
      }
    } else if (const auto* c = as<Comparison>(item)) {
      (p.absolute_seen ? p.absolute : p.main) = *c;
    } else if (const auto* o = as<TokOp>(item)) {
      p.op = o->op;
    } else if (const auto* n = as<TokNumber>(item)) {
      p.factor = n->value;
    }
  }
  return p;
}

// Rounds away the binary noise of (k - 1) x 100.
double tidy(double v) { return std::round(v * 1e6) / 1e6; }

}  // namespace

std::optional<Statement> make_change(std::span<const Item> tokens, Pos pos,
                                     const Lexicon& /*lexicon*/, std::string_view /*text*/) {
  const ChangeParts p = read_parts(tokens);
  if (!p.measure || p.measures != 1 || p.from_conflict) return std::nullopt;
  // A change says from what: a reference, or a window whose earliest value it is.
  if (!p.from && !p.within) return std::nullopt;
  Change change{p.measure->id, p.from.value_or(ChangeFrom::baseline),
                p.within,      std::nullopt,
                Op::ge,        Threshold{}};
  const auto percent = parse_unit("%");
  if (!percent) return std::nullopt;
  Statement st;
  if (!p.direction) {
    // "CRP at least twice its baseline value": value op k x earlier, (k - 1) x 100 %.
    if (!p.op || !p.factor || !p.from || !(*p.factor > 0) || *p.factor > 100 || *p.op == Op::eq ||
        *p.op == Op::ne || p.measure->dimension == Dimension::fraction) {
      return std::nullopt;
    }
    change.op = *p.op;
    change.threshold =
        Threshold{tidy((*p.factor - 1) * 100), percent->code, Reference::none, RefMode::times, "%"};
    st.tree.root = st.tree.add(change, span_of(pos));
    return st;
  }
  if (*p.direction == HK::doubled) {
    if (p.main || p.measure->dimension == Dimension::fraction) return std::nullopt;
    change.threshold = Threshold{100, percent->code, Reference::none, RefMode::times, "%"};
    st.tree.root = st.tree.add(change, span_of(pos));
    return st;
  }
  if (!p.main) return std::nullopt;
  const bool fall = *p.direction == HK::fall;
  bool relative = false;
  const auto op = lower_bound_op(*p.main);
  auto threshold = amount(*p.measure, *p.main, fall, relative);
  if (!op || !threshold) return std::nullopt;
  change.op = fall ? mirrored(*op) : *op;
  change.threshold = *threshold;
  const NodeId main = st.tree.add(change, span_of(pos));
  st.tree.root = main;
  if (p.absolute_seen) {
    // "with an absolute increase of >= 0.5 g/dL": the same change, in the measure's unit.
    bool absolute_relative = true;
    if (fall || !p.absolute) return std::nullopt;
    const auto abs_op = lower_bound_op(*p.absolute);
    auto abs_threshold = amount(*p.measure, *p.absolute, false, absolute_relative);
    if (!abs_op || !abs_threshold || absolute_relative) return std::nullopt;
    change.op = *abs_op;
    change.threshold = *abs_threshold;
    const NodeId second = st.tree.add(change, span_of(pos));
    st.tree.root = st.tree.add(And{{main, second}}, span_of(pos));
  }
  return st;
}

std::optional<Statement> make_doubling_time(std::span<const Item> tokens, Pos pos,
                                            const Lexicon& /*lexicon*/, std::string_view /*text*/) {
  const VocabularyEntry* measure = nullptr;
  std::optional<Op> op;
  std::optional<Duration> amount, within;
  for (const auto& item : tokens) {
    if (const auto* m = as<TokMeasure>(item)) {
      if (measure) return std::nullopt;
      measure = m->entry;
    } else if (as<TokJoin>(item)) {
      return std::nullopt;
    } else if (const auto* o = as<TokOp>(item)) {
      op = o->op;
    } else if (const auto* q = as<Quantity>(item); q && q->time) {
      amount = Duration{q->value, *q->time};
    } else if (const auto* h = as<TokHistory>(item); h && h->kind == HK::window) {
      within = h->duration;
    }
  }
  if (!measure || !op || !amount || *op == Op::eq || *op == Op::ne || !(amount->amount > 0)) {
    return std::nullopt;
  }
  Statement st;
  st.tree.root = st.tree.add(DoublingTime{measure->id, within, *op, *amount}, span_of(pos));
  return st;
}

std::optional<Statement> make_count(std::span<const Item> tokens, Pos pos, const Lexicon& lexicon,
                                    std::string_view text) {
  std::vector<Item> measured;  // the measure and its comparison
  Pos measured_pos{pos.begin, pos.begin};
  std::optional<double> count;
  std::optional<Duration> within, apart;
  std::vector<Pos> consecutive;
  for (const auto& item : tokens) {
    if (as<TokMeasure>(item) || as<TokJoin>(item) || as<Comparison>(item) ||
        as<TokRestatement>(item) || as<TokAside>(item)) {
      measured.push_back(item);
      measured_pos.end = std::max(measured_pos.end, item.pos.end);
    } else if (const auto* n = as<TokNumber>(item)) {
      count = n->value;
    } else if (const auto* h = as<TokHistory>(item)) {
      if (h->kind == HK::window) within = h->duration;
      if (h->kind == HK::apart) apart = h->duration;
      if (h->kind == HK::consecutive) consecutive.push_back(item.pos);
    }
  }
  if (!count || *count < 1 || *count > 20 || std::floor(*count) != *count) return std::nullopt;
  auto measure = make_measure_statement(measured, measured_pos, lexicon, text);
  if (!measure || measure->rejected || measure->tree.empty()) return std::nullopt;
  const auto* compare = std::get_if<Compare>(&measure->tree.top().kind);
  if (!compare) return std::nullopt;
  Statement st;
  st.diagnostics = std::move(measure->diagnostics);
  st.uncovered = std::move(measure->uncovered);
  st.tree.root = st.tree.add(CountOf{compare->measure, compare->op, compare->threshold, within,
                                     apart, Op::ge, static_cast<unsigned>(*count)},
                             span_of(pos));
  for (const Pos& c : consecutive) {
    // A count takes any values that meet the condition, not only consecutive ones: the
    // word stays uncovered, so the criterion is partial.
    st.uncovered.push_back(c);
    st.diagnostics.push_back(Diagnostic{
        Severity::warning,
        span_of(c),
        "'consecutive' not compiled: the count does not require the values to be consecutive",
        {}});
  }
  return st;
}

std::optional<Statement> make_event_free(std::span<const Item> tokens, Pos pos,
                                         const Lexicon& /*lexicon*/, std::string_view /*text*/) {
  const VocabularyEntry* event = nullptr;
  std::optional<Duration> period;
  for (const auto& item : tokens) {
    if (const auto* e = as<TokEvent>(item)) {
      if (event) return std::nullopt;
      event = e->entry;
    } else if (const auto* q = as<Quantity>(item); q && q->time) {
      period = Duration{q->value, *q->time};
    }
  }
  if (!event || !period || !(period->amount > 0)) return std::nullopt;
  Statement st;
  const NodeId has = st.tree.add(HasEvent{event->id, period}, span_of(pos));
  st.tree.root = st.tree.add(Not{has}, span_of(pos));
  return st;
}

}  // namespace eligo::grammar::prose
