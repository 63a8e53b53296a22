// The built-in rating scales of psychiatry, each with its scale in its name. Rows use
// the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources. HAM-D is the
// 17-item version (HAMD-6 its own row); C-SSRS is left out (its answers are yes/no
// categories, not a score). "ASI" alone is the Addiction Severity Index: ASI-3 is found by
// its number; AUDIT's and AUDIT-C's ids are not the word "audit".
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_psych_score_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("ham_d", "Hamilton Depression Rating Scale, 17 items (0-52)",
              {"HAM-D", "HAMD", "HAM-D17", "HAMD-17", "HDRS", "HDRS-17", "HRSD", "HAM-D-17",
               "Hamilton Depression Rating Scale", "Hamilton Rating Scale for Depression",
               "17-item Hamilton Depression Rating Scale", "HAM-D total score", "HAMD17"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 52.0)
          .thresholds(0.0, 52.0),
      measure("madrs", "Montgomery-Asberg Depression Rating Scale (0-60)",
              {"MADRS", "Montgomery-Åsberg Depression Rating Scale",
               "Montgomery Asberg Depression Rating Scale", "MADRS total score", "MADRS score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 60.0)
          .thresholds(0.0, 60.0),
      measure("panss", "Positive and Negative Syndrome Scale total (30-210)",
              {"PANSS", "PANSS total", "PANSS total score", "Positive and Negative Syndrome Scale",
               "PANSS score"},
              {}, D::count, "")
          .whole()
          .plausible(30.0, 210.0)
          .thresholds(30.0, 210.0),
      measure("ymrs", "Young Mania Rating Scale (0-60)",
              {"YMRS", "Young Mania Rating Scale", "YMRS total score", "YMRS score"}, {}, D::count,
              "")
          .whole()
          .plausible(0.0, 60.0)
          .thresholds(0.0, 60.0),
      measure("cgi_s", "Clinical Global Impression - Severity (1-7)",
              {"CGI-S", "CGI-Severity", "Clinical Global Impression-Severity",
               "Clinical Global Impression of Severity", "CGI-S score", "CGI severity"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 7.0)
          .thresholds(1.0, 7.0),
      measure("cgi_i", "Clinical Global Impression - Improvement (1-7)",
              {"CGI-I", "CGI-Improvement", "Clinical Global Impression-Improvement",
               "Clinical Global Impression of Improvement", "CGI-I score"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 7.0)
          .thresholds(1.0, 7.0),
      measure("bdi_ii", "Beck Depression Inventory-II (0-63)",
              {"BDI-II", "BDI", "BDI-2", "Beck Depression Inventory",
               "Beck Depression Inventory-II", "BDI-II score", "Beck Depression Inventory II"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 63.0)
          .thresholds(0.0, 63.0),
      measure("phq9", "Patient Health Questionnaire-9 (0-27)",
              {"PHQ-9", "PHQ9", "PHQ-9 score", "Patient Health Questionnaire-9",
               "Patient Health Questionnaire 9", "PHQ-9 total score"},
              {"44261-6"}, D::count, "")
          .whole()
          .plausible(0.0, 27.0)
          .thresholds(0.0, 27.0),
      measure("gad7", "Generalized Anxiety Disorder-7 (0-21)",
              {"GAD-7", "GAD7", "GAD-7 score", "Generalized Anxiety Disorder 7-item scale",
               "Generalised Anxiety Disorder-7", "GAD-7 total score"},
              {"70274-6"}, D::count, "")
          .whole()
          .plausible(0.0, 21.0)
          .thresholds(0.0, 21.0),
      measure("ham_a", "Hamilton Anxiety Rating Scale (0-56)",
              {"HAM-A", "HAMA", "HARS", "Hamilton Anxiety Rating Scale", "Hamilton Anxiety Scale",
               "HAM-A total score", "Hamilton Rating Scale for Anxiety"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 56.0)
          .thresholds(0.0, 56.0),
      measure("phq8", "Patient Health Questionnaire-8 (0-24)",
              {"PHQ-8", "PHQ8", "PHQ-8 score", "Patient Health Questionnaire-8",
               "Patient Health Questionnaire 8", "PHQ-8 total score",
               "eight-item Patient Health Questionnaire"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 24.0)
          .thresholds(0.0, 24.0),
      measure("phq_a", "PHQ-9 modified for Adolescents (0-27)",
              {"PHQ-A", "PHQ-A score", "PHQ-9-A", "PHQ-9 Modified for Adolescents",
               "Patient Health Questionnaire for Adolescents"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 27.0)
          .thresholds(0.0, 27.0),
      measure("ham_d6", "Hamilton Depression Rating Scale, 6 items (0-22)",
              {"HAMD-6", "HAM-D6", "HAM-D-6", "HAMD6", "HDRS-6", "HAM-D 6", "HAMD-6 score",
               "6-item Hamilton Depression Rating Scale", "Hamilton Depression Rating Scale-6"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 22.0)
          .thresholds(0.0, 22.0),
      measure("ids_sr30", "Inventory of Depressive Symptomatology, Self-Report, 30 items (0-84)",
              {"IDS-SR30", "IDS-SR", "IDS-SR 30", "IDS-SR-30", "IDS-SR30 total score",
               "Inventory of Depressive Symptomatology-Self Report",
               "Inventory of Depressive Symptomatology Self-Report",
               "Inventory of Depressive Symptomatology-Self Rated"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 84.0)
          .thresholds(0.0, 84.0),
      measure("asi3", "Anxiety Sensitivity Index-3 (0-72)",
              {"ASI-3", "ASI3", "ASI-3 score", "Anxiety Sensitivity Index-3",
               "Anxiety Sensitivity Index 3"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 72.0)
          .thresholds(0.0, 72.0),
      measure(
          "audit_score", "Alcohol Use Disorders Identification Test (0-40)",
          {"AUDIT", "AUDIT score", "AUDIT total score", "Alcohol Use Disorders Identification Test",
           "Alcohol Use Disorder Identification Test", "AUDIT-10"},
          {"75624-7"}, D::count, "")
          .whole()
          .plausible(0.0, 40.0)
          .thresholds(0.0, 40.0),
      measure("audit_c", "AUDIT-C, alcohol consumption (0-12)",
              {"AUDIT-C", "AUDIT C", "AUDIT-C score", "AUDIT-C total score",
               "Alcohol Use Disorders Identification Test-Consumption",
               "Alcohol Use Disorder Identification Test - Consumption", "AUDIT-Consumption"},
              {"75626-2"}, D::count, "")
          .whole()
          .plausible(0.0, 12.0)
          .thresholds(0.0, 12.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
