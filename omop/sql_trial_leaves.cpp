// The leaves of a trial's trees as SQL (trial_sql.hpp): measures against thresholds,
// events, time since an event, sex; each with the needs it gives when unknown. The
// leaves over a value's history are in sql_trial_history.cpp.
#include <algorithm>

#include "core/calendar.hpp"
#include "omop/trial_sql.hpp"

namespace eligo::omop::detail {

using engine::Derivation;
using engine::PreparedNode;

void TrialSql::need(std::size_t i, const std::vector<NodeId>& path, std::string key,
                    std::string text, std::string when) {
  std::vector<std::string> unknown{paren(when)};
  for (const NodeId n : path) unknown.push_back(node_column(i, n) + " IS NULL");
  needs_[i].push_back(NeedTerm{std::move(key), std::move(text), join(unknown, " AND ")});
}

void TrialSql::latest_needs(std::size_t i, const std::vector<NodeId>& path,
                            const VocabularyEntry& entry, const MeasureSql& m,
                            Derivation derivation, const std::string& gate) {
  const auto gated = [&](const std::string& when) {
    return gate.empty() ? when : paren(gate) + " AND " + paren(when);
  };
  engine::Need base{engine::NeedKind::measure, &entry};
  base.derivation = derivation;
  if (derivation == Derivation::age) {
    need(i, path, "birth_date", sql_.text(need_text(base)), gated(m.value + " IS NULL"));
  } else {
    for (const MissingInputs& missing : m.missing) {
      engine::Need n = base;
      n.missing = missing.bits;
      need(i, path, "m:" + entry.id + ":" + std::to_string(missing.bits), sql_.text(need_text(n)),
           gated(missing.when));
    }
    engine::Need conflict{engine::NeedKind::resolve_conflict, &entry};
    conflict.day = engine::to_day(kMarkerDay);
    need(i, path, "c:" + entry.id, values_.with_day(need_text(conflict), m.day), gated(m.conflict));
    engine::Need check{engine::NeedKind::check_value, &entry};
    check.day = engine::to_day(kMarkerDay);
    need(i, path, "i:" + entry.id, values_.with_day(need_text(check), m.day), gated(m.implausible));
    need(i, path, "u:" + entry.id,
         sql_.text(need_text(engine::Need{engine::NeedKind::convertible_unit, &entry})),
         gated(m.bad_unit));
  }
}

std::string TrialSql::measure_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path) {
  const Node& node = trial_.criteria[i].tree.nodes[id];
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  const std::string where = trial_.criteria[i].id;
  if (p.entry == nullptr || p.entry->kind != ItemKind::measure || !p.measure.ok) {
    comments_.push_back(where + ": names an item eligo does not measure");
    return faulty(i, path);
  }
  const VocabularyEntry& entry = *p.entry;
  const MeasureSql m = values_.measure(entry, p.derivation);
  if (!m.expressible) {
    comments_.push_back(where + ": " + m.why);
    return "CAST(NULL AS BOOLEAN)";
  }
  latest_needs(i, path, entry, m, p.derivation, "");

  const auto threshold = [&](const Threshold& t, const engine::PreparedUnit& unit) {
    return values_.threshold(entry, m, t, unit, p.derivation);
  };
  const auto no_reference = [&](const ThresholdSql& t) {
    if (t.no_reference.empty()) return;
    need(i, path, "r:" + entry.id,
         sql_.text(need_text(engine::Need{engine::NeedKind::reference_range, &entry})),
         t.no_reference);
  };
  if (const auto* c = std::get_if<Compare>(&node.kind)) {
    const ThresholdSql t = threshold(c->threshold, p.unit);
    if (!t.expressible) {
      comments_.push_back(where + ": " + t.why);
      return "CAST(NULL AS BOOLEAN)";
    }
    no_reference(t);
    return compare(m.value, c->op, t.value, t.across);
  }
  if (const auto* r = std::get_if<Range>(&node.kind)) {
    const ThresholdSql low = threshold(r->low, p.unit), high = threshold(r->high, p.unit2);
    if (!low.expressible || !high.expressible) {
      comments_.push_back(where + ": " + (low.expressible ? high.why : low.why));
      return "CAST(NULL AS BOOLEAN)";
    }
    no_reference(low);
    no_reference(high);
    return paren(compare(m.value, r->low_inclusive ? Op::ge : Op::gt, low.value, low.across) +
                 " AND " +
                 compare(m.value, r->high_inclusive ? Op::le : Op::lt, high.value, high.across));
  }
  const auto& set = std::get<InSet>(node.kind);
  if (!p.unit.ok) {
    comments_.push_back(where + ": a unit that does not convert");
    return "CAST(NULL AS BOOLEAN)";
  }
  std::vector<std::string> any;
  for (const double v : set.values) {
    any.push_back(compare(m.value, Op::eq, sql_.number(to_canonical(v, p.unit)),
                          "(" + m.across + " OR " + sql_boolean(p.unit.across) + ")"));
  }
  return any.empty() ? "CAST(NULL AS BOOLEAN)" : paren(join(any, " OR "));
}

std::string TrialSql::event_leaf(std::size_t i, NodeId id, const HasEvent& node,
                                 const std::vector<NodeId>& path) {
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  if (p.entry == nullptr) return faulty(i, path);
  const EventSql e = values_.event(*p.entry);
  std::string present = e.last_day + " IS NOT NULL";
  std::string in_window = present;
  if (node.within) {
    in_window = e.last_day + " >= " + sql_.date(shift(as_of_, *node.within, -1));
  }
  // A record of a context (a more general item, the condition it is a state of) and none
  // of it: which kind was not recorded. One need per context that may be on record;
  // verdict() merges two asked of the same context into one question, as the engine does.
  for (const VocabularyEntry* context : e.contexts) {
    need(i, path, "s:" + p.entry->id + "@" + context->id, "",
         "NOT " + paren(present) + " AND " + e.context_item + " = " + sql_.text(context->id));
  }
  std::string out = "CASE WHEN " + in_window + " THEN TRUE";
  if (node.within) out += " WHEN " + present + " THEN FALSE";
  if (!e.context_item.empty()) out += " WHEN " + e.context_item + " IS NOT NULL THEN NULL";
  return out + " ELSE FALSE END";
}

std::string TrialSql::time_since_leaf(std::size_t i, NodeId id, const TimeSince& node,
                                      const std::vector<NodeId>& path) {
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  if (p.entry == nullptr) return faulty(i, path);
  const std::string last = values_.latest_event(*p.entry);
  const std::string target = sql_.add(last, node.amount);
  if (target.empty()) {
    comments_.push_back(trial_.criteria[i].id + ": a time that is not a whole number of units");
    return "CAST(NULL AS BOOLEAN)";
  }
  need(i, path, "d:" + p.entry->id,
       sql_.text(need_text(engine::Need{engine::NeedKind::event_date, p.entry})),
       last + " IS NULL");
  return "CASE WHEN " + last + " IS NULL THEN NULL ELSE " + sql_.date(as_of_) + " " +
         std::string(to_string(node.op)) + " " + target + " END";
}

std::string TrialSql::is_value_leaf(std::size_t i, NodeId id, const IsValue& node,
                                    const std::vector<NodeId>& path) {
  const PreparedNode& p = prepared_.criteria[i].nodes[id];
  std::vector<std::string> wanted;
  for (const std::string& v : node.values) {
    if (const auto sex = patients::parse_sex(v)) wanted.push_back(sql_.text(to_string(*sex)));
  }
  if (p.entry == nullptr || p.entry->kind != ItemKind::demographic || wanted.empty()) {
    comments_.push_back(trial_.criteria[i].id + ": a value eligo reads only for sex");
    return "CAST(NULL AS BOOLEAN)";
  }
  engine::Need value{engine::NeedKind::value, p.entry};
  need(i, path, "v:" + p.entry->id, sql_.text(need_text(value)), "p_sex IS NULL");
  return "(p_sex IN (" + join(wanted, ", ") + "))";
}

std::string TrialSql::leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path) {
  const Node& node = trial_.criteria[i].tree.nodes[id];
  if (std::holds_alternative<Compare>(node.kind) || std::holds_alternative<Range>(node.kind) ||
      std::holds_alternative<InSet>(node.kind)) {
    return measure_leaf(i, id, path);
  }
  if (const auto* e = std::get_if<HasEvent>(&node.kind)) return event_leaf(i, id, *e, path);
  if (const auto* t = std::get_if<TimeSince>(&node.kind)) return time_since_leaf(i, id, *t, path);
  if (const auto* v = std::get_if<IsValue>(&node.kind)) return is_value_leaf(i, id, *v, path);
  if (std::holds_alternative<Change>(node.kind)) return change_leaf(i, id, path);
  if (std::holds_alternative<DoublingTime>(node.kind)) return doubling_leaf(i, id, path);
  if (std::holds_alternative<CountOf>(node.kind)) return count_leaf(i, id, path);
  if (std::holds_alternative<Ratio>(node.kind)) return ratio_leaf(i, id, path);
  return "CAST(NULL AS BOOLEAN)";
}

}  // namespace eligo::omop::detail
