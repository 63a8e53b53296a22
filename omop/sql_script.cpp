// The whole script; see sql_script.hpp.
#include "omop/sql_script.hpp"

#include "core/code_maps.hpp"
#include "omop/sql_setup.hpp"
#include "omop/sql_trial.hpp"

namespace eligo::omop {

std::string compile_sql(const std::vector<Trial>& trials, const Vocabulary& vocabulary,
                        const SqlOptions& options) {
  const SqlDialect sql{options.dialect};
  std::string out = "-- eligo sql: " + std::to_string(trials.size()) + " trial" +
                    (trials.size() == 1 ? "" : "s") + " over the OMOP CDM v5.4 tables of schema " +
                    options.schema + ", as of " + to_iso_string(options.as_of) + ", for " +
                    std::string(to_string(options.dialect)) +
                    ".\n-- The last statement returns one row per person and trial: person_id, "
                    "person_source_value, trial_id, verdict, score, deciding, to_decide.\n";
  out += sql.session();
  out += setup_statements(vocabulary, CodeMaps::builtin(), sql, options.as_of, options.schema);
  std::string rows;
  for (std::size_t t = 0; t < trials.size(); ++t) {
    const std::string view = "eligo_trial_" + std::to_string(t + 1);
    out += "-- Trial " + trials[t].id + "\n";
    out += trial_view(trials[t], vocabulary, sql, options.as_of, view);
    rows += (t == 0 ? "" : "\n  UNION ALL ") + std::string("SELECT ") + std::to_string(t + 1) +
            " AS trial_rank, v.* FROM " + view + " v";
  }
  if (trials.empty()) {
    rows =
        "SELECT 1 AS trial_rank, CAST(NULL AS BIGINT) AS person_id, CAST(NULL AS VARCHAR) AS "
        "person_source_value, CAST(NULL AS VARCHAR) AS trial_id, CAST(NULL AS VARCHAR) AS "
        "verdict, 0 AS score, '' AS deciding, '' AS to_decide WHERE FALSE";
  }
  out +=
      "SELECT person_id, person_source_value, trial_id, verdict, score, deciding, to_decide\n"
      "FROM (" +
      rows + ") screened\nORDER BY person_id, trial_rank;\n";
  return out;
}

}  // namespace eligo::omop
