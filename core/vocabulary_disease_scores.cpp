// The built-in disease-activity scores (rheumatology, dermatology, gastroenterology,
// urology) and a few counts criteria put thresholds on: tumour lesion size and smoking
// history. Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the
// sources. "CDAI" and "IPSS" are left out as abbreviations: each names two scales (Crohn's
// vs clinical disease activity index; prostate symptoms vs the MDS prognostic system);
// IPSS-R, the revised MDS score, is its own row. Bare "ACT" (activated clotting time),
// "SS" (Sjögren's syndrome), "CCS", "GOLD" and "Gleason" (Gleason pattern, grade group)
// are left out; the longer names find the scales.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

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
      measure("ipss_r", "IPSS-R, revised MDS prognostic score (0-10, in steps of 0.5)",
              {"IPSS-R", "IPSS-R score", "R-IPSS", "revised IPSS", "IPSS-R risk score",
               "Revised International Prognostic Scoring System",
               "revised International Prognostic Scoring System score"},
              {}, D::count, "")
          .plausible(0.0, 10.0)
          .thresholds(0.0, 10.0),
      measure("gleason_score", "Gleason score (2-10)",
              {"Gleason score", "Gleason sum", "Gleason sum score", "total Gleason score",
               "combined Gleason score"},
              {}, D::count, "")
          .whole()
          .plausible(2.0, 10.0)
          .thresholds(2.0, 10.0),
      measure("widespread_pain_index", "widespread pain index of fibromyalgia (0-19)",
              {"widespread pain index", "WPI", "WPI score", "widespread pain index (WPI)"}, {},
              D::count, "")
          .whole()
          .plausible(0.0, 19.0)
          .thresholds(0.0, 19.0),
      measure(
          "symptom_severity_scale", "symptom severity scale of fibromyalgia (0-12)",
          {"symptom severity scale", "symptom severity scale score", "SS scale", "SS scale score",
           "symptom severity (SS) scale", "symptom severity (SS) scale score"},
          {}, D::count, "")
          .whole()
          .plausible(0.0, 12.0)
          .thresholds(0.0, 12.0),
      measure("acq", "Asthma Control Questionnaire (0-6)",
              {"ACQ", "ACQ score", "Asthma Control Questionnaire", "ACQ-5", "ACQ-6", "ACQ-7",
               "ACQ5", "ACQ6", "ACQ7", "Asthma Control Questionnaire score"},
              {}, D::count, "")
          .plausible(0.0, 6.0)
          .thresholds(0.0, 6.0),
      measure("asthma_control_test", "Asthma Control Test (5-25)",
              {"Asthma Control Test", "Asthma Control Test score", "ACT score", "ACT total score",
               "Asthma Control Test (ACT)"},
              {}, D::count, "")
          .whole()
          .plausible(5.0, 25.0)
          .thresholds(5.0, 25.0),
      measure(
          "ccs_angina_class", "Canadian Cardiovascular Society angina class (1-4)",
          {"Canadian Cardiovascular Society class", "Canadian Cardiovascular Society angina class",
           "Canadian Cardiovascular Society", "Canadian Cardiovascular Society grade",
           "Canadian Cardiovascular Society angina grade", "CCS class", "CCS angina class",
           "CCS angina grade", "CCS grade", "Canadian Cardiovascular Society classification"},
          {}, D::count, "")
          .whole()
          .plausible(1.0, 4.0)
          .thresholds(1.0, 4.0),
      measure("copd_gold_stage", "COPD GOLD spirometric stage (1-4)",
              {"COPD GOLD", "COPD GOLD stage", "GOLD stage", "GOLD grade", "COPD GOLD grade",
               "GOLD spirometric grade", "GOLD spirometric stage", "GOLD classification",
               "GOLD spirometry grade"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 4.0)
          .thresholds(1.0, 4.0),
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
