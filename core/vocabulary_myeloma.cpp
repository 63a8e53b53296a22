// The built-in measures of myeloma disease burden: M-protein, free light chains, plasma cells.
// Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_myeloma_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- myeloma disease burden
      measure("serum_m_protein", "serum M-protein",
              {"serum M protein", "M-protein", "M protein", "serum monoclonal protein",
               "monoclonal protein", "M-spike", "M spike", "SPEP M-spike", "serum M-spike",
               "serum paraprotein", "paraprotein", "M-component", "serum M-component"},
              {"33358-3"}, D::mass_concentration, "g/dL")
          .units({"g/dL", "g/L", "mg/dL"})
          .plausible(0.0, 20.0)
          .thresholds(0.05, 10.0),
      measure("urine_m_protein", "urine M-protein",
              {"urine monoclonal protein", "urine M protein", "urinary M-protein", "urine M-spike",
               "UPEP M-spike", "24-hour urine M-protein", "urinary monoclonal protein"},
              {"42482-0"}, D::mass_rate, "mg/24h")
          .units({"mg/24h", "g/24h"})
          .plausible(0.0, 1e5)
          .thresholds(10.0, 20000.0),
      measure("kappa_flc", "kappa free light chain",
              {"kappa FLC", "free kappa", "serum free kappa", "free kappa light chain",
               "kappa free light chains", "serum kappa free light chain"},
              {"36916-5"}, D::mass_concentration, "mg/L")
          .range(3.3, 19.4)
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 1e5)
          .thresholds(1.0, 10000.0),
      measure("lambda_flc", "lambda free light chain",
              {"lambda FLC", "free lambda", "serum free lambda", "free lambda light chain",
               "lambda free light chains", "serum lambda free light chain"},
              {"33944-0"}, D::mass_concentration, "mg/L")
          .range(5.7, 26.3)
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 1e5)
          .thresholds(1.0, 10000.0),
      measure("involved_flc", "involved free light chain",
              {"involved FLC", "iFLC", "involved serum free light chain", "involved light chain",
               "involved free light chains", "free light chain", "free light chains", "FLC", "sFLC",
               "serum FLC"},
              {}, D::mass_concentration, "mg/L")
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 1e5)
          .thresholds(1.0, 10000.0),
      measure("uninvolved_flc", "uninvolved free light chain",
              {"uninvolved FLC", "uFLC", "uninvolved serum free light chain",
               "uninvolved light chain", "uninvolved free light chains"},
              {}, D::mass_concentration, "mg/L")
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 1e5)
          .thresholds(1.0, 10000.0),
      measure("flc_ratio", "involved to uninvolved free light chain ratio",
              {"FLC ratio", "free light chain ratio", "involved:uninvolved FLC ratio",
               "involved/uninvolved FLC ratio", "serum free light chain ratio", "sFLC ratio",
               "involved:uninvolved free light chain ratio", "serum FLC ratio",
               "serum involved/uninvolved FLC ratio"},
              {}, D::count, "")
          .plausible(0.0, 1e6)
          .thresholds(0.01, 1000.0),
      measure("kappa_lambda_ratio", "kappa to lambda free light chain ratio",
              {"kappa/lambda ratio", "kappa:lambda ratio", "K/L ratio", "kappa/lambda FLC ratio",
               "kappa:lambda free light chain ratio", "free kappa/lambda ratio"},
              {"48378-4"}, D::count, "")
          .range(0.26, 1.65)
          .plausible(0.0, 1e6)
          .thresholds(0.001, 1000.0),
      measure("bmpc_percent", "clonal bone marrow plasma cells",
              {"bone marrow plasma cells", "BMPC", "bone marrow plasmacytosis", "clonal BMPC",
               "bone marrow plasma cell percentage", "plasma cells in bone marrow",
               "marrow plasma cells", "clonal plasma cells", "bone marrow plasma cell infiltration",
               "BMPCs", "clonal BMPCs"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 100.0),
      measure("aberrant_pc_percent", "aberrant plasma cells by flow cytometry",
              {"aberrant plasma cells", "aberrant PC", "PETHEMA aberrant plasma cells",
               "aberrant plasma cells by flow", "aberrant BMPC",
               "phenotypically aberrant plasma cells", "aPC"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.001, 100.0),
      measure("igg", "immunoglobulin G", {"IgG", "serum IgG"}, {"2465-3"}, D::mass_concentration,
              "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 30000.0)
          .thresholds(5.0, 10000.0),
      measure("iga", "immunoglobulin A", {"IgA", "serum IgA"}, {"2458-8"}, D::mass_concentration,
              "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 30000.0)
          .thresholds(5.0, 10000.0),
      measure("igm", "immunoglobulin M", {"IgM", "serum IgM"}, {"2472-9"}, D::mass_concentration,
              "mg/dL")
          .units({"mg/dL", "g/L"})
          .plausible(0.0, 30000.0)
          .thresholds(5.0, 10000.0),
      measure("beta2_microglobulin", "beta-2 microglobulin",
              {"beta2-microglobulin", "beta 2 microglobulin", "B2M", "serum beta-2 microglobulin",
               "β2-microglobulin", "β2M", "beta-2-microglobulin"},
              {"1952-1"}, D::mass_concentration, "mg/L")
          .units({"mg/L", "mg/dL"})
          .plausible(0.0, 500.0)
          .thresholds(0.5, 50.0),
      measure(
          "bone_lytic_lesions", "osteolytic bone lesions",
          {"lytic lesions", "lytic bone lesions", "osteolytic lesions", "number of lytic lesions",
           "osteolytic bone lesion", "lytic lesion", "bone lytic lesion", "bone lytic lesions"},
          {}, D::count, "")
          .whole()
          .plausible(0.0, 1000.0)
          .thresholds(0.0, 100.0),
      measure("focal_lesions", "focal lesions on MRI",
              {"focal lesions", "focal lesion", "MRI focal lesions", "focal bone marrow lesions",
               "focal lesions on magnetic resonance imaging", "bone focal lesion",
               "bone focal lesions"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 1000.0)
          .thresholds(0.0, 100.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
