// The built-in measures of clinical chemistry: liver, kidney, electrolytes.
// Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_chemistry_measures(std::vector<VocabularyEntry>& out) {
  const auto none = std::nullopt;
  VocabularyEntry rows[] = {
      // ---- liver
      measure("total_bilirubin", "total bilirubin",
              {"bilirubin", "serum bilirubin", "T bili", "T. bili", "TBIL", "total serum bilirubin",
               "serum total bilirubin", "TBL", "T-bil"},
              {"1975-2", "14631-6"}, D::mass_concentration, "mg/dL")
          .molar(kBilirubin)
          .units({"mg/dL", "umol/L"})
          .range(0.1, 1.2)
          .plausible(0.0, 100.0)
          .thresholds(0.1, 30.0),
      measure("direct_bilirubin", "direct bilirubin",
              {"conjugated bilirubin", "D bili", "DBIL", "direct serum bilirubin"},
              {"1968-7", "14629-0"}, D::mass_concentration, "mg/dL")
          .molar(kBilirubin)
          .units({"mg/dL", "umol/L"})
          .range(none, 0.3)
          .plausible(0.0, 100.0)
          .thresholds(0.1, 20.0),
      measure(
          "alt", "alanine aminotransferase",
          {"ALT", "alanine transaminase", "SGPT", "ALAT", "GPT", "serum alanine aminotransferase"},
          {"1742-6"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .range(7.0, 56.0)
          .plausible(0.0, 1e5)
          .thresholds(5.0, 2000.0),
      measure("ast", "aspartate aminotransferase",
              {"AST", "aspartate transaminase", "SGOT", "ASAT", "GOT",
               "serum aspartate aminotransferase"},
              {"1920-8"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .range(10.0, 40.0)
          .plausible(0.0, 1e5)
          .thresholds(5.0, 2000.0),
      measure("alkaline_phosphatase", "alkaline phosphatase", {"ALP", "alk phos", "alk. phos."},
              {"6768-6"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .range(44.0, 147.0)
          .plausible(0.0, 50000.0)
          .thresholds(20.0, 3000.0),
      measure("albumin", "serum albumin", {"serum_albumin", "alb", "plasma albumin"}, {"1751-7"},
              D::mass_concentration, "g/dL")
          .units({"g/dL", "g/L"})
          .range(3.5, 5.0)
          .plausible(0.0, 10.0)
          .thresholds(1.0, 6.0),
      measure("ldh", "lactate dehydrogenase",
              {"LDH", "lactic dehydrogenase", "LD", "serum LDH", "lactate dehydrogenase (LDH)"},
              {"2532-0", "14804-9"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .plausible(0.0, 1e5)
          .thresholds(50.0, 10000.0),
      // ---- kidney
      measure("creatinine", "serum creatinine",
              {"SCr", "creat", "plasma creatinine", "serum creatinine level", "Cr"},
              {"2160-0", "38483-4", "14682-9"}, D::mass_concentration, "mg/dL")
          .molar(kCreatinine)
          .units({"mg/dL", "umol/L"})
          .range(0.6, 1.3)
          .plausible(0.0, 40.0)
          .thresholds(0.2, 15.0),
      measure("creatinine_clearance", "creatinine clearance",
              {"CrCl", "calculated creatinine clearance", "estimated creatinine clearance",
               "measured creatinine clearance", "Cockcroft-Gault creatinine clearance",
               "creatinine clearance (Cockcroft-Gault)", "CLcr"},
              {"2164-2"}, D::volume_rate, "mL/min")
          .units({"mL/min"})
          .plausible(0.0, 1000.0)
          .thresholds(5.0, 200.0),
      measure("egfr", "estimated glomerular filtration rate",
              {"eGFR", "GFR", "glomerular filtration rate", "estimated GFR", "CKD-EPI eGFR",
               "MDRD eGFR"},
              {"33914-3", "62238-1", "98979-8", "48642-3", "48643-1", "50044-7", "69405-9",
               "70969-1", "76633-7", "77147-7", "88293-6", "88294-4", "98980-6"},
              D::normalized_volume_rate, "mL/min/1.73m2")
          .units({"mL/min/1.73m2"})
          .plausible(0.0, 500.0)
          .thresholds(5.0, 200.0),
      // ---- electrolytes and chemistry
      measure("calcium", "serum calcium",
              {"Ca", "total calcium", "serum total calcium", "calcium level"},
              {"17861-6", "49765-1", "2000-8"}, D::mass_concentration, "mg/dL")
          .molar(kCalcium)
          .valence(2)
          .units({"mg/dL", "mmol/L"})
          .range(8.5, 10.5)
          .plausible(0.0, 30.0)
          .thresholds(5.0, 20.0),
      measure("corrected_calcium", "corrected serum calcium",
              {"corrected calcium", "albumin-corrected calcium", "calcium corrected for albumin",
               "adjusted calcium", "corrected Ca", "corrected serum Ca"},
              {}, D::mass_concentration, "mg/dL")
          .molar(kCalcium)
          .valence(2)
          .units({"mg/dL", "mmol/L"})
          .range(8.5, 10.5)
          .plausible(0.0, 30.0)
          .thresholds(5.0, 20.0),
      measure("potassium", "serum potassium", {"K", "K+", "serum K"}, {"2823-3", "6298-4"},
              D::molar_concentration, "mmol/L")
          .molar(39.098)
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .range(3.5, 5.0)
          .plausible(0.0, 25.0)
          .thresholds(2.0, 8.0),
      measure("sodium", "serum sodium", {"Na", "Na+", "serum Na"}, {"2951-2", "2947-0"},
              D::molar_concentration, "mmol/L")
          .molar(22.99)
          .valence(1)
          .units({"mmol/L", "mEq/L"})
          .range(136.0, 145.0)
          .plausible(0.0, 300.0)
          .thresholds(110.0, 170.0),
      measure("magnesium", "serum magnesium", {"Mg", "serum Mg"}, {"19123-9", "2601-3"},
              D::mass_concentration, "mg/dL")
          .molar(kMagnesium)
          .valence(2)
          .units({"mg/dL", "mmol/L", "mEq/L"})
          .range(1.6, 2.6)
          .plausible(0.0, 30.0)
          .thresholds(0.5, 6.0),
      measure(
          "glucose", "blood glucose",
          {"serum glucose", "plasma glucose", "blood sugar", "random glucose",
           "random blood glucose", "random plasma glucose", "glucose level", "random blood sugar"},
          {"2345-7", "2339-0", "14749-6", "15074-8"}, D::mass_concentration, "mg/dL")
          .molar(kGlucose)
          .units({"mg/dL", "mmol/L"})
          .plausible(0.0, 5000.0)
          .thresholds(20.0, 1000.0),
      measure("hba1c", "hemoglobin A1c",
              {"HbA1c", "A1c", "glycated hemoglobin", "glycosylated hemoglobin", "HgbA1c",
               "haemoglobin A1c"},
              {"4548-4", "17856-6"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(4.0, 20.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
