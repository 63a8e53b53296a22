// The leaves over a value's history as SQL (trial_sql.hpp): change, doubling time, count
// and ratio, each in the order of the engine's evaluate_change.cpp,
// evaluate_doubling_time.cpp, evaluate_count.cpp and evaluate_ratio.cpp, so the same
// case leaves each unknown and names the same missing data (engine::describe).
#include <cmath>

#include "core/calendar.hpp"
#include "engine/history_values.hpp"
#include "omop/trial_sql.hpp"

namespace eligo::omop::detail {
namespace {

using engine::Derivation;
using engine::PreparedNode;

// `column` from the canonical unit into `unit` (PreparedUnit::from_canonical).
std::string in_unit(const std::string& column, const engine::PreparedUnit& unit,
                    const SqlDialect& sql) {
  return "(" + column + (unit.divide ? " / " : " * ") + sql.number(unit.factor) + " + " +
         sql.number(unit.shift) + ")";
}

// The window of `within` before the reference date, as history_start() gives it.
HistoryWindow window_of(const VocabularyEntry& entry, const std::optional<Duration>& within,
                        Date as_of) {
  HistoryWindow w;
  w.entry = &entry;
  if (within) w.first = shift(as_of, *within, -1);
  return w;
}

}  // namespace

void TrialSql::problem_needs(std::size_t i, NodeId id, const std::vector<NodeId>& path,
                             const VocabularyEntry& entry, const HistorySql& h,
                             const std::string& when) {
  const std::string at = node_column(i, id);
  const auto is = [&](HistoryProblem p) {
    return paren(when) + " AND " + h.problem + " = " + std::to_string(static_cast<int>(p));
  };
  engine::Need conflict{engine::NeedKind::resolve_conflict, &entry};
  conflict.day = engine::to_day(kMarkerDay);
  need(i, path, "hc:" + at, values_.with_day(need_text(conflict), h.problem_day),
       is(HistoryProblem::conflict));
  engine::Need check{engine::NeedKind::check_value, &entry};
  check.day = engine::to_day(kMarkerDay);
  need(i, path, "hi:" + at, values_.with_day(need_text(check), h.problem_day),
       is(HistoryProblem::check));
  need(i, path, "u:" + entry.id,
       sql_.text(need_text(engine::Need{engine::NeedKind::convertible_unit, &entry})),
       is(HistoryProblem::bad_unit));
}

std::string TrialSql::change_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path) {
  const auto& node = std::get<Change>(trial_.criteria[i].tree.nodes[id].kind);
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  const bool percent = node.threshold.unit == "%";
  if (p.entry == nullptr || p.entry->kind != ItemKind::measure || !p.measure.ok ||
      (!percent && !p.unit.ok)) {
    return faulty(i, path);
  }
  if (p.derivation == Derivation::age) {
    comments_.push_back(trial_.criteria[i].id + ": a change of age");
    return "CAST(NULL AS BOOLEAN)";
  }
  const VocabularyEntry& entry = *p.entry;
  // The latest value, measured (a derived one has no history of its own).
  const MeasureSql m = values_.measure(entry, p.derivation);
  latest_needs(i, path, entry, m, p.derivation, "");
  const std::string now = m.measured;
  if (m.value != m.measured) {
    need(i, path, "m:" + entry.id + ":0",
         sql_.text(need_text(engine::Need{engine::NeedKind::measure, &entry})),
         m.value + " IS NOT NULL AND " + now + " IS NULL");
  }
  // The earlier values: before the latest value's date, within the window or before DATE.
  HistoryWindow w = window_of(entry, node.within, as_of_);
  w.before_latest = true;
  if (node.from == ChangeFrom::before && node.before) {
    w.first.reset();
    w.before = *node.before;
  }
  const HistorySql h = history_.earlier(node_column(i, id), w, node.from);
  const std::string some = now + " IS NOT NULL AND COALESCE(" + h.values + ", 0) > 0";
  engine::Need history{engine::NeedKind::history, &entry};
  history.node = &trial_.criteria[i].tree.nodes[id];
  const std::string history_text = need_text(history);
  need(i, path, "h:" + history_text, sql_.text(history_text),
       now + " IS NOT NULL AND COALESCE(" + h.values + ", 0) = 0");
  problem_needs(i, id, path, entry, h, some);

  const std::string delta = "(" + now + " - " + h.value + ")";
  std::string across = "(" + m.across + " OR " + h.across + " = 1)";
  std::string value;
  std::string unknown =
      now + " IS NULL OR COALESCE(" + h.values + ", 0) = 0 OR " + h.problem + " IS NOT NULL";
  if (percent) {
    value = "(100 * " + delta + " / " + h.value + ")";
    unknown += " OR " + h.value + " <= 0";
    engine::Need check{engine::NeedKind::check_value, &entry};
    check.day = engine::to_day(kMarkerDay);
    need(i, path, "hn:" + node_column(i, id), values_.with_day(need_text(check), h.day),
         some + " AND " + h.problem + " IS NULL AND " + h.value + " <= 0");
  } else {  // a difference: the factor only, no shift
    value = "(" + delta + (p.unit.divide ? " / " : " * ") + sql_.number(p.unit.factor) + ")";
    if (p.unit.across) across = "TRUE";
  }
  return "(CASE WHEN " + unknown + " THEN NULL ELSE " +
         compare(value, node.op, sql_.number(node.threshold.value), across) + " END)";
}

std::string TrialSql::doubling_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path) {
  const auto& node = std::get<DoublingTime>(trial_.criteria[i].tree.nodes[id].kind);
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  if (p.entry == nullptr || p.entry->kind != ItemKind::measure) return faulty(i, path);
  const VocabularyEntry& entry = *p.entry;
  const HistorySql h = history_.fit(node_column(i, id), window_of(entry, node.within, as_of_));
  const std::string short_of = "COALESCE(" + h.values + ", 0) < 3 OR " + h.days + " < 2";
  problem_needs(i, id, path, entry, h, "TRUE");
  engine::Need history{engine::NeedKind::history, &entry};
  history.node = &trial_.criteria[i].tree.nodes[id];
  const std::string history_text = need_text(history);
  need(i, path, "h:" + history_text, sql_.text(history_text),
       h.problem + " IS NULL AND (" + short_of + ")");
  // ln 2 over the slope per day; without a rise, it never doubles: longer than any limit.
  const std::string days = "(" + sql_.number(std::log(2.0)) + " / " + h.slope + ")";
  return "(CASE WHEN " + h.problem + " IS NOT NULL OR " + short_of + " THEN NULL WHEN " + h.slope +
         " > 0 THEN " + compare(days, node.op, sql_.number(engine::mean_days(node.amount))) +
         " ELSE " + sql_boolean(engine::holds(node.op, 1)) + " END)";
}

std::string TrialSql::count_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path) {
  const auto& node = std::get<CountOf>(trial_.criteria[i].tree.nodes[id].kind);
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  if (p.entry == nullptr || p.entry->kind != ItemKind::measure || !p.unit.ok) {
    return faulty(i, path);
  }
  const VocabularyEntry& entry = *p.entry;
  const std::string meets =
      compare(in_unit("canonical", p.unit, sql_), node.value_op, sql_.number(node.value.value),
              "(across OR " + sql_boolean(p.unit.across) + ")");
  const HistorySql h =
      history_.count(node_column(i, id), window_of(entry, node.within, as_of_), meets, node.apart);
  if (h.sure.empty()) {
    comments_.push_back(trial_.criteria[i].id + ": a time that is not a whole number of units");
    return "CAST(NULL AS BOOLEAN)";
  }
  // Too few measurements: none, or (at least k) too few, spaced, to reach k.
  const unsigned needed = node.op == Op::gt ? node.count + 1 : node.count;
  const bool at_least = node.op == Op::ge || node.op == Op::gt;
  const std::string n = std::to_string(needed), k = std::to_string(node.count);
  std::string short_of = h.measured + " = 0";
  if (at_least) {
    short_of += " OR (" + h.possible + " < " + n + " AND " + h.measured + " < " + n + ")";
  }
  engine::Need history{engine::NeedKind::history, &entry};
  history.node = &trial_.criteria[i].tree.nodes[id];
  const std::string history_text = need_text(history);
  need(i, path, "h:" + history_text, sql_.text(history_text), short_of);
  problem_needs(i, id, path, entry, h, "NOT (" + short_of + ")");
  // Decided when every count from sure to possible gives the same answer (over_range).
  std::string range;
  const std::string op(to_string(node.op));
  if (node.op == Op::eq || node.op == Op::ne) {
    range = "CASE WHEN " + h.sure + " = " + k + " AND " + h.possible + " = " + k + " THEN " +
            sql_boolean(node.op == Op::eq) + " WHEN " + k + " < " + h.sure + " OR " + k + " > " +
            h.possible + " THEN " + sql_boolean(node.op == Op::ne) + " END";
  } else {
    const std::string lo = h.sure + " " + op + " " + k, hi = h.possible + " " + op + " " + k;
    range = "CASE WHEN " + lo + " AND " + hi + " THEN TRUE WHEN NOT " + lo + " AND NOT " + hi +
            " THEN FALSE END";
  }
  return "(CASE WHEN " + short_of + " THEN NULL ELSE " + range + " END)";
}

std::string TrialSql::ratio_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path) {
  const auto& node = std::get<Ratio>(trial_.criteria[i].tree.nodes[id].kind);
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  if (p.entry == nullptr || p.entry2 == nullptr || p.entry->kind != ItemKind::measure ||
      p.entry2->kind != ItemKind::measure || !p.measure.ok ||
      p.entry->canonical_unit != p.entry2->canonical_unit) {
    return faulty(i, path);
  }
  if (p.derivation == Derivation::age || p.derivation2 == Derivation::age) {
    comments_.push_back(trial_.criteria[i].id + ": a ratio of ages");
    return "CAST(NULL AS BOOLEAN)";
  }
  const VocabularyEntry &top_entry = *p.entry, &bottom_entry = *p.entry2;
  const MeasureSql top = values_.measure(top_entry, p.derivation);
  const MeasureSql bottom = values_.measure(bottom_entry, p.derivation2);
  // The numerator's failures, then the denominator's; a derived value has no place here.
  latest_needs(i, path, top_entry, top, p.derivation, "");
  latest_needs(i, path, bottom_entry, bottom, p.derivation2, top.value + " IS NOT NULL");
  const std::string both = top.value + " IS NOT NULL AND " + bottom.value + " IS NOT NULL";
  need(i, path, "m:" + top_entry.id + ":0",
       sql_.text(need_text(engine::Need{engine::NeedKind::measure, &top_entry})),
       both + " AND " + top.measured + " IS NULL");
  need(i, path, "m:" + bottom_entry.id + ":0",
       sql_.text(need_text(engine::Need{engine::NeedKind::measure, &bottom_entry})),
       both + " AND " + top.measured + " IS NOT NULL AND " + bottom.measured + " IS NULL");
  engine::Need check{engine::NeedKind::check_value, &bottom_entry};
  check.day = engine::to_day(kMarkerDay);
  need(i, path, "hn:" + node_column(i, id), values_.with_day(need_text(check), bottom.day),
       top.measured + " IS NOT NULL AND " + bottom.measured + " <= 0");
  return "(CASE WHEN " + top.measured + " IS NULL OR " + bottom.measured + " IS NULL OR " +
         bottom.measured + " <= 0 THEN NULL ELSE " +
         compare("(" + top.measured + " / " + bottom.measured + ")", node.op,
                 sql_.number(node.value), "(" + top.across + " OR " + bottom.across + ")") +
         " END)";
}

}  // namespace eligo::omop::detail
