// Items and units as OMOP concepts; see concepts.hpp.
#include "omop/concepts.hpp"

namespace eligo::omop {
namespace {

// The code systems an event's code is looked for in, in order of preference.
std::vector<CodeSystem> preferred_systems(ItemKind kind) {
  if (kind == ItemKind::therapy) return {CodeSystem::rxnorm, CodeSystem::snomed};
  return {CodeSystem::snomed, CodeSystem::icd10cm, CodeSystem::cpt, CodeSystem::rxnorm};
}

ConceptCode local(const VocabularyEntry& entry) {
  return ConceptCode{std::string(kLocalVocabulary), entry.id, entry.name};
}

}  // namespace

std::string_view vocabulary_id(CodeSystem system) {
  switch (system) {
    case CodeSystem::snomed: return "SNOMED";
    case CodeSystem::icd10cm: return "ICD10CM";
    case CodeSystem::rxnorm: return "RxNorm";
    case CodeSystem::cpt: return "CPT4";
  }
  return "";
}

std::string_view domain_id(ItemKind kind) {
  switch (kind) {
    case ItemKind::measure: return "Measurement";
    case ItemKind::condition: return "Condition";
    case ItemKind::therapy: return "Drug";
    case ItemKind::procedure: return "Procedure";
    default: return "";
  }
}

ConceptCode item_concept(const VocabularyEntry& entry, const CodeMaps& maps) {
  if (entry.kind == ItemKind::measure) {
    if (!entry.loinc.empty()) return ConceptCode{"LOINC", entry.loinc.front(), entry.name};
    return local(entry);
  }
  for (const CodeSystem system : preferred_systems(entry.kind)) {
    for (const CodeMapping& row : maps.rows()) {
      // A category row (ICD-10-CM "I21") stands for its codes; its own code is one.
      if (row.item == entry.id && row.system == system) {
        return ConceptCode{std::string(vocabulary_id(system)), row.code, row.display};
      }
    }
  }
  return local(entry);
}

std::vector<ConceptCode> item_concepts(const VocabularyEntry& entry, const CodeMaps& maps) {
  std::vector<ConceptCode> out;
  for (const std::string& code : entry.loinc) out.push_back(ConceptCode{"LOINC", code, entry.name});
  for (const CodeMapping& row : maps.rows()) {
    if (row.item == entry.id) {
      out.push_back(
          ConceptCode{std::string(vocabulary_id(row.system)), row.code, row.display, row.prefix});
    }
  }
  out.push_back(local(entry));
  return out;
}

std::int64_t ConceptTable::id_of(const ConceptCode& code, std::string_view domain,
                                 std::string_view concept_class) {
  const auto [found, inserted] = index_.try_emplace({code.vocabulary, code.code}, rows_.size());
  if (inserted) {
    rows_.push_back(Concept{kFirstLocalConceptId + static_cast<std::int64_t>(rows_.size()), code,
                            std::string(domain), std::string(concept_class)});
  }
  return rows_[found->second].id;
}

}  // namespace eligo::omop
