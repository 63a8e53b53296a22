// The row builders of the built-in code maps: snomed(...), icd10(...), rxnorm(...) and
// cpt(...) make one CodeMapping each. Only the code_map_*.cpp table files include this
// header; docs/code-maps.md lists every row with its source.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/code_maps.hpp"

namespace eligo::code_map_rows {

inline CodeMapping snomed(std::string code, std::string item, std::string display,
                          bool confirmed = true) {
  return CodeMapping{CodeSystem::snomed, std::move(code), std::move(item),
                     std::move(display), false,           confirmed};
}
// An ICD-10-CM code; `category` rows cover every code below them.
inline CodeMapping icd10(std::string code, std::string item, std::string display, bool category) {
  return CodeMapping{CodeSystem::icd10cm, std::move(code), std::move(item),
                     std::move(display),  category,        true};
}
inline CodeMapping rxnorm(std::string code, std::string item, std::string display,
                          bool confirmed = true) {
  return CodeMapping{CodeSystem::rxnorm, std::move(code), std::move(item),
                     std::move(display), false,           confirmed};
}
inline CodeMapping cpt(std::string code, std::string item, std::string display) {
  return CodeMapping{CodeSystem::cpt,    std::move(code), std::move(item),
                     std::move(display), false,           true};
}

}  // namespace eligo::code_map_rows

namespace eligo {

// The parts of the built-in table (code_map_table.cpp calls them in order).
void add_condition_codes(std::vector<CodeMapping>& out);
void add_condition_icd10_codes(std::vector<CodeMapping>& out);
void add_care_codes(std::vector<CodeMapping>& out);

}  // namespace eligo
