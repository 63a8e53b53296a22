// The built-in measures of coagulation beyond INR and aPTT (vocabulary_blood.cpp). Rows
// use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources. "PT" is
// kept (criteria write "PT ≤ 1.5 × ULN" often); "TT", "AT" and "DD" are left out.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_coagulation_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("pt", "prothrombin time",
              {"PT", "protime", "prothrombin time (PT)", "pro-thrombin time", "PT (seconds)"},
              {"5902-2", "5964-2"}, D::time, "s")
          .units({"s"})
          .plausible(0.0, 1000.0)
          .thresholds(5.0, 100.0),
      measure("fibrinogen", "plasma fibrinogen",
              {"fibrinogen", "fibrinogen level", "serum fibrinogen", "Clauss fibrinogen"},
              {"3255-7"}, D::mass_concentration, "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 3000.0)
          .thresholds(25.0, 1500.0),
      measure("d_dimer", "D-dimer",
              {"D dimer", "D-Dimer level", "plasma D-dimer", "fibrin D-dimer", "DDimer"},
              {"48065-7", "48066-5"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL", "mg/L"})
          .plausible(0.0, 1e6)
          .thresholds(10.0, 100000.0),
      measure("anti_xa", "anti-factor Xa activity",
              {"anti-Xa", "anti-Xa level", "anti-factor Xa", "antiXa", "anti-Xa activity",
               "heparin anti-Xa"},
              {}, D::arbitrary_concentration, "IU/mL")
          .units({"IU/mL"})
          .plausible(0.0, 10.0)
          .thresholds(0.05, 3.0),
      measure("thrombin_time", "thrombin time", {"thrombin clotting time", "TCT"}, {"3243-3"},
              D::time, "s")
          .units({"s"})
          .plausible(0.0, 1000.0)
          .thresholds(5.0, 200.0),
      measure("factor_viii", "factor VIII activity",
              {"FVIII", "factor VIII", "FVIII activity", "factor 8 activity", "factor VIII level",
               "FVIII:C", "factor VIII:C"},
              {"3209-4"}, D::fraction, "%")
          .plausible(0.0, 1000.0)
          .thresholds(0.5, 300.0),
      measure("antithrombin", "antithrombin activity",
              {"antithrombin III", "AT-III", "ATIII", "AT III", "antithrombin level",
               "antithrombin activity level"},
              {"27811-9"}, D::fraction, "%")
          .plausible(0.0, 300.0)
          .thresholds(10.0, 200.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
