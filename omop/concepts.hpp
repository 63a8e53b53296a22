// The OMOP CDM concepts eligo's items and units stand for, shared by the export (which
// writes concept.csv) and the SQL compiler (which matches facts by vocabulary_id and
// concept_code, never by concept id). A measure is its first LOINC code; an event is its
// first code map row (SNOMED CT for conditions and procedures, RxNorm for therapies,
// then ICD-10-CM, then CPT); an item with no standard code is a code of the local
// vocabulary "eligo" (its id). Units are UCUM codes (core/ucum.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/code_maps.hpp"
#include "core/vocabulary.hpp"

namespace eligo::omop {

// The local vocabulary_id of items with no standard code.
inline constexpr std::string_view kLocalVocabulary = "eligo";
// The first concept id given to a concept by an export: the CDM keeps ids above
// 2,000,000,000 for a site's own concepts, and an export has no Athena ids to give.
inline constexpr std::int64_t kFirstLocalConceptId = 2'000'000'001;

// "SNOMED", "ICD10CM", "RxNorm", "CPT4": concept.vocabulary_id of a code system.
std::string_view vocabulary_id(CodeSystem system);
// "Measurement", "Condition", "Drug", "Procedure" (domain_id); "" for demographics.
std::string_view domain_id(ItemKind kind);

struct ConceptCode {
  std::string vocabulary;  // concept.vocabulary_id
  std::string code;        // concept.concept_code
  std::string name;        // concept.concept_name
  // ICD-10-CM category rows only: every code that starts with `code` (I21 covers I21.4).
  bool prefix = false;

  bool operator==(const ConceptCode&) const = default;
};

// The concept an export writes for `entry`.
ConceptCode item_concept(const VocabularyEntry& entry, const CodeMaps& maps);
// Every concept a fact of `entry` may carry in a CDM: its LOINC codes, its code map rows
// and its local code. The SQL compiler matches any of them.
std::vector<ConceptCode> item_concepts(const VocabularyEntry& entry, const CodeMaps& maps);

struct Concept {
  std::int64_t id = 0;
  ConceptCode code;
  std::string domain;
  std::string concept_class;
};

// The concepts an export uses, each given an id on first use, in that order.
class ConceptTable {
 public:
  std::int64_t id_of(const ConceptCode& code, std::string_view domain,
                     std::string_view concept_class);
  const std::vector<Concept>& rows() const { return rows_; }

 private:
  std::vector<Concept> rows_;
  std::map<std::pair<std::string, std::string>, std::size_t> index_;  // (vocabulary, code)
};

}  // namespace eligo::omop
