// The built-in scores of performance, organ function, comorbidity and critical illness,
// each with its scale in its name. Rows use the builder of vocabulary_rows.hpp;
// docs/vocabulary.md lists the sources. WHO performance status is the ECOG scale and
// stays a synonym of ecog (vocabulary_clinical.cpp). "ASA" alone is aspirin and "CCI"
// alone is ambiguous: the ASA class and Charlson index are found by longer names. "CFS"
// alone is chronic fatigue syndrome: the Clinical Frailty Scale is found by longer names.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_score_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("lansky", "Lansky play-performance scale (0-100)",
              {"Lansky", "Lansky performance status", "Lansky score", "Lansky play scale",
               "Lansky performance score", "Lansky play-performance status", "Lansky play score",
               "Lanksy", "Lansky performance scale", "Lansky play performance scale"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("child_pugh_score", "Child-Pugh score (5-15)",
              {"Child-Pugh score", "Child Pugh score", "Child-Turcotte-Pugh score", "CTP score",
               "Child-Pugh points"},
              {}, D::count, "")
          .whole()
          .plausible(5.0, 15.0)
          .thresholds(5.0, 15.0),
      measure("child_pugh_class", "Child-Pugh class (A 1, B 2, C 3)",
              {"Child-Pugh", "Child Pugh", "Child-Pugh class", "Child Pugh class",
               "Child-Turcotte-Pugh class", "CTP class", "Child-Pugh classification",
               "Child-Pugh grade"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 3.0)
          .thresholds(1.0, 3.0),
      measure(
          "meld", "MELD score (6-40)",
          {"MELD", "MELD score", "Model for End-Stage Liver Disease",
           "model for end-stage liver disease score", "Model for End-stage Liver Disease (MELD)"},
          {}, D::count, "")
          .whole()
          .plausible(6.0, 40.0)
          .thresholds(6.0, 40.0),
      measure("meld_na", "MELD-Na score (6-40)",
              {"MELD-Na", "MELD Na", "MELD-Na score", "MELDNa", "MELD-sodium"}, {}, D::count, "")
          .whole()
          .plausible(6.0, 40.0)
          .thresholds(6.0, 40.0),
      measure("hct_ci", "HCT-CI comorbidity index (0-29)",
              {"HCT-CI", "HCT-CI score", "hematopoietic cell transplantation comorbidity index",
               "haematopoietic cell transplantation comorbidity index", "Sorror score",
               "HCT comorbidity index"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 29.0)
          .thresholds(0.0, 29.0),
      measure("asa_class", "ASA physical status class (1-6)",
              {"ASA class", "ASA physical status", "ASA score", "ASA physical status class",
               "American Society of Anesthesiologists class",
               "American Society of Anesthesiologists physical status", "ASA grade",
               "American Society of Anaesthesiologists class"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 6.0)
          .thresholds(1.0, 6.0),
      measure("charlson", "Charlson comorbidity index (0-37)",
              {"Charlson comorbidity index", "Charlson index", "Charlson score",
               "Charlson Comorbidity Index (CCI)", "CCI score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 37.0)
          .thresholds(0.0, 37.0),
      measure("gcs", "Glasgow Coma Scale (3-15)",
              {"GCS", "Glasgow Coma Scale", "Glasgow coma score", "GCS score", "Glasgow score"},
              {"9269-2"}, D::count, "")
          .whole()
          .plausible(3.0, 15.0)
          .thresholds(3.0, 15.0),
      measure("apgar", "Apgar score (0-10)",
              {"Apgar", "Apgar score", "5-minute Apgar score", "Apgar at 5 minutes", "APGAR score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 10.0)
          .thresholds(0.0, 10.0),
      measure("sofa", "SOFA score (0-24)",
              {"SOFA", "SOFA score", "Sequential Organ Failure Assessment",
               "sequential organ failure assessment score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 24.0)
          .thresholds(0.0, 24.0),
      measure("apache_ii", "APACHE II score (0-71)",
              {"APACHE II", "APACHE-II", "APACHE II score", "APACHE 2",
               "Acute Physiology and Chronic Health Evaluation II"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 71.0)
          .thresholds(0.0, 71.0),
      measure("curb65", "CURB-65 score (0-5)", {"CURB-65", "CURB65", "CURB-65 score", "CURB 65"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 5.0)
          .thresholds(0.0, 5.0),
      measure("cha2ds2_vasc", "CHA2DS2-VASc score (0-9)",
              {"CHA2DS2-VASc", "CHA2DS2-VASc score", "CHA₂DS₂-VASc", "CHA2DS2VASc", "CHADS-VASc"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 9.0)
          .thresholds(0.0, 9.0),
      measure("has_bled", "HAS-BLED score (0-9)", {"HAS-BLED", "HAS-BLED score", "HASBLED"}, {},
              D::count, "")
          .whole()
          .plausible(0.0, 9.0)
          .thresholds(0.0, 9.0),
      measure("fib4", "FIB-4 index",
              {"FIB-4", "FIB4", "FIB-4 index", "FIB-4 score", "Fibrosis-4 index"}, {}, D::count, "")
          .plausible(0.0, 100.0)
          .thresholds(0.1, 20.0),
      measure("barthel", "Barthel index (0-100)",
              {"Barthel index", "Barthel", "Barthel ADL index", "Barthel score"}, {}, D::count, "")
          .whole()
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("clinical_frailty_scale", "Clinical Frailty Scale (1-9)",
              {"Clinical Frailty Scale", "Clinical Frailty Scale score", "CFS score",
               "Rockwood Clinical Frailty Scale", "Clinical Frailty Score",
               "CSHA Clinical Frailty Scale"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 9.0)
          .thresholds(1.0, 9.0),
      measure("west_haven_grade", "West Haven grade of hepatic encephalopathy (0-4)",
              {"West Haven grade", "West-Haven grade", "West Haven criteria", "West-Haven criteria",
               "West Haven classification", "West-Haven classification",
               "hepatic encephalopathy grade", "grade of hepatic encephalopathy"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 4.0)
          .thresholds(0.0, 4.0),
      measure("clif_c_ad", "CLIF-C acute decompensation score (0-100)",
              {"CLIF-C AD", "CLIF-C AD score", "CLIF-C ADs",
               "CLIF Consortium Acute Decompensation score", "CLIF-C acute decompensation score"},
              {}, D::count, "")
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("icdsc", "Intensive Care Delirium Screening Checklist (0-8)",
              {"ICDSC", "ICDSC score", "Intensive Care Delirium Screening Checklist"}, {}, D::count,
              "")
          .whole()
          .plausible(0.0, 8.0)
          .thresholds(0.0, 8.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
