// The built-in measures of the heart (ECG intervals, enzymes, haemodynamics) and the
// lungs (spirometry, diffusion, blood gases, exercise). Rows use the builder of
// vocabulary_rows.hpp; docs/vocabulary.md lists the sources. "PR" is left out (partial
// response, progesterone receptor): the interval is "PR interval". A bare "pH" and "PAP"
// are left out too (urine pH; Pap smear).
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_cardiopulmonary_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- ECG
      measure("qt_interval", "QT interval (uncorrected)",
              {"uncorrected QT", "uncorrected QT interval", "QT duration", "QT (uncorrected)"},
              {"8634-8"}, D::time, "ms")
          .units({"ms", "s"})
          .plausible(0.0, 2000.0)
          .thresholds(200.0, 700.0),
      measure("qtc", "QT interval corrected for heart rate (formula not stated)",
              {"QTc", "corrected QT interval", "QTc interval", "corrected QT", "QT corrected",
               "QTc duration", "rate-corrected QT interval"},
              {"8636-3"}, D::time, "ms")
          .units({"ms", "s"})
          .plausible(0.0, 2000.0)
          .thresholds(300.0, 700.0),
      measure("qtcb", "QT interval corrected by Bazett",
              {"QTcB", "QTc (Bazett)", "Bazett-corrected QT interval", "QTc Bazett",
               "QT interval corrected by Bazett's formula", "Bazett QTc"},
              {}, D::time, "ms")
          .units({"ms", "s"})
          .plausible(0.0, 2000.0)
          .thresholds(300.0, 700.0),
      measure("pr_interval", "PR interval", {"PR interval", "PR duration", "PQ interval"}, {},
              D::time, "ms")
          .units({"ms", "s"})
          .plausible(0.0, 2000.0)
          .thresholds(50.0, 500.0),
      measure("qrs_duration", "QRS duration",
              {"QRS", "QRS interval", "QRS width", "QRS complex duration", "QRSd"}, {"8633-0"},
              D::time, "ms")
          .units({"ms", "s"})
          .plausible(0.0, 1000.0)
          .thresholds(40.0, 300.0),
      // ---- cardiac enzymes and haemodynamics
      measure("troponin_i", "cardiac troponin I",
              {"troponin I", "cTnI", "TnI", "hs-cTnI", "high-sensitivity troponin I",
               "hs troponin I", "serum troponin I"},
              {"10839-9"}, D::mass_concentration, "ng/L")
          .units({"ng/L", "ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
      measure("troponin_t", "cardiac troponin T",
              {"troponin T", "cTnT", "TnT", "hs-cTnT", "high-sensitivity troponin T",
               "hs troponin T", "serum troponin T"},
              {"6598-7"}, D::mass_concentration, "ng/L")
          .units({"ng/L", "ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
      measure("ck", "creatine kinase",
              {"CK", "CPK", "creatine phosphokinase", "serum CK", "serum creatine kinase",
               "total CK", "creatine kinase (CK)"},
              {"2157-6"}, D::catalytic_concentration, "U/L")
          .units({"U/L"})
          .plausible(0.0, 1e6)
          .thresholds(10.0, 100000.0),
      measure("ck_mb", "creatine kinase MB",
              {"CK-MB", "CKMB", "CK MB", "creatine kinase-MB", "CK-MB mass"}, {"13969-1"},
              D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 10000.0)
          .thresholds(0.5, 1000.0),
      measure("mean_pap", "mean pulmonary arterial pressure",
              {"mPAP", "mean PAP", "mean pulmonary artery pressure",
               "mean pulmonary arterial pressure (mPAP)", "mean PA pressure"},
              {}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 150.0)
          .thresholds(5.0, 100.0),
      measure("pvr", "pulmonary vascular resistance in Wood units",
              {"pulmonary vascular resistance", "pulmonary vascular resistance (PVR)"}, {},
              D::count, "")
          .plausible(0.0, 50.0)
          .thresholds(0.5, 30.0),
      measure("pcwp", "pulmonary capillary wedge pressure",
              {"PCWP", "wedge pressure", "pulmonary artery wedge pressure", "PAWP",
               "pulmonary arterial wedge pressure"},
              {}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 100.0)
          .thresholds(2.0, 50.0),
      // ---- spirometry and diffusion
      measure("fev1", "forced expiratory volume in 1 second",
              {"FEV1", "FEV 1", "FEV₁", "forced expiratory volume in one second",
               "forced expiratory volume in 1 s", "post-bronchodilator FEV1",
               "pre-bronchodilator FEV1"},
              {"20150-9"}, D::volume, "L")
          .units({"L", "mL"})
          .plausible(0.0, 10.0)
          .thresholds(0.2, 6.0),
      measure("fev1_percent_predicted", "FEV1 as a percentage of predicted",
              {"FEV1 % predicted", "FEV1 percent predicted", "FEV1% predicted", "ppFEV1",
               "percent predicted FEV1", "FEV1 %pred", "FEV1 (% predicted)", "predicted FEV1",
               "FEV1 percentage of predicted"},
              {}, D::fraction, "%")
          .plausible(0.0, 200.0)
          .thresholds(10.0, 150.0),
      measure("fvc", "forced vital capacity", {"FVC", "forced vital capacity (FVC)"}, {"19870-5"},
              D::volume, "L")
          .units({"L", "mL"})
          .plausible(0.0, 12.0)
          .thresholds(0.3, 8.0),
      measure("fvc_percent_predicted", "FVC as a percentage of predicted",
              {"FVC % predicted", "FVC percent predicted", "FVC% predicted", "ppFVC",
               "percent predicted FVC", "FVC (% predicted)", "predicted FVC"},
              {}, D::fraction, "%")
          .plausible(0.0, 200.0)
          .thresholds(10.0, 150.0),
      measure("fev1_fvc", "FEV1/FVC ratio",
              {"FEV1/FVC", "FEV1/FVC ratio", "FEV1:FVC", "Tiffeneau index", "FEV1/FVC%"},
              {"19926-5"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(20.0, 100.0),
      measure(
          "dlco_percent_predicted", "DLCO as a percentage of predicted",
          {"DLCO", "DLco", "DLCO % predicted", "TLCO", "diffusing capacity",
           "diffusing capacity of the lung for carbon monoxide",
           "diffusion capacity for carbon monoxide", "DLCO corrected for hemoglobin", "DLCOc",
           "carbon monoxide diffusing capacity", "DLCO (% predicted)", "lung diffusion capacity"},
          {}, D::fraction, "%")
          .plausible(0.0, 200.0)
          .thresholds(10.0, 150.0),
      measure("six_minute_walk", "6-minute walk distance",
              {"6MWD", "6-minute walk distance", "six-minute walk distance", "6MWT distance",
               "6-minute walk test distance", "6MWT", "six minute walk distance",
               "6 minute walk distance"},
              {}, D::length, "m")
          .units({"m", "[ft_i]"})
          .plausible(0.0, 2000.0)
          .thresholds(10.0, 1000.0),
      // ---- blood gases
      measure("pao2", "arterial partial pressure of oxygen",
              {"PaO2", "arterial oxygen tension", "arterial pO2", "partial pressure of oxygen",
               "arterial oxygen partial pressure"},
              {"2703-7"}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 800.0)
          .thresholds(20.0, 600.0),
      measure("paco2", "arterial partial pressure of carbon dioxide",
              {"PaCO2", "arterial carbon dioxide tension", "arterial pCO2",
               "partial pressure of carbon dioxide", "arterial CO2 tension"},
              {"2019-8"}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 250.0)
          .thresholds(10.0, 150.0),
      measure("pf_ratio", "PaO2/FiO2 ratio",
              {"PaO2/FiO2", "P/F ratio", "PF ratio", "PaO2:FiO2", "PaO2/FiO2 ratio",
               "Horowitz index", "P:F ratio"},
              {}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 800.0)
          .thresholds(30.0, 600.0),
      measure("fio2", "fraction of inspired oxygen",
              {"FiO2", "inspired oxygen fraction", "fraction of inspired oxygen (FiO2)"},
              {"3150-0"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(21.0, 100.0),
      measure("arterial_ph", "arterial blood pH",
              {"arterial pH", "blood pH", "pH of arterial blood", "arterial blood gas pH"},
              {"2744-1"}, D::count, "")
          .plausible(6.0, 8.0)
          .thresholds(6.5, 7.8),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
