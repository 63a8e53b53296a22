// The built-in measures of blood counts and coagulation.
// Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_blood_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- blood counts
      measure("anc", "absolute neutrophil count",
              {"ANC", "neutrophil count", "neutrophils", "absolute neutrophils",
               "absolute neutrophil count (ANC)", "neutrophil", "granulocytes", "granulocyte count",
               "absolute granulocyte count", "AGC"},
              {"751-8", "26499-4"}, D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .range(2.0, 7.0)
          .plausible(0.0, 1000.0)
          .thresholds(0.1, 20.0),
      measure("wbc", "white blood cell count",
              {"WBC", "white blood cells", "white cell count", "leukocytes", "leukocyte count",
               "WCC", "white blood cell"},
              {"6690-2"}, D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .range(4.0, 10.0)
          .plausible(0.0, 1000.0)
          .thresholds(0.5, 100.0),
      measure("platelets", "platelet count",
              {"platelet", "PLT", "platelet count (PLT)", "thrombocytes", "thrombocyte count"},
              {"777-3", "26515-7"}, D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .range(130.0, 400.0)
          .plausible(0.0, 5000.0)
          .thresholds(5.0, 1000.0),
      measure("hemoglobin", "hemoglobin", {"Hb", "Hgb", "haemoglobin", "hemoglobin level"},
              {"718-7", "59260-0"}, D::mass_concentration, "g/dL")
          .molar(kHemoglobin)
          .units({"g/dL", "g/L"})
          .plausible(0.0, 30.0)
          .thresholds(4.0, 20.0),
      // ---- coagulation
      measure("inr", "international normalized ratio",
              {"INR", "PT/INR", "prothrombin time INR", "international normalised ratio",
               "international standardized ratio", "international standardised ratio",
               "international normalized ratio of prothrombin time",
               "international standardized ratio of prothrombin time", "INR of prothrombin time",
               "prothrombin time international normalized ratio"},
              {"6301-6", "34714-6"}, D::count, "")
          .range(0.9, 1.2)
          .plausible(0.0, 50.0)
          .thresholds(0.5, 10.0),
      measure("aptt", "activated partial thromboplastin time",
              {"aPTT", "PTT", "partial thromboplastin time", "activated PTT"}, {"3173-2"}, D::time,
              "s")
          .units({"s"})
          .range(28.0, 38.0)
          .plausible(0.0, 1000.0)
          .thresholds(10.0, 200.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
