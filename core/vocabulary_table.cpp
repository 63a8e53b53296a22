// The built-in vocabulary: a row per item, in one file per family of items
// (vocabulary_parts.hpp lists them). To add an item, add a row; to
// teach the engine a new way criteria name an item, add a synonym. LOINC codes are only
// those verified against public FHIR implementation guides, LOINC mappings and the
// Synthea sample data (docs/vocabulary.md lists the sources and the unverified codes).
// Canonical units are parse_unit codes; reference ranges are adult defaults, in the
// canonical unit, used only when a patient's record carries no range of its own.
#include "core/vocabulary_table.hpp"

#include "core/vocabulary_parts.hpp"

namespace eligo {

std::vector<VocabularyEntry> builtin_vocabulary_entries() {
  std::vector<VocabularyEntry> entries;
  add_blood_measures(entries);
  add_chemistry_measures(entries);
  add_myeloma_measures(entries);
  add_clinical_measures(entries);
  add_vital_measures(entries);
  add_electrolyte_measures(entries);
  add_metabolic_measures(entries);
  add_liver_measures(entries);
  add_endocrine_measures(entries);
  add_marker_measures(entries);
  add_infection_measures(entries);
  add_haematology_measures(entries);
  add_coagulation_measures(entries);
  add_urine_measures(entries);
  add_cardiopulmonary_measures(entries);
  add_score_measures(entries);
  add_neuro_score_measures(entries);
  add_psych_score_measures(entries);
  add_disease_score_measures(entries);
  add_liver_fibrosis_measures(entries);
  add_organ_function_measures(entries);
  add_rating_scale_measures(entries);
  add_events(entries);
  add_conditions(entries);
  add_neuro_conditions(entries);
  add_cancer_conditions(entries);
  add_therapies(entries);
  add_procedures(entries);
  return entries;
}

}  // namespace eligo
