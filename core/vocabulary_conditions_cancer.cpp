// The built-in cancers criteria name outside their own disease (issue 13): a cancer on
// record is a malignant_neoplasm; other_malignancy (vocabulary_events.cpp) stays apart,
// since it means a cancer other than the trial's. The bare words "malignancy" and
// "cancer" name neither: criteria use them for the trial's own cancer and for another one. CNS
// metastases are kinds of cns_involvement. "ALL" (the word) is left out as a name of acute
// lymphoblastic leukaemia.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_cancer_conditions(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      condition(
          "malignant_neoplasm", "malignant neoplasm",
          {"malignant neoplasms", "malignant disease", "malignant tumor", "malignant tumour"}),
      condition("lung_cancer", "lung cancer",
                {"lung carcinoma", "carcinoma of the lung", "bronchogenic carcinoma"})
          .is_a({"malignant_neoplasm"}),
      condition("nsclc", "non-small cell lung cancer",
                {"NSCLC", "non-small-cell lung cancer", "non small cell lung cancer"})
          .is_a({"lung_cancer"}),
      condition("sclc", "small cell lung cancer", {"SCLC", "small-cell lung cancer"})
          .is_a({"lung_cancer"}),
      condition("prostate_cancer", "prostate cancer",
                {"prostate carcinoma", "prostate adenocarcinoma", "carcinoma of the prostate"})
          .is_a({"malignant_neoplasm"}),
      condition("colorectal_cancer", "colorectal cancer", {"colorectal carcinoma", "CRC"})
          .is_a({"malignant_neoplasm"}),
      condition("melanoma", "melanoma", {"malignant melanoma", "cutaneous melanoma"})
          .is_a({"malignant_neoplasm"}),
      condition("hepatocellular_carcinoma", "hepatocellular carcinoma", {"HCC", "hepatoma"})
          .is_a({"malignant_neoplasm"}),
      condition("non_melanoma_skin_cancer", "non-melanoma skin cancer",
                {"NMSC", "nonmelanoma skin cancer", "non-melanoma skin cancers",
                 "basal or squamous cell skin cancer"}),
      condition("basal_cell_carcinoma", "basal cell carcinoma",
                {"BCC", "basal cell skin cancer", "basal cell carcinoma of the skin"})
          .is_a({"non_melanoma_skin_cancer"}),
      condition("cutaneous_squamous_cell_carcinoma", "cutaneous squamous cell carcinoma",
                {"squamous cell carcinoma of the skin", "squamous cell skin cancer"})
          .is_a({"non_melanoma_skin_cancer"}),
      condition("carcinoma_in_situ", "carcinoma in situ", {"in situ carcinoma"}),
      condition("brain_metastases", "brain metastases",
                {"CNS metastases", "brain metastasis", "central nervous system metastases",
                 "brain mets", "cerebral metastases", "metastatic brain disease"})
          .is_a({"cns_involvement"}),
      condition(
          "active_brain_metastases", "active brain metastases",
          {"untreated brain metastases", "symptomatic brain metastases", "active CNS metastases",
           "untreated CNS metastases", "symptomatic CNS metastases", "unstable brain metastases"})
          .is_a({"brain_metastases"})
          .seldom_coded(),
      condition("leptomeningeal_disease", "leptomeningeal disease",
                {"leptomeningeal metastases", "leptomeningeal carcinomatosis",
                 "carcinomatous meningitis", "leptomeningeal involvement"})
          .is_a({"cns_involvement"}),
      condition("leukemia", "leukemia", {"leukaemia"}).is_a({"malignant_neoplasm"}),
      condition("aml", "acute myeloid leukemia",
                {"AML", "acute myeloid leukaemia", "acute myelogenous leukemia",
                 "acute myelogenous leukaemia"})
          .is_a({"leukemia"}),
      condition("acute_lymphoblastic_leukemia", "acute lymphoblastic leukemia",
                {"acute lymphoblastic leukaemia", "acute lymphocytic leukemia",
                 "acute lymphocytic leukaemia"})
          .is_a({"leukemia"}),
      condition("cll", "chronic lymphocytic leukemia", {"CLL", "chronic lymphocytic leukaemia"})
          .is_a({"leukemia"}),
      condition("cml", "chronic myeloid leukemia",
                {"CML", "chronic myeloid leukaemia", "chronic myelogenous leukemia"})
          .is_a({"leukemia"}),
      condition("lymphoma", "lymphoma", {"malignant lymphoma"}).is_a({"malignant_neoplasm"}),
      condition("hodgkin_lymphoma", "Hodgkin lymphoma",
                {"Hodgkin's lymphoma", "Hodgkin disease", "Hodgkin's disease"})
          .is_a({"lymphoma"}),
      condition("non_hodgkin_lymphoma", "non-Hodgkin lymphoma",
                {"NHL", "non-Hodgkin's lymphoma", "non Hodgkin lymphoma"})
          .is_a({"lymphoma"}),
      condition("mds", "myelodysplastic syndrome",
                {"MDS", "myelodysplastic syndromes", "myelodysplasia",
                 // a misspelling registry texts write
                 "myelodisplastic syndrome", "myelodisplastic syndromes"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
