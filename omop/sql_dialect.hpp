// The one place where SQL engines differ, for the SQL eligo writes (omop/sql_script.hpp).
// Everything else is portable SQL: CTEs, window functions, CASE, COALESCE, LEAST and
// GREATEST, POWER, CONCAT_WS, CAST(... AS VARCHAR), DATE 'YYYY-MM-DD' literals, date +
// INTERVAL. docs/sql.md lists each construct with its Spark SQL, BigQuery and Snowflake
// spelling, so a new dialect is a small, reviewed change here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/tree.hpp"

namespace eligo::omop {

enum class Dialect { postgresql, duckdb };

// "postgresql" (or "postgres"), "duckdb".
std::optional<Dialect> parse_dialect(std::string_view name);
std::string_view to_string(Dialect dialect);

struct SqlDialect {
  Dialect dialect = Dialect::postgresql;

  // Integer division, truncating: `a / b` in PostgreSQL, `a // b` in DuckDB.
  std::string int_div(std::string_view a, std::string_view b) const;
  // DATE 'YYYY-MM-DD'.
  std::string date(Date day) const;
  // `day` moved forward by `amount` on the calendar (a month after 31 January is the
  // last day of February); empty when the amount is not whole.
  std::string add(std::string_view day, const Duration& amount) const;
  // A double-precision literal that reads back to `value` exactly.
  std::string number(double value) const;
  // A string literal: 'it''s'.
  std::string text(std::string_view value) const;
  // " AS MATERIALIZED ": each level of a trial's view is computed once. Inlined, every
  // column is written out again in each level that reads it: PostgreSQL's planner runs
  // out of memory, and DuckDB computes the long deciding and to_decide lists again
  // (about 4 times slower at 10^4 patients).
  std::string cte() const { return " AS MATERIALIZED "; }
  // Statistics of a temporary table the script made (PostgreSQL never gathers them for
  // temporary tables by itself; without them eligo_measure's joins are nested loops:
  // 77 s instead of 0.9 s at 10^4 patients).
  std::string analyze(std::string_view table) const {
    return "ANALYZE " + std::string(table) + ";\n";
  }
  // Settings of the session the script runs in, first in the script. PostgreSQL: no JIT
  // compilation. Its cost model asks for JIT on a population's query, and compiling a
  // trial's long CASE lists took 82 s of a 89 s query at 10^4 patients (LLVM optimisation
  // and emission); the query itself runs in 7 s. `SET` lasts as long as the session.
  std::string session() const { return dialect == Dialect::postgresql ? "SET jit = off;\n" : ""; }
  // The column type of floating-point numbers.
  std::string_view double_type() const { return "DOUBLE PRECISION"; }
};

}  // namespace eligo::omop
