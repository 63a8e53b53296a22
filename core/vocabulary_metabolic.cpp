// The built-in measures of glucose metabolism and lipids. Rows use the builder of
// vocabulary_rows.hpp; docs/vocabulary.md lists the sources. "TG" and "TC" are left out
// (thyroglobulin, total cholesterol or tumour cells): triglycerides and cholesterol are
// found by their words.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_metabolic_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- glucose metabolism
      measure(
          "fasting_glucose", "fasting plasma glucose",
          {"FPG", "fasting glucose", "fasting blood glucose", "FBG", "fasting blood sugar", "FBS",
           "fasting serum glucose", "fasting glucose level", "fasting plasma glucose (FPG)"},
          {"1558-6", "14771-0"}, D::mass_concentration, "mg/dL")
          .molar(kGlucose)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 5000.0)
          .thresholds(40.0, 500.0),
      measure("ogtt_glucose_2h", "2-hour plasma glucose in a 75 g oral glucose tolerance test",
              {"2-hour plasma glucose", "2-h plasma glucose", "2-hour glucose", "2h glucose",
               "2-hour OGTT glucose", "2-h OGTT", "2hPG", "2-hour post-load glucose",
               "OGTT 2-hour glucose", "2-h PG"},
              {"1518-0", "20436-2"}, D::mass_concentration, "mg/dL")
          .molar(kGlucose)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 5000.0)
          .thresholds(40.0, 600.0),
      measure("serum_insulin", "serum insulin",
              {"fasting insulin", "plasma insulin", "insulin level", "serum insulin level"},
              {"20448-7"}, D::arbitrary_concentration, "uIU/mL")
          .units({"uIU/mL"})
          .plausible(0.0, 10000.0)
          .thresholds(0.5, 500.0),
      measure("c_peptide", "C-peptide",
              {"C peptide", "serum C-peptide", "fasting C-peptide", "stimulated C-peptide",
               "connecting peptide"},
              {"1986-9"}, D::mass_concentration, "ng/mL")
          .molar(3020.3)
          .units({"ng/mL", "nmol/L", "pmol/L"})
          .plausible(0.0, 100.0)
          .thresholds(0.01, 20.0),
      // ---- lipids
      measure("total_cholesterol", "total cholesterol",
              {"cholesterol", "serum cholesterol", "total serum cholesterol",
               "serum total cholesterol", "plasma cholesterol"},
              {"2093-3", "14647-2"}, D::mass_concentration, "mg/dL")
          .molar(kCholesterol)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 3000.0)
          .thresholds(50.0, 1000.0),
      measure("ldl_cholesterol", "LDL cholesterol",
              {"LDL", "LDL-C", "LDL-c", "low-density lipoprotein cholesterol",
               "low density lipoprotein cholesterol", "LDL cholesterol level",
               "low-density lipoprotein", "fasting LDL-C", "LDL-cholesterol"},
              {"18262-6", "13457-7", "22748-8"}, D::mass_concentration, "mg/dL")
          .molar(kCholesterol)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 2000.0)
          .thresholds(10.0, 1000.0),
      measure(
          "hdl_cholesterol", "HDL cholesterol",
          {"HDL", "HDL-C", "HDL-c", "high-density lipoprotein cholesterol",
           "high density lipoprotein cholesterol", "high-density lipoprotein", "HDL-cholesterol"},
          {"2085-9", "14646-4"}, D::mass_concentration, "mg/dL")
          .molar(kCholesterol)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 500.0)
          .thresholds(10.0, 150.0),
      measure("non_hdl_cholesterol", "non-HDL cholesterol",
              {"non-HDL-C", "non-HDL", "non-high-density lipoprotein cholesterol",
               "non-HDL-cholesterol"},
              {"43396-1"}, D::mass_concentration, "mg/dL")
          .molar(kCholesterol)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 3000.0)
          .thresholds(30.0, 1000.0),
      measure("triglycerides", "triglycerides",
              {"triglyceride", "serum triglycerides", "fasting triglycerides", "TGs",
               "triacylglycerol", "plasma triglycerides", "triglyceride level"},
              {"2571-8", "14927-8"}, D::mass_concentration, "mg/dL")
          .molar(kTriglyceride)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 20000.0)
          .thresholds(20.0, 10000.0),
      measure("lipoprotein_a", "lipoprotein(a)",
              {"Lp(a)", "lipoprotein a", "Lp a", "lipoprotein (a)", "LPA"}, {"10835-7"},
              D::mass_concentration, "mg/dL")
          .units({"mg/dL", "mg/L", "g/L"})
          .plausible(0.0, 1000.0)
          .thresholds(5.0, 500.0),
      measure("apolipoprotein_b", "apolipoprotein B",
              {"apoB", "apo B", "ApoB-100", "apolipoprotein B-100", "apolipoprotein B100"},
              {"1884-6"}, D::mass_concentration, "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 1000.0)
          .thresholds(10.0, 400.0),
      measure("homocysteine", "plasma homocysteine",
              {"total homocysteine", "tHcy", "Hcy", "serum homocysteine"}, {"13965-9"},
              D::molar_concentration, "umol/L")
          .molar(135.18)
          .units({"umol/L", "mg/L"})
          .plausible(0.0, 500.0)
          .thresholds(2.0, 200.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
