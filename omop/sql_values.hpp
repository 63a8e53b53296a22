// What a trial's view reads of each person, as SQL columns over the setup tables
// (sql_setup.hpp): the latest value of each measure with its state (fresh within the
// trial's window, conflicting, implausible, in a unit that does not convert), derived
// values by the engine's formulas (engine/derived.hpp), the latest record of an event
// and of its contexts, age and sex. Columns come in three levels, each reading only the
// ones before it: `base` (joins), `states` (measure states and formula inputs) and
// `derived`. Also the comparisons, in the engine's tolerance (compare_values).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/tree.hpp"
#include "core/vocabulary.hpp"
#include "engine/derived.hpp"
#include "engine/evaluator.hpp"
#include "omop/sql_dialect.hpp"

namespace eligo::omop {

// A day whose text in a to_decide message is replaced by a column (with_day).
inline const Date kMarkerDay{std::chrono::year(1900), std::chrono::month(1), std::chrono::day(1)};

struct SqlColumn {
  std::string name, expr;
};

// Not decidable for want of a derivation's inputs: exactly `bits` (engine::Input) lack.
struct MissingInputs {
  std::uint8_t bits = 0;
  std::string when;
};

struct MeasureSql {
  bool expressible = true;
  std::string why;                    // when not expressible
  std::string value;                  // canonical value, measured or derived; NULL when unknown
  std::string measured;               // the measured value only (its own reference range applies)
  std::string day;                    // the latest value's date
  std::string range_low, range_high;  // its own range, canonical
  std::string across;                 // condition: the measured value crossed mass/molar
  std::string conflict, implausible, bad_unit;  // conditions, never NULL
  std::vector<MissingInputs> missing;           // no usable value and nothing derived
};

struct ThresholdSql {
  bool expressible = true;
  std::string why;
  std::string value;         // canonical, NULL when there is no reference limit
  std::string no_reference;  // condition: a value but no limit ("" when never)
  // Condition: the comparison crossed mass and molar concentration, so values within the
  // published factors' precision (5e-4) are equal (engine compare_converted).
  std::string across = "FALSE";
};

struct EventSql {
  std::string last_day;      // the latest record of the item or a more specific one
  std::string context_item;  // the item of the latest context record ("" if none can be)
  std::vector<const VocabularyEntry*> contexts;
};

class PersonValues {
 public:
  PersonValues(const Vocabulary& vocabulary, const SqlDialect& sql, Date as_of, Date window_start);

  MeasureSql measure(const VocabularyEntry& entry, engine::Derivation derivation);
  ThresholdSql threshold(const VocabularyEntry& entry, const MeasureSql& measure,
                         const Threshold& threshold, const engine::PreparedUnit& unit,
                         engine::Derivation derivation) const;
  EventSql event(const VocabularyEntry& entry);
  std::string latest_event(const VocabularyEntry& entry);  // of the item alone

  // `text` with kMarkerDay's date replaced by the column `day`, as a SQL expression.
  std::string with_day(const std::string& text, const std::string& day) const;

  // One more join of the base level (a history leaf's subquery, sql_history.hpp) and the
  // columns it gives, each an expression over the join's alias.
  void add_join(std::string join, std::vector<SqlColumn> columns);

  // FROM eligo_person p LEFT JOIN ...
  std::string from() const;
  const std::vector<SqlColumn>& base() const { return base_; }
  const std::vector<SqlColumn>& states() const { return states_; }
  const std::vector<SqlColumn>& derived() const { return derived_; }

 private:
  // The base and state columns of a measure entry, once; its prefix "m_<id>".
  std::string measure_columns(const VocabularyEntry& entry);
  // The formula input `input` as a states column, once.
  std::string input(engine::Input input);
  std::string derivation_formula(engine::Derivation derivation);

  const Vocabulary& vocabulary_;
  const SqlDialect& sql_;
  Date as_of_, window_start_;
  std::vector<SqlColumn> base_, states_, derived_;
  std::vector<std::string> latest_items_;  // measures read from eligo_latest, in order
  std::vector<SqlColumn> event_days_;      // a latest day of eligo_event: name, which items
  std::set<std::string> event_items_;      // every item those read, quoted
  std::vector<std::string> joins_;         // the other joins (latest contexts)
  std::set<std::string> measures_, inputs_, derivations_;
  std::map<std::string, EventSql> events_;
  std::set<std::string> latest_events_;
};

// a op b with the engine's tolerance (compare_converted): within 1e-9 of each other, or
// 5e-4 when `across` holds, two values are equal; NULL when either is.
std::string compare(const std::string& a, Op op, const std::string& b,
                    const std::string& across = "FALSE");
// "(s)"; the parts with `separator` between them.
std::string paren(const std::string& s);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
// TRUE or FALSE, as a SQL literal.
std::string sql_boolean(bool value);

// A threshold value from its unit into the measure's canonical unit (PreparedUnit's
// from_canonical, inverted).
double to_canonical(double value, const engine::PreparedUnit& unit);

}  // namespace eligo::omop
