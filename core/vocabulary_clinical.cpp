// The built-in clinical measures: heart, performance scores, body, history counts.
// Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_clinical_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- heart
      measure("lvef", "left ventricular ejection fraction",
              {"LVEF", "ejection fraction", "EF", "LV ejection fraction", "left ventricular EF",
               "cardiac ejection fraction"},
              {"10230-1", "18043-0"}, D::fraction, "%")
          .plausible(0.0, 100.0)
          .thresholds(10.0, 90.0),
      measure("qtcf", "QT interval corrected by Fridericia",
              {"QTcF",
               "QTc (Fridericia)",
               "Fridericia-corrected QT interval",
               "QT interval corrected for heart rate by Fridericia",
               "QTc Fridericia",
               "QTc by Fridericia",
               "Fridericia QTc",
               "QTcF interval",
               "QT interval corrected by Fridericia's formula",
               "QTc according to Fridericia's formula",
               "QTc according to Fridericia",
               "QTc by Fridericia's formula",
               "Fridericia's formula",
               "Fridericia formula",
               "Fridericia's correction",
               "QTc using Fridericia's formula",
               "QTc (Fridericia's formula)",
               "QTc using the Fridericia correction",
               "QTc interval by Fridericia",
               "QTc Fridericia's"},
              {}, D::time, "ms")
          .units({"ms", "s"})
          .plausible(0.0, 2000.0)
          .thresholds(300.0, 700.0),
      measure("nyha_class", "New York Heart Association class",
              {"NYHA", "NYHA class", "NYHA functional class",
               "New York Heart Association functional class", "New York Heart Association",
               "New York Heart Association classification"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 4.0)
          .thresholds(1.0, 4.0),
      // Troponin not naming its subunit; troponin_i and troponin_t carry the LOINC codes.
      measure("troponin", "cardiac troponin",
              {"troponin", "cTn", "hs-troponin", "high-sensitivity troponin", "hs-cTn",
               "high-sensitivity cardiac troponin", "serum troponin"},
              {}, D::mass_concentration, "ng/L")
          .units({"ng/L", "ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
      measure("bnp", "B-type natriuretic peptide", {"BNP", "brain natriuretic peptide"},
              {"30934-4"}, D::mass_concentration, "pg/mL")
          .units({"pg/mL"})
          .plausible(0.0, 1e5)
          .thresholds(10.0, 10000.0),
      measure("ntprobnp", "N-terminal pro-B-type natriuretic peptide",
              {"NT-proBNP", "NT-pro BNP", "NTproBNP", "N-terminal pro-BNP",
               "N-terminal prohormone of brain natriuretic peptide"},
              {"33762-6"}, D::mass_concentration, "pg/mL")
          .units({"pg/mL"})
          .plausible(0.0, 1e6)
          .thresholds(10.0, 50000.0),
      // ---- performance, body, history
      measure("ecog", "ECOG performance status",
              {"ECOG", "ECOG PS", "Eastern Cooperative Oncology Group performance status",
               "ECOG score", "ECOG performance score", "performance status",
               "WHO performance status", "Zubrod score", "PS", "WHO PS", "WHO/ECOG PS",
               "ECOG/WHO PS", "WHO/ECOG performance status", "ECOG/WHO performance status",
               "WHO performance score", "Zubrod performance status", "ECOG-PS"},
              {"89247-1"}, D::count, "")
          .whole()
          .plausible(0.0, 5.0)
          .thresholds(0.0, 5.0),
      measure("karnofsky", "Karnofsky performance status",
              {"KPS", "Karnofsky", "Karnofsky performance score", "Karnofsky score",
               "Karnofsky index", "Karnovsky", "Karnofski"},
              {"89243-0"}, D::count, "")
          .whole()
          .plausible(0.0, 100.0)
          .thresholds(0.0, 100.0),
      measure("age", "age",
              {"patient age", "age at screening", "age at enrollment", "years of age"}, {"30525-0"},
              D::time, "years")
          .units({"years", "months", "weeks", "days"})
          .plausible(0.0, 150.0)
          .thresholds(0.0, 120.0),
      measure("weight", "body weight",
              {"weight", "body weight (kg)", "bodyweight", "body-weight", "weigh", "weighing"},
              {"29463-7"}, D::mass, "kg")
          .units({"kg", "lb", "g"})
          .plausible(0.0, 1000.0)
          .thresholds(1.0, 400.0),
      measure("height", "body height", {"height", "stature"}, {"8302-2"}, D::length, "cm")
          .units({"cm", "m", "[in_i]", "[ft_i]"})
          .unwindowed()
          .plausible(0.0, 300.0)
          .thresholds(30.0, 250.0),
      measure("bsa", "body surface area", {"BSA", "body surface area (BSA)"}, {"8277-6"}, D::area,
              "m2")
          .units({"m2"})
          .plausible(0.0, 10.0)
          .thresholds(0.2, 3.5),
      measure("life_expectancy", "life expectancy",
              {"expected survival", "estimated life expectancy", "anticipated life expectancy",
               "expected life expectancy"},
              {}, D::time, "months")
          .units({"months", "weeks", "years", "days"})
          .plausible(0.0, 1200.0)
          .thresholds(0.5, 120.0),
      measure("prior_lines", "prior lines of therapy",
              {"prior lines", "lines of prior therapy", "prior treatment lines", "prior therapy",
               "prior treatment", "previous lines of therapy", "prior lines of treatment",
               "number of prior lines", "prior regimens", "lines of therapy"},
              {}, D::count, "")
          .whole()
          .unwindowed()
          .plausible(0.0, 100.0)
          .thresholds(0.0, 20.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
