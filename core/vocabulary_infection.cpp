// The built-in measures of inflammation, immunity and viral load. Rows use the builder of
// vocabulary_rows.hpp; docs/vocabulary.md lists the sources. "PCT" is left out (it is
// also "percent"), and so is a bare "VL". Viral loads are counts in their own unit:
// HIV RNA in copies/mL, HBV DNA and HCV RNA in IU/mL; a log10 value is not read.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_infection_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- inflammation
      measure("crp", "C-reactive protein",
              {"CRP", "C reactive protein", "serum CRP", "C-reactive protein (CRP)", "CRP level"},
              {"1988-5"}, D::mass_concentration, "mg/L")
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 1000.0)
          .thresholds(0.1, 500.0),
      measure("hs_crp", "high-sensitivity C-reactive protein",
              {"hs-CRP", "hsCRP", "hs CRP", "high sensitivity C-reactive protein",
               "high-sensitivity CRP", "high sensitivity CRP"},
              {"30522-7"}, D::mass_concentration, "mg/L")
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 1000.0)
          .thresholds(0.1, 100.0),
      measure("esr", "erythrocyte sedimentation rate",
              {"ESR", "sedimentation rate", "sed rate", "Westergren ESR",
               "erythrocyte sedimentation rate (ESR)"},
              {"30341-2", "4537-7"}, D::velocity, "mm/h")
          .units({"mm/h"})
          .plausible(0.0, 200.0)
          .thresholds(1.0, 150.0),
      measure("procalcitonin", "procalcitonin",
              {"serum procalcitonin", "procalcitonin level", "PCT level"}, {"33959-8"},
              D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 10000.0)
          .thresholds(0.01, 1000.0),
      measure("il6", "interleukin-6", {"IL-6", "IL6", "interleukin 6", "serum IL-6"}, {"26881-3"},
              D::mass_concentration, "pg/mL")
          .units({"pg/mL"})
          .plausible(0.0, 1e6)
          .thresholds(0.5, 100000.0),
      measure("ige", "total immunoglobulin E",
              {"IgE", "total IgE", "serum IgE", "serum total IgE", "immunoglobulin E"}, {"19113-0"},
              D::arbitrary_concentration, "IU/mL")
          .units({"IU/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
      // ---- lymphocyte subsets
      measure(
          "cd4_count", "CD4+ T-cell count",
          {"CD4", "CD4 count", "CD4+ count", "CD4+ T cell count", "CD4 cell count", "CD4+ T-cells",
           "CD4+ cell count", "CD4 T-cell count", "absolute CD4 count", "CD4+ lymphocyte count",
           "CD4 lymphocyte count", "CD4+", "CD4 cells", "CD4+ T lymphocytes"},
          {"24467-3"}, D::number_concentration, "/uL")
          .units({"/uL", "10^9/L"})
          .plausible(0.0, 10000.0)
          .thresholds(10.0, 2000.0),
      measure("cd4_percent", "CD4+ T cells as a percentage of lymphocytes",
              {"CD4%", "CD4 percentage", "CD4 percent", "CD4+ percentage", "percent CD4", "CD4+ %"},
              {"8123-2"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 80.0),
      measure("cd4_cd8_ratio", "CD4/CD8 ratio",
              {"CD4:CD8 ratio", "CD4/CD8", "CD4 to CD8 ratio", "CD4+/CD8+ ratio"}, {}, D::count, "")
          .plausible(0.0, 100.0)
          .thresholds(0.05, 10.0),
      // ---- viral loads and antibody titres
      measure("hiv_viral_load", "HIV-1 RNA viral load",
              {"HIV RNA", "HIV-1 RNA", "HIV viral load", "HIV-1 viral load", "plasma HIV-1 RNA",
               "plasma HIV RNA", "HIV VL", "HIV-1 RNA level", "HIV RNA level"},
              {"20447-9", "25836-8"}, D::number_concentration, "/mL")
          .units({"/mL"})
          .plausible(0.0, 1e9)
          .thresholds(1.0, 1e7),
      measure("hbv_dna", "hepatitis B virus DNA",
              {"HBV DNA", "HBV-DNA", "HBV viral load", "hepatitis B viral load", "serum HBV DNA",
               "HBV DNA level"},
              {"11258-1"}, D::arbitrary_concentration, "IU/mL")
          .units({"IU/mL"})
          .plausible(0.0, 1e12)
          .thresholds(1.0, 1e10),
      measure("hcv_rna", "hepatitis C virus RNA",
              {"HCV RNA", "HCV-RNA", "HCV viral load", "hepatitis C viral load", "serum HCV RNA",
               "HCV RNA level"},
              {"11011-4"}, D::arbitrary_concentration, "IU/mL")
          .units({"IU/mL"})
          .plausible(0.0, 1e12)
          .thresholds(1.0, 1e10),
      measure("anti_hbs", "hepatitis B surface antibody titre",
              {"anti-HBs", "anti-HBs titer", "anti-HBs titre", "HBsAb titer", "HBsAb titre",
               "anti-HBs level", "anti-HBs concentration"},
              {"16935-9"}, D::arbitrary_concentration, "mIU/mL")
          .units({"mIU/mL", "IU/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 10000.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
