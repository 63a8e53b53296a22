// The built-in code maps: one row per code. This file holds what the seed trials ask about
// (myeloma and its neighbours, prior myeloma therapies, transplant, HIV, hepatitis B and
// C, Gilbert syndrome, cardiac history); code_map_conditions.cpp, code_map_icd10.cpp and
// code_map_care.cpp the conditions, drugs and procedures of issue 13. Every code was looked up in
// public material (docs/code-maps.md lists the sources); `confirmed = false` marks a code seen in a
// single source. No code was written from memory. To add one: add a row, record its source in
// docs/code-maps.md; tests/engine/code_maps_test.cpp checks that the item exists and is an
// event.
#include "core/code_map_rows.hpp"
#include "core/code_maps.hpp"

namespace eligo {

using namespace code_map_rows;

std::vector<CodeMapping> builtin_code_mappings() {
  std::vector<CodeMapping> rows = {
      // --- conditions: SNOMED CT ---------------------------------------------------------
      snomed("109989006", "multiple_myeloma", "Multiple myeloma (disorder)"),
      snomed("86406008", "hiv", "Human immunodeficiency virus infection (disorder)"),
      snomed("66071002", "hepatitis_b", "Viral hepatitis type B (disorder)"),
      snomed("61977001", "hepatitis_b", "Chronic type B viral hepatitis (disorder)"),
      snomed("50711007", "hepatitis_c", "Viral hepatitis type C (disorder)"),
      snomed("128302006", "hepatitis_c", "Chronic hepatitis C (disorder)"),
      snomed("22298006", "myocardial_infarction", "Myocardial infarction (disorder)"),
      snomed("84114007", "heart_failure", "Heart failure (disorder)"),
      snomed("42343007", "heart_failure", "Congestive heart failure (disorder)"),
      snomed("88805009", "heart_failure", "Chronic congestive heart failure (disorder)"),
      snomed("230690007", "stroke", "Cerebrovascular accident (disorder)"),
      snomed("59282003", "pulmonary_embolism", "Pulmonary embolism (disorder)"),
      snomed("4557003", "unstable_angina", "Preinfarction syndrome (unstable angina) (disorder)"),

      // --- conditions: ICD-10-CM -----------------------------------------------------------
      icd10("C90.0", "multiple_myeloma", "Multiple myeloma", true),
      icd10("C90.02", "relapsed_multiple_myeloma", "Multiple myeloma in relapse", false),
      icd10("C90.1", "plasma_cell_leukemia", "Plasma cell leukemia", true),
      icd10("D47.2", "mgus", "Monoclonal gammopathy", false),
      icd10("E85.81", "amyloidosis", "Light chain (AL) amyloidosis", false),
      icd10("E80.4", "gilbert_syndrome", "Gilbert syndrome", false),
      icd10("B20", "hiv", "Human immunodeficiency virus [HIV] disease", true),
      icd10("Z21", "hiv", "Asymptomatic human immunodeficiency virus [HIV] infection status",
            false),
      icd10("B16", "hepatitis_b", "Acute hepatitis B", true),
      icd10("B18.0", "hepatitis_b", "Chronic viral hepatitis B with delta-agent", false),
      icd10("B18.1", "hepatitis_b", "Chronic viral hepatitis B without delta-agent", false),
      icd10("B17.1", "hepatitis_c", "Acute hepatitis C", true),
      icd10("B18.2", "hepatitis_c", "Chronic viral hepatitis C", false),
      icd10("I21", "myocardial_infarction", "Acute myocardial infarction", true),
      icd10("I22", "myocardial_infarction",
            "Subsequent ST elevation (STEMI) and non-ST elevation (NSTEMI) myocardial infarction",
            true),
      icd10("I50", "heart_failure", "Heart failure", true),
      icd10("I26", "pulmonary_embolism", "Pulmonary embolism", true),

      // --- therapies: RxNorm (ingredients, brand names and common clinical drugs) --------
      rxnorm("342369", "lenalidomide", "lenalidomide"),
      rxnorm("337535", "lenalidomide", "Revlimid", false),
      rxnorm("602909", "lenalidomide", "lenalidomide Oral Capsule", false),
      rxnorm("1242231", "lenalidomide", "lenalidomide 2.5 MG Oral Capsule"),
      rxnorm("602912", "lenalidomide", "lenalidomide 5 MG Oral Capsule", false),
      rxnorm("602910", "lenalidomide", "lenalidomide 10 MG Oral Capsule", false),
      rxnorm("643712", "lenalidomide", "lenalidomide 15 MG Oral Capsule", false),
      rxnorm("1428947", "lenalidomide", "lenalidomide 20 MG Oral Capsule", false),
      rxnorm("643720", "lenalidomide", "lenalidomide 25 MG Oral Capsule", false),
      rxnorm("1369713", "pomalidomide", "pomalidomide"),
      rxnorm("10432", "thalidomide", "thalidomide"),
      rxnorm("220239", "thalidomide", "Thalomid", false),
      rxnorm("200390", "thalidomide", "thalidomide 50 MG Oral Capsule", false),
      rxnorm("358258", "bortezomib", "bortezomib"),
      rxnorm("356733", "bortezomib", "Velcade", false),
      rxnorm("402243", "bortezomib", "bortezomib 3.5 MG Injection"),
      rxnorm("1302966", "carfilzomib", "carfilzomib", false),
      rxnorm("1302971", "carfilzomib", "Kyprolis", false),
      rxnorm("1721947", "daratumumab", "daratumumab", false),
      rxnorm("1721952", "daratumumab", "Darzalex", false),
      rxnorm("2372199", "daratumumab", "daratumumab / hyaluronidase", false),
      rxnorm("2375137", "daratumumab", "Darzalex Faspro", false),
      rxnorm("3264", "dexamethasone", "dexamethasone", false),
      rxnorm("6718", "melphalan", "melphalan", false),
      rxnorm("151325", "melphalan", "Alkeran", false),
      rxnorm("3002", "cyclophosphamide", "cyclophosphamide"),
      rxnorm("202589", "cyclophosphamide", "Cytoxan", false),

      // --- procedures: SNOMED CT and CPT ---------------------------------------------------
      snomed("425983008", "asct", "Autologous peripheral blood stem cell transplant (procedure)"),
      snomed("709115004", "asct",
             "Transplantation of autologous hematopoietic stem cell (procedure)", false),
      cpt("38241", "asct", "Hematopoietic progenitor cell (HPC); autologous transplantation"),
      cpt("38240", "allogeneic_transplant",
          "Hematopoietic progenitor cell (HPC); allogeneic transplantation per donor"),
  };
  add_condition_codes(rows);
  add_condition_icd10_codes(rows);
  add_care_codes(rows);
  return rows;
}

}  // namespace eligo
