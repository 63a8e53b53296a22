// The FHIR R4 reader with a small resolver of its own (the engine's is tested in
// tests/inputs): Bundles with urn:uuid: references and many patients, NDJSON bulk files
// joined across files in any order, the UCUM code preferred over the unit, reference
// ranges, panels with components, refuted and not-done records, medications by code, by
// reference and by name, unmapped codes counted, and errors that locate the resource
// without naming the patient.
#include "patients/fhir_reader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "helpers.hpp"

using namespace eligo;
using Catch::Matchers::Contains;
using eligo::test::dump;

namespace {

patients::ItemInfo coded_resolver(std::string_view item, std::string_view unit) {
  const std::string name = to_lower_ascii(item);
  if (name == "loinc:777-3") {
    if (unit == "10*3/uL" || unit == "10^9/L")
      return {patients::FactKind::measurement, "platelets", {}};
    return {patients::FactKind::measurement, "platelets",
            "unknown unit " + quote_for_message(unit)};
  }
  if (name == "loinc:89247-1") return {patients::FactKind::measurement, "ecog", {}};
  if (name == "snomed:86406008" || name == "icd10:b20")
    return {patients::FactKind::event, "hiv", {}};
  if (name == "rxnorm:342369" || name == "lenalidomide" || name == "revlimid") {
    return {patients::FactKind::event, "lenalidomide", {}};
  }
  if (name == "rxnorm:3264") return {patients::FactKind::event, "dexamethasone", {}};
  if (name == "cpt:38241" || name == "snomed:425983008")
    return {patients::FactKind::event, "asct", {}};
  return {patients::FactKind::unknown, {}, {}};
}

struct Read {
  std::vector<patients::PatientRecord> patients;
  std::vector<Diagnostic> errors;
  patients::CodedRead read;
};

Read read_fhir_text(std::string_view text) {
  Read out;
  patients::ReadOptions options;
  options.resolver = coded_resolver;
  out.read = patients::read_fhir_text(
      text, "b.json", options,
      [&](patients::PatientRecord&& r) { out.patients.push_back(std::move(r)); },
      [&](const Diagnostic& e) { out.errors.push_back(e); });
  return out;
}

// A transaction bundle: two patients, references by urn:uuid.
constexpr std::string_view kBundle = R"({
  "resourceType": "Bundle",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:aaa",
      "resource": {"resourceType": "Patient", "id": "aaa", "birthDate": "1960-01-02", "gender": "female"}
    },
    {
      "fullUrl": "urn:uuid:bbb",
      "resource": {"resourceType": "Patient", "id": "bbb", "birthDate": "1955-03-04", "gender": "male"}
    },
    {
      "fullUrl": "urn:uuid:o1",
      "resource": {"resourceType": "Observation", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
        "subject": {"reference": "urn:uuid:aaa"},
        "effectiveDateTime": "2026-11-10T08:45:50-05:00",
        "valueQuantity": {"value": 140, "unit": "K/uL", "system": "http://unitsofmeasure.org", "code": "10*3/uL"},
        "referenceRange": [{"low": {"value": 150, "code": "10*3/uL"}, "high": {"value": 400, "code": "10*3/uL"}}]}
    },
    {
      "fullUrl": "urn:uuid:o2",
      "resource": {"resourceType": "Observation", "status": "entered-in-error",
        "code": {"coding": [{"system": "http://loinc.org", "code": "777-3"}]},
        "subject": {"reference": "urn:uuid:aaa"}, "effectiveDateTime": "2026-11-11",
        "valueQuantity": {"value": 999, "code": "10*3/uL"}}
    },
    {
      "fullUrl": "urn:uuid:o3",
      "resource": {"resourceType": "Observation", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
        "subject": {"reference": "urn:uuid:bbb"}, "effectiveDateTime": "2026-11-10",
        "component": [
          {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6", "display": "Systolic"}]},
           "valueQuantity": {"value": 120, "code": "mm[Hg]"}},
          {"code": {"coding": [{"system": "http://loinc.org", "code": "89247-1"}]}, "valueInteger": 1}
        ]}
    },
    {
      "fullUrl": "urn:uuid:c1",
      "resource": {"resourceType": "Condition",
        "verificationStatus": {"coding": [{"code": "refuted"}]},
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "86406008"}]},
        "subject": {"reference": "urn:uuid:bbb"}, "onsetDateTime": "2020-05"}
    },
    {
      "fullUrl": "urn:uuid:c2",
      "resource": {"resourceType": "Condition",
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "90560007", "display": "Gout"}]},
        "subject": {"reference": "urn:uuid:bbb"}, "onsetDateTime": "2020-05-01"}
    },
    {
      "fullUrl": "urn:uuid:m0",
      "resource": {"resourceType": "Medication", "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "3264"}]}}
    },
    {
      "fullUrl": "urn:uuid:m1",
      "resource": {"resourceType": "MedicationRequest", "status": "completed", "intent": "order",
        "medicationReference": {"reference": "urn:uuid:m0"},
        "subject": {"reference": "urn:uuid:aaa"}, "authoredOn": "2019-05-20"}
    },
    {
      "fullUrl": "urn:uuid:m2",
      "resource": {"resourceType": "MedicationStatement", "status": "completed",
        "medicationCodeableConcept": {"text": "Revlimid 10 MG Oral Capsule"},
        "subject": {"reference": "urn:uuid:aaa"}, "effectivePeriod": {"start": "2019-06-01"}}
    },
    {
      "fullUrl": "urn:uuid:m3",
      "resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "plan",
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "342369"}]},
        "subject": {"reference": "urn:uuid:bbb"}, "authoredOn": "2026-11-01"}
    },
    {
      "fullUrl": "urn:uuid:p1",
      "resource": {"resourceType": "Procedure", "status": "not-done",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "38241"}]},
        "subject": {"reference": "urn:uuid:aaa"}, "performedDateTime": "2021-01-15"}
    },
    {
      "fullUrl": "urn:uuid:e1",
      "resource": {"resourceType": "Encounter", "subject": {"reference": "urn:uuid:aaa"}}
    }
  ]
})";

}  // namespace

TEST_CASE("fhir: a transaction bundle with several patients and urn:uuid references", "[fhir]") {
  const Read r = read_fhir_text(kBundle);
  REQUIRE(r.patients.size() == 2);
  CHECK(dump(r.patients, true) ==
        "aaa birth_date 1960-01-02 (b.json:5)\n"
        "aaa sex female (b.json:5)\n"
        "aaa platelets 140 10*3/uL @2026-11-10 ref 150..400 (b.json:13)\n"
        "aaa dexamethasone yes @2019-05-20 (b.json:57)\n"
        "aaa lenalidomide yes @2019-06-01 (b.json:63)\n"
        "aaa asct no @2021-01-15 (b.json:75)\n"
        "bbb birth_date 1955-03-04 (b.json:9)\n"
        "bbb sex male (b.json:9)\n"
        "bbb ecog 1 @2026-11-10 (b.json:29)\n"
        "bbb hiv no (b.json:40)\n");
  // The withdrawn platelet count and the partial onset date are said, at the resource's
  // line, without the patient's id.
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].span.line == 22);
  CHECK(r.errors[0].message == "Observation with status entered-in-error; its value is not used");
  CHECK(r.errors[1].span.line == 40);
  CHECK_THAT(r.errors[1].message, Contains("\"2020-05\" is not a full date"));
  // Codes without an item are counted, not dropped: the panel's systolic component and
  // gout; the panel itself has no value of its own.
  CHECK(r.read.unmapped.total() == 2);
  CHECK(patients::describe_unmapped(r.read.unmapped) ==
        "unmapped codes (facts not used): 2 codes in 2 resources or rows: LOINC 8480-6 "
        "\"Systolic\" (1); SNOMED 90560007 \"Gout\" (1)");
  CHECK(r.read.result.stats.patients == 2);
  CHECK(r.read.result.stats.facts == 10);
}

TEST_CASE("fhir: bulk NDJSON files join across files, in any order", "[fhir]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "eligo-fhir-ndjson-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto write = [&](const char* name, std::string_view text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  };
  const auto observations = write(
      "Observation.ndjson",
      R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},"subject":{"reference":"Patient/7"},"effectiveDateTime":"2026-11-01","valueQuantity":{"value":90,"unit":"10*3/uL"}})"
      "\n\n"
      R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},"subject":{"reference":"Patient/7"},"effectiveDateTime":"2026-11-02","valueQuantity":{"value":5,"unit":"mg/dL"}})"
      "\n"
      "{not json\n"
      R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},"subject":{"reference":"https://ehr.example/fhir/Patient/8/_history/2"},"effectiveDateTime":"2026-11-03","valueQuantity":{"value":200,"code":"10*3/uL"}})"
      "\n");
  const auto conditions = write(
      "Condition.ndjson",
      R"({"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"B20"}]},"subject":{"reference":"Patient/8"},"recordedDate":"2018-02-03"})"
      "\n"
      R"({"resourceType":"Condition","code":{"coding":[{"system":"http://snomed.info/sct","code":"86406008"}]},"subject":{"reference":"Patient/99"}})"
      "\n");
  const auto patients =
      write("Patient.ndjson",
            R"({"resourceType":"Patient","id":"7","birthDate":"1970-07-07","gender":"male"})"
            "\n"
            R"({"resourceType":"Patient","id":"8","gender":"female"})"
            "\n");
  patients::ReadOptions options;
  options.resolver = coded_resolver;
  std::vector<patients::PatientRecord> records;
  std::vector<Diagnostic> errors;
  const patients::CodedRead read = patients::read_fhir_files(
      {observations, conditions, patients}, options,
      [&](patients::PatientRecord&& p) { records.push_back(std::move(p)); },
      [&](const Diagnostic& e) { errors.push_back(e); });
  CHECK(read.failures.empty());
  const std::string obs = observations.string(), cond = conditions.string(),
                    pat = patients.string();
  CHECK(dump(records, true) == "7 birth_date 1970-07-07 (" + pat +
                                   ":1)\n"
                                   "7 sex male (" +
                                   pat +
                                   ":1)\n"
                                   "7 platelets 90 10*3/uL @2026-11-01 (" +
                                   obs +
                                   ":1)\n"
                                   "8 sex female (" +
                                   pat +
                                   ":2)\n"
                                   "8 platelets 200 10*3/uL @2026-11-03 (" +
                                   obs +
                                   ":5)\n"
                                   "8 hiv yes @2018-02-03 (" +
                                   cond +
                                   ":1)\n"
                                   "99 hiv yes (" +
                                   cond + ":2)\n");
  REQUIRE(errors.size() == 3);
  CHECK(dump(errors) == std::vector<std::string>{
                            "3: unknown unit \"mg/dL\"",
                            "4: not a JSON object on this line (NDJSON)",
                            "2: the subject reference does not name a Patient in the input; its "
                            "facts are kept for a patient without birth date or sex"});
  CHECK(errors[2].file == cond);
  for (const Diagnostic& e : errors) CHECK_THAT(e.message, !Contains("99"));
  CHECK(read.result.stats.rows == 7);
  CHECK(read.result.stats.rows_rejected == 2);
  fs::remove_all(dir);
}

TEST_CASE("fhir: bad input is reported and skipped", "[fhir]") {
  SECTION("one resource outside a bundle") {
    const Read r = read_fhir_text(
        R"({"resourceType":"Patient","id":"x","birthDate":"1950-02-30","gender":"robot"})");
    REQUIRE(r.patients.size() == 1);
    CHECK(dump(r.errors) ==
          std::vector<std::string>{"1: birthDate \"1950-02-30\" is not a full date (YYYY-MM-DD); "
                                   "the fact is kept without a date",
                                   "1: gender: expected female, male, other or unknown, found "
                                   "\"robot\""});
  }
  SECTION("a censored value, a missing value, no subject") {
    const Read r = read_fhir_text(R"(
{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},"subject":{"reference":"Patient/1"},"valueQuantity":{"value":20,"comparator":"<","code":"10*3/uL"}}
{"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},"subject":{"reference":"Patient/1"},"valueString":"clumped"}
{"resourceType":"Condition","code":{"coding":[{"system":"http://snomed.info/sct","code":"86406008"}]}}
{"resourceType":"MedicationRequest","status":"completed","intent":"order","subject":{"reference":"Patient/1"}}
{"no":"type"}
)");
    CHECK(dump(r.errors) ==
          std::vector<std::string>{
              "2: platelets: a censored value (comparator \"<\") is not a number to compare",
              "3: platelets: no numeric value (valueQuantity.value or valueInteger)",
              "4: Condition without subject.reference",
              "5: MedicationRequest without medicationCodeableConcept or medicationReference",
              "6: a JSON object without resourceType"});
    CHECK(r.patients.empty());
  }
}

TEST_CASE("fhir: bundle_entry_lines finds where each entry starts", "[fhir]") {
  CHECK(patients::bundle_entry_lines(kBundle).size() == 13);
  CHECK(patients::bundle_entry_lines(
            "{\"entry\": [\n{\"a\": \"[{\\\"\"},\n  {\"b\": {\"entry\": [{}]}}]}") ==
        std::vector<std::uint32_t>{2, 3});
  CHECK(patients::bundle_entry_lines("{\"link\": [{}], \"x\": {\"entry\": [{}]}}").empty());
  CHECK(patients::bundle_entry_lines("").empty());
}
