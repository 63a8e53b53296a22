// The built-in measures of liver, pancreas and serum proteins, iron and vitamins. Rows
// use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources. "TP"
// (total protein) and "Fe" are left out: short words that mean other things.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_liver_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- liver, pancreas, proteins
      measure("ggt", "gamma-glutamyl transferase",
              {"GGT", "gamma GT", "gamma-GT", "GGTP", "gamma-glutamyl transpeptidase",
               "gamma glutamyl transferase", "γ-GT", "γGT", "gamma-glutamyltransferase"},
              {"2324-2"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .plausible(0.0, 50000.0)
          .thresholds(5.0, 3000.0),
      measure("indirect_bilirubin", "indirect bilirubin",
              {"unconjugated bilirubin", "indirect serum bilirubin"}, {"1971-1"},
              D::mass_concentration, "mg/dL")
          .molar(kBilirubin)
          .units({"mg/dL", "umol/L"})
          .plausible(0.0, 100.0)
          .thresholds(0.1, 30.0),
      measure("total_protein", "serum total protein",
              {"total protein", "serum protein", "total serum protein", "plasma total protein"},
              {"2885-2"}, D::mass_concentration, "g/dL")
          .units({"g/dL", "g/L"})
          .plausible(0.0, 20.0)
          .thresholds(2.0, 15.0),
      measure("globulin", "serum globulin", {"globulins", "total globulin"}, {"10834-0"},
              D::mass_concentration, "g/dL")
          .units({"g/dL", "g/L"})
          .plausible(0.0, 20.0)
          .thresholds(0.5, 15.0),
      measure("prealbumin", "prealbumin", {"transthyretin", "serum prealbumin"}, {"14338-8"},
              D::mass_concentration, "mg/dL")
          .units({"mg/dL", "mg/L", "g/L"})
          .plausible(0.0, 100.0)
          .thresholds(1.0, 60.0),
      measure("lipase", "serum lipase", {"lipase", "pancreatic lipase", "lipase level"}, {"3040-3"},
              D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .plausible(0.0, 1e5)
          .thresholds(5.0, 5000.0),
      measure("amylase", "serum amylase", {"amylase", "pancreatic amylase", "amylase level"},
              {"1798-8"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .plausible(0.0, 1e5)
          .thresholds(5.0, 5000.0),
      // ---- iron and vitamins
      measure("ferritin", "serum ferritin", {"ferritin", "plasma ferritin", "ferritin level"},
              {"2276-4"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(5.0, 100000.0),
      measure("serum_iron", "serum iron", {"plasma iron", "iron level", "serum Fe"}, {"2498-4"},
              D::mass_concentration, "ug/dL")
          .molar(55.845)
          .units({"ug/dL", "umol/L"})
          .plausible(0.0, 2000.0)
          .thresholds(5.0, 500.0),
      measure("tibc", "total iron-binding capacity",
              {"TIBC", "total iron binding capacity", "iron binding capacity"}, {"2500-7"},
              D::mass_concentration, "ug/dL")
          .molar(55.845)
          .units({"ug/dL", "umol/L"})
          .plausible(0.0, 2000.0)
          .thresholds(50.0, 1000.0),
      measure("transferrin_saturation", "transferrin saturation",
              {"TSAT", "TfSat", "iron saturation", "transferrin saturation (TSAT)",
               "percent transferrin saturation", "TF saturation"},
              {"2502-3"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 100.0),
      measure("transferrin", "serum transferrin", {"transferrin", "plasma transferrin"}, {"3034-6"},
              D::mass_concentration, "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 2000.0)
          .thresholds(50.0, 800.0),
      measure("vitamin_b12", "vitamin B12",
              {"B12", "cobalamin", "serum vitamin B12", "serum B12", "vitamin B-12",
               "cyanocobalamin level"},
              {"2132-9"}, D::mass_concentration, "pg/mL")
          .molar(1355.37)
          .units({"pg/mL", "pmol/L"})
          .plausible(0.0, 1e5)
          .thresholds(50.0, 5000.0),
      measure("folate", "serum folate",
              {"folate", "folic acid level", "serum folic acid", "plasma folate"}, {"2284-8"},
              D::mass_concentration, "ng/mL")
          .molar(441.4)
          .units({"ng/mL", "nmol/L"})
          .plausible(0.0, 1000.0)
          .thresholds(1.0, 100.0),
      measure("vitamin_d", "25-hydroxyvitamin D",
              {"vitamin D", "25(OH)D", "25-OH vitamin D", "25-hydroxy vitamin D", "25OHD",
               "serum 25-hydroxyvitamin D", "calcidiol", "25(OH) vitamin D", "vitamin D level",
               "25-hydroxyvitamin D3"},
              {"62292-8", "1989-3"}, D::mass_concentration, "ng/mL")
          .molar(400.64)
          .units({"ng/mL", "nmol/L"})
          .plausible(0.0, 1000.0)
          .thresholds(2.0, 200.0),
      measure("haptoglobin", "serum haptoglobin", {"haptoglobin", "plasma haptoglobin"}, {"4542-7"},
              D::mass_concentration, "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 1000.0)
          .thresholds(1.0, 500.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
