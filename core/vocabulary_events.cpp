// The built-in demographics and events: conditions, therapies, procedures.
// Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_events(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- demographics
      item(ItemKind::demographic, "birth_date", "date of birth",
           {"DOB", "birth date", "birthdate"}),
      item(ItemKind::demographic, "sex", "sex", {"gender", "sex at birth", "biological sex"}),
      // ---- conditions
      // Plasma-cell neoplasms: smoldering and active myeloma are siblings (a record of
      // one is no record of the other); relapsed and refractory are states of active
      // myeloma that records seldom code.
      condition("plasma_cell_neoplasm", "plasma cell neoplasm",
                {"plasma cell dyscrasia", "plasma cell disorder", "plasma cell neoplasms"}),
      condition("smoldering_myeloma", "smoldering multiple myeloma",
                {"SMM", "smoldering myeloma", "smouldering myeloma", "smouldering multiple myeloma",
                 "asymptomatic myeloma"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("multiple_myeloma", "multiple myeloma",
                {"MM", "myeloma", "plasma cell myeloma", "symptomatic myeloma", "active myeloma",
                 "newly diagnosed multiple myeloma", "NDMM"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("relapsed_multiple_myeloma", "relapsed multiple myeloma",
                {"relapsed myeloma", "RMM", "relapsed MM", "RRMM",
                 "relapsed/refractory multiple myeloma", "relapsed or refractory multiple myeloma",
                 "relapsed and/or refractory multiple myeloma"})
          .is_a({"multiple_myeloma"})
          .seldom_coded(),
      condition("refractory_multiple_myeloma", "refractory multiple myeloma",
                {"refractory myeloma", "refractory MM", "primary refractory myeloma"})
          .is_a({"multiple_myeloma"})
          .seldom_coded(),
      condition("mgus", "monoclonal gammopathy of undetermined significance",
                {"MGUS", "monoclonal gammopathy of unknown significance"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("plasma_cell_leukemia", "plasma cell leukemia",
                {"PCL", "plasma cell leukaemia", "primary plasma cell leukemia"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("amyloidosis", "AL amyloidosis",
                {"amyloidosis", "primary amyloidosis", "light chain amyloidosis",
                 "systemic AL amyloidosis", "AL amyloid"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("poems_syndrome", "POEMS syndrome", {"POEMS"}).is_a({"plasma_cell_neoplasm"}),
      condition("waldenstrom", "Waldenström macroglobulinemia",
                {"Waldenstrom macroglobulinemia", "Waldenstrom's macroglobulinemia",
                 "Waldenström's macroglobulinemia", "WM"}),
      condition("gilbert_syndrome", "Gilbert syndrome",
                {"Gilbert's syndrome", "Gilbert disease", "Gilbert's disease"}),
      condition("hiv", "HIV infection",
                {"HIV", "human immunodeficiency virus", "HIV positive", "HIV-positive",
                 "HIV seropositive", "HIV/AIDS", "AIDS", "acquired immunodeficiency syndrome"}),
      condition(
          "hepatitis_b", "hepatitis B infection",
          {"hepatitis B", "HBV", "chronic hepatitis B", "active hepatitis B", "HBV infection"}),
      condition(
          "hepatitis_c", "hepatitis C infection",
          {"hepatitis C", "HCV", "chronic hepatitis C", "active hepatitis C", "HCV infection"}),
      condition("active_infection", "active infection",
                {"uncontrolled infection", "active systemic infection",
                 "infection requiring systemic therapy", "active uncontrolled infection"}),
      condition("myocardial_infarction", "myocardial infarction",
                {"MI", "heart attack", "acute myocardial infarction", "AMI"})
          .is_a({"heart_disease"}),
      condition("heart_failure", "heart failure",
                {"congestive heart failure", "CHF", "cardiac failure", "symptomatic heart failure"})
          .is_a({"heart_disease"}),
      condition("unstable_angina", "unstable angina", {"unstable angina pectoris"})
          .is_a({"angina"}),
      condition("arrhythmia", "cardiac arrhythmia",
                {"arrhythmia", "dysrhythmia", "cardiac arrhythmias", "arrhythmias"})
          .is_a({"heart_disease"}),
      condition("stroke", "stroke", {"cerebrovascular accident", "CVA", "cerebral infarction"})
          .is_a({"cerebrovascular_disease"}),
      condition("copd", "chronic obstructive pulmonary disease", {"COPD"})
          .is_a({"chronic_lung_disease"}),
      condition("asthma", "asthma", {"bronchial asthma", "persistent asthma", "asthmatic"})
          .is_a({"lung_disease"}),
      condition("other_malignancy", "other malignancy",
                {"prior malignancy",
                 "second primary malignancy",
                 "another malignancy",
                 "other active malignancy",
                 "history of other malignancy",
                 "concurrent malignancy",
                 "second malignancy",
                 "another primary malignancy",
                 "other primary malignancy",
                 "another primary invasive malignancy",
                 "additional malignancy",
                 "other malignancies",
                 "another active malignancy",
                 "active malignancy",
                 "previous malignancy",
                 "prior malignancies",
                 "second primary malignancies",
                 "other malignant tumors",
                 "other malignant tumours",
                 "other malignant disease",
                 "other malignant neoplasms"}),
      condition("cns_involvement", "CNS involvement",
                {"central nervous system involvement", "CNS myeloma", "CNS disease"}),
      condition("peripheral_neuropathy", "peripheral neuropathy",
                {"neuropathy", "sensory neuropathy", "painful peripheral neuropathy",
                 "peripheral sensory neuropathy"})
          .is_a({"neurological_disorder"}),
      condition("pregnancy", "pregnancy", {"pregnant", "positive pregnancy test"}),
      condition("breastfeeding", "breastfeeding",
                {"breast-feeding", "lactating", "lactation", "nursing"}),
      condition("myeloma_defining_event", "myeloma-defining event",
                {"myeloma defining event", "MDE", "myeloma-defining events", "CRAB",
                 "CRAB criteria", "CRAB features", "SLiM-CRAB"}),
      condition("measurable_disease", "measurable disease",
                {"measurable myeloma", "measurable disease per IMWG", "IMWG measurable disease"})
          .state_of({"multiple_myeloma"}),
      condition("partial_response", "partial response", {"PR", "partial remission"})
          .state_of({"multiple_myeloma"}),
      // Cytogenetic findings of smoldering or active myeloma: seldom coded as conditions.
      condition("del17p", "deletion 17p",
                {"del(17p)", "17p deletion", "del 17p", "17p-", "deletion of 17p"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("t4_14", "translocation t(4;14)", {"t(4;14)", "t(4:14)", "t 4;14"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("t14_16", "translocation t(14;16)", {"t(14;16)", "t(14:16)", "t 14;16"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("gain_1q", "gain of 1q",
                {"1q gain", "gain(1q)", "+1q", "1q21 gain", "amp(1q)", "1q amplification",
                 "amplification of 1q21", "gain 1q"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("hypercalcemia", "hypercalcemia", {"hypercalcaemia"}),
      condition("renal_failure", "renal failure",
                {"renal insufficiency", "kidney failure", "renal impairment"})
          .is_a({"kidney_disease"}),
      condition("anemia", "anemia", {"anaemia", "anemic", "anaemic"}),
      condition("bone_lesions", "bone disease",
                {"bone lesions", "myeloma bone disease", "skeletal lesions", "bone involvement"}),
      condition("venous_thromboembolism", "venous thromboembolism",
                {"VTE", "venous thromboembolic disease", "venous thrombosis"})
          .is_a({"thromboembolism"}),
      condition("deep_vein_thrombosis", "deep vein thrombosis", {"DVT", "deep venous thrombosis"})
          .is_a({"venous_thromboembolism"}),
      condition("pulmonary_embolism", "pulmonary embolism", {"PE", "pulmonary embolus"})
          .is_a({"venous_thromboembolism"}),
      condition("diabetes", "diabetes mellitus", {"diabetes", "diabetic"}),
      condition("type_1_diabetes", "type 1 diabetes mellitus",
                {"type 1 diabetes", "T1DM", "T1D", "insulin-dependent diabetes"})
          .is_a({"diabetes"}),
      condition("type_2_diabetes", "type 2 diabetes mellitus",
                {"type 2 diabetes", "T2DM", "T2D", "non-insulin-dependent diabetes"})
          .is_a({"diabetes"}),
      // A cancer and its metastatic form: a record of the metastatic form is a record of
      // the cancer; the cancer on record and no word of metastases is unknown.
      condition("breast_cancer", "breast cancer", {"breast carcinoma", "carcinoma of the breast"})
          .is_a({"malignant_neoplasm"}),
      condition("metastatic_breast_cancer", "metastatic breast cancer",
                {"metastatic breast carcinoma", "MBC", "stage IV breast cancer"})
          .is_a({"breast_cancer"}),
      condition("allergy_to_study_drug", "allergy to study drug",
                {"hypersensitivity to study drug", "known allergy to study drug",
                 "allergy to study treatment", "hypersensitivity to study treatment",
                 "known hypersensitivity to study drug"}),
      // ---- therapies
      therapy("lenalidomide", "lenalidomide", {"Revlimid"}),
      therapy("pomalidomide", "pomalidomide", {"Pomalyst", "Imnovid"}),
      therapy("thalidomide", "thalidomide", {"Thalomid"}),
      therapy("bortezomib", "bortezomib", {"Velcade"}),
      therapy("carfilzomib", "carfilzomib", {"Kyprolis"}),
      therapy("daratumumab", "daratumumab", {"Darzalex", "Darzalex Faspro", "daratumumab SC"})
          .is_a({"anti_cd38"}),
      therapy("isatuximab", "isatuximab", {"Sarclisa"}).is_a({"anti_cd38"}),
      therapy("anti_cd38", "anti-CD38 monoclonal antibody",
              {"anti-CD38 antibody", "anti-CD38 therapy", "anti-CD38 mAb", "CD38 antibody",
               "anti-CD38 monoclonal antibodies", "anti-CD38"})
          .is_a({"monoclonal_antibody"}),
      therapy("dexamethasone", "dexamethasone", {"Decadron", "dex"}).is_a({"corticosteroids"}),
      therapy("corticosteroids", "systemic corticosteroids",
              {"corticosteroids", "steroids", "glucocorticoids", "systemic steroids",
               "corticosteroid therapy"}),
      therapy("melphalan", "melphalan", {"Alkeran"}).is_a({"prior_chemotherapy"}),
      therapy("cyclophosphamide", "cyclophosphamide", {"Cytoxan", "Endoxan"})
          .is_a({"prior_chemotherapy"}),
      therapy("prior_myeloma_therapy", "prior therapy for multiple myeloma",
              {"prior myeloma therapy", "prior anti-myeloma therapy",
               "prior systemic therapy for multiple myeloma", "previous treatment for myeloma",
               "prior treatment for multiple myeloma"}),
      therapy("investigational_agent", "investigational agent",
              {"investigational drug", "investigational product", "investigational therapy",
               "experimental therapy", "investigational medicinal product"}),
      therapy("plasmapheresis", "plasmapheresis",
              {"plasma exchange", "therapeutic plasma exchange"}),
      therapy("live_vaccine", "live vaccine",
              {"live attenuated vaccine", "live vaccines", "live-virus vaccine"}),
      therapy(
          "strong_cyp3a_inhibitor", "strong CYP3A inhibitor",
          {"strong CYP3A4 inhibitor", "strong inhibitors of CYP3A", "strong CYP3A4 inhibitors",
           "strong CYP3A inhibitors", "strong inhibitors of CYP3A4", "strong CYP3A4/5 inhibitors"}),
      // ---- procedures
      procedure("asct", "autologous stem cell transplant",
                {"ASCT", "autologous stem cell transplantation", "autologous transplant",
                 "autologous SCT", "auto-SCT", "autologous hematopoietic stem cell transplant",
                 "autologous HSCT", "HDT/ASCT"})
          .is_a({"hematopoietic_stem_cell_transplant"}),
      procedure("allogeneic_transplant", "allogeneic stem cell transplant",
                {"allogeneic transplant", "allo-SCT", "allogeneic SCT",
                 "allogeneic stem cell transplantation", "allogeneic HSCT",
                 "allogeneic hematopoietic stem cell transplant", "allograft"})
          .is_a({"hematopoietic_stem_cell_transplant"}),
      procedure("major_surgery", "major surgery", {"major surgical procedure"}),
      procedure("radiotherapy", "radiotherapy",
                {"radiation therapy", "radiation", "RT", "palliative radiotherapy", "XRT",
                 "local radiotherapy"}),
      // ---- where the disease has spread: the conditions of alternative thresholds
      // ("<= 5 x ULN for patients with liver metastases"); no codes mapped yet.
      condition(
          "liver_involvement", "liver involvement by the disease",
          {"liver involvement", "hepatic involvement", "liver infiltration", "hepatic infiltration",
           "tumor involvement of the liver", "tumour involvement of the liver"}),
      condition("liver_metastases", "liver metastases",
                {"hepatic metastases", "liver metastasis", "hepatic metastasis", "liver mets",
                 "hepatic mets", "metastases to the liver", "metastatic liver disease"})
          .is_a({"liver_involvement"}),
      condition("bone_marrow_involvement", "bone marrow involvement by the disease",
                {"bone marrow involvement", "marrow involvement", "bone marrow infiltration",
                 "marrow infiltration", "bone marrow infiltration by tumor",
                 "bone marrow infiltration by tumour"}),
      condition("bone_metastases", "bone metastases",
                {"bone metastasis", "bone mets", "bony metastases", "skeletal metastases",
                 "osseous metastases", "metastases to bone"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
