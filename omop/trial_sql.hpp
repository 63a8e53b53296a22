// The compiler of one trial's view (sql_trial.hpp), internal to omop/: its leaves
// (sql_trial_leaves.cpp, sql_trial_history.cpp), its trees (sql_trial.cpp) and its criteria results
// and verdict (sql_trial_verdict.cpp) share this class.
#pragma once

#include <string>
#include <vector>

#include "core/trial.hpp"
#include "core/vocabulary.hpp"
#include "engine/evaluator.hpp"
#include "engine/explain.hpp"
#include "omop/sql_dialect.hpp"
#include "omop/sql_history.hpp"
#include "omop/sql_values.hpp"

namespace eligo::omop::detail {

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
        values_(vocabulary, sql, as_of, shift(as_of, trial.lab_window, -1)),
        history_(values_, sql) {
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
  // A value's history (sql_trial_history.cpp): the leaf `id` is the form named.
  std::string change_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path);
  std::string doubling_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path);
  std::string count_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path);
  std::string ratio_leaf(std::size_t i, NodeId id, const std::vector<NodeId>& path);
  // The needs of a history subquery's first unusable value, when `when` holds too.
  void problem_needs(std::size_t i, NodeId id, const std::vector<NodeId>& path,
                     const VocabularyEntry& entry, const HistorySql& h, const std::string& when);
  // The needs of an unknown latest value `m` (measure_value's failures), when `gate` holds
  // ("" always).
  void latest_needs(std::size_t i, const std::vector<NodeId>& path, const VocabularyEntry& entry,
                    const MeasureSql& m, engine::Derivation derivation, const std::string& gate);
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
  HistoryQueries history_;                           // adds its joins to values_
  std::vector<std::vector<SqlColumn>> node_levels_;  // by height in the trees
  std::vector<unsigned> heights_;                    // of the node being compiled
  std::vector<NodeSql> roots_;                       // per criterion
  std::vector<std::string> comments_;                // what the SQL cannot express, and why
  // Needs per criterion: (key, text, condition on the leaf and its path).
  std::vector<std::vector<NeedTerm>> needs_;
  unsigned crit_top_ = 0;  // the last level of criterion_results()
};

}  // namespace eligo::omop::detail
