// Vocabulary: look-ups by id, name, synonym and LOINC code; the built-in table's
// integrity (unique ids, no synonym claimed by two items, canonical units that parse
// to the entry's dimension, molar masses where conversions need them).
#include "core/vocabulary.hpp"

#include <catch2/catch.hpp>
#include <cctype>
#include <map>
#include <set>
#include <string>

#include "core/vocabulary_table.hpp"
#include "tests/core/vocabulary_support.hpp"

using namespace eligo;
using eligo::test::named;
using eligo::test::vocab;

namespace {

std::string by_loinc(std::string_view code) {
  const VocabularyEntry* e = vocab().find_loinc(code);
  return e ? e->id : "<none>";
}

// The test's own folding: lowercase, trimmed, inner space runs as one.
std::string fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

TEST_CASE("the items the issue names are all there, with their kind", "[vocabulary]") {
  const char* const measures[] = {"anc",
                                  "wbc",
                                  "platelets",
                                  "hemoglobin",
                                  "total_bilirubin",
                                  "direct_bilirubin",
                                  "alt",
                                  "ast",
                                  "alkaline_phosphatase",
                                  "creatinine",
                                  "creatinine_clearance",
                                  "egfr",
                                  "calcium",
                                  "corrected_calcium",
                                  "albumin",
                                  "serum_m_protein",
                                  "urine_m_protein",
                                  "kappa_flc",
                                  "lambda_flc",
                                  "involved_flc",
                                  "uninvolved_flc",
                                  "flc_ratio",
                                  "bmpc_percent",
                                  "aberrant_pc_percent",
                                  "ecog",
                                  "karnofsky",
                                  "lvef",
                                  "qtcf",
                                  "inr",
                                  "aptt",
                                  "age",
                                  "weight",
                                  "height",
                                  "bsa",
                                  "life_expectancy",
                                  "prior_lines",
                                  "bone_lytic_lesions",
                                  "focal_lesions",
                                  "nyha_class",
                                  "igg",
                                  "iga",
                                  "igm",
                                  "ldh",
                                  "beta2_microglobulin",
                                  "potassium",
                                  "sodium",
                                  "magnesium",
                                  "glucose",
                                  "hba1c",
                                  "troponin",
                                  "bnp",
                                  "ntprobnp"};
  const char* const conditions[] = {"smoldering_myeloma",
                                    "multiple_myeloma",
                                    "relapsed_multiple_myeloma",
                                    "refractory_multiple_myeloma",
                                    "mgus",
                                    "plasma_cell_leukemia",
                                    "amyloidosis",
                                    "poems_syndrome",
                                    "waldenstrom",
                                    "gilbert_syndrome",
                                    "hiv",
                                    "hepatitis_b",
                                    "hepatitis_c",
                                    "active_infection",
                                    "myocardial_infarction",
                                    "heart_failure",
                                    "unstable_angina",
                                    "arrhythmia",
                                    "stroke",
                                    "copd",
                                    "asthma",
                                    "other_malignancy",
                                    "cns_involvement",
                                    "peripheral_neuropathy",
                                    "pregnancy",
                                    "breastfeeding",
                                    "myeloma_defining_event",
                                    "measurable_disease",
                                    "partial_response",
                                    "del17p",
                                    "t4_14",
                                    "t14_16",
                                    "gain_1q",
                                    "hypercalcemia",
                                    "renal_failure",
                                    "anemia",
                                    "bone_lesions",
                                    "deep_vein_thrombosis",
                                    "pulmonary_embolism",
                                    "allergy_to_study_drug"};
  const char* const therapies[] = {
      "lenalidomide",          "pomalidomide",          "thalidomide",    "bortezomib",
      "carfilzomib",           "daratumumab",           "isatuximab",     "anti_cd38",
      "dexamethasone",         "corticosteroids",       "melphalan",      "cyclophosphamide",
      "prior_myeloma_therapy", "investigational_agent", "plasmapheresis", "live_vaccine",
      "strong_cyp3a_inhibitor"};
  const char* const procedures[] = {"asct", "allogeneic_transplant", "major_surgery",
                                    "radiotherapy"};
  const auto check = [](const char* id, ItemKind kind) {
    INFO(id);
    const VocabularyEntry* e = vocab().find(id);
    REQUIRE(e != nullptr);
    CHECK(e->kind == kind);
  };
  for (const char* id : measures) check(id, ItemKind::measure);
  for (const char* id : conditions) check(id, ItemKind::condition);
  for (const char* id : therapies) check(id, ItemKind::therapy);
  for (const char* id : procedures) check(id, ItemKind::procedure);
  check("birth_date", ItemKind::demographic);
  check("sex", ItemKind::demographic);
  CHECK(vocab().find("ctcae_grade") == nullptr);
  CHECK(to_string(ItemKind::therapy) == "therapy");
}

TEST_CASE("find is exact, find_name ignores case and surrounding space", "[vocabulary]") {
  CHECK(vocab().find("ANC") == nullptr);
  CHECK(vocab().find(" anc") == nullptr);
  struct Case {
    const char* text;
    const char* id;
  };
  const Case cases[] = {
      {"anc", "anc"},
      {"ANC", "anc"},
      {"absolute neutrophil count", "anc"},
      {"  Neutrophil   Count ", "anc"},
      {"NEUTROPHILS", "anc"},
      {"platelet count", "platelets"},
      {"Platelets", "platelets"},
      {"PLT", "platelets"},
      {"total bilirubin", "total_bilirubin"},
      {"total_bilirubin", "total_bilirubin"},
      {"bilirubin", "total_bilirubin"},
      {"serum bilirubin", "total_bilirubin"},
      {"T bili", "total_bilirubin"},
      {"ALT", "alt"},
      {"alanine aminotransferase", "alt"},
      {"alanine transaminase", "alt"},
      {"SGPT", "alt"},
      {"sgot", "ast"},
      {"creatinine clearance", "creatinine_clearance"},
      {"CrCl", "creatinine_clearance"},
      {"CrCL", "creatinine_clearance"},
      {"calculated creatinine clearance", "creatinine_clearance"},
      {"eGFR", "egfr"},
      {"estimated glomerular filtration rate", "egfr"},
      {"GFR", "egfr"},
      {"corrected serum calcium", "corrected_calcium"},
      {"corrected calcium", "corrected_calcium"},
      {"calcium", "calcium"},
      {"bone marrow plasma cells", "bmpc_percent"},
      {"clonal bone marrow plasma cells", "bmpc_percent"},
      {"BMPC", "bmpc_percent"},
      {"bone marrow plasmacytosis", "bmpc_percent"},
      {"FLC ratio", "flc_ratio"},
      {"free light chain ratio", "flc_ratio"},
      {"involved:uninvolved FLC ratio", "flc_ratio"},
      {"serum free light chain ratio", "flc_ratio"},
      {"sFLC ratio", "flc_ratio"},
      {"kappa/lambda ratio", "kappa_lambda_ratio"},
      {"involved FLC", "involved_flc"},
      {"involved free light chain", "involved_flc"},
      {"iFLC", "involved_flc"},
      {"serum M-protein", "serum_m_protein"},
      {"serum M protein", "serum_m_protein"},
      {"M-protein", "serum_m_protein"},
      {"serum monoclonal protein", "serum_m_protein"},
      {"M-spike", "serum_m_protein"},
      {"SPEP M-spike", "serum_m_protein"},
      {"urine M-protein", "urine_m_protein"},
      {"urine monoclonal protein", "urine_m_protein"},
      {"urine M protein", "urine_m_protein"},
      {"ECOG", "ecog"},
      {"ECOG performance status", "ecog"},
      {"ECOG PS", "ecog"},
      {"Eastern Cooperative Oncology Group performance status", "ecog"},
      {"KPS", "karnofsky"},
      {"serum albumin", "albumin"},
      {"serum_albumin", "albumin"},
      {"Hgb", "hemoglobin"},
      {"LVEF", "lvef"},
      {"QTcF", "qtcf"},
      {"NT-proBNP", "ntprobnp"},
      {"BNP", "bnp"},
      {"beta-2 microglobulin", "beta2_microglobulin"},
      {"lytic lesions", "bone_lytic_lesions"},
      {"focal lesions", "focal_lesions"},
      {"NYHA class", "nyha_class"},
      {"prior lines of therapy", "prior_lines"},
      {"date of birth", "birth_date"},
      {"gender", "sex"},
      {"smoldering myeloma", "smoldering_myeloma"},
      {"MGUS", "mgus"},
      {"Gilbert's syndrome", "gilbert_syndrome"},
      {"HIV", "hiv"},
      {"t(4;14)", "t4_14"},
      {"del(17p)", "del17p"},
      {"1q gain", "gain_1q"},
      {"Revlimid", "lenalidomide"},
      {"Velcade", "bortezomib"},
      {"anti-CD38 monoclonal antibody", "anti_cd38"},
      {"strong CYP3A4 inhibitor", "strong_cyp3a_inhibitor"},
      {"ASCT", "asct"},
      {"autologous stem cell transplant", "asct"},
      {"allogeneic transplant", "allogeneic_transplant"},
      {"radiation therapy", "radiotherapy"},
      {"major surgery", "major_surgery"},
      {"plasma exchange", "plasmapheresis"},
  };
  for (const auto& c : cases) {
    INFO("'" << c.text << "'");
    CHECK(named(c.text) == c.id);
  }
  CHECK(named("furlong count") == "<none>");
  CHECK(named("") == "<none>");
  CHECK(named("   ") == "<none>");
}

TEST_CASE("find_loinc accepts a LOINC: prefix", "[vocabulary]") {
  struct Case {
    const char* code;
    const char* id;
  };
  const Case cases[] = {
      {"751-8", "anc"},
      {"26499-4", "anc"},
      {"LOINC:751-8", "anc"},
      {"loinc: 26499-4", "anc"},
      {" 718-7 ", "hemoglobin"},
      {"LOINC 718-7", "hemoglobin"},
      {"http://loinc.org|1975-2", "total_bilirubin"},
      {"2160-0", "creatinine"},
      {"38483-4", "creatinine"},
      {"17861-6", "calcium"},
      {"49765-1", "calcium"},
      {"33914-3", "egfr"},
      {"62238-1", "egfr"},
      {"98979-8", "egfr"},
      {"2164-2", "creatinine_clearance"},
      {"36916-5", "kappa_flc"},
      {"33944-0", "lambda_flc"},
      {"48378-4", "kappa_lambda_ratio"},
      {"6301-6", "inr"},
      {"34714-6", "inr"},
      {"29463-7", "weight"},
      {"8302-2", "height"},
      {"89247-1", "ecog"},
      {"89243-0", "karnofsky"},
      {"10230-1", "lvef"},
      {"777-3", "platelets"},
      {"26515-7", "platelets"},
      {"6690-2", "wbc"},
      {"1742-6", "alt"},
      {"1920-8", "ast"},
      {"6768-6", "alkaline_phosphatase"},
      {"1751-7", "albumin"},
      {"1968-7", "direct_bilirubin"},
      {"2339-0", "glucose"},
      {"4548-4", "hba1c"},
  };
  for (const auto& c : cases) {
    INFO(c.code);
    CHECK(by_loinc(c.code) == c.id);
  }
  CHECK(by_loinc("0000-0") == "<none>");
  CHECK(by_loinc("LOINC:") == "<none>");
}

TEST_CASE("ids are unique snake_case, no name or synonym belongs to two items", "[vocabulary]") {
  std::set<std::string> ids;
  std::map<std::string, std::string> owner;  // folded name -> id
  std::map<std::string, std::string> loinc_owner;
  for (const auto& e : vocab().entries()) {
    INFO(e.id);
    CHECK(ids.insert(e.id).second);
    CHECK_FALSE(e.id.empty());
    for (const char c : e.id)
      CHECK((std::islower(static_cast<unsigned char>(c)) ||
             std::isdigit(static_cast<unsigned char>(c)) || c == '_'));
    CHECK_FALSE(e.name.empty());
    std::string spaced = e.id;
    for (char& c : spaced) c = c == '_' ? ' ' : c;
    std::vector<std::string> keys{e.id, spaced, e.name};
    keys.insert(keys.end(), e.synonyms.begin(), e.synonyms.end());
    for (const auto& k : keys) {
      INFO("name '" << k << "'");
      const auto [it, fresh] = owner.emplace(fold(k), e.id);
      CHECK(it->second == e.id);
      CHECK(vocab().find_name(k) == &e);
    }
    for (const auto& code : e.loinc) {
      INFO("LOINC " << code);
      const auto [it, fresh] = loinc_owner.emplace(code, e.id);
      CHECK(fresh);
      const auto dash = code.find('-');
      REQUIRE(dash != std::string::npos);
      CHECK(code.size() - dash == 2);  // one check digit
      CHECK(vocab().find_loinc(code) == &e);
    }
  }
}

TEST_CASE("every measure's canonical unit parses and has the entry's dimension", "[vocabulary]") {
  for (const auto& e : vocab().entries()) {
    INFO(e.id);
    if (e.kind != ItemKind::measure) {
      CHECK(e.canonical_unit.empty());
      CHECK(e.loinc.empty());
      CHECK_FALSE(e.molar_mass);
      CHECK_FALSE(e.ref_low);
      CHECK_FALSE(e.ref_high);
      continue;
    }
    const auto u = parse_unit(e.canonical_unit);
    INFO(u.error());
    REQUIRE(u.ok());
    CHECK(u->code == e.canonical_unit);
    CHECK(u->dimension == e.dimension);
    if (e.molar_mass) {
      CHECK((e.dimension == Dimension::mass_concentration ||
             e.dimension == Dimension::molar_concentration));
    }
    if (e.integer) CHECK(e.dimension == Dimension::count);
    if (e.ref_low && e.ref_high) CHECK(*e.ref_low < *e.ref_high);
    const auto same = convert(2.5, *u, *u, e.analyte());
    REQUIRE(same.ok());
    CHECK(*same == 2.5);
  }
}

TEST_CASE("canonical units, molar masses and ranges the issue fixes", "[vocabulary]") {
  struct Case {
    const char* id;
    const char* unit;
  };
  const Case units[] = {
      {"anc", "10^9/L"},
      {"wbc", "10^9/L"},
      {"platelets", "10^9/L"},
      {"hemoglobin", "g/dL"},
      {"albumin", "g/dL"},
      {"serum_m_protein", "g/dL"},
      {"total_bilirubin", "mg/dL"},
      {"direct_bilirubin", "mg/dL"},
      {"creatinine", "mg/dL"},
      {"calcium", "mg/dL"},
      {"corrected_calcium", "mg/dL"},
      {"kappa_flc", "mg/L"},
      {"lambda_flc", "mg/L"},
      {"involved_flc", "mg/L"},
      {"uninvolved_flc", "mg/L"},
      {"urine_m_protein", "mg/24h"},
      {"creatinine_clearance", "mL/min"},
      {"egfr", "mL/min/1.73m2"},
      {"alt", "U/L"},
      {"ast", "U/L"},
      {"alkaline_phosphatase", "U/L"},
      {"bmpc_percent", "%"},
      {"lvef", "%"},
      {"age", "years"},
      {"weight", "kg"},
      {"height", "cm"},
      {"qtcf", "ms"},
      {"life_expectancy", "months"},
      {"ecog", ""},
      {"karnofsky", ""},
      {"nyha_class", ""},
      {"prior_lines", ""},
      {"bone_lytic_lesions", ""},
      {"focal_lesions", ""},
      {"flc_ratio", ""},
      {"inr", ""},
  };
  for (const auto& c : units) {
    INFO(c.id);
    REQUIRE(vocab().find(c.id) != nullptr);
    CHECK(vocab().find(c.id)->canonical_unit == c.unit);
  }
  for (const char* id :
       {"ecog", "karnofsky", "nyha_class", "prior_lines", "bone_lytic_lesions", "focal_lesions"}) {
    INFO(id);
    CHECK(vocab().find(id)->integer);
  }
  CHECK_FALSE(vocab().find("flc_ratio")->integer);
  CHECK_FALSE(vocab().find("inr")->integer);
  CHECK(vocab().find("creatinine")->molar_mass == 113.12);
  CHECK(vocab().find("calcium")->molar_mass == 40.08);
  CHECK(vocab().find("corrected_calcium")->molar_mass == 40.08);
  CHECK(vocab().find("total_bilirubin")->molar_mass == 584.66);
  CHECK(vocab().find("direct_bilirubin")->molar_mass == 584.66);
  CHECK(vocab().find("glucose")->molar_mass == 180.16);
  CHECK(vocab().find("hemoglobin")->molar_mass == 16114.5);
  CHECK_FALSE(vocab().find("albumin")->molar_mass);
  CHECK(vocab().find("total_bilirubin")->ref_high == 1.2);
  CHECK(vocab().find("alt")->ref_high == 56.0);
  CHECK(vocab().find("albumin")->ref_low == 3.5);
  CHECK_FALSE(vocab().find("hemoglobin")->ref_low);  // sex-specific: from the patient's lab
}

TEST_CASE("vocabulary entries drive conversions", "[vocabulary]") {
  const VocabularyEntry* creatinine = vocab().find_name("serum creatinine");
  REQUIRE(creatinine != nullptr);
  const auto v = convert(1, *parse_unit("mg/dL"), *parse_unit("umol/L"), creatinine->analyte());
  REQUIRE(v.ok());
  CHECK(*v == Approx(88.4).margin(0.05));
  const VocabularyEntry* anc = vocab().find("anc");
  const auto canonical =
      convert(1000, *parse_unit("/uL"), *parse_unit(anc->canonical_unit), anc->analyte());
  REQUIRE(canonical.ok());
  CHECK(*canonical == 1.0);
  const VocabularyEntry* albumin = vocab().find("albumin");
  const auto refused = convert(3.5, *parse_unit("g/dL"), *parse_unit("mmol/L"), albumin->analyte());
  CHECK(refused.error() == "cannot convert albumin from g/dL to mmol/L: no molar mass for albumin");
}

TEST_CASE("a vocabulary built from other rows indexes them, the first claim wins", "[vocabulary]") {
  VocabularyEntry a;
  a.id = "foo";
  a.name = "Foo";
  a.synonyms = {"shared", "F"};
  a.loinc = {"1-1"};
  VocabularyEntry b;
  b.id = "bar";
  b.name = "Bar";
  b.synonyms = {"SHARED"};
  b.loinc = {"1-1", "2-2"};
  const Vocabulary v({a, b});
  CHECK(v.entries().size() == 2);
  CHECK(v.find("bar")->name == "Bar");
  CHECK(v.find_name("shared")->id == "foo");
  CHECK(v.find_name(" f ")->id == "foo");
  CHECK(v.find_loinc("1-1")->id == "foo");
  CHECK(v.find_loinc("LOINC:2-2")->id == "bar");
  CHECK(builtin_vocabulary_entries().size() == vocab().entries().size());
}

TEST_CASE("history and fixed traits are not windowed, current states are", "[vocabulary]") {
  // docs/evaluation.md: the latest height or number of prior lines counts however old.
  CHECK_FALSE(vocab().find("height")->windowed);
  CHECK_FALSE(vocab().find("prior_lines")->windowed);
  for (const char* id : {"anc", "platelets", "total_bilirubin", "ecog", "weight", "creatinine"}) {
    INFO(id);
    CHECK(vocab().find(id)->windowed);
  }
}
