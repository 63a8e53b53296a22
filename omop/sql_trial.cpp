// A trial as a view over the setup tables; see sql_trial.hpp. The engine's own parts
// are reused wherever a meaning is decided once: prepare() resolves items and units,
// calendar shift() gives the windows, describe() writes the to_decide texts. The trees'
// levels and the view are here; the leaves and the verdict in sql_trial_leaves.cpp and
// sql_trial_verdict.cpp.
#include "omop/sql_trial.hpp"

#include <algorithm>

#include "core/calendar.hpp"
#include "omop/trial_sql.hpp"

namespace eligo::omop {
namespace detail {

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

}  // namespace detail

std::string trial_view(const Trial& trial, const Vocabulary& vocabulary, const SqlDialect& sql,
                       Date as_of, const std::string& view) {
  return detail::TrialSql(trial, vocabulary, sql, as_of).view(view);
}

}  // namespace eligo::omop
