// The built-in measures (issue 13): at least 250 of them; each with plausible values and
// a threshold range inside them, units criteria write it in that convert to its
// canonical unit, and whole-number scores without a unit; the items the issue names are
// there under the names registries use; abbreviations that mean something else are not.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "core/vocabulary.hpp"
#include "tests/core/vocabulary_support.hpp"

using namespace eligo;
using eligo::test::named;
using eligo::test::vocab;

TEST_CASE("the vocabulary has at least 250 measures", "[vocabulary][measures]") {
  std::size_t measures = 0;
  for (const auto& e : vocab().entries()) measures += e.kind == ItemKind::measure ? 1 : 0;
  INFO(measures << " measures");
  CHECK(measures >= 250);
}

TEST_CASE("every measure has plausible values and a threshold range inside them",
          "[vocabulary][measures]") {
  for (const auto& e : vocab().entries()) {
    if (e.kind != ItemKind::measure) continue;
    INFO(e.id);
    REQUIRE(e.plausible_low);
    REQUIRE(e.plausible_high);
    REQUIRE(e.threshold_low);
    REQUIRE(e.threshold_high);
    CHECK(*e.plausible_low < *e.plausible_high);
    CHECK(*e.threshold_low < *e.threshold_high);
    CHECK(*e.plausible_low <= *e.threshold_low);
    CHECK(*e.threshold_high <= *e.plausible_high);
    CHECK(*e.plausible_low >= 0);  // plausible() refuses negative values
    if (e.ref_low) CHECK(*e.ref_low >= *e.plausible_low);
    if (e.ref_high) CHECK(*e.ref_high <= *e.plausible_high);
  }
}

TEST_CASE("every written unit parses and converts to the canonical unit",
          "[vocabulary][measures]") {
  for (const auto& e : vocab().entries()) {
    if (e.kind != ItemKind::measure) continue;
    INFO(e.id);
    const auto canonical = parse_unit(e.canonical_unit);
    REQUIRE(canonical.ok());
    bool has_canonical = e.written_units.empty();
    std::set<std::string> seen;
    for (const auto& written : e.written_units) {
      INFO("written unit '" << written << "'");
      const auto u = parse_unit(written);
      INFO(u.error());
      REQUIRE(u.ok());
      CHECK(u->code == written);  // written as a canonical code
      CHECK(seen.insert(u->code).second);
      // No two of one size (10^9/L and 10^3/uL): a number written without a unit takes a
      // written unit only when exactly one makes it sensible, and equal sizes never do.
      for (const auto& other : e.written_units) {
        if (other == written) break;
        const auto o = parse_unit(other);
        if (o.ok() && o->dimension == u->dimension) CHECK(o->to_base != u->to_base);
      }
      CHECK(convertible(u->dimension, e.dimension, e.analyte()));
      const auto there = convert(1.0, *u, *canonical, e.analyte());
      INFO(there.error());
      CHECK(there.ok());
      has_canonical |= u->code == canonical->code;
    }
    CHECK(has_canonical);
    if (e.valence) {
      CHECK(*e.valence > 0);
      CHECK((e.dimension == Dimension::molar_concentration ||
             e.dimension == Dimension::mass_concentration));
    }
    if (e.integer) CHECK(e.dimension == Dimension::count);
  }
}

TEST_CASE("the measures the issue names are there", "[vocabulary][measures]") {
  const char* const ids[] = {
      // vitals
      "systolic_bp", "diastolic_bp", "heart_rate", "temperature", "spo2", "respiratory_rate",
      "weight", "height", "bmi", "bsa",
      // electrolytes and chemistry
      "sodium", "potassium", "chloride", "bicarbonate", "magnesium", "phosphate", "fasting_glucose",
      "glucose", "hba1c", "urea", "bun", "uric_acid", "ldh", "ck", "crp", "ferritin", "troponin_i",
      "troponin_t", "bnp", "ntprobnp", "lipase", "amylase", "tsh", "free_t4", "ldl_cholesterol",
      "hdl_cholesterol", "total_cholesterol", "triglycerides", "total_protein", "ggt", "lactate",
      "ammonia", "vitamin_d", "vitamin_b12", "folate", "serum_iron", "transferrin_saturation",
      "cortisol", "testosterone", "psa", "cea", "ca125", "afp", "beta_hcg", "procalcitonin", "esr",
      "ige",
      // coagulation
      "inr", "pt", "aptt", "fibrinogen", "d_dimer", "anti_xa",
      // haematology
      "wbc", "lymphocytes", "monocytes", "eosinophils", "cd4_count", "cd4_percent", "hematocrit",
      "reticulocytes", "blasts_blood_percent", "blasts_marrow_percent", "mcv", "rbc",
      // renal
      "upcr", "uacr", "urine_protein_24h", "urine_dipstick_protein", "cystatin_c",
      // infection
      "hiv_viral_load", "hbv_dna", "hcv_rna",
      // cardiac and pulmonary
      "lvef", "qt_interval", "qtc", "qtcf", "qtcb", "pr_interval", "qrs_duration", "fev1",
      "fev1_percent_predicted", "fvc", "fev1_fvc", "dlco_percent_predicted", "pao2", "paco2",
      "pf_ratio", "six_minute_walk", "mean_pap",
      // scores
      "ecog", "karnofsky", "lansky", "nyha_class", "child_pugh_score", "child_pugh_class", "meld",
      "hct_ci", "asa_class", "gcs", "nihss", "mrs", "mmse", "moca", "edss", "ham_d", "madrs",
      "panss", "ymrs", "cgi_s", "bdi_ii", "phq9", "gad7", "ham_a", "adas_cog", "cdr_global",
      "mds_updrs_iii", "alsfrs_r", "apgar",
      // scales and indices the gold annotation of registry text names
      "phq8", "phq_a", "ham_d6", "ids_sr30", "asi3", "audit_score", "audit_c", "psqi", "ahi",
      "oxygen_desaturation_index", "apnea_index", "hit6", "clinical_frailty_scale",
      "west_haven_grade", "clif_c_ad", "icdsc", "ipss_r", "gleason_score", "widespread_pain_index",
      "symptom_severity_scale", "acq", "asthma_control_test", "ccs_angina_class",
      "copd_gold_stage"};
  for (const char* id : ids) {
    INFO(id);
    const VocabularyEntry* e = vocab().find(id);
    REQUIRE(e != nullptr);
    CHECK(e->kind == ItemKind::measure);
  }
}

TEST_CASE("registries' names find the new measures", "[vocabulary][measures]") {
  struct Case {
    const char* text;
    const char* id;
  };
  const Case cases[] = {
      {"SBP", "systolic_bp"},
      {"systolic blood pressure", "systolic_bp"},
      {"DBP", "diastolic_bp"},
      {"pulse", "heart_rate"},
      {"SpO2", "spo2"},
      {"oxygen saturation", "spo2"},
      {"body mass index", "bmi"},
      {"BMI", "bmi"},
      {"body temperature", "temperature"},
      {"HCO3", "bicarbonate"},
      {"phosphorus", "phosphate"},
      {"BUN", "bun"},
      {"fasting plasma glucose", "fasting_glucose"},
      {"FPG", "fasting_glucose"},
      {"fasting glucose", "fasting_glucose"},
      {"random blood glucose", "glucose"},
      {"LDL-C", "ldl_cholesterol"},
      {"LDL cholesterol", "ldl_cholesterol"},
      {"HDL", "hdl_cholesterol"},
      {"triglycerides", "triglycerides"},
      {"GGT", "ggt"},
      {"gamma-glutamyl transpeptidase", "ggt"},
      {"TSH", "tsh"},
      {"free T4", "free_t4"},
      {"FT4", "free_t4"},
      {"25-hydroxyvitamin D", "vitamin_d"},
      {"vitamin B12", "vitamin_b12"},
      {"TSAT", "transferrin_saturation"},
      {"CA-125", "ca125"},
      {"CA 19-9", "ca19_9"},
      {"beta-hCG", "beta_hcg"},
      {"hs-CRP", "hs_crp"},
      {"C-reactive protein", "crp"},
      {"ESR", "esr"},
      {"CD4 count", "cd4_count"},
      {"CD4+ T cell count", "cd4_count"},
      {"HIV-1 RNA", "hiv_viral_load"},
      {"HIV viral load", "hiv_viral_load"},
      {"HBV DNA", "hbv_dna"},
      {"HCV RNA", "hcv_rna"},
      {"PT", "pt"},
      {"prothrombin time", "pt"},
      {"D-dimer", "d_dimer"},
      {"anti-Xa", "anti_xa"},
      {"absolute lymphocyte count", "lymphocytes"},
      {"ALC", "lymphocytes"},
      {"haematocrit", "hematocrit"},
      {"Hct", "hematocrit"},
      {"bone marrow blasts", "blasts_marrow_percent"},
      {"peripheral blood blasts", "blasts_blood_percent"},
      {"UPCR", "upcr"},
      {"urine protein/creatinine ratio", "upcr"},
      {"UACR", "uacr"},
      {"urine albumin-to-creatinine ratio", "uacr"},
      {"proteinuria", "urine_protein_24h"},
      {"dipstick protein", "urine_dipstick_protein"},
      {"cystatin C", "cystatin_c"},
      {"QTc", "qtc"},
      {"QTcF", "qtcf"},
      {"QTcB", "qtcb"},
      {"uncorrected QT interval", "qt_interval"},
      {"PR interval", "pr_interval"},
      {"QRS duration", "qrs_duration"},
      {"troponin I", "troponin_i"},
      {"troponin T", "troponin_t"},
      {"troponin", "troponin"},
      {"FEV1", "fev1"},
      {"FEV1 % predicted", "fev1_percent_predicted"},
      {"FEV1/FVC", "fev1_fvc"},
      {"DLCO", "dlco_percent_predicted"},
      {"PaO2/FiO2", "pf_ratio"},
      {"P/F ratio", "pf_ratio"},
      {"6MWD", "six_minute_walk"},
      {"mPAP", "mean_pap"},
      {"WHO performance status", "ecog"},
      {"WHO PS", "ecog"},
      {"Lansky", "lansky"},
      {"Lanksy", "lansky"},
      {"Lansky Play Score", "lansky"},
      {"bodyweight", "weight"},
      {"Child-Pugh score", "child_pugh_score"},
      {"Child-Pugh class", "child_pugh_class"},
      {"MELD", "meld"},
      {"HCT-CI", "hct_ci"},
      {"ASA class", "asa_class"},
      {"GCS", "gcs"},
      {"NIHSS", "nihss"},
      {"mRS", "mrs"},
      {"MMSE", "mmse"},
      {"MoCA", "moca"},
      {"EDSS", "edss"},
      {"HAM-D", "ham_d"},
      {"HDRS", "ham_d"},
      {"MADRS", "madrs"},
      {"PANSS", "panss"},
      {"YMRS", "ymrs"},
      {"CGI-S", "cgi_s"},
      {"BDI-II", "bdi_ii"},
      {"PHQ-9", "phq9"},
      {"GAD-7", "gad7"},
      {"HAM-A", "ham_a"},
      {"ADAS-Cog", "adas_cog"},
      {"CDR", "cdr_global"},
      {"CDR-SB", "cdr_sb"},
      {"MDS-UPDRS", "mds_updrs_iii"},
      {"ALSFRS-R", "alsfrs_r"},
      {"Apgar score", "apgar"},
      // the registries' own phrases (tests/corpus/gold/thresholds.tsv)
      {"PHQ-8", "phq8"},
      {"PHQ-8 score", "phq8"},
      {"PHQ-A score", "phq_a"},
      {"HAMD-6 score", "ham_d6"},
      {"HAMD-6", "ham_d6"},
      {"HAMD", "ham_d"},  // the 17-item scale keeps its names
      {"IDS-SR30", "ids_sr30"},
      {"ASI-3", "asi3"},
      {"Anxiety Sensitivity Index-3", "asi3"},
      {"AUDIT", "audit_score"},
      {"Alcohol Use Disorders Identification Test", "audit_score"},
      {"AUDIT-C", "audit_c"},
      {"Pittsburgh Sleep Quality Index", "psqi"},
      {"PSQI", "psqi"},
      {"AHI", "ahi"},
      {"apnoea-hypoapnoea index", "ahi"},
      {"Apnea-hypopnea Index", "ahi"},
      {"oxygen desaturation index", "oxygen_desaturation_index"},
      {"Apnea index", "apnea_index"},
      {"HIT-6", "hit6"},
      {"HIT-6™", "hit6"},
      {"Clinical Frailty Scale score", "clinical_frailty_scale"},
      {"West-Haven classification", "west_haven_grade"},
      {"CLIF-C AD score", "clif_c_ad"},
      {"ICDSC", "icdsc"},
      {"IPSS-R", "ipss_r"},
      {"Revised International Prognostic Scoring System", "ipss_r"},
      {"Gleason score", "gleason_score"},
      {"Widespread pain index", "widespread_pain_index"},
      {"WPI", "widespread_pain_index"},
      {"SS scale score", "symptom_severity_scale"},
      {"ACQ", "acq"},
      {"Asthma Control Test Score", "asthma_control_test"},
      {"Canadian Cardiovascular Society class", "ccs_angina_class"},
      {"CCS class", "ccs_angina_class"},
      {"COPD GOLD", "copd_gold_stage"},
  };
  for (const auto& c : cases) {
    INFO("'" << c.text << "'");
    CHECK(named(c.text) == c.id);
  }
}

TEST_CASE("abbreviations that mean something else name no measure", "[vocabulary][measures]") {
  // docs/vocabulary.md, "Abbreviations left out". The prose grammar matches a short
  // abbreviation as written (case and all), so no measure may be written exactly so;
  // "Ca" (calcium) and "Hct" (haematocrit) stay, "CA" and "HCT" do not.
  std::set<std::string> written;
  for (const auto& e : vocab().entries()) {
    if (e.kind != ItemKind::measure) continue;
    written.insert(e.id);
    written.insert(e.name);
    written.insert(e.synonyms.begin(), e.synonyms.end());
  }
  for (const char* text :
       {"PR", "CR", "CA", "T", "HR", "RR", "BP", "ASA", "PCR", "ACR", "HCT", "IPSS", "CDAI", "TG",
        "TC", "T3", "T4", "E2", "PCT", "TT", "AT", "UA", "AG", "TP", "Ht", "PAP", "pH", "EOS",
        "PCV", "USG", "C", "F", "LPS", "PVR", "hCG", "blasts", "iron", "progesterone", "estradiol",
        "QT", "QT interval", "thyroxine", "growth hormone", "fever",
        // a scale's letters that name something else in criteria
        "ODI", "CFS", "HIT", "ASI", "ACT", "SS", "CCS", "CSS", "GOLD", "Gleason", "audit"}) {
    INFO(text);
    CHECK(written.count(text) == 0);
  }
}

TEST_CASE("scores carry their scale", "[vocabulary][measures]") {
  struct Scale {
    const char* id;
    double low, high;
    bool whole;
  };
  const Scale scales[] = {
      {"ecog", 0, 5, true},
      {"karnofsky", 0, 100, true},
      {"lansky", 0, 100, true},
      {"nyha_class", 1, 4, true},
      {"child_pugh_score", 5, 15, true},
      {"child_pugh_class", 1, 3, true},
      {"meld", 6, 40, true},
      {"gcs", 3, 15, true},
      {"nihss", 0, 42, true},
      {"mrs", 0, 6, true},
      {"mmse", 0, 30, true},
      {"moca", 0, 30, true},
      {"edss", 0, 10, false},
      {"ham_d", 0, 52, true},
      {"madrs", 0, 60, true},
      {"panss", 30, 210, true},
      {"ymrs", 0, 60, true},
      {"cgi_s", 1, 7, true},
      {"bdi_ii", 0, 63, true},
      {"phq9", 0, 27, true},
      {"gad7", 0, 21, true},
      {"ham_a", 0, 56, true},
      {"asa_class", 1, 6, true},
      {"apgar", 0, 10, true},
      {"alsfrs_r", 0, 48, true},
      {"cdr_global", 0, 3, false},
      {"urine_dipstick_protein", 0, 5, true},
      {"phq8", 0, 24, true},
      {"phq_a", 0, 27, true},
      {"ham_d6", 0, 22, true},
      {"ids_sr30", 0, 84, true},
      {"asi3", 0, 72, true},
      {"audit_score", 0, 40, true},
      {"audit_c", 0, 12, true},
      {"psqi", 0, 21, true},
      {"hit6", 36, 78, true},
      {"clinical_frailty_scale", 1, 9, true},
      {"west_haven_grade", 0, 4, true},
      {"clif_c_ad", 0, 100, false},
      {"icdsc", 0, 8, true},
      {"ipss_r", 0, 10, false},
      {"gleason_score", 2, 10, true},
      {"widespread_pain_index", 0, 19, true},
      {"symptom_severity_scale", 0, 12, true},
      {"acq", 0, 6, false},
      {"asthma_control_test", 5, 25, true},
      {"ccs_angina_class", 1, 4, true},
      {"copd_gold_stage", 1, 4, true},
  };
  for (const auto& s : scales) {
    INFO(s.id);
    const VocabularyEntry* e = vocab().find(s.id);
    REQUIRE(e != nullptr);
    CHECK(e->canonical_unit.empty());
    CHECK(e->plausible_low == s.low);
    CHECK(e->plausible_high == s.high);
    CHECK(e->threshold_low == s.low);
    CHECK(e->threshold_high == s.high);
    CHECK(e->integer == s.whole);
  }
}

TEST_CASE("thresholds the issue fixes", "[vocabulary][measures]") {
  CHECK(vocab().find("hemoglobin")->threshold_low == 4.0);
  CHECK(vocab().find("hemoglobin")->threshold_high == 20.0);
  CHECK(vocab().find("anc")->threshold_low == 0.1);
  CHECK(vocab().find("anc")->threshold_high == 20.0);
  CHECK(vocab().find("platelets")->threshold_low == 5.0);
  CHECK(vocab().find("platelets")->threshold_high == 1000.0);
  CHECK(vocab().find("sodium")->valence == 1);
  CHECK(vocab().find("magnesium")->valence == 2);
  CHECK(vocab().find("temperature")->canonical_unit == "Cel");
  CHECK(vocab().find("bsa")->canonical_unit == "m2");
  CHECK(vocab().find("bmi")->canonical_unit == "kg/m2");
  CHECK(vocab().find("uacr")->canonical_unit == "mg/g");
  CHECK(vocab().find("hiv_viral_load")->canonical_unit == "/mL");
  CHECK(vocab().find("hbv_dna")->canonical_unit == "IU/mL");
}

TEST_CASE("sleep-study indices are events per hour", "[vocabulary][measures]") {
  for (const char* id : {"ahi", "oxygen_desaturation_index", "apnea_index"}) {
    INFO(id);
    const VocabularyEntry* e = vocab().find(id);
    REQUIRE(e != nullptr);
    CHECK(e->dimension == Dimension::frequency);
    CHECK(e->canonical_unit == "/h");
    REQUIRE(e->written_units.size() == 1);
    CHECK(e->written_units.front() == "/h");  // "AHI >= 15" is 15 events per hour
    CHECK(e->threshold_low == 1.0);
    CHECK(e->threshold_high == 100.0);
    CHECK_FALSE(e->integer);
  }
  const auto per_hour = parse_unit("events per hour");
  REQUIRE(per_hour.ok());
  CHECK(per_hour->code == "/h");
}

TEST_CASE("the new LOINC codes find their measures", "[vocabulary][measures]") {
  struct Case {
    const char* code;
    const char* id;
  };
  const Case cases[] = {
      {"8480-6", "systolic_bp"},
      {"8462-4", "diastolic_bp"},
      {"8867-4", "heart_rate"},
      {"9279-1", "respiratory_rate"},
      {"8310-5", "temperature"},
      {"59408-5", "spo2"},
      {"39156-5", "bmi"},
      {"2028-9", "bicarbonate"},
      {"2777-1", "phosphate"},
      {"1558-6", "fasting_glucose"},
      {"18262-6", "ldl_cholesterol"},
      {"3016-3", "tsh"},
      {"2857-1", "psa"},
      {"10334-1", "ca125"},
      {"20447-9", "hiv_viral_load"},
      {"11258-1", "hbv_dna"},
      {"11011-4", "hcv_rna"},
      {"24467-3", "cd4_count"},
      {"10839-9", "troponin_i"},
      {"6598-7", "troponin_t"},
      {"8636-3", "qtc"},
      {"8634-8", "qt_interval"},
      {"20150-9", "fev1"},
      {"19926-5", "fev1_fvc"},
      {"2890-2", "upcr"},
      {"9318-7", "uacr"},
      {"14959-1", "uacr"},
      {"5902-2", "pt"},
      {"48065-7", "d_dimer"},
      {"9269-2", "gcs"},
      {"44261-6", "phq9"},
      {"70274-6", "gad7"},
      {"75624-7", "audit_score"},
      {"75626-2", "audit_c"},
      {"2502-3", "transferrin_saturation"},
  };
  for (const auto& c : cases) {
    INFO(c.code);
    const VocabularyEntry* e = vocab().find_loinc(c.code);
    REQUIRE(e != nullptr);
    CHECK(e->id == c.id);
  }
  CHECK(vocab().find("troponin")->loinc.empty());
  CHECK(vocab().find("qtcf")->loinc.empty());
}
