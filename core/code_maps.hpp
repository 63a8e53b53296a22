// Code maps: clinical codes that patient data carries (SNOMED CT, ICD-10-CM, RxNorm,
// CPT) to the vocabulary ids criteria use. LOINC codes live on the vocabulary rows
// themselves (vocabulary.hpp); these are the event codes. One table
// (code_map_table.cpp), a row per code with where it was verified; the FHIR and Synthea
// readers pass items written "SNOMED:109989006", "ICD10:C90.00", "RXNORM:342369",
// "CPT:38241", and the record resolver (record_resolver.hpp) maps them here. A code not
// in the table maps to nothing: the reader counts and lists it, never guesses.
// docs/code-maps.md lists every code with its source.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eligo {

enum class CodeSystem { snomed, icd10cm, rxnorm, cpt };

// "SNOMED", "ICD10", "RXNORM", "CPT": the prefix of an item written "SYSTEM:code".
std::string_view to_string(CodeSystem system);

// "SNOMED:123" -> (snomed, "123"). Prefixes, any case: SNOMED, SCT, SNOMEDCT, ICD10,
// ICD10CM, ICD-10-CM, RXNORM, CPT. Nothing when the item has no such prefix.
std::optional<std::pair<CodeSystem, std::string_view>> split_code(std::string_view item);

struct CodeMapping {
  CodeSystem system = CodeSystem::snomed;
  std::string code;     // as published: "C90.0", "109989006"
  std::string item;     // vocabulary id: "multiple_myeloma"
  std::string display;  // the code's name in its system
  // ICD-10-CM only: the row covers every code that starts with it ("I21" covers
  // "I21.4"); the longest matching row wins.
  bool prefix = false;
  // Found in two independent public sources, or in a value set generated from the
  // terminology itself; false: a single source (docs/code-maps.md says which).
  bool confirmed = true;
};

class CodeMaps {
 public:
  explicit CodeMaps(std::vector<CodeMapping> rows);

  // The built-in table.
  static const CodeMaps& builtin();

  // The row for a code; ICD-10-CM codes are compared without the dot and in upper case,
  // and match the longest prefix row. Nothing when the code is not mapped.
  const CodeMapping* find(CodeSystem system, std::string_view code) const;
  // The same for an item written "SYSTEM:code".
  const CodeMapping* find(std::string_view item) const;

  const std::vector<CodeMapping>& rows() const { return rows_; }

 private:
  std::vector<CodeMapping> rows_;
  std::unordered_map<std::string, std::size_t> by_key_;  // "<system>|<normalised code>"
};

// The built-in rows (code_map_table.cpp).
std::vector<CodeMapping> builtin_code_mappings();

}  // namespace eligo
