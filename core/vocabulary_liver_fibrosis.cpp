// The built-in measures of liver fibrosis and alcohol use that hepatology criteria put
// thresholds on (MASH/NASH, ACLF trials): elastography, serum fibrosis panels, the
// biopsy activity score and the blood marker of drinking. Rows use the builder of
// vocabulary_rows.hpp; docs/vocabulary.md lists the sources. Liver stiffness is two
// items: VCTE (FibroScan) and MR elastography read on different scales, so a bare
// "liver stiffness" names neither. "MAST" is left out (the MRI-AST score, but also the
// Michigan Alcoholism Screening Test), and so is a bare "FAST" (a word, and the stroke
// scale).
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_liver_fibrosis_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("liver_stiffness_vcte",
              "liver stiffness by vibration-controlled transient elastography",
              {"VCTE", "VCTE measured liver stiffness", "liver stiffness by VCTE",
               "VCTE liver stiffness", "FibroScan", "FibroScan liver stiffness",
               "liver stiffness measurement by VCTE", "LSM by VCTE", "VCTE LSM",
               "vibration-controlled transient elastography", "transient elastography",
               "liver stiffness by transient elastography", "liver stiffness by FibroScan"},
              {}, D::pressure, "kPa")
          .units({"kPa"})
          .plausible(0.0, 100.0)
          .thresholds(2.0, 75.0),
      measure("liver_stiffness_mre", "liver stiffness by magnetic resonance elastography",
              {"MRE", "MRE measured liver stiffness", "liver stiffness by MRE",
               "MRE liver stiffness", "magnetic resonance elastography", "MR elastography",
               "liver stiffness by magnetic resonance elastography"},
              {}, D::pressure, "kPa")
          .units({"kPa"})
          .plausible(0.0, 30.0)
          .thresholds(0.5, 20.0),
      measure("elf_score", "Enhanced Liver Fibrosis (ELF) score",
              {"ELF", "ELF score", "ELF test", "Enhanced Liver Fibrosis score",
               "Enhanced Liver Fibrosis test", "ELF test score", "Enhanced Liver Fibrosis"},
              {}, D::count, "")
          .plausible(0.0, 20.0)
          .thresholds(5.0, 15.0),
      measure("fast_score", "FibroScan-AST (FAST) score (0-1)",
              {"FAST score", "FibroScan-AST score", "FibroScan-AST (FAST) score"}, {}, D::count, "")
          .plausible(0.0, 1.0)
          .thresholds(0.0, 1.0),
      measure("nafld_activity_score", "NAFLD activity score on liver biopsy (0-8)",
              {"NAS", "NAFLD activity score", "NAFLD Activity Score (NAS)", "MASLD activity score",
               "NAS score", "NASH CRN NAFLD activity score"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 8.0)
          .thresholds(0.0, 8.0),
      measure("peth", "phosphatidylethanol (PEth 16:0/18:1) in blood",
              {"PEth", "PETH", "phosphatidylethanol", "blood PEth", "PEth level",
               "phosphatidylethanol (PEth)", "POPEth"},
              {}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 10000.0)
          .thresholds(1.0, 1000.0),
      measure("aclf_grade", "EASL-CLIF ACLF grade (0-3)",
              {"ACLF grade", "ACLF grading", "grade of ACLF", "EASL-CLIF ACLF grade"}, {}, D::count,
              "")
          .whole()
          .plausible(0.0, 3.0)
          .thresholds(0.0, 3.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
