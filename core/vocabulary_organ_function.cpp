// The built-in organ-function measures of registry criteria that no lab panel holds:
// echocardiographic shortening fraction, bronchial provocation, urine output and
// post-void residual, intraocular pressure. Rows use the builder of vocabulary_rows.hpp;
// docs/vocabulary.md lists the sources. Bare "SF" and "FS" (SF-36, frozen section), "PVR"
// (pulmonary vascular resistance) and "CST" (cosyntropin stimulation test) are left out.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_organ_function_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("lv_shortening_fraction", "left ventricular shortening fraction (echocardiography)",
              {"shortening fraction", "fractional shortening", "LV shortening fraction",
               "LV fractional shortening", "left ventricular shortening fraction",
               "left ventricular fractional shortening", "left ventricle shortening fraction",
               "LVSF", "LVFS", "LV SF", "LV FS", "cardiac shortening fraction"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(5.0, 60.0),
      measure("methacholine_pc20", "methacholine provocative concentration causing a 20% FEV1 fall",
              {"PC20", "methacholine PC20", "PC20 methacholine", "methacholine PC 20",
               "provocative concentration of methacholine"},
              {}, D::mass_concentration, "g/L")
          .units({"g/L"})
          .plausible(0.0, 256.0)
          .thresholds(0.01, 64.0),
      measure("urine_output", "urine output per kilogram of body weight per hour",
              {"urine output", "urine volume", "urinary output", "hourly urine output"}, {},
              D::volume_rate_per_kg, "mL/kg/h")
          .units({"mL/kg/h"})
          .plausible(0.0, 50.0)
          .thresholds(0.05, 10.0),
      measure("post_void_residual", "post-void residual urine volume",
              {"post-void residual", "post void residual", "postvoid residual",
               "post-void residual volume", "post-void residual urine volume", "PVR volume",
               "post-void residual urine"},
              {}, D::volume, "mL")
          .units({"mL"})
          .plausible(0.0, 5000.0)
          .thresholds(10.0, 1000.0),
      measure(
          "intraocular_pressure", "intraocular pressure",
          {"IOP", "intraocular pressure", "intra-ocular pressure", "intraocular pressure (IOP)"},
          {}, D::pressure, "mmHg")
          .units({"mmHg"})
          .plausible(0.0, 80.0)
          .thresholds(5.0, 60.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
