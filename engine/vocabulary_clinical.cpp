// The built-in clinical measures: heart, performance scores, body, history counts.
// Rows use the builder of vocabulary_rows.hpp; docs/vocabulary.md lists the sources.
#include "engine/vocabulary_parts.hpp"
#include "engine/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_clinical_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- heart
      measure("lvef", "left ventricular ejection fraction",
              {"LVEF", "ejection fraction", "EF", "LV ejection fraction", "left ventricular EF"},
              {"10230-1", "18043-0"}, D::fraction, "%")
          .plausible(0.0, 100.0),
      measure("qtcf", "QT interval corrected by Fridericia",
              {"QTcF", "QTc (Fridericia)", "Fridericia-corrected QT interval",
               "QT interval corrected for heart rate by Fridericia", "QTc", "corrected QT interval",
               "QTc interval"},
              {"8636-3"}, D::time, "ms")
          .plausible(0.0, 2000.0),
      measure("nyha_class", "New York Heart Association class",
              {"NYHA", "NYHA class", "NYHA functional class",
               "New York Heart Association functional class"},
              {}, D::count, "")
          .whole()
          .plausible(1.0, 4.0),
      measure(
          "troponin", "cardiac troponin",
          {"troponin I", "troponin T", "cTnI", "cTnT", "cardiac troponin I", "cardiac troponin T"},
          {"10839-9", "6598-7"}, D::mass_concentration, "ng/L")
          .plausible(0.0, 1e6),
      measure("bnp", "B-type natriuretic peptide", {"BNP", "brain natriuretic peptide"},
              {"30934-4"}, D::mass_concentration, "pg/mL")
          .plausible(0.0, 1e5),
      measure("ntprobnp", "N-terminal pro-B-type natriuretic peptide",
              {"NT-proBNP", "NT-pro BNP", "NTproBNP", "N-terminal pro-BNP",
               "N-terminal prohormone of brain natriuretic peptide"},
              {"33762-6"}, D::mass_concentration, "pg/mL")
          .plausible(0.0, 1e6),
      // ---- performance, body, history
      measure("ecog", "ECOG performance status",
              {"ECOG", "ECOG PS", "Eastern Cooperative Oncology Group performance status",
               "ECOG score", "ECOG performance score", "performance status",
               "WHO performance status", "Zubrod score", "PS", "WHO PS", "WHO/ECOG PS",
               "ECOG/WHO PS", "WHO/ECOG performance status", "ECOG/WHO performance status"},
              {"89247-1"}, D::count, "")
          .whole()
          .plausible(0.0, 5.0),
      measure(
          "karnofsky", "Karnofsky performance status",
          {"KPS", "Karnofsky", "Karnofsky performance score", "Karnofsky score", "Karnofsky index"},
          {"89243-0"}, D::count, "")
          .whole()
          .plausible(0.0, 100.0),
      measure("age", "age",
              {"patient age", "age at screening", "age at enrollment", "years of age"}, {"30525-0"},
              D::time, "years")
          .plausible(0.0, 150.0),
      measure("weight", "body weight", {"weight", "body weight (kg)"}, {"29463-7"}, D::mass, "kg")
          .plausible(0.0, 1000.0),
      measure("height", "body height", {"height", "stature"}, {"8302-2"}, D::length, "cm")
          .unwindowed()
          .plausible(0.0, 300.0),
      // No area dimension: BSA is a plain number, in square metres.
      measure("bsa", "body surface area", {"BSA"}, {"8277-6"}, D::count, "").plausible(0.0, 10.0),
      measure("life_expectancy", "life expectancy",
              {"expected survival", "estimated life expectancy", "anticipated life expectancy",
               "expected life expectancy"},
              {}, D::time, "months")
          .plausible(0.0, 1200.0),
      measure("prior_lines", "prior lines of therapy",
              {"prior lines", "lines of prior therapy", "prior treatment lines", "prior therapy",
               "prior treatment", "previous lines of therapy", "prior lines of treatment",
               "number of prior lines", "prior regimens", "lines of therapy"},
              {}, D::count, "")
          .whole()
          .unwindowed()
          .plausible(0.0, 100.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
