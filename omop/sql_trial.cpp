// A trial as a view over the setup tables; see sql_trial.hpp. The engine's own parts
// are reused wherever a meaning is decided once: prepare() resolves items and units,
// calendar shift() gives the windows, append_need() writes the to_decide texts.
#include "omop/sql_trial.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

#include "core/calendar.hpp"
#include "engine/derived.hpp"
#include "engine/evaluator.hpp"
#include "engine/explain.hpp"
#include "omop/sql_values.hpp"

namespace eligo::omop {
namespace {

using engine::Derivation;
using engine::PreparedNode;

// A reason a leaf may stay unknown: the to_decide text it gives and when.
struct NeedTerm {
  std::string key;   // one text per key, whichever leaves give it
  std::string text;  // SQL: a literal or an expression over the person's columns
  std::string when;  // SQL: the leaf's state that gives it
};

// One node's columns: its value (TRUE/FALSE/NULL) and whether only manual parts keep it
// unknown ("FALSE" when no manual leaf is below it).
struct NodeSql {
  std::string value;
  std::string manual = "FALSE";
};

class TrialSql {
 public:
  TrialSql(const Trial& trial, const Vocabulary& vocabulary, const SqlDialect& sql, Date as_of)
      : trial_(trial),
        vocabulary_(vocabulary),
        sql_(sql),
        as_of_(as_of),
        prepared_(engine::prepare(trial, vocabulary)),
        values_(vocabulary, sql, as_of, shift(as_of, trial.lab_window, -1)) {
    evaluation_.trial = &prepared_;
    evaluation_.dates.as_of = as_of;
  }

  std::string view(const std::string& name);

 private:
  void compile_criterion(std::size_t i);
  NodeSql compile_node(std::size_t i, NodeId id, std::vector<NodeId>& path);
  std::string leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path);
  std::string measure_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path);
  std::string event_leaf(std::size_t i, NodeId id, const HasEvent& node,
                         const std::vector<NodeId>& path);
  std::string time_since_leaf(std::size_t i, NodeId id, const TimeSince& node,
                              const std::vector<NodeId>& path);
  std::string is_value_leaf(std::size_t i, NodeId id, const IsValue& node,
                            const std::vector<NodeId>& path);
  // The leaf's needs, each when the path above it is unknown too.
  void need(std::size_t i, const std::vector<NodeId>& path, std::string key, std::string text,
            std::string when);
  // A leaf the engine cannot evaluate (an unknown item): unknown, and the criterion is to
  // be corrected.
  std::string faulty(std::size_t i, const std::vector<NodeId>& path) {
    need(i, path, "x", sql_.text(need_text(engine::Need{engine::NeedKind::criterion})), "TRUE");
    return "CAST(NULL AS BOOLEAN)";
  }
  std::string need_text(const engine::Need& need) const {
    return engine::describe(evaluation_, need);
  }
  std::string node_column(std::size_t i, NodeId id) const {
    return "c" + std::to_string(i) + "_" + std::to_string(id);
  }
  void add_node_column(unsigned height, std::string name, std::string expr) {
    if (node_levels_.size() <= height) node_levels_.resize(height + 1);
    node_levels_[height].push_back(SqlColumn{std::move(name), std::move(expr)});
  }
  std::string criterion_results();
  std::string verdict();

  const Trial& trial_;
  const Vocabulary& vocabulary_;
  const SqlDialect& sql_;
  Date as_of_;
  engine::PreparedTrial prepared_;
  engine::TrialEvaluation evaluation_;
  PersonValues values_;
  std::vector<std::vector<SqlColumn>> node_levels_;  // by height in the trees
  std::vector<unsigned> heights_;                    // of the node being compiled
  std::vector<NodeSql> roots_;                       // per criterion
  std::vector<std::string> comments_;                // what the SQL cannot express, and why
  // Needs per criterion: (key, text, condition on the leaf and its path).
  std::vector<std::vector<NeedTerm>> needs_;
  unsigned crit_top_ = 0;  // the last level of criterion_results()
};

void TrialSql::need(std::size_t i, const std::vector<NodeId>& path, std::string key,
                    std::string text, std::string when) {
  std::vector<std::string> unknown{paren(when)};
  for (const NodeId n : path) unknown.push_back(node_column(i, n) + " IS NULL");
  needs_[i].push_back(NeedTerm{std::move(key), std::move(text), join(unknown, " AND ")});
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
  // Why the value is unknown, in the engine's words.
  engine::Need base{engine::NeedKind::measure, &entry};
  base.derivation = p.derivation;
  if (p.derivation == Derivation::age) {
    need(i, path, "birth_date", sql_.text(need_text(base)), m.value + " IS NULL");
  } else {
    for (const MissingInputs& missing : m.missing) {
      engine::Need n = base;
      n.missing = missing.bits;
      need(i, path, "m:" + entry.id + ":" + std::to_string(missing.bits), sql_.text(need_text(n)),
           missing.when);
    }
    engine::Need conflict{engine::NeedKind::resolve_conflict, &entry};
    conflict.day = engine::to_day(kMarkerDay);
    need(i, path, "c:" + entry.id, values_.with_day(need_text(conflict), m.day), m.conflict);
    engine::Need check{engine::NeedKind::check_value, &entry};
    check.day = engine::to_day(kMarkerDay);
    need(i, path, "i:" + entry.id, values_.with_day(need_text(check), m.day), m.implausible);
    need(i, path, "u:" + entry.id,
         sql_.text(need_text(engine::Need{engine::NeedKind::convertible_unit, &entry})),
         m.bad_unit);
  }

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
                          "(" + m.across + " OR " + (p.unit.across ? "TRUE" : "FALSE") + ")"));
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
  return "CAST(NULL AS BOOLEAN)";  // Manual
}

NodeSql TrialSql::compile_node(std::size_t i, NodeId id, std::vector<NodeId>& path) {
  const Node& node = trial_.criteria[i].tree.nodes[id];
  const std::string name = node_column(i, id);
  NodeSql out{name};
  heights_[id] = 0;
  if (std::holds_alternative<Manual>(node.kind)) {
    add_node_column(0, name, "CAST(NULL AS BOOLEAN)");
    out.manual = "TRUE";
    return out;
  }
  const auto children = engine::child_ids(node);
  if (children.empty()) {
    path.push_back(id);
    add_node_column(0, name, leaf(i, id, path));
    path.pop_back();
    return out;
  }
  path.push_back(id);
  std::vector<NodeSql> kids;
  unsigned height = 0;
  for (const NodeId c : children) {
    kids.push_back(compile_node(i, c, path));
    height = std::max(height, heights_[c] + 1);
  }
  path.pop_back();
  heights_[id] = height;
  std::vector<std::string> values;
  for (const NodeSql& k : kids) values.push_back(k.value);
  std::string value;
  if (std::holds_alternative<And>(node.kind)) {
    value = paren(join(values, " AND "));
  } else if (std::holds_alternative<Or>(node.kind)) {
    value = paren(join(values, " OR "));
  } else if (std::holds_alternative<Not>(node.kind)) {
    value = "(NOT " + values[0] + ")";
  } else {  // AtLeast: met >= k; else met + unknown < k is not met; else unknown
    const auto& at_least = std::get<AtLeast>(node.kind);
    std::vector<std::string> met, open;
    for (const std::string& v : values) {
      met.push_back("CASE WHEN " + v + " THEN 1 ELSE 0 END");
      open.push_back("CASE WHEN " + v + " IS NULL OR " + v + " THEN 1 ELSE 0 END");
    }
    const std::string k = std::to_string(at_least.k);
    value = "(CASE WHEN " + join(met, " + ") + " >= " + k + " THEN TRUE WHEN " + join(open, " + ") +
            " < " + k + " THEN FALSE END)";
  }
  add_node_column(height, name, value);
  // Unknown only because of manual parts: every unknown child is so (a Not passes its
  // child's on).
  bool any_manual = false;
  std::vector<std::string> each;
  for (const NodeSql& k : kids) {
    if (k.manual != "FALSE") any_manual = true;
    each.push_back("(" + k.value + " IS NOT NULL OR " + k.manual + ")");
  }
  if (any_manual) {
    out.manual = name + "_m";
    add_node_column(height, out.manual, "(" + value + " IS NULL AND " + join(each, " AND ") + ")");
  }
  return out;
}

void TrialSql::compile_criterion(std::size_t i) {
  const Criterion& c = trial_.criteria[i];
  if (c.tree.empty() || !prepared_.criteria[i].valid) {
    roots_.push_back(NodeSql{"CAST(NULL AS BOOLEAN)"});
    if (!c.tree.empty()) {
      need(i, {}, "x", sql_.text(need_text(engine::Need{engine::NeedKind::criterion})), "TRUE");
    }
    return;
  }
  heights_.assign(c.tree.nodes.size(), 0);
  std::vector<NodeId> path;
  roots_.push_back(compile_node(i, c.tree.root, path));
}

// Criterion results as the verdict reads them (engine/verdict.cpp): 'met', 'not_met',
// 'unknown' or 'manual', children before their parent.
std::string TrialSql::criterion_results() {
  const auto& criteria = trial_.criteria;
  std::vector<unsigned> height(criteria.size(), 0);
  for (std::size_t i = criteria.size(); i-- > 0;) {
    for (const int child : criteria[i].children) height[i] = std::max(height[i], height[child] + 1);
  }
  unsigned top = 0;
  for (const unsigned h : height) top = std::max(top, h);
  crit_top_ = top;
  std::string out;
  for (unsigned level = 0; level <= top; ++level) {
    std::vector<std::string> columns{"q.*"};
    for (std::size_t i = 0; i < criteria.size(); ++i) {
      if (height[i] != level) continue;
      const Criterion& c = criteria[i];
      std::string result;
      if (!c.children.empty() && !c.from_rule) {
        // The children's results by the wording (or the section's default).
        auto how = c.combine;
        if (how == Criterion::Combine::none) {
          how = c.section == Section::inclusion ? Criterion::Combine::all : Criterion::Combine::any;
        }
        const std::size_t n = c.children.size();
        const std::size_t k = how == Criterion::Combine::all   ? n
                              : how == Criterion::Combine::any ? 1
                                                               : c.k;
        std::vector<std::string> met, open, plain;
        for (const int child : c.children) {
          const std::string r = "r" + std::to_string(child);
          met.push_back("CASE WHEN " + r + " = 'met' THEN 1 ELSE 0 END");
          open.push_back("CASE WHEN " + r + " IN ('met', 'unknown', 'manual') THEN 1 ELSE 0 END");
          plain.push_back(r + " <> 'unknown'");
        }
        const std::string value = "CASE WHEN " + join(met, " + ") + " >= " + std::to_string(k) +
                                  " THEN TRUE WHEN " + join(open, " + ") + " < " +
                                  std::to_string(k) + " THEN FALSE END";
        const bool worded = c.combine != Criterion::Combine::none && !c.combine_is_default;
        if (!worded) {
          result = "'unknown'";  // partial: the wording did not say how
        } else {
          // Uncovered words of its own qualify the children: met is for a person to confirm.
          const std::string qualified =
              c.uncovered.empty() ? "FALSE" : "COALESCE(" + value + ", FALSE)";
          std::string v = c.uncovered.empty()
                              ? value
                              : "CASE WHEN " + qualified + " THEN NULL ELSE " + value + " END";
          if (c.negated) v = "NOT (" + v + ")";
          result = "CASE WHEN COALESCE(" + v + ", FALSE) THEN 'met' WHEN COALESCE(NOT (" + v +
                   "), FALSE) THEN 'not_met' WHEN NOT " + qualified + " AND " +
                   join(plain, " AND ") + " THEN 'manual' ELSE 'unknown' END";
        }
      } else if (c.tree.empty()) {
        result = "'manual'";
      } else {
        const Coverage coverage = c.from_rule ? Coverage::full : c.coverage;
        const NodeSql& root = roots_[i];
        if (coverage == Coverage::none) {
          result = "'manual'";
        } else if (coverage == Coverage::partial) {
          result = "'unknown'";
        } else {
          result = "CASE WHEN " + root.value + " THEN 'met' WHEN NOT " + root.value +
                   " THEN 'not_met' WHEN " + root.manual + " THEN 'manual' ELSE 'unknown' END";
        }
      }
      columns.push_back(result + " AS r" + std::to_string(i));
    }
    out += ",\n  r" + std::to_string(level) + sql_.cte() + "(SELECT " + join(columns, ", ") +
           " FROM " + (level == 0 ? std::string("n") : "r" + std::to_string(level - 1)) + " q)";
  }
  return out;
}

// The verdict, score, deciding and to_decide from the top-level results (verdict.cpp,
// cli/report.cpp).
std::string TrialSql::verdict() {
  const auto& criteria = trial_.criteria;
  std::vector<std::string> favourable, against, manual, decidable, deciding_against, deciding_open;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const Criterion& c = criteria[i];
    if (c.parent != -1) continue;
    const std::string r = "r" + std::to_string(i);
    const bool inclusion = c.section == Section::inclusion;
    const std::string good = r + (inclusion ? " = 'met'" : " = 'not_met'");
    const std::string bad = r + (inclusion ? " = 'not_met'" : " = 'met'");
    favourable.push_back("CASE WHEN " + good + " THEN 1 ELSE 0 END");
    against.push_back("CASE WHEN " + bad + " THEN 1 ELSE 0 END");
    manual.push_back("CASE WHEN " + r + " = 'manual' THEN 1 ELSE 0 END");
    decidable.push_back("CASE WHEN " + r + " <> 'manual' THEN 1 ELSE 0 END");
    // The coverage the verdict reads: a worded combination or a fully compiled tree.
    const bool combined = !c.children.empty() && !c.from_rule;
    const bool full = combined ? c.combine != Criterion::Combine::none && !c.combine_is_default
                               : !c.tree.empty() && (c.from_rule || c.coverage == Coverage::full);
    if (full) deciding_against.push_back("CASE WHEN " + bad + " THEN " + sql_.text(c.id) + " END");
    deciding_open.push_back("CASE WHEN " + r + " = 'unknown' THEN " + sql_.text(c.id) + " END");
  }
  const auto sum = [](const std::vector<std::string>& terms) {
    return terms.empty() ? std::string("0") : "(" + join(terms, " + ") + ")";
  };
  std::string out = ",\n  t" + sql_.cte() + "(SELECT q.*, " + sum(favourable) + " AS t_fav, " +
                    sum(against) + " AS t_against, " + sum(manual) + " AS t_manual, " +
                    sum(decidable) + " AS t_decidable FROM r" +
                    std::to_string(criteria.empty() ? 0 : crit_top_) + " q)";
  const std::string any = criteria.empty() ? "FALSE" : "TRUE";
  out += ",\n  u" + sql_.cte() + "(SELECT q.*, CASE WHEN t_against > 0 THEN 'ineligible' WHEN " +
         any +
         " AND t_fav = t_decidable THEN 'eligible' ELSE 'undetermined' END AS verdict FROM t q)";

  // What would decide it: the unknown leaves under the criteria the verdict gathers.
  std::vector<std::string> reach(criteria.size());
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const Criterion& c = criteria[i];
    const std::string open = "r" + std::to_string(i) + " IN ('unknown', 'manual')";
    reach[i] = c.parent < 0 ? open : "(" + reach[c.parent] + " AND " + open + ")";
  }
  std::vector<std::string> keys;
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> by_key;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const Criterion& c = criteria[i];
    const bool combined = !c.children.empty() && !c.from_rule;
    if (combined || c.tree.empty()) continue;
    const std::string collected = reach[i] + " AND r" + std::to_string(i) + " = 'unknown'";
    for (const NeedTerm& n : needs_[i]) {
      auto [it, inserted] = by_key.try_emplace(n.key, n.text, std::vector<std::string>{});
      if (inserted) keys.push_back(n.key);
      it->second.second.push_back("(" + collected + " AND " + n.when + ")");
    }
  }
  std::vector<std::string> decide;
  // Whether `context` on record is the kind asked: the entries asked of one context, in
  // the order met, two to a question ("is it relapsed or refractory?"), as the engine
  // merges them (evaluate_needs.cpp).
  std::map<std::string, std::vector<std::string>> asked;  // context -> keys, in order
  for (const std::string& key : keys) {
    if (key.rfind("s:", 0) != 0) {
      const auto& [text, whens] = by_key[key];
      decide.push_back("CASE WHEN " + join(whens, " OR ") + " THEN " + text + " END");
      continue;
    }
    const std::string context = key.substr(key.find('@') + 1);
    if (asked[context].empty()) asked[context].push_back("");  // the group's place
    asked[context].push_back(key);
  }
  for (auto& [context_id, group] : asked) {
    group.erase(group.begin());
    const VocabularyEntry* context = vocabulary_.find(context_id);
    std::vector<const VocabularyEntry*> entries;
    std::vector<std::string> active;
    for (const std::string& key : group) {
      entries.push_back(vocabulary_.find(key.substr(2, key.find('@') - 2)));
      active.push_back("COALESCE(" + join(by_key[key].second, " OR ") + ", FALSE)");
    }
    const auto question = [&](const VocabularyEntry* a, const VocabularyEntry* b) {
      engine::Need n{engine::NeedKind::event_state, a};
      n.entry2 = b;
      n.context = context;
      return sql_.text(need_text(n));
    };
    if (entries.size() > 4) {  // more kinds than a table of their combinations: one each
      for (std::size_t k = 0; k < entries.size(); ++k) {
        decide.push_back("CASE WHEN " + active[k] + " THEN " + question(entries[k], nullptr) +
                         " END");
      }
      continue;
    }
    for (unsigned subset = 1; subset < (1u << entries.size()); ++subset) {
      std::vector<std::string> when;
      std::vector<const VocabularyEntry*> in;
      for (std::size_t k = 0; k < entries.size(); ++k) {
        const bool on = (subset >> k) & 1u;
        when.push_back(on ? active[k] : "NOT " + active[k]);
        if (on) in.push_back(entries[k]);
      }
      for (std::size_t k = 0; k < in.size(); k += 2) {
        decide.push_back("CASE WHEN " + join(when, " AND ") + " THEN " +
                         question(in[k], k + 1 < in.size() ? in[k + 1] : nullptr) + " END");
      }
    }
  }
  // A ';' list of the items that are not NULL. PostgreSQL takes at most 100 arguments a
  // function: longer lists are joined in parts, an empty part NULL so it adds no ';'.
  const auto list = [](const std::vector<std::string>& items) {
    constexpr std::size_t kPart = 90;
    if (items.empty()) return std::string("''");
    if (items.size() <= kPart) return "CONCAT_WS(';', " + join(items, ", ") + ")";
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < items.size(); k += kPart) {
      const std::vector<std::string> part(
          items.begin() + static_cast<std::ptrdiff_t>(k),
          items.begin() + static_cast<std::ptrdiff_t>(std::min(items.size(), k + kPart)));
      parts.push_back("NULLIF(CONCAT_WS(';', " + join(part, ", ") + "), '')");
    }
    return "COALESCE(CONCAT_WS(';', " + join(parts, ", ") + "), '')";
  };
  const std::string score =
      "CASE verdict WHEN 'eligible' THEN CASE WHEN t_decidable + t_manual > 0 THEN 91 + " +
      sql_.int_div("9 * t_decidable", "(t_decidable + t_manual)") +
      " ELSE 91 END WHEN 'ineligible' THEN CASE WHEN t_decidable > 0 THEN LEAST(8, " +
      sql_.int_div("9 * t_fav", "t_decidable") +
      ") ELSE 0 END ELSE CASE WHEN t_decidable + t_manual > 0 THEN LEAST(89, 10 + " +
      sql_.int_div("79 * t_fav", "(t_decidable + t_manual)") + ") ELSE 10 END END";
  out += "\nSELECT person_id, person_source_value, " + sql_.text(trial_.id) +
         " AS trial_id, verdict, " + score + " AS score, CASE verdict WHEN 'ineligible' THEN " +
         list(deciding_against) + " WHEN 'undetermined' THEN " + list(deciding_open) +
         " ELSE '' END AS deciding, CASE WHEN verdict = 'ineligible' THEN '' ELSE " + list(decide) +
         " END AS to_decide FROM u";
  return out;
}

std::string TrialSql::view(const std::string& name) {
  needs_.assign(trial_.criteria.size(), {});
  for (std::size_t i = 0; i < trial_.criteria.size(); ++i) compile_criterion(i);
  std::string out = "CREATE TEMP VIEW " + name + " AS\n";
  for (const std::string& c : comments_)
    out += "-- not expressed in SQL (NULL, unknown): " + c + "\n";
  const auto select = [](const std::vector<SqlColumn>& columns, const std::string& from) {
    std::string s = "SELECT " + from + ".*";
    for (const SqlColumn& c : columns) s += ",\n    " + c.expr + " AS " + c.name;
    return s;
  };
  std::string base = "SELECT p.person_id, p.person_source_value";
  for (const SqlColumn& c : values_.base()) base += ",\n    " + c.expr + " AS " + c.name;
  out += "WITH b" + sql_.cte() + "(" + base + "\n  " + values_.from() + ")";
  out += ",\n  s" + sql_.cte() + "(" + select(values_.states(), "b") + " FROM b)";
  out += ",\n  d" + sql_.cte() + "(" + select(values_.derived(), "s") + " FROM s)";
  std::string previous = "d";
  for (std::size_t level = 0; level < node_levels_.size(); ++level) {
    const std::vector<SqlColumn>& columns = node_levels_[level];
    const std::string name_level = "n" + std::to_string(level);
    out += ",\n  " + name_level + sql_.cte() + "(" + select(columns, previous) + " FROM " +
           previous + ")";
    previous = name_level;
  }
  out += ",\n  n AS (SELECT * FROM " + previous + ")";
  out += criterion_results();
  out += verdict();
  return out + ";\n";
}

}  // namespace

std::string trial_view(const Trial& trial, const Vocabulary& vocabulary, const SqlDialect& sql,
                       Date as_of, const std::string& view) {
  return TrialSql(trial, vocabulary, sql, as_of).view(view);
}

}  // namespace eligo::omop
