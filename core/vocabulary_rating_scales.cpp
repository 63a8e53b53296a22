// The built-in rating scales of registry criteria outside psychiatry and neurology's
// core set: skin, stool, hearing, physical performance, geriatric mood,
// fibromyalgia, post-traumatic stress; and the lesion counts of hidradenitis
// suppurativa and the dental plaque score. Each has its scale in its name. Rows use the
// builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources. Bare "GDS"
// (Geriatric Depression Scale or Global Deterioration Scale), "PCL" (PCL-5 or PCL-C),
// "PSS" (Perceived Stress Scale or PTSD Symptom Scale) and "THI" are left out. RASS
// (-5 to +4) waits for the prose grammar to read signed values: "RASS of 0 to -5" read
// as "= 0".
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_rating_scale_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("mrss", "modified Rodnan skin score (0-51)",
              {"mRSS", "modified Rodnan skin score", "modified Rodnan total skin score",
               "mRSS score", "Rodnan skin score", "mRTSS"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 51.0)
          .thresholds(0.0, 51.0),
      measure("viga_ad", "validated Investigator Global Assessment for atopic dermatitis (0-4)",
              {"vIGA-AD", "vIGA-AD score", "vIGA", "validated Investigator Global Assessment",
               "validated Investigator Global Assessment for Atopic Dermatitis"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 4.0)
          .thresholds(0.0, 4.0),
      measure("bristol_stool_form", "Bristol Stool Form Scale type (1-7)",
              {"Bristol Stool Form Scale", "Bristol Stool Scale", "BSFS", "Bristol Stool Form",
               "Bristol stool type", "Bristol Stool Form Scale score"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 7.0)
          .thresholds(1.0, 7.0),
      measure("tinnitus_handicap_inventory", "Tinnitus Handicap Inventory (0-100)",
              {
                  "Tinnitus Handicap Inventory",
                  "Tinnitus Handicap Inventory score",
              },
              {}, D::count, "")
          .whole()
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("sppb", "Short Physical Performance Battery (0-12)",
              {"SPPB", "Short Physical Performance Battery", "SPPB score",
               "Short Physical Performance Battery score", "Short performance physical battery"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 12.0)
          .thresholds(0.0, 12.0),
      measure("geriatric_depression_scale",
              "Geriatric Depression Scale (form not stated: 0-30, short form 0-15)",
              {"Geriatric Depression Scale", "Geriatric Depression Scale score",
               "Yesavage Geriatric Depression Scale"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 30.0)
          .thresholds(0.0, 30.0),
      measure(
          "fiqr", "Revised Fibromyalgia Impact Questionnaire (0-100)",
          {"FIQR", "FIQR total score", "FIQR score", "Fibromyalgia Impact Questionnaire Revised",
           "Revised Fibromyalgia Impact Questionnaire", "FIQ-R"},
          {}, D::count, "")
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("pcl5", "PTSD Checklist for DSM-5 (0-80)",
              {"PCL-5", "PCL-5 score", "PCL-5 total score", "PTSD Checklist for DSM-5",
               "PTSD Checklist-5"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 80.0)
          .thresholds(0.0, 80.0),
      // ---- lesion counts and plaque: whole counts and a percentage of sites
      measure("hs_an_count", "hidradenitis suppurativa abscess and inflammatory nodule count",
              {"AN count", "total AN count", "abscess and inflammatory nodule count",
               "abscesses and inflammatory nodules count"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 500.0)
          .thresholds(0.0, 200.0),
      measure("hs_dt_count", "hidradenitis suppurativa draining tunnel count",
              {"dT count", "total dT count", "draining tunnel count", "draining tunnels count"}, {},
              D::count, "")
          .whole()
          .plausible(0.0, 200.0)
          .thresholds(0.0, 100.0),
      measure("fmps", "full-mouth plaque score (% of tooth sites)",
              {"FMPS", "full-mouth plaque score", "full mouth plaque score"}, {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 100.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
