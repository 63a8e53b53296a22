// The built-in measures of vital signs and body measurements (weight and height stay in
// vocabulary_clinical.cpp). Rows use the builder of vocabulary_rows.hpp;
// docs/vocabulary.md lists the sources. "BP", "HR" and "RR" are left out on purpose:
// "BP" does not say which pressure, "HR" is also hazard ratio and hormone receptor, "RR"
// relapsed/refractory and relative risk.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_vital_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("systolic_bp", "systolic blood pressure",
              {"SBP", "systolic BP", "systolic pressure", "systolic arterial pressure",
               "systolic blood pressure (SBP)", "sitting systolic blood pressure",
               "resting systolic blood pressure", "SysBP"},
              {"8480-6"}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 350.0)
          .thresholds(60.0, 250.0),
      measure("diastolic_bp", "diastolic blood pressure",
              {"DBP", "diastolic BP", "diastolic pressure", "diastolic arterial pressure",
               "diastolic blood pressure (DBP)", "sitting diastolic blood pressure",
               "resting diastolic blood pressure", "DiaBP"},
              {"8462-4"}, D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 250.0)
          .thresholds(30.0, 150.0),
      measure("mean_arterial_pressure", "mean arterial pressure",
              {"MAP", "mean arterial blood pressure", "mean blood pressure"}, {"8478-0"},
              D::pressure, "mmHg")
          .units({"mmHg", "kPa"})
          .plausible(0.0, 300.0)
          .thresholds(30.0, 200.0),
      measure("heart_rate", "heart rate",
              {"pulse", "pulse rate", "resting heart rate", "heart rate (HR)", "ventricular rate",
               "resting pulse", "heartrate"},
              {"8867-4"}, D::frequency, "/min")
          .units({"/min"})
          .plausible(0.0, 400.0)
          .thresholds(20.0, 250.0),
      measure("respiratory_rate", "respiratory rate",
              {"respiration rate", "breathing rate", "respiratory frequency", "resp rate",
               "respiratory rate (RR)"},
              {"9279-1"}, D::frequency, "/min")
          .units({"/min"})
          .plausible(0.0, 150.0)
          .thresholds(5.0, 60.0),
      measure("temperature", "body temperature",
              {"temperature", "temp", "body temp", "core temperature", "oral temperature",
               "axillary temperature"},
              {"8310-5", "8331-1"}, D::temperature, "Cel")
          .units({"Cel", "[degF]"})
          .plausible(20.0, 46.0)
          .thresholds(34.0, 42.0),
      measure("spo2", "oxygen saturation",
              {"SpO2", "SaO2", "O2 saturation", "oxygen saturation by pulse oximetry",
               "peripheral oxygen saturation", "pulse oximetry", "O2 sat", "oxygen sat",
               "blood oxygen saturation", "peripheral capillary oxygen saturation",
               "pulse oxygen saturation", "pulse oxygen", "saturation of oxygen"},
              {"59408-5"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(50.0, 100.0),
      measure("bmi", "body mass index",
              {"BMI", "body mass index (BMI)", "body-mass index", "Quetelet index", "IMC"},
              {"39156-5"}, D::mass_per_area, "kg/m2")
          .units({"kg/m2"})
          .plausible(0.0, 150.0)
          .thresholds(10.0, 70.0),
      measure("waist_circumference", "waist circumference",
              {"waist", "waist size", "abdominal circumference"}, {"8280-0"}, D::length, "cm")
          .units({"cm", "[in_i]"})
          .plausible(0.0, 300.0)
          .thresholds(40.0, 200.0),
      measure("head_circumference", "head circumference",
              {"occipitofrontal circumference", "OFC", "head size"}, {"9843-4"}, D::length, "cm")
          .units({"cm", "[in_i]"})
          .unwindowed()
          .plausible(0.0, 100.0)
          .thresholds(20.0, 70.0),
      measure("pain_score", "pain intensity on a 0-10 numeric rating scale",
              {"pain score", "NRS pain score", "numeric rating scale", "pain NRS", "pain intensity",
               "average pain intensity", "pain severity", "NPRS"},
              {"72514-3"}, D::count, "")
          .whole()
          .plausible(0.0, 10.0)
          .thresholds(0.0, 10.0),
      measure("gestational_age", "gestational age",
              {"gestational age at birth", "GA at birth", "weeks of gestation"}, {}, D::time,
              "weeks")
          .units({"weeks", "days"})
          .unwindowed()
          .plausible(0.0, 45.0)
          .thresholds(20.0, 44.0),
      measure("birth_weight", "birth weight", {"birthweight", "weight at birth"}, {}, D::mass, "g")
          .units({"g", "kg", "lb"})
          .unwindowed()
          .plausible(0.0, 10000.0)
          .thresholds(300.0, 6000.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
