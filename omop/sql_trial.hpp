// One trial as a temporary view over the tables of sql_setup.hpp: a row per person with
// the verdict, score, deciding and to_decide of `eligo screen`. Built in CTE levels:
// the person's values (latest measures, events, age, sex), the derived values, each
// criterion's tree bottom-up (a column of TRUE/FALSE/NULL per node and whether only
// manual parts keep it unknown), the criteria results children first, and the verdict.
// Texts (to_decide) are the engine's own (engine/explain.hpp), written for each state a
// leaf can be in, so they read as `eligo screen` writes them.
#pragma once

#include <string>

#include "core/trial.hpp"
#include "core/vocabulary.hpp"
#include "omop/sql_dialect.hpp"

namespace eligo::omop {

// CREATE TEMP VIEW `view` AS ...: one row per person (eligo_person) for the trial.
std::string trial_view(const Trial& trial, const Vocabulary& vocabulary, const SqlDialect& sql,
                       Date as_of, const std::string& view);

}  // namespace eligo::omop
