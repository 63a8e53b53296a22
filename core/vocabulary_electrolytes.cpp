// The built-in measures of electrolytes, acid-base, nitrogen and small molecules of the
// blood. Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the
// sources. Monovalent ions take mEq/L through .valence(1); "Cl" is the only one- or
// two-letter abbreviation added ("UA", "AG", "TP" name other things too).
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_electrolyte_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("chloride", "serum chloride", {"Cl", "Cl-", "serum Cl", "plasma chloride"},
              {"2075-0", "2069-3"}, D::molar_concentration, "mmol/L")
          .molar(35.45)
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .plausible(0.0, 250.0)
          .thresholds(70.0, 140.0),
      measure("bicarbonate", "serum bicarbonate",
              {"HCO3", "HCO3-", "bicarb", "serum bicarb", "total CO2", "CO2", "serum CO2",
               "carbon dioxide", "total carbon dioxide", "plasma bicarbonate", "tCO2"},
              {"2028-9", "20565-8"}, D::molar_concentration, "mmol/L")
          .molar(61.02)
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .plausible(0.0, 100.0)
          .thresholds(5.0, 50.0),
      measure("phosphate", "serum phosphate",
              {"phosphorus", "serum phosphorus", "inorganic phosphate", "PO4", "phos",
               "serum phosphate level", "phosphate level"},
              {"2777-1", "14879-1"}, D::mass_concentration, "mg/dL")
          .molar(kPhosphorus)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 40.0)
          .thresholds(0.5, 15.0),
      measure("ionized_calcium", "ionized calcium",
              {"iCa", "ionised calcium", "free calcium", "Ca2+", "ionized Ca", "ionised Ca"},
              {"1994-3"}, D::molar_concentration, "mmol/L")
          .molar(kCalcium)
          .valence(2)
          .units({"mmol/L", "mg/dL", "mEq/L"})
          .plausible(0.0, 10.0)
          .thresholds(0.5, 3.0),
      measure("bun", "blood urea nitrogen",
              {
                  "BUN",
                  "urea nitrogen",
                  "serum urea nitrogen",
                  "blood urea nitrogen (BUN)",
              },
              {"3094-0", "6299-2"}, D::mass_concentration, "mg/dL")
          .molar(kUreaNitrogen)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 400.0)
          .thresholds(2.0, 200.0),
      measure("urea", "serum urea", {"blood urea", "plasma urea", "urea level"}, {"22664-7"},
              D::molar_concentration, "mmol/L")
          .molar(kUrea)
          .units({"mmol/L", "mg/dL"})
          .plausible(0.0, 150.0)
          .thresholds(1.0, 70.0),
      measure("uric_acid", "serum uric acid",
              {"urate", "serum urate", "plasma uric acid", "sUA", "uric acid level"},
              {"3084-1", "14933-6"}, D::mass_concentration, "mg/dL")
          .molar(168.11)
          .units({"mg/dL", "umol/L", "mmol/L"})
          .plausible(0.0, 50.0)
          .thresholds(1.0, 20.0),
      measure(
          "lactate", "blood lactate",
          {"lactic acid", "serum lactate", "plasma lactate", "arterial lactate", "venous lactate"},
          {"2524-7", "32693-4"}, D::molar_concentration, "mmol/L")
          .molar(89.07)
          .units({"mmol/L", "mg/dL"})
          .plausible(0.0, 50.0)
          .thresholds(0.5, 20.0),
      measure("ammonia", "plasma ammonia",
              {"NH3", "blood ammonia", "serum ammonia", "ammonia level"}, {"16362-6"},
              D::molar_concentration, "umol/L")
          .molar(17.031)
          .units({"umol/L", "ug/dL"})
          .plausible(0.0, 2000.0)
          .thresholds(5.0, 500.0),
      measure("serum_osmolality", "serum osmolality",
              {"plasma osmolality", "serum osmolarity", "plasma osmolarity", "osmolality"},
              {"2692-2"}, D::osmolality, "mOsm/kg")
          .units({"mOsm/kg"})
          .plausible(0.0, 600.0)
          .thresholds(200.0, 400.0),
      measure("anion_gap", "anion gap", {"serum anion gap", "plasma anion gap"}, {"33037-3"},
              D::molar_concentration, "mmol/L")
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .plausible(0.0, 80.0)
          .thresholds(2.0, 40.0),
      measure("cystatin_c", "serum cystatin C",
              {"cystatin C", "cystatin-C", "CysC", "plasma cystatin C"}, {"33863-2"},
              D::mass_concentration, "mg/L")
          .units({"mg/L"})
          .plausible(0.0, 20.0)
          .thresholds(0.2, 10.0),
      measure("sweat_chloride", "sweat chloride",
              {"sweat Cl", "sweat chloride concentration", "sweat test chloride"}, {"2077-6"},
              D::molar_concentration, "mmol/L")
          .molar(35.45)
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .plausible(0.0, 200.0)
          .thresholds(10.0, 160.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
