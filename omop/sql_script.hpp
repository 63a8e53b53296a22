// Trials as one SQL script over an OMOP CDM v5.4 database (`eligo sql`): the statements
// before the last create temporary tables and views (item codes, unit conversions, each
// person's latest value of each item, each trial's criteria); the last returns one row
// per person and trial with person_id, person_source_value, trial_id, verdict, score,
// deciding and to_decide, meaning what they mean in `eligo screen --format csv`.
// Every criterion is TRUE, FALSE or NULL (unknown), combined in SQL's three-valued
// logic, which is Kleene logic like eligo's; partial and manual criteria never decide.
// docs/sql.md describes the script; what it cannot express is NULL with the reason in
// a comment, never dropped.
#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/trial.hpp"
#include "core/vocabulary.hpp"
#include "omop/sql_dialect.hpp"

namespace eligo::omop {

struct SqlOptions {
  Dialect dialect = Dialect::postgresql;
  Date as_of;                  // the reference date, a literal in the script
  std::string schema = "cdm";  // where the CDM tables are
};

std::string compile_sql(const std::vector<Trial>& trials, const Vocabulary& vocabulary,
                        const SqlOptions& options);

}  // namespace eligo::omop
