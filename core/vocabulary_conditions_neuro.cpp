// The built-in neurological and psychiatric conditions criteria name (issue 13): seizures,
// dementia, movement and demyelinating disorders, mood and psychotic disorders, suicidality
// and substance use. Abbreviations that mean something else in criteria (MS, PD, AD, ASD,
// BPD, SI) are left out on purpose (docs/vocabulary.md).
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_neuro_conditions(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- nervous system
      // The family criteria name ("neurological disorders", "severe neurological disease");
      // the disorders below are kinds of it.
      condition(
          "neurological_disorder", "neurological disorder",
          {"neurological disorders", "neurological disease", "neurological diseases",
           "neurologic disease", "neurologic diseases", "neurologic disorder",
           "neurologic disorders", "neurological illness", "neurological illnesses",
           "neurological condition", "neurological conditions", "disorder of the nervous system",
           "nervous system disorder", "nervous system disorders"}),
      condition("seizure", "seizures", {"seizure", "seizure disorder", "convulsions"})
          .is_a({"neurological_disorder"}),
      condition("epilepsy", "epilepsy", {"epileptic disorder", "epileptic"}).is_a({"seizure"}),
      condition("multiple_sclerosis", "multiple sclerosis", {}).is_a({"neurological_disorder"}),
      condition("relapsing_multiple_sclerosis", "relapsing multiple sclerosis",
                {"relapsing-remitting multiple sclerosis", "RRMS", "relapsing MS",
                 "relapsing forms of multiple sclerosis"})
          .is_a({"multiple_sclerosis"}),
      condition("dementia", "dementia", {"major neurocognitive disorder"})
          .is_a({"neurological_disorder"}),
      condition("alzheimers_disease", "Alzheimer's disease",
                {"Alzheimer disease", "Alzheimers disease", "Alzheimer's dementia"})
          .is_a({"dementia"}),
      condition("cognitive_impairment", "cognitive impairment",
                {"mild cognitive impairment", "MCI"}),
      condition("parkinsonism", "parkinsonism", {"parkinsonian syndrome"})
          .is_a({"neurological_disorder"}),
      condition("parkinsons_disease", "Parkinson's disease",
                {"Parkinson disease", "Parkinsons disease", "idiopathic Parkinson's disease"})
          .is_a({"parkinsonism"}),
      // Headaches: primary (migraine, cluster, tension-type) and secondary ones (ICHD-3).
      condition("headache", "headache", {"headaches", "headache disorder", "headache disorders"})
          .is_a({"neurological_disorder"}),
      condition("primary_headache", "primary headache",
                {"primary headaches", "primary headache disorder", "primary headache disorders"})
          .is_a({"headache"}),
      condition(
          "secondary_headache", "secondary headache",
          {"secondary headaches", "secondary headache disorder", "secondary headache disorders"})
          .is_a({"headache"}),
      condition("tension_type_headache", "tension-type headache",
                {"tension type headache", "tension-type headaches", "tension headache",
                 "tension headaches"})
          .is_a({"primary_headache"}),
      condition("medication_overuse_headache", "medication-overuse headache",
                {"medication overuse headache", "medication-overuse headaches"})
          .is_a({"secondary_headache"}),
      condition("migraine", "migraine", {"migraine headache", "migraines"})
          .is_a({"primary_headache"}),
      condition("cluster_headache", "cluster headache", {"cluster headaches"})
          .is_a({"primary_headache"}),
      condition("traumatic_brain_injury", "traumatic brain injury", {"head injury", "concussion"}),
      condition("spinal_cord_compression", "spinal cord compression",
                {"cord compression", "epidural spinal cord compression",
                 "malignant spinal cord compression"}),
      // ---- mental health
      // The family criteria name ("psychiatric illness", "serious mental disorders"). Use
      // disorders, autism and ADHD are not linked below it: criteria list them apart.
      condition("mental_disorder", "mental disorder",
                {"mental disorders", "mental illness", "mental illnesses", "psychiatric disorder",
                 "psychiatric disorders", "psychiatric illness", "psychiatric illnesses",
                 "psychiatric disease", "psychiatric diseases", "psychiatric condition",
                 "psychiatric conditions", "mental health disorder", "mental health disorders",
                 "mental health condition", "mental health conditions", "mental disease",
                 "psychiatric disturbance", "psychiatric disturbances"}),
      condition("depression", "depression",
                {"depressive disorder", "clinical depression", "depressive episode"})
          .is_a({"mental_disorder"}),
      condition("major_depressive_disorder", "major depressive disorder",
                {"MDD", "major depression", "major depressive episode"})
          .is_a({"depression"}),
      condition("bipolar_disorder", "bipolar disorder",
                {"bipolar affective disorder", "manic depression"})
          .is_a({"mental_disorder"}),
      condition("psychotic_disorder", "psychotic disorder",
                {"psychosis", "psychotic disorders", "psychotic illness"})
          .is_a({"mental_disorder"}),
      condition("schizophrenia", "schizophrenia", {}).is_a({"psychotic_disorder"}),
      condition("schizoaffective_disorder", "schizoaffective disorder", {})
          .is_a({"psychotic_disorder"}),
      // A risk criteria name apart from ideation and behaviour, both of which are kinds of it.
      condition("suicide_risk", "risk of suicide",
                {"suicide risk", "suicidal risk", "risk for suicide", "at risk for suicide",
                 "at risk of suicide", "suicidality", "suicidal tendencies"})
          .seldom_coded(),
      condition(
          "suicidal_ideation", "suicidal ideation",
          {"suicidal thoughts", "active suicidal ideation", "suicidal ideations",
           "suicide ideation", "active suicide ideation", "suicidal intent", "suicidal intention"})
          .is_a({"suicide_risk"}),
      condition("suicidal_behavior", "suicidal behavior",
                {"suicidal behaviour", "suicide attempt", "attempted suicide", "suicide attempts",
                 "suicidal attempt", "suicidal attempts"})
          .is_a({"suicide_risk"}),
      condition(
          "anxiety_disorder", "anxiety disorder",
          {"generalized anxiety disorder", "generalised anxiety disorder", "anxiety disorders"})
          .is_a({"mental_disorder"}),
      condition("ptsd", "post-traumatic stress disorder",
                {"PTSD", "posttraumatic stress disorder", "post traumatic stress disorder"})
          .is_a({"mental_disorder"}),
      condition("eating_disorder", "eating disorder", {"eating disorders"})
          .is_a({"mental_disorder"}),
      condition("claustrophobia", "claustrophobia", {"claustrophobic"}),
      condition("intellectual_disability", "intellectual disability",
                {"intellectual disabilities", "mental retardation", "intellectual impairment"}),
      condition("developmental_delay", "developmental delay",
                {"developmental delays", "global developmental delay"}),
      condition("autism", "autism spectrum disorder", {"autism"}),
      condition("adhd", "attention deficit hyperactivity disorder",
                {"ADHD", "attention-deficit/hyperactivity disorder"}),
      condition("insomnia", "insomnia", {"chronic insomnia"}),
      // Use disorders: alcohol and opioids are kinds of substance use disorder.
      condition("substance_use_disorder", "substance use disorder",
                {"substance abuse",
                 "drug abuse",
                 "substance dependence",
                 "drug dependence",
                 "SUD",
                 "substance misuse",
                 "illicit drug use",
                 "drug addiction",
                 "substance use disorders",
                 "substances of abuse",
                 "abuse of drugs",
                 "alcohol or drug abuse",
                 "drug or alcohol abuse",
                 "alcohol or substance abuse",
                 "substance or alcohol abuse",
                 "alcohol or drug dependence",
                 "drug or alcohol dependence",
                 "addictive disorder",
                 "addictive disorders",
                 "substance addiction"}),
      condition("alcohol_use_disorder", "alcohol use disorder",
                {"alcohol abuse", "alcohol dependence", "alcoholism", "AUD", "alcohol misuse"})
          .is_a({"substance_use_disorder"}),
      condition("opioid_use_disorder", "opioid use disorder",
                {"OUD", "opioid dependence", "opioid addiction", "opioid abuse"})
          .is_a({"substance_use_disorder"}),
      condition("cannabis_use_disorder", "cannabis use disorder",
                {"cannabis dependence", "cannabis abuse", "marijuana use disorder",
                 "marijuana dependence", "marijuana abuse"})
          .is_a({"substance_use_disorder"}),
      condition("tobacco_use", "tobacco use",
                {"current smoker", "cigarette smoking", "nicotine dependence", "tobacco smoking",
                 "active smoker", "cigarette smoker", "cigarette smokers", "tobacco smoker",
                 "tobacco smokers", "smoking habit", "current smokers", "active smokers"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
