// The built-in scores of neurology, cognition and sleep, each with its scale in its
// name. Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the
// sources. EDSS, CDR and Hoehn and Yahr step by halves, so they are not whole numbers.
// AHI, ODI and the apnea index are rates (events per hour, /h). "ODI" alone is also the
// Oswestry Disability Index and "HIT" heparin-induced thrombocytopenia: neither is a synonym.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_neuro_score_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("nihss", "NIH Stroke Scale (0-42)",
              {"NIHSS", "NIH Stroke Scale", "National Institutes of Health Stroke Scale",
               "NIHSS score", "NIH stroke scale score", "NIH Stroke Scale/Score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 42.0)
          .thresholds(0.0, 42.0),
      measure("mrs", "modified Rankin Scale (0-6)",
              {"mRS", "modified Rankin Scale", "modified Rankin score", "mRS score", "Rankin scale",
               "modified Rankin Scale (mRS)", "pre-stroke mRS"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 6.0)
          .thresholds(0.0, 6.0),
      measure(
          "mmse", "Mini-Mental State Examination (0-30)",
          {"MMSE", "Mini-Mental State Examination", "Mini Mental State Examination", "MMSE score",
           "Mini-Mental State Exam", "Folstein MMSE", "mini-mental status examination"},
          {"72107-6"}, D::count, "")
          .whole()
          .plausible(0.0, 30.0)
          .thresholds(0.0, 30.0),
      measure("moca", "Montreal Cognitive Assessment (0-30)",
              {"MoCA", "Montreal Cognitive Assessment", "MoCA score", "MOCA",
               "Montreal Cognitive Assessement"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 30.0)
          .thresholds(0.0, 30.0),
      measure("edss", "Expanded Disability Status Scale (0-10, in steps of 0.5)",
              {"EDSS", "Expanded Disability Status Scale", "EDSS score", "Kurtzke EDSS"}, {},
              D::count, "")
          .plausible(0.0, 10.0)
          .thresholds(0.0, 10.0),
      measure("adas_cog", "ADAS-Cog 11-item total (0-70)",
              {"ADAS-Cog", "ADAS-cog", "ADAS-Cog11", "ADAS-Cog 11", "ADAS cog",
               "Alzheimer's Disease Assessment Scale-Cognitive Subscale",
               "Alzheimer's Disease Assessment Scale-cognitive"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 70.0)
          .thresholds(0.0, 70.0),
      measure("cdr_global", "Clinical Dementia Rating global score (0, 0.5, 1, 2, 3)",
              {"CDR", "Clinical Dementia Rating", "CDR global score", "global CDR", "CDR global",
               "Clinical Dementia Rating scale", "CDR score"},
              {}, D::count, "")
          .plausible(0.0, 3.0)
          .thresholds(0.0, 3.0),
      measure("cdr_sb", "Clinical Dementia Rating sum of boxes (0-18)",
              {"CDR-SB", "CDR sum of boxes", "CDR-SOB", "Clinical Dementia Rating-Sum of Boxes",
               "CDR sum-of-boxes"},
              {}, D::count, "")
          .plausible(0.0, 18.0)
          .thresholds(0.0, 18.0),
      measure("mds_updrs_iii", "MDS-UPDRS part III motor score (0-132)",
              {"UPDRS", "UPDRS III", "UPDRS part III", "MDS-UPDRS", "MDS-UPDRS part III",
               "MDS-UPDRS Part III", "UPDRS motor score", "UPDRS-III", "MDS-UPDRS-III"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 132.0)
          .thresholds(0.0, 132.0),
      measure("hoehn_yahr", "Hoehn and Yahr stage (0-5, in steps of 0.5)",
              {"Hoehn and Yahr", "Hoehn & Yahr", "Hoehn-Yahr", "Hoehn and Yahr stage",
               "modified Hoehn and Yahr", "H&Y stage", "Hoehn and Yahr scale"},
              {}, D::count, "")
          .plausible(0.0, 5.0)
          .thresholds(0.0, 5.0),
      measure("alsfrs_r", "ALS Functional Rating Scale-Revised (0-48)",
              {"ALSFRS-R", "ALSFRS", "ALSFRS-R score", "ALS Functional Rating Scale-Revised",
               "revised ALS functional rating scale", "ALSFRS-R total score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 48.0)
          .thresholds(0.0, 48.0),
      measure("epworth", "Epworth Sleepiness Scale (0-24)",
              {"Epworth Sleepiness Scale", "Epworth score", "ESS score", "Epworth sleepiness score",
               "Epworth"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 24.0)
          .thresholds(0.0, 24.0),
      measure("isi", "Insomnia Severity Index (0-28)",
              {"Insomnia Severity Index", "ISI score", "insomnia severity index score"}, {},
              D::count, "")
          .whole()
          .plausible(0.0, 28.0)
          .thresholds(0.0, 28.0),
      measure("psqi", "Pittsburgh Sleep Quality Index global score (0-21)",
              {"PSQI", "PSQI score", "PSQI global score", "PSQI total score",
               "Pittsburgh Sleep Quality Index", "Pittsburgh Sleep Quality Index score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 21.0)
          .thresholds(0.0, 21.0),
      // Sleep-study indices: events per hour of sleep, a frequency in /h.
      measure("ahi", "apnea-hypopnea index (events per hour of sleep)",
              {"AHI", "apnea-hypopnea index", "apnoea-hypopnoea index", "apnea hypopnea index",
               "apnoea hypopnoea index", "apnoea-hypoapnoea index", "apnea-hypoapnea index",
               "AHI score", "Apnea-Hypopnea Index (AHI)"},
              {}, D::frequency, "/h")
          .units({"/h"})
          .plausible(0.0, 200.0)
          .thresholds(1.0, 100.0),
      measure("oxygen_desaturation_index", "oxygen desaturation index (events per hour of sleep)",
              {"oxygen desaturation index", "O2 desaturation index", "ODI4", "4% ODI", "3% ODI",
               "oxygen desaturation index (ODI)"},
              {}, D::frequency, "/h")
          .units({"/h"})
          .plausible(0.0, 200.0)
          .thresholds(1.0, 100.0),
      measure("apnea_index", "apnea index (apneas per hour of sleep)",
              {"apnea index", "apnoea index", "central apnea index"}, {}, D::frequency, "/h")
          .units({"/h"})
          .plausible(0.0, 200.0)
          .thresholds(1.0, 100.0),
      measure("hit6", "Headache Impact Test-6 (36-78)",
              {"HIT-6", "HIT6", "HIT-6 score", "HIT-6 total score", "Headache Impact Test",
               "Headache Impact Test-6", "HIT-6™", "HIT-6™ score"},
              {}, D::count, "")
          .whole()
          .plausible(36.0, 78.0)
          .thresholds(36.0, 78.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
