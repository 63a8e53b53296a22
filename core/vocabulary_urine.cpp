// The built-in measures of the urine. Rows use the builder of vocabulary_rows.hpp;
// docs/vocabulary.md lists the sources. Creatinine ratios are in mg/g (mg/mmol converts
// through creatinine's molar mass, docs/units.md). "PCR" and "ACR" are left out
// (polymerase chain reaction; American College of Rheumatology). The dipstick is an
// ordinal scale read as a whole number: negative 0, trace 1, 1+ 2, 2+ 3, 3+ 4, 4+ 5.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_urine_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("upcr", "urine protein to creatinine ratio",
              {"UPCR", "UPC", "UPC ratio", "urine protein/creatinine ratio",
               "urine protein:creatinine ratio", "urinary protein to creatinine ratio",
               "urine protein-to-creatinine ratio", "urinary protein/creatinine ratio",
               "protein/creatinine ratio", "protein:creatinine ratio",
               "spot urine protein/creatinine ratio"},
              {"2890-2"}, D::creatinine_ratio, "mg/g")
          .units({"mg/g", "g/g", "mg/mmol"})
          .plausible(0.0, 100000.0)
          .thresholds(10.0, 20000.0),
      measure("uacr", "urine albumin to creatinine ratio",
              {"UACR", "uACR", "urine albumin/creatinine ratio", "urine albumin:creatinine ratio",
               "urinary albumin to creatinine ratio", "urine albumin-to-creatinine ratio",
               "urinary albumin/creatinine ratio", "albumin/creatinine ratio",
               "albumin:creatinine ratio", "albumin-to-creatinine ratio",
               "microalbumin/creatinine ratio", "UACR (urine albumin-to-creatinine ratio)"},
              {"9318-7", "14959-1"}, D::creatinine_ratio, "mg/g")
          .units({"mg/g", "mg/mmol", "g/g"})
          .plausible(0.0, 100000.0)
          .thresholds(1.0, 10000.0),
      measure(
          "urine_protein_24h", "24-hour urine protein",
          {"24-hour urine protein", "24 hour urine protein", "24-h urine protein", "proteinuria",
           "24-hour proteinuria", "urine protein excretion", "24-hour urinary protein",
           "24-hour urine protein excretion", "urinary protein excretion", "total urine protein",
           "urine protein", "urinary protein"},
          {"2889-4"}, D::mass_rate, "mg/24h")
          .units({"mg/24h", "g/24h"})
          .plausible(0.0, 100000.0)
          .thresholds(10.0, 30000.0),
      measure("urine_albumin_24h", "24-hour urine albumin",
              {
                  "24-hour urine albumin",
                  "urine albumin excretion",
                  "albuminuria",
                  "24-hour albuminuria",
                  "urinary albumin excretion",
                  "urinary albumin excretion rate",
              },
              {}, D::mass_rate, "mg/24h")
          .units({"mg/24h", "g/24h"})
          .plausible(0.0, 100000.0)
          .thresholds(1.0, 20000.0),
      measure("urine_dipstick_protein",
              "urine protein by dipstick (0 negative, 1 trace, 2-5 1+ to 4+)",
              {"dipstick protein", "urine dipstick protein", "protein on dipstick",
               "dipstick proteinuria", "urine dipstick", "proteinuria by dipstick",
               "urinalysis protein", "protein on urinalysis"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 5.0)
          .thresholds(0.0, 5.0),
      measure("urine_sodium", "urine sodium",
              {"urinary sodium", "spot urine sodium", "urine Na", "UNa"}, {"2955-3"},
              D::molar_concentration, "mmol/L")
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .plausible(0.0, 500.0)
          .thresholds(1.0, 300.0),
      measure("urine_osmolality", "urine osmolality",
              {"urinary osmolality", "urine osmolarity", "Uosm"}, {"2695-5"}, D::osmolality,
              "mOsm/kg")
          .units({"mOsm/kg"})
          .plausible(0.0, 2000.0)
          .thresholds(50.0, 1400.0),
      measure("urine_specific_gravity", "urine specific gravity",
              {"specific gravity", "urine SG", "urinary specific gravity"}, {"2965-2", "5811-5"},
              D::count, "")
          .plausible(0.9, 1.1)
          .thresholds(1.0, 1.05),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
