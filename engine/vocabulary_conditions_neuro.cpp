// The built-in neurological and psychiatric conditions criteria name (issue 13): seizures,
// dementia, movement and demyelinating disorders, mood and psychotic disorders, suicidality
// and substance use. Abbreviations that mean something else in criteria (MS, PD, AD, ASD,
// BPD, SI) are left out on purpose (docs/vocabulary.md).
#include "engine/vocabulary_parts.hpp"
#include "engine/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_neuro_conditions(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- nervous system
      condition("seizure", "seizures", {"seizure", "seizure disorder", "convulsions"}),
      condition("epilepsy", "epilepsy", {"epileptic disorder", "epileptic"}).is_a({"seizure"}),
      condition("multiple_sclerosis", "multiple sclerosis", {}),
      condition("relapsing_multiple_sclerosis", "relapsing multiple sclerosis",
                {"relapsing-remitting multiple sclerosis", "RRMS", "relapsing MS",
                 "relapsing forms of multiple sclerosis"})
          .is_a({"multiple_sclerosis"}),
      condition("dementia", "dementia", {"major neurocognitive disorder"}),
      condition("alzheimers_disease", "Alzheimer's disease",
                {"Alzheimer disease", "Alzheimers disease", "Alzheimer's dementia"})
          .is_a({"dementia"}),
      condition("cognitive_impairment", "cognitive impairment",
                {"mild cognitive impairment", "MCI"}),
      condition("parkinsons_disease", "Parkinson's disease",
                {"Parkinson disease", "Parkinsons disease", "idiopathic Parkinson's disease"}),
      condition("migraine", "migraine", {"migraine headache", "migraines"}),
      condition("cluster_headache", "cluster headache", {"cluster headaches"}),
      condition("traumatic_brain_injury", "traumatic brain injury", {"head injury", "concussion"}),
      condition("spinal_cord_compression", "spinal cord compression",
                {"cord compression", "epidural spinal cord compression",
                 "malignant spinal cord compression"}),
      // ---- mental health
      condition("depression", "depression",
                {"depressive disorder", "clinical depression", "depressive episode"}),
      condition("major_depressive_disorder", "major depressive disorder",
                {"MDD", "major depression", "major depressive episode"})
          .is_a({"depression"}),
      condition("bipolar_disorder", "bipolar disorder",
                {"bipolar affective disorder", "manic depression"}),
      condition("psychotic_disorder", "psychotic disorder",
                {"psychosis", "psychotic disorders", "psychotic illness"}),
      condition("schizophrenia", "schizophrenia", {}).is_a({"psychotic_disorder"}),
      condition("schizoaffective_disorder", "schizoaffective disorder", {})
          .is_a({"psychotic_disorder"}),
      condition("suicidal_ideation", "suicidal ideation",
                {"suicidal thoughts", "active suicidal ideation", "suicidal ideations"}),
      condition("suicidal_behavior", "suicidal behavior",
                {"suicidal behaviour", "suicide attempt", "attempted suicide", "suicide attempts"}),
      condition(
          "anxiety_disorder", "anxiety disorder",
          {"generalized anxiety disorder", "generalised anxiety disorder", "anxiety disorders"}),
      condition("ptsd", "post-traumatic stress disorder",
                {"PTSD", "posttraumatic stress disorder", "post traumatic stress disorder"}),
      condition("eating_disorder", "eating disorder", {"eating disorders"}),
      condition("autism", "autism spectrum disorder", {"autism"}),
      condition("adhd", "attention deficit hyperactivity disorder",
                {"ADHD", "attention-deficit/hyperactivity disorder"}),
      condition("insomnia", "insomnia", {"chronic insomnia"}),
      // Use disorders: alcohol and opioids are kinds of substance use disorder.
      condition("substance_use_disorder", "substance use disorder",
                {"substance abuse", "drug abuse", "substance dependence", "drug dependence", "SUD",
                 "substance misuse", "illicit drug use", "drug addiction"}),
      condition("alcohol_use_disorder", "alcohol use disorder",
                {"alcohol abuse", "alcohol dependence", "alcoholism", "AUD", "alcohol misuse"})
          .is_a({"substance_use_disorder"}),
      condition("opioid_use_disorder", "opioid use disorder",
                {"OUD", "opioid dependence", "opioid addiction", "opioid abuse"})
          .is_a({"substance_use_disorder"}),
      condition("tobacco_use", "tobacco use",
                {"current smoker", "cigarette smoking", "nicotine dependence", "tobacco smoking",
                 "active smoker"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
