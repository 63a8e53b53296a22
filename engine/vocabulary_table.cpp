// The built-in vocabulary: one table, a row per item. To add an item, add a row; to
// teach the engine a new way criteria name an item, add a synonym. LOINC codes are only
// those verified against public FHIR implementation guides, LOINC mappings and the
// Synthea sample data (docs/vocabulary.md lists the sources and the unverified codes).
// Canonical units are parse_unit codes; reference ranges are adult defaults, in the
// canonical unit, used only when a patient's record carries no range of its own.
#include "engine/vocabulary_table.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eligo {
namespace {

using Names = std::vector<std::string>;
using D = Dimension;

// A row under construction: measure(...).range(lo, hi).molar(m).plausible(lo, hi).whole().
struct Row {
  VocabularyEntry e;

  Row&& range(std::optional<double> low, std::optional<double> high) && {
    e.ref_low = low;
    e.ref_high = high;
    return std::move(*this);
  }
  Row&& molar(double grams_per_mole) && {
    e.molar_mass = grams_per_mole;
    return std::move(*this);
  }
  // The plausible values, in the canonical unit (vocabulary.hpp): generous bounds.
  Row&& plausible(double low, double high) && {
    e.plausible_low = low;
    e.plausible_high = high;
    return std::move(*this);
  }
  Row&& whole() && {
    e.integer = true;
    return std::move(*this);
  }
  // History or a fixed adult trait: the latest value on record counts, however old.
  Row&& unwindowed() && {
    e.windowed = false;
    return std::move(*this);
  }
  // Events: a kind of the items named (is_a), a state of them (state_of), seldom coded.
  Row&& is_a(Names parents) && {
    e.is_a = std::move(parents);
    return std::move(*this);
  }
  Row&& state_of(Names conditions) && {
    e.state_of = std::move(conditions);
    e.seldom_coded = true;
    return std::move(*this);
  }
  Row&& seldom_coded() && {
    e.seldom_coded = true;
    return std::move(*this);
  }
  operator VocabularyEntry() && { return std::move(e); }  // NOLINT: a row is an entry
};

Row measure(std::string id, std::string name, Names synonyms, Names loinc, Dimension dimension,
            std::string unit) {
  VocabularyEntry e;
  e.id = std::move(id);
  e.kind = ItemKind::measure;
  e.name = std::move(name);
  e.synonyms = std::move(synonyms);
  e.loinc = std::move(loinc);
  e.dimension = dimension;
  e.canonical_unit = std::move(unit);
  return Row{std::move(e)};
}

Row item(ItemKind kind, std::string id, std::string name, Names synonyms) {
  VocabularyEntry e;
  e.id = std::move(id);
  e.kind = kind;
  e.name = std::move(name);
  e.synonyms = std::move(synonyms);
  return Row{std::move(e)};
}

Row condition(std::string id, std::string name, Names synonyms) {
  return item(ItemKind::condition, std::move(id), std::move(name), std::move(synonyms));
}
Row therapy(std::string id, std::string name, Names synonyms) {
  return item(ItemKind::therapy, std::move(id), std::move(name), std::move(synonyms));
}
Row procedure(std::string id, std::string name, Names synonyms) {
  return item(ItemKind::procedure, std::move(id), std::move(name), std::move(synonyms));
}

constexpr double kBilirubin = 584.66;    // g/mol
constexpr double kCalcium = 40.08;       // g/mol
constexpr double kCreatinine = 113.12;   // g/mol
constexpr double kGlucose = 180.16;      // g/mol
constexpr double kHemoglobin = 16114.5;  // g/mol per heme-carrying monomer
constexpr double kMagnesium = 24.305;    // g/mol

}  // namespace

std::vector<VocabularyEntry> builtin_vocabulary_entries() {
  const auto none = std::nullopt;
  return {
      // ---- blood counts
      measure("anc", "absolute neutrophil count",
              {"ANC", "neutrophil count", "neutrophils", "absolute neutrophils",
               "absolute neutrophil count (ANC)", "neutrophil"},
              {"751-8", "26499-4"}, D::number_concentration, "10^9/L")
          .range(2.0, 7.0)
          .plausible(0.0, 1000.0),
      measure("wbc", "white blood cell count",
              {"WBC", "white blood cells", "white cell count", "leukocytes", "leukocyte count",
               "WCC", "white blood cell"},
              {"6690-2"}, D::number_concentration, "10^9/L")
          .range(4.0, 10.0)
          .plausible(0.0, 1000.0),
      measure("platelets", "platelet count",
              {"platelet", "PLT", "platelet count (PLT)", "thrombocytes", "thrombocyte count"},
              {"777-3", "26515-7"}, D::number_concentration, "10^9/L")
          .range(130.0, 400.0)
          .plausible(0.0, 5000.0),
      measure("hemoglobin", "hemoglobin", {"Hb", "Hgb", "haemoglobin", "hemoglobin level"},
              {"718-7"}, D::mass_concentration, "g/dL")
          .molar(kHemoglobin)
          .plausible(0.0, 30.0),
      // ---- liver
      measure("total_bilirubin", "total bilirubin",
              {"bilirubin", "serum bilirubin", "T bili", "T. bili", "TBIL", "total serum bilirubin",
               "serum total bilirubin"},
              {"1975-2"}, D::mass_concentration, "mg/dL")
          .molar(kBilirubin)
          .range(0.1, 1.2)
          .plausible(0.0, 100.0),
      measure("direct_bilirubin", "direct bilirubin",
              {"conjugated bilirubin", "D bili", "DBIL", "direct serum bilirubin"}, {"1968-7"},
              D::mass_concentration, "mg/dL")
          .molar(kBilirubin)
          .range(none, 0.3)
          .plausible(0.0, 100.0),
      measure("alt", "alanine aminotransferase",
              {"ALT", "alanine transaminase", "SGPT", "ALAT", "serum alanine aminotransferase"},
              {"1742-6"}, D::catalytic_concentration, "U/L")
          .range(7.0, 56.0)
          .plausible(0.0, 1e5),
      measure("ast", "aspartate aminotransferase",
              {"AST", "aspartate transaminase", "SGOT", "ASAT", "serum aspartate aminotransferase"},
              {"1920-8"}, D::catalytic_concentration, "U/L")
          .range(10.0, 40.0)
          .plausible(0.0, 1e5),
      measure("alkaline_phosphatase", "alkaline phosphatase", {"ALP", "alk phos", "alk. phos."},
              {"6768-6"}, D::catalytic_concentration, "U/L")
          .range(44.0, 147.0)
          .plausible(0.0, 50000.0),
      measure("albumin", "serum albumin", {"serum_albumin", "alb", "plasma albumin"}, {"1751-7"},
              D::mass_concentration, "g/dL")
          .range(3.5, 5.0)
          .plausible(0.0, 10.0),
      measure("ldh", "lactate dehydrogenase",
              {"LDH", "lactic dehydrogenase", "LD", "serum LDH", "lactate dehydrogenase (LDH)"},
              {"2532-0", "14804-9"}, D::catalytic_concentration, "U/L")
          .plausible(0.0, 1e5),
      // ---- kidney
      measure("creatinine", "serum creatinine",
              {"SCr", "creat", "plasma creatinine", "serum creatinine level"},
              {"2160-0", "38483-4"}, D::mass_concentration, "mg/dL")
          .molar(kCreatinine)
          .range(0.6, 1.3)
          .plausible(0.0, 40.0),
      measure("creatinine_clearance", "creatinine clearance",
              {"CrCl", "calculated creatinine clearance", "estimated creatinine clearance",
               "measured creatinine clearance", "Cockcroft-Gault creatinine clearance",
               "creatinine clearance (Cockcroft-Gault)", "CLcr"},
              {"2164-2"}, D::volume_rate, "mL/min")
          .plausible(0.0, 1000.0),
      measure("egfr", "estimated glomerular filtration rate",
              {"eGFR", "GFR", "glomerular filtration rate", "estimated GFR", "CKD-EPI eGFR",
               "MDRD eGFR"},
              {"33914-3", "62238-1", "98979-8", "48642-3", "48643-1", "50044-7", "69405-9",
               "70969-1", "76633-7", "77147-7", "88293-6", "88294-4", "98980-6"},
              D::normalized_volume_rate, "mL/min/1.73m2")
          .plausible(0.0, 500.0),
      // ---- electrolytes and chemistry
      measure("calcium", "serum calcium",
              {"Ca", "total calcium", "serum total calcium", "calcium level"},
              {"17861-6", "49765-1"}, D::mass_concentration, "mg/dL")
          .molar(kCalcium)
          .range(8.5, 10.5)
          .plausible(0.0, 30.0),
      measure("corrected_calcium", "corrected serum calcium",
              {"corrected calcium", "albumin-corrected calcium", "calcium corrected for albumin",
               "adjusted calcium", "corrected Ca", "corrected serum Ca"},
              {}, D::mass_concentration, "mg/dL")
          .molar(kCalcium)
          .range(8.5, 10.5)
          .plausible(0.0, 30.0),
      measure("potassium", "serum potassium", {"K", "K+", "serum K"}, {"2823-3", "6298-4"},
              D::molar_concentration, "mmol/L")
          .range(3.5, 5.0)
          .plausible(0.0, 25.0),
      measure("sodium", "serum sodium", {"Na", "Na+", "serum Na"}, {"2951-2", "2947-0"},
              D::molar_concentration, "mmol/L")
          .range(136.0, 145.0)
          .plausible(0.0, 300.0),
      measure("magnesium", "serum magnesium", {"Mg", "serum Mg"}, {"19123-9"},
              D::mass_concentration, "mg/dL")
          .molar(kMagnesium)
          .range(1.6, 2.6)
          .plausible(0.0, 30.0),
      measure("glucose", "blood glucose",
              {"serum glucose", "plasma glucose", "blood sugar", "fasting glucose"},
              {"2345-7", "2339-0"}, D::mass_concentration, "mg/dL")
          .molar(kGlucose)
          .plausible(0.0, 5000.0),
      measure("hba1c", "hemoglobin A1c",
              {"HbA1c", "A1c", "glycated hemoglobin", "glycosylated hemoglobin", "HgbA1c",
               "haemoglobin A1c"},
              {"4548-4"}, D::fraction, "%")
          .plausible(0.0, 100.0),
      // ---- myeloma disease burden
      measure("serum_m_protein", "serum M-protein",
              {"serum M protein", "M-protein", "M protein", "serum monoclonal protein",
               "monoclonal protein", "M-spike", "M spike", "SPEP M-spike", "serum M-spike",
               "serum paraprotein", "paraprotein", "M-component", "serum M-component"},
              {"33358-3"}, D::mass_concentration, "g/dL")
          .plausible(0.0, 20.0),
      measure("urine_m_protein", "urine M-protein",
              {"urine monoclonal protein", "urine M protein", "urinary M-protein", "urine M-spike",
               "UPEP M-spike", "24-hour urine M-protein", "urinary monoclonal protein"},
              {"42482-0"}, D::mass_rate, "mg/24h")
          .plausible(0.0, 1e5),
      measure("kappa_flc", "kappa free light chain",
              {"kappa FLC", "free kappa", "serum free kappa", "free kappa light chain",
               "kappa free light chains", "serum kappa free light chain"},
              {"36916-5"}, D::mass_concentration, "mg/L")
          .range(3.3, 19.4)
          .plausible(0.0, 1e5),
      measure("lambda_flc", "lambda free light chain",
              {"lambda FLC", "free lambda", "serum free lambda", "free lambda light chain",
               "lambda free light chains", "serum lambda free light chain"},
              {"33944-0"}, D::mass_concentration, "mg/L")
          .range(5.7, 26.3)
          .plausible(0.0, 1e5),
      measure("involved_flc", "involved free light chain",
              {"involved FLC", "iFLC", "involved serum free light chain", "involved light chain",
               "involved free light chains"},
              {}, D::mass_concentration, "mg/L")
          .plausible(0.0, 1e5),
      measure("uninvolved_flc", "uninvolved free light chain",
              {"uninvolved FLC", "uFLC", "uninvolved serum free light chain",
               "uninvolved light chain", "uninvolved free light chains"},
              {}, D::mass_concentration, "mg/L")
          .plausible(0.0, 1e5),
      measure("flc_ratio", "involved to uninvolved free light chain ratio",
              {"FLC ratio", "free light chain ratio", "involved:uninvolved FLC ratio",
               "involved/uninvolved FLC ratio", "serum free light chain ratio", "sFLC ratio",
               "involved:uninvolved free light chain ratio", "serum FLC ratio",
               "serum involved/uninvolved FLC ratio"},
              {}, D::count, "")
          .plausible(0.0, 1e6),
      measure("kappa_lambda_ratio", "kappa to lambda free light chain ratio",
              {"kappa/lambda ratio", "kappa:lambda ratio", "K/L ratio", "kappa/lambda FLC ratio",
               "kappa:lambda free light chain ratio", "free kappa/lambda ratio"},
              {"48378-4"}, D::count, "")
          .range(0.26, 1.65)
          .plausible(0.0, 1e6),
      measure("bmpc_percent", "clonal bone marrow plasma cells",
              {"bone marrow plasma cells", "BMPC", "bone marrow plasmacytosis", "clonal BMPC",
               "bone marrow plasma cell percentage", "plasma cells in bone marrow",
               "marrow plasma cells", "clonal plasma cells", "bone marrow plasma cell infiltration",
               "BMPCs", "clonal BMPCs"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0),
      measure("aberrant_pc_percent", "aberrant plasma cells by flow cytometry",
              {"aberrant plasma cells", "aberrant PC", "PETHEMA aberrant plasma cells",
               "aberrant plasma cells by flow", "aberrant BMPC",
               "phenotypically aberrant plasma cells", "aPC"},
              {}, D::fraction, "%")
          .plausible(0.0, 100.0),
      measure("igg", "immunoglobulin G", {"IgG", "serum IgG"}, {"2465-3"}, D::mass_concentration,
              "mg/dL")
          .plausible(0.0, 30000.0),
      measure("iga", "immunoglobulin A", {"IgA", "serum IgA"}, {"2458-8"}, D::mass_concentration,
              "mg/dL")
          .plausible(0.0, 30000.0),
      measure("igm", "immunoglobulin M", {"IgM", "serum IgM"}, {"2472-9"}, D::mass_concentration,
              "mg/dL")
          .plausible(0.0, 30000.0),
      measure("beta2_microglobulin", "beta-2 microglobulin",
              {"beta2-microglobulin", "beta 2 microglobulin", "B2M", "serum beta-2 microglobulin",
               "β2-microglobulin", "β2M", "beta-2-microglobulin"},
              {"1952-1"}, D::mass_concentration, "mg/L")
          .plausible(0.0, 500.0),
      measure(
          "bone_lytic_lesions", "osteolytic bone lesions",
          {"lytic lesions", "lytic bone lesions", "osteolytic lesions", "number of lytic lesions",
           "osteolytic bone lesion", "lytic lesion", "bone lytic lesion", "bone lytic lesions"},
          {}, D::count, "")
          .whole()
          .plausible(0.0, 1000.0),
      measure("focal_lesions", "focal lesions on MRI",
              {"focal lesions", "focal lesion", "MRI focal lesions", "focal bone marrow lesions",
               "focal lesions on magnetic resonance imaging", "bone focal lesion",
               "bone focal lesions"},
              {}, D::count, "")
          .whole()
          .plausible(0.0, 1000.0),
      // ---- coagulation
      measure("inr", "international normalized ratio",
              {"INR", "PT/INR", "prothrombin time INR", "international normalised ratio"},
              {"6301-6", "34714-6"}, D::count, "")
          .range(0.9, 1.2)
          .plausible(0.0, 50.0),
      measure("aptt", "activated partial thromboplastin time",
              {"aPTT", "PTT", "partial thromboplastin time", "activated PTT"}, {"3173-2"}, D::time,
              "s")
          .range(28.0, 38.0)
          .plausible(0.0, 1000.0),
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
               "WHO performance status", "Zubrod score"},
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
      measure("bsa", "body surface area", {"BSA"}, {"8277-6"}, D::count, "")
          .plausible(0.0, 10.0),
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
      // ---- demographics
      item(ItemKind::demographic, "birth_date", "date of birth",
           {"DOB", "birth date", "birthdate"}),
      item(ItemKind::demographic, "sex", "sex", {"gender", "sex at birth", "biological sex"}),
      // ---- conditions
      // Plasma-cell neoplasms: smoldering and active myeloma are siblings (a record of
      // one is no record of the other); relapsed and refractory are states of active
      // myeloma that records seldom code.
      condition("plasma_cell_neoplasm", "plasma cell neoplasm",
                {"plasma cell dyscrasia", "plasma cell disorder", "plasma cell neoplasms"}),
      condition("smoldering_myeloma", "smoldering multiple myeloma",
                {"SMM", "smoldering myeloma", "smouldering myeloma", "smouldering multiple myeloma",
                 "asymptomatic myeloma"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("multiple_myeloma", "multiple myeloma",
                {"MM", "myeloma", "plasma cell myeloma", "symptomatic myeloma", "active myeloma",
                 "newly diagnosed multiple myeloma", "NDMM"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("relapsed_multiple_myeloma", "relapsed multiple myeloma",
                {"relapsed myeloma", "RMM", "relapsed MM", "RRMM",
                 "relapsed/refractory multiple myeloma", "relapsed or refractory multiple myeloma",
                 "relapsed and/or refractory multiple myeloma"})
          .is_a({"multiple_myeloma"})
          .seldom_coded(),
      condition("refractory_multiple_myeloma", "refractory multiple myeloma",
                {"refractory myeloma", "refractory MM", "primary refractory myeloma"})
          .is_a({"multiple_myeloma"})
          .seldom_coded(),
      condition("mgus", "monoclonal gammopathy of undetermined significance",
                {"MGUS", "monoclonal gammopathy of unknown significance"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("plasma_cell_leukemia", "plasma cell leukemia",
                {"PCL", "plasma cell leukaemia", "primary plasma cell leukemia"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("amyloidosis", "AL amyloidosis",
                {"amyloidosis", "primary amyloidosis", "light chain amyloidosis",
                 "systemic AL amyloidosis", "AL amyloid"})
          .is_a({"plasma_cell_neoplasm"}),
      condition("poems_syndrome", "POEMS syndrome", {"POEMS"}).is_a({"plasma_cell_neoplasm"}),
      condition("waldenstrom", "Waldenström macroglobulinemia",
                {"Waldenstrom macroglobulinemia", "Waldenstrom's macroglobulinemia",
                 "Waldenström's macroglobulinemia", "WM"}),
      condition("gilbert_syndrome", "Gilbert syndrome",
                {"Gilbert's syndrome", "Gilbert disease", "Gilbert's disease"}),
      condition("hiv", "HIV infection",
                {"HIV", "human immunodeficiency virus", "HIV positive", "HIV-positive",
                 "HIV seropositive", "HIV/AIDS", "AIDS", "acquired immunodeficiency syndrome"}),
      condition(
          "hepatitis_b", "hepatitis B infection",
          {"hepatitis B", "HBV", "chronic hepatitis B", "active hepatitis B", "HBV infection"}),
      condition(
          "hepatitis_c", "hepatitis C infection",
          {"hepatitis C", "HCV", "chronic hepatitis C", "active hepatitis C", "HCV infection"}),
      condition("active_infection", "active infection",
                {"uncontrolled infection", "active systemic infection",
                 "infection requiring systemic therapy", "active uncontrolled infection"}),
      condition("myocardial_infarction", "myocardial infarction",
                {"MI", "heart attack", "acute myocardial infarction", "AMI"}),
      condition(
          "heart_failure", "heart failure",
          {"congestive heart failure", "CHF", "cardiac failure", "symptomatic heart failure"}),
      condition("unstable_angina", "unstable angina", {"unstable angina pectoris"}),
      condition("arrhythmia", "cardiac arrhythmia",
                {"arrhythmia", "uncontrolled arrhythmia", "clinically significant arrhythmia",
                 "dysrhythmia"}),
      condition("stroke", "stroke", {"cerebrovascular accident", "CVA", "cerebral infarction"}),
      condition("copd", "chronic obstructive pulmonary disease", {"COPD"}),
      condition("asthma", "asthma", {"bronchial asthma", "persistent asthma"}),
      condition("other_malignancy", "other malignancy",
                {"prior malignancy", "second primary malignancy", "another malignancy",
                 "other active malignancy", "history of other malignancy", "concurrent malignancy",
                 "second malignancy"}),
      condition("cns_involvement", "CNS involvement",
                {"central nervous system involvement", "CNS myeloma", "CNS disease",
                 "leptomeningeal disease"}),
      condition("peripheral_neuropathy", "peripheral neuropathy",
                {"neuropathy", "sensory neuropathy", "painful peripheral neuropathy",
                 "peripheral sensory neuropathy"}),
      condition("pregnancy", "pregnancy", {"pregnant", "positive pregnancy test"}),
      condition("breastfeeding", "breastfeeding",
                {"breast-feeding", "lactating", "lactation", "nursing"}),
      condition("myeloma_defining_event", "myeloma-defining event",
                {"myeloma defining event", "MDE", "myeloma-defining events", "CRAB",
                 "CRAB criteria", "CRAB features", "SLiM-CRAB"}),
      condition("measurable_disease", "measurable disease",
                {"measurable myeloma", "measurable disease per IMWG", "IMWG measurable disease"})
          .state_of({"multiple_myeloma"}),
      condition("partial_response", "partial response", {"PR", "partial remission"})
          .state_of({"multiple_myeloma"}),
      // Cytogenetic findings of smoldering or active myeloma: seldom coded as conditions.
      condition("del17p", "deletion 17p",
                {"del(17p)", "17p deletion", "del 17p", "17p-", "deletion of 17p"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("t4_14", "translocation t(4;14)", {"t(4;14)", "t(4:14)", "t 4;14"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("t14_16", "translocation t(14;16)", {"t(14;16)", "t(14:16)", "t 14;16"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("gain_1q", "gain of 1q",
                {"1q gain", "gain(1q)", "+1q", "1q21 gain", "amp(1q)", "1q amplification",
                 "amplification of 1q21", "gain 1q"})
          .state_of({"smoldering_myeloma", "multiple_myeloma"}),
      condition("hypercalcemia", "hypercalcemia", {"hypercalcaemia"}),
      condition("renal_failure", "renal failure",
                {"renal insufficiency", "kidney failure", "renal impairment"}),
      condition("anemia", "anemia", {"anaemia"}),
      condition("bone_lesions", "bone disease",
                {"bone lesions", "myeloma bone disease", "skeletal lesions", "bone involvement"}),
      condition("venous_thromboembolism", "venous thromboembolism",
                {"VTE", "venous thromboembolic disease"}),
      condition("deep_vein_thrombosis", "deep vein thrombosis", {"DVT", "deep venous thrombosis"})
          .is_a({"venous_thromboembolism"}),
      condition("pulmonary_embolism", "pulmonary embolism", {"PE", "pulmonary embolus"})
          .is_a({"venous_thromboembolism"}),
      condition("diabetes", "diabetes mellitus", {"diabetes"}),
      condition("type_1_diabetes", "type 1 diabetes mellitus",
                {"type 1 diabetes", "T1DM", "T1D", "insulin-dependent diabetes"})
          .is_a({"diabetes"}),
      condition("type_2_diabetes", "type 2 diabetes mellitus",
                {"type 2 diabetes", "T2DM", "T2D", "non-insulin-dependent diabetes"})
          .is_a({"diabetes"}),
      // A cancer and its metastatic form: a record of the metastatic form is a record of
      // the cancer; the cancer on record and no word of metastases is unknown.
      condition("breast_cancer", "breast cancer", {"breast carcinoma", "carcinoma of the breast"}),
      condition("metastatic_breast_cancer", "metastatic breast cancer",
                {"metastatic breast carcinoma", "MBC", "stage IV breast cancer"})
          .is_a({"breast_cancer"}),
      condition("allergy_to_study_drug", "allergy to study drug",
                {"hypersensitivity to study drug", "known allergy to study drug",
                 "allergy to study treatment", "hypersensitivity to study treatment",
                 "known hypersensitivity to study drug"}),
      // ---- therapies
      therapy("lenalidomide", "lenalidomide", {"Revlimid"}),
      therapy("pomalidomide", "pomalidomide", {"Pomalyst", "Imnovid"}),
      therapy("thalidomide", "thalidomide", {"Thalomid"}),
      therapy("bortezomib", "bortezomib", {"Velcade"}),
      therapy("carfilzomib", "carfilzomib", {"Kyprolis"}),
      therapy("daratumumab", "daratumumab", {"Darzalex", "Darzalex Faspro", "daratumumab SC"})
          .is_a({"anti_cd38"}),
      therapy("isatuximab", "isatuximab", {"Sarclisa"}).is_a({"anti_cd38"}),
      therapy("anti_cd38", "anti-CD38 monoclonal antibody",
              {"anti-CD38 antibody", "anti-CD38 therapy", "anti-CD38 mAb", "CD38 antibody",
               "anti-CD38 monoclonal antibodies", "anti-CD38"}),
      therapy("dexamethasone", "dexamethasone", {"Decadron", "dex"}).is_a({"corticosteroids"}),
      therapy("corticosteroids", "systemic corticosteroids",
              {"corticosteroids", "steroids", "glucocorticoids", "systemic steroids",
               "corticosteroid therapy"}),
      therapy("melphalan", "melphalan", {"Alkeran"}),
      therapy("cyclophosphamide", "cyclophosphamide", {"Cytoxan", "Endoxan"}),
      therapy("prior_myeloma_therapy", "prior therapy for multiple myeloma",
              {"prior myeloma therapy", "prior anti-myeloma therapy",
               "prior systemic therapy for multiple myeloma", "previous treatment for myeloma",
               "prior treatment for multiple myeloma"}),
      therapy("investigational_agent", "investigational agent",
              {"investigational drug", "investigational product", "investigational therapy",
               "experimental therapy", "investigational medicinal product"}),
      therapy("plasmapheresis", "plasmapheresis",
              {"plasma exchange", "therapeutic plasma exchange"}),
      therapy("live_vaccine", "live vaccine",
              {"live attenuated vaccine", "live vaccines", "live-virus vaccine"}),
      therapy("strong_cyp3a_inhibitor", "strong CYP3A inhibitor",
              {"strong CYP3A4 inhibitor", "strong inhibitors of CYP3A", "strong CYP3A4 inhibitors",
               "strong CYP3A inhibitors"}),
      // ---- procedures
      procedure("asct", "autologous stem cell transplant",
                {"ASCT", "autologous stem cell transplantation", "autologous transplant",
                 "autologous SCT", "auto-SCT", "autologous hematopoietic stem cell transplant",
                 "autologous HSCT", "HDT/ASCT"}),
      procedure("allogeneic_transplant", "allogeneic stem cell transplant",
                {"allogeneic transplant", "allo-SCT", "allogeneic SCT",
                 "allogeneic stem cell transplantation", "allogeneic HSCT",
                 "allogeneic hematopoietic stem cell transplant", "allograft"}),
      procedure("major_surgery", "major surgery", {"major surgical procedure"}),
      procedure("radiotherapy", "radiotherapy",
                {"radiation therapy", "radiation", "RT", "palliative radiotherapy", "XRT",
                 "local radiotherapy"}),
  };
}

}  // namespace eligo
