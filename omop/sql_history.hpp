// The dated values a criterion over a value's history reads (engine/history_values.hpp),
// as one subquery per leaf over eligo_measure (sql_setup.hpp), joined to each person by
// PersonValues::add_join: the earlier value of a change, the log-linear fit of a doubling
// time, the spaced counts of a count. Each gives the first value that cannot be used, in
// the record's order (day, then seq), as the engine's loops meet it. Window functions do
// the work (FIRST_VALUE, ROW_NUMBER, MIN ... OVER, REGR_SLOPE); count's `apart` rule, a
// greedy walk from the earliest value, is a recursive CTE.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/tree.hpp"
#include "core/vocabulary.hpp"
#include "omop/sql_dialect.hpp"
#include "omop/sql_values.hpp"

namespace eligo::omop {

// What the first value that cannot be used is (the `problem` column).
enum class HistoryProblem { conflict = 1, check = 2, bad_unit = 3 };

// Column names of one leaf's subquery; each NULL for a person with no value in it.
struct HistorySql {
  std::string values;              // how many values the window holds
  std::string problem;             // HistoryProblem of the first unusable value; NULL: none
  std::string problem_day;         // its date
  std::string value, day, across;  // change: the earlier value, its date, crossed mass/molar (1)
  std::string days, slope;         // doubling time: distinct dates, slope of ln(value) per day
  std::string sure, possible, measured;  // count: the spaced counts (engine Spaced)
};

// Which of a measure's dated values a leaf reads: from `first` (none: the earliest) up to
// the reference date, or for a change before the latest value's date (and before
// `before`).
struct HistoryWindow {
  const VocabularyEntry* entry = nullptr;
  std::optional<Date> first;
  bool before_latest = false;
  std::optional<Date> before;
};

class HistoryQueries {
 public:
  HistoryQueries(PersonValues& values, const SqlDialect& sql) : values_(values), sql_(sql) {}

  // A change's earlier value: the first date's (baseline), the last date's (before),
  // every value of that date usable and equal; or the lowest, every value usable (nadir).
  HistorySql earlier(const std::string& name, const HistoryWindow& window, ChangeFrom from);
  // The least-squares slope of ln(value) against the date; every value usable and > 0.
  HistorySql fit(const std::string& name, const HistoryWindow& window);
  // How many values meet `meets` (an expression over the row's `canonical` and `across`)
  // (sure), meet it or cannot be used (possible), or are there (measured), each counted
  // only `apart` or more after the one counted before it. Empty `name`s when `apart` is
  // not a whole amount.
  HistorySql count(const std::string& name, const HistoryWindow& window, const std::string& meets,
                   const std::optional<Duration>& apart);

 private:
  // The window's rows: person_id, day, seq, canonical, across and `kind` (0 usable,
  // else a HistoryProblem), `nonpositive_checked`: a value of 0 or less is kind 2.
  std::string rows(const HistoryWindow& window, bool nonpositive_checked) const;
  // The columns of `name`'s join over `ranked` (a subquery with pr, the problem order),
  // with `extra` aggregates (name, expression) after the common ones.
  HistorySql add(const std::string& name, const std::string& ranked,
                 const std::vector<SqlColumn>& extra);

  PersonValues& values_;
  const SqlDialect& sql_;
};

}  // namespace eligo::omop
