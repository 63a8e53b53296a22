// The built-in disease-activity scores (rheumatology, dermatology, gastroenterology,
// urology) and a few counts criteria put thresholds on: tumour lesion size and smoking
// history. Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the
// sources. "CDAI" and "IPSS" are left out as abbreviations: each names two scales (Crohn's
// vs clinical disease activity index; prostate symptoms vs the MDS prognostic system).
#include "engine/vocabulary_parts.hpp"
#include "engine/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_disease_score_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("sledai", "SLEDAI-2K (0-105)",
              {"SLEDAI", "SLEDAI-2K", "SLEDAI 2K", "SELENA-SLEDAI", "SLEDAI score",
               "Systemic Lupus Erythematosus Disease Activity Index", "SLEDAI-2K score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 105.0)
          .thresholds(0.0, 105.0),
      measure("das28", "Disease Activity Score in 28 joints (0-9.4)",
              {"DAS28", "DAS-28", "DAS28-CRP", "DAS28-ESR", "DAS 28", "Disease Activity Score 28",
               "DAS28 score"},
              {}, D::count, "")
          .plausible(0.0, 10.0)
          .thresholds(0.0, 10.0),
      measure("crohns_cdai", "Crohn's Disease Activity Index (0-600)",
              {"Crohn's Disease Activity Index", "Crohn's disease activity index (CDAI)",
               "CDAI score for Crohn's disease"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 1100.0)
          .thresholds(0.0, 600.0),
      measure("mayo_score", "Mayo score for ulcerative colitis (0-12)",
              {"Mayo score", "total Mayo score", "Mayo Clinic score", "modified Mayo score",
               "Mayo Score for ulcerative colitis", "full Mayo score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 12.0)
          .thresholds(0.0, 12.0),
      measure("pasi", "Psoriasis Area and Severity Index (0-72)",
              {"PASI", "PASI score", "Psoriasis Area and Severity Index"}, {}, D::count, "")
          .plausible(0.0, 72.0)
          .thresholds(0.0, 72.0),
      measure("easi", "Eczema Area and Severity Index (0-72)",
              {"EASI", "EASI score", "Eczema Area and Severity Index"}, {}, D::count, "")
          .plausible(0.0, 72.0)
          .thresholds(0.0, 72.0),
      measure("basdai", "Bath Ankylosing Spondylitis Disease Activity Index (0-10)",
              {"BASDAI", "BASDAI score", "Bath Ankylosing Spondylitis Disease Activity Index"}, {},
              D::count, "")
          .plausible(0.0, 10.0)
          .thresholds(0.0, 10.0),
      measure("haq_di", "Health Assessment Questionnaire Disability Index (0-3)",
              {"HAQ-DI", "HAQ", "HAQ-DI score", "Health Assessment Questionnaire Disability Index",
               "Health Assessment Questionnaire-Disability Index"},
              {}, D::count, "")
          .plausible(0.0, 3.0)
          .thresholds(0.0, 3.0),
      measure("ipss_prostate", "International Prostate Symptom Score (0-35)",
              {"International Prostate Symptom Score", "I-PSS", "IPSS score for prostate symptoms",
               "AUA symptom score", "AUA-SI"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 35.0)
          .thresholds(0.0, 35.0),
      measure("lesion_diameter", "longest diameter of a measurable lesion",
              {"longest diameter", "lesion diameter", "lesion size", "longest dimension",
               "tumor size", "tumour size", "largest diameter"},
              {}, D::length, "mm")
          .units({"mm", "cm"})
          .plausible(0.0, 1000.0)
          .thresholds(1.0, 500.0),
      measure("pack_years", "smoking history in pack-years",
              {"pack-years", "pack years", "pack-year", "pack-year history",
               "pack-year smoking history", "smoking history of pack-years"},
              {}, D::count, "")
          .unwindowed()
          .plausible(0.0, 300.0)
          .thresholds(1.0, 150.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
