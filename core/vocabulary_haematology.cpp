// The built-in measures of the blood count beyond the four of vocabulary_blood.cpp: the
// differential, red-cell indices, reticulocytes and blasts. Rows use the builder of
// vocabulary_rows.hpp; docs/vocabulary.md lists the sources. "Ht" is left out (used for
// both haematocrit and height), and so is a bare "blasts" (blood or marrow?).
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_haematology_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- differential, absolute counts
      measure("lymphocytes", "absolute lymphocyte count",
              {"ALC", "lymphocyte count", "absolute lymphocytes", "lymphocytes",
               "total lymphocyte count", "blood lymphocytes", "lymphocyte"},
              {"731-0"}, D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .plausible(0.0, 1000.0)
          .thresholds(0.05, 50.0),
      measure("monocytes", "absolute monocyte count",
              {"AMC", "monocyte count", "absolute monocytes", "monocytes", "monocyte"}, {"742-7"},
              D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .plausible(0.0, 500.0)
          .thresholds(0.05, 20.0),
      measure("eosinophils", "absolute eosinophil count",
              {"AEC", "eosinophil count", "absolute eosinophils", "eosinophils",
               "blood eosinophils", "blood eosinophil count", "eosinophil"},
              {"711-2", "26449-9"}, D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .plausible(0.0, 500.0)
          .thresholds(0.01, 20.0),
      measure("basophils", "absolute basophil count",
              {"basophil count", "absolute basophils", "basophils", "basophil"}, {"704-7"},
              D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL"})
          .plausible(0.0, 500.0)
          .thresholds(0.01, 20.0),
      // ---- differential, percentages
      measure("neutrophil_percent", "neutrophils as a percentage of leukocytes",
              {"neutrophil percentage", "neutrophils %", "percent neutrophils", "neutrophil %"},
              {"770-8"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 100.0),
      measure("lymphocyte_percent", "lymphocytes as a percentage of leukocytes",
              {"lymphocyte percentage", "lymphocytes %", "percent lymphocytes", "lymphocyte %"},
              {"736-9"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 100.0),
      measure("monocyte_percent", "monocytes as a percentage of leukocytes",
              {"monocyte percentage", "monocytes %", "percent monocytes"}, {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(1.0, 100.0),
      measure("eosinophil_percent", "eosinophils as a percentage of leukocytes",
              {"eosinophil percentage", "eosinophils %", "percent eosinophils"}, {"713-8"},
              D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.5, 100.0),
      measure("basophil_percent", "basophils as a percentage of leukocytes",
              {"basophil percentage", "basophils %", "percent basophils", "basophil %"}, {"706-2"},
              D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.5, 100.0),
      // ---- red cells
      measure("hematocrit", "hematocrit",
              {"Hct", "haematocrit", "packed cell volume", "hematocrit level", "haematocrit level"},
              {"4544-3", "20570-8"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(10.0, 70.0),
      measure("rbc", "red blood cell count",
              {"RBC", "red cell count", "erythrocyte count", "erythrocytes", "red blood cells",
               "RBC count"},
              {"789-8"}, D::number_concentration, "10^12/L")
          .units({"10^12/L"})
          .plausible(0.0, 20.0)
          .thresholds(1.0, 10.0),
      measure("mcv", "mean corpuscular volume", {"MCV", "mean cell volume", "mean red cell volume"},
              {"787-2"}, D::volume, "fL")
          .units({"fL"})
          .plausible(0.0, 200.0)
          .thresholds(50.0, 150.0),
      measure("mch", "mean corpuscular hemoglobin",
              {"MCH", "mean cell hemoglobin", "mean corpuscular haemoglobin"}, {"785-6"}, D::mass,
              "pg")
          .units({"pg"})
          .plausible(0.0, 100.0)
          .thresholds(10.0, 50.0),
      measure("mchc", "mean corpuscular hemoglobin concentration",
              {"MCHC", "mean cell hemoglobin concentration",
               "mean corpuscular haemoglobin concentration"},
              {"786-4"}, D::mass_concentration, "g/dL")
          .units({"g/dL", "g/L"})
          .plausible(0.0, 60.0)
          .thresholds(20.0, 45.0),
      measure(
          "rdw", "red cell distribution width",
          {"RDW", "RDW-CV", "red blood cell distribution width", "erythrocyte distribution width"},
          {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(5.0, 40.0),
      measure("reticulocytes", "absolute reticulocyte count",
              {"reticulocyte count", "absolute reticulocytes", "retic count", "reticulocytes"},
              {"14196-0"}, D::number_concentration, "10^9/L")
          .units({"10^9/L", "/uL", "10^12/L"})
          .plausible(0.0, 2000.0)
          .thresholds(1.0, 1000.0),
      measure("reticulocyte_percent", "reticulocytes as a percentage of red cells",
              {"reticulocyte percentage", "reticulocytes %", "retic %", "reticulocyte %"},
              {"4679-7", "17849-1"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.1, 50.0),
      measure("hbf_percent", "fetal hemoglobin",
              {"HbF", "fetal haemoglobin", "hemoglobin F", "haemoglobin F", "HbF %", "HbF level"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.5, 100.0),
      measure("mpv", "mean platelet volume", {"MPV", "platelet mean volume"}, {"32623-1"},
              D::volume, "fL")
          .units({"fL"})
          .plausible(0.0, 50.0)
          .thresholds(4.0, 20.0),
      // ---- blasts
      // "blasts in the bone marrow or peripheral blood" is either item: a group of the
      // prose lexicon (grammar/prose_lexicon.cpp), found before these names.
      measure("blasts_blood_percent", "peripheral blood blast percentage",
              {"peripheral blood blasts", "peripheral blasts", "circulating blasts", "blood blasts",
               "PB blasts", "peripheral blast count", "peripheral blood blast count",
               "blasts in the peripheral blood", "blasts in peripheral blood", "blasts in blood",
               "blasts in the blood"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("blasts_marrow_percent", "bone marrow blast percentage",
              {"bone marrow blasts", "marrow blasts", "BM blasts", "bone marrow myeloblasts",
               "marrow blast count", "bone marrow lymphoblasts", "bone marrow blast count",
               "blasts in the bone marrow", "blasts in bone marrow", "blasts in the marrow",
               "lymphoblasts in the bone marrow", "leukemic blasts in the bone marrow"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
