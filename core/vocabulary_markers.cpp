// The built-in measures of tumour markers. Rows use the builder of vocabulary_rows.hpp;
// docs/vocabulary.md lists the sources. A bare "CA" and a bare "hCG" are left out ("CA"
// is calcium and carcinoma; "hCG" is read in pregnancy tests, which are events).
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_marker_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("psa", "prostate-specific antigen",
              {"PSA", "prostate specific antigen", "serum PSA", "total PSA", "PSA level",
               "prostate-specific antigen (PSA)"},
              {"2857-1"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e5)
          .thresholds(0.01, 10000.0),
      measure("free_psa", "free prostate-specific antigen",
              {"free PSA", "fPSA", "free prostate specific antigen"}, {"10886-0"},
              D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e4)
          .thresholds(0.01, 1000.0),
      measure("cea", "carcinoembryonic antigen",
              {"CEA", "carcino-embryonic antigen", "serum CEA", "CEA level"}, {"2039-6"},
              D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(0.5, 10000.0),
      measure("ca125", "cancer antigen 125",
              {"CA-125", "CA 125", "CA125", "cancer antigen-125", "serum CA-125",
               "carbohydrate antigen 125"},
              {"10334-1"}, D::arbitrary_concentration, "U/mL")
          .units({"U/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
      measure(
          "ca19_9", "cancer antigen 19-9",
          {"CA 19-9", "CA19-9", "CA-19-9", "CA199", "carbohydrate antigen 19-9", "serum CA 19-9"},
          {"24108-3"}, D::arbitrary_concentration, "U/mL")
          .units({"U/mL"})
          .plausible(0.0, 1e7)
          .thresholds(1.0, 1e6),
      measure("ca15_3", "cancer antigen 15-3",
              {"CA 15-3", "CA15-3", "CA-15-3", "carbohydrate antigen 15-3"}, {"6875-9"},
              D::arbitrary_concentration, "U/mL")
          .units({"U/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
      measure("afp", "alpha-fetoprotein",
              {"AFP", "alpha fetoprotein", "α-fetoprotein", "serum AFP", "alpha-1-fetoprotein",
               "alphafetoprotein"},
              {"1834-1"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e7)
          .thresholds(1.0, 1e6),
      measure("beta_hcg", "beta human chorionic gonadotropin",
              {"beta-hCG", "β-hCG", "beta hCG", "b-hCG", "bhCG", "serum beta-hCG",
               "beta-human chorionic gonadotropin", "β-human chorionic gonadotropin"},
              {"21198-7"}, D::arbitrary_concentration, "mIU/mL")
          .units({"mIU/mL", "IU/mL"})
          .plausible(0.0, 1e7)
          .thresholds(1.0, 1e6),
      measure("chromogranin_a", "chromogranin A",
              {"CgA", "chromogranin-A", "serum chromogranin A", "plasma chromogranin A"},
              {"9811-1"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
