// The parts of the built-in vocabulary table, one file a family of items; each appends
// its rows. builtin_vocabulary_entries() (vocabulary_table.cpp) calls them in order.
#pragma once

#include <vector>

#include "core/vocabulary.hpp"

namespace eligo {

void add_blood_measures(std::vector<VocabularyEntry>& out);
void add_chemistry_measures(std::vector<VocabularyEntry>& out);
void add_myeloma_measures(std::vector<VocabularyEntry>& out);
void add_clinical_measures(std::vector<VocabularyEntry>& out);
void add_vital_measures(std::vector<VocabularyEntry>& out);
void add_electrolyte_measures(std::vector<VocabularyEntry>& out);
void add_metabolic_measures(std::vector<VocabularyEntry>& out);
void add_liver_measures(std::vector<VocabularyEntry>& out);
void add_endocrine_measures(std::vector<VocabularyEntry>& out);
void add_marker_measures(std::vector<VocabularyEntry>& out);
void add_infection_measures(std::vector<VocabularyEntry>& out);
void add_haematology_measures(std::vector<VocabularyEntry>& out);
void add_coagulation_measures(std::vector<VocabularyEntry>& out);
void add_urine_measures(std::vector<VocabularyEntry>& out);
void add_cardiopulmonary_measures(std::vector<VocabularyEntry>& out);
void add_score_measures(std::vector<VocabularyEntry>& out);
void add_neuro_score_measures(std::vector<VocabularyEntry>& out);
void add_psych_score_measures(std::vector<VocabularyEntry>& out);
void add_disease_score_measures(std::vector<VocabularyEntry>& out);
void add_liver_fibrosis_measures(std::vector<VocabularyEntry>& out);
void add_organ_function_measures(std::vector<VocabularyEntry>& out);
void add_rating_scale_measures(std::vector<VocabularyEntry>& out);
void add_events(std::vector<VocabularyEntry>& out);
void add_conditions(std::vector<VocabularyEntry>& out);
void add_neuro_conditions(std::vector<VocabularyEntry>& out);
void add_cancer_conditions(std::vector<VocabularyEntry>& out);
void add_therapies(std::vector<VocabularyEntry>& out);
void add_procedures(std::vector<VocabularyEntry>& out);

}  // namespace eligo
