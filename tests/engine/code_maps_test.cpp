// The code maps (SNOMED CT, ICD-10-CM, RxNorm, CPT to vocabulary ids): every row names
// an event item of the vocabulary, no code is mapped twice, ICD-10-CM categories cover
// their subcodes with the longest row winning, and the record resolver reads items
// written "SYSTEM:code" through them.
#include "core/code_maps.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "engine/record_resolver.hpp"

using namespace eligo;

TEST_CASE("every code maps to an event item of the vocabulary, once", "[code_maps]") {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  std::set<std::pair<CodeSystem, std::string>> seen;
  for (const CodeMapping& row : CodeMaps::builtin().rows()) {
    INFO(to_string(row.system) << ":" << row.code << " -> " << row.item);
    const VocabularyEntry* entry = vocabulary.find(row.item);
    REQUIRE(entry != nullptr);
    CHECK((entry->kind == ItemKind::condition || entry->kind == ItemKind::therapy ||
           entry->kind == ItemKind::procedure));
    CHECK(seen.insert({row.system, row.code}).second);
    CHECK_FALSE(row.display.empty());
    if (row.prefix) CHECK(row.system == CodeSystem::icd10cm);
    // Conditions come from SNOMED CT or ICD-10-CM, therapies from RxNorm, procedures from
    // SNOMED CT or CPT: the readers ask each resource type only for its systems.
    if (entry->kind == ItemKind::therapy) CHECK(row.system == CodeSystem::rxnorm);
    if (entry->kind == ItemKind::condition) CHECK(row.system != CodeSystem::rxnorm);
  }
}

TEST_CASE("ICD-10-CM: with or without the dot, any case, the longest row wins", "[code_maps]") {
  const CodeMaps& maps = CodeMaps::builtin();
  REQUIRE(maps.find(CodeSystem::icd10cm, "C90.00") != nullptr);
  CHECK(maps.find(CodeSystem::icd10cm, "C90.00")->item == "multiple_myeloma");
  CHECK(maps.find(CodeSystem::icd10cm, "c9001")->item == "multiple_myeloma");
  CHECK(maps.find(CodeSystem::icd10cm, "C90.02")->item == "relapsed_multiple_myeloma");
  CHECK(maps.find(CodeSystem::icd10cm, "C90.10")->item == "plasma_cell_leukemia");
  CHECK(maps.find(CodeSystem::icd10cm, "I21.4")->item == "myocardial_infarction");
  CHECK(maps.find(CodeSystem::icd10cm, "I50.22")->item == "heart_failure");
  CHECK(maps.find(CodeSystem::icd10cm, "E80.4")->item == "gilbert_syndrome");
  // A row that is not a category covers only itself.
  CHECK(maps.find(CodeSystem::icd10cm, "E80.40") == nullptr);
  CHECK(maps.find(CodeSystem::icd10cm, "C90.2") == nullptr);  // another plasmacytoma code
  CHECK(maps.find(CodeSystem::icd10cm, "C9") == nullptr);
  CHECK(maps.find(CodeSystem::icd10cm, "") == nullptr);
}

TEST_CASE("codes of issue 13: categories, the longest row, every system", "[code_maps]") {
  const CodeMaps& maps = CodeMaps::builtin();
  const auto item = [&](CodeSystem system, const char* code) {
    const CodeMapping* row = maps.find(system, code);
    return row ? row->item : std::string("<none>");
  };
  CHECK(item(CodeSystem::icd10cm, "N18.3") == "chronic_kidney_disease");
  // The CMS table verified holds the category only: end-stage N18.6 reads as its parent.
  CHECK(item(CodeSystem::icd10cm, "N18.6") == "chronic_kidney_disease");
  CHECK(item(CodeSystem::icd10cm, "J84.10") == "pulmonary_fibrosis");  // longest row
  CHECK(item(CodeSystem::icd10cm, "J84.9") == "interstitial_lung_disease");
  CHECK(item(CodeSystem::icd10cm, "E11.9") == "type_2_diabetes");
  CHECK(item(CodeSystem::icd10cm, "I63.9") == "ischemic_stroke");
  CHECK(item(CodeSystem::icd10cm, "F10.20") == "alcohol_use_disorder");
  CHECK(item(CodeSystem::icd10cm, "F10.90") == "<none>");  // alcohol use, not a disorder
  CHECK(item(CodeSystem::icd10cm, "I25.2") == "myocardial_infarction");
  CHECK(item(CodeSystem::icd10cm, "I25.10") == "coronary_artery_disease");
  CHECK(item(CodeSystem::icd10cm, "U07.1") == "covid19");
  CHECK(item(CodeSystem::icd10cm, "C79.31") == "cns_involvement");
  CHECK(item(CodeSystem::snomed, "38341003") == "hypertension");
  CHECK(item(CodeSystem::snomed, "840539006") == "covid19");
  CHECK(item(CodeSystem::snomed, "70536003") == "kidney_transplant");
  CHECK(item(CodeSystem::rxnorm, "11289") == "warfarin");
  CHECK(item(CodeSystem::rxnorm, "1364430") == "apixaban");
  CHECK(item(CodeSystem::cpt, "90935") == "hemodialysis");
  CHECK(item(CodeSystem::cpt, "92928") == "percutaneous_coronary_intervention");
}

TEST_CASE("split_code reads the system prefixes", "[code_maps]") {
  CHECK(split_code("SNOMED:109989006") ==
        std::pair{CodeSystem::snomed, std::string_view("109989006")});
  CHECK(split_code("sct: 109989006")->second == "109989006");
  CHECK(split_code("ICD-10-CM:C90.00")->first == CodeSystem::icd10cm);
  CHECK(split_code("RxNorm:342369")->first == CodeSystem::rxnorm);
  CHECK(split_code("CPT:38241")->first == CodeSystem::cpt);
  CHECK_FALSE(split_code("LOINC:751-8"));  // LOINC codes are the vocabulary's own
  CHECK_FALSE(split_code("t(4:14)"));
  CHECK_FALSE(split_code("SNOMED:"));
  CHECK_FALSE(split_code("gilbert_syndrome"));
}

TEST_CASE("the record resolver maps coded items to events, unmapped codes are unknown",
          "[code_maps][record_resolver]") {
  const Vocabulary& v = Vocabulary::builtin();
  CHECK(engine::resolve_record_item(v, "SNOMED:109989006", "") ==
        patients::ItemInfo{patients::FactKind::event, "multiple_myeloma", ""});
  CHECK(engine::resolve_record_item(v, "ICD10:C90.02", "").item == "relapsed_multiple_myeloma");
  CHECK(engine::resolve_record_item(v, "ICD10:E80.4", "").item == "gilbert_syndrome");
  CHECK(engine::resolve_record_item(v, "RXNORM:342369", "").item == "lenalidomide");
  CHECK(engine::resolve_record_item(v, "RXNORM:643720", "").item == "lenalidomide");
  CHECK(engine::resolve_record_item(v, "RXNORM:1721947", "").item == "daratumumab");
  CHECK(engine::resolve_record_item(v, "CPT:38241", "").item == "asct");
  CHECK(engine::resolve_record_item(v, "SNOMED:425983008", "").item == "asct");
  CHECK(engine::resolve_record_item(v, "SNOMED:90560007", "").kind ==
        patients::FactKind::unknown);  // gout
  CHECK(engine::resolve_record_item(v, "RXNORM:313782", "").kind == patients::FactKind::unknown);
  // A custom table replaces the built-in one.
  const CodeMaps custom(
      {CodeMapping{CodeSystem::snomed, "38341003", "stroke", "test", false, true}});
  CHECK(engine::resolve_record_item(v, custom, "SNOMED:38341003", "").item == "stroke");
  CHECK(engine::resolve_record_item(v, custom, "SNOMED:109989006", "").kind ==
        patients::FactKind::unknown);
}
