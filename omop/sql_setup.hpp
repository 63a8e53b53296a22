// The statements every trial's view reads (omop/sql_script.hpp), over the CDM tables of
// `schema`: eligo's items by standard code (eligo_item_code), the unit conversions into
// each measure's canonical unit with its plausible values (eligo_unit, eligo_bound),
// the persons with their sex and age on the reference date (eligo_person), every
// measurement in its item's canonical unit (eligo_measure), each person's latest value of
// each item up to the reference date (eligo_latest, by RANK() over the dates) and the
// latest record of each event item (eligo_event).
#pragma once

#include <string>

#include "core/code_maps.hpp"
#include "core/date.hpp"
#include "core/vocabulary.hpp"
#include "omop/sql_dialect.hpp"

namespace eligo::omop {

std::string setup_statements(const Vocabulary& vocabulary, const CodeMaps& maps,
                             const SqlDialect& sql, Date as_of, const std::string& schema);

}  // namespace eligo::omop
