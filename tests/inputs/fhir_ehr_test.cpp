// FHIR as EHRs send it (issue 17, item 6), read through the engine's resolver and the
// built-in vocabulary: UCUM's bracketed units and annotations in the shapes of the HL7
// FHIR R4 vital-signs examples, the SI-unit LOINC codes of the labs (converted with the
// analyte's molar mass), a Medication contained in its MedicationRequest ("#med0310", as
// in the R4 example medicationrequest0301), Observations dated by their
// DiagnosticReport, and data-absent or withdrawn Observations reported and skipped.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/units.hpp"
#include "core/vocabulary.hpp"
#include "engine/record_resolver.hpp"
#include "patients/fhir_reader.hpp"

using namespace eligo;
using Catch::Matchers::Contains;

namespace {

struct Read {
  std::vector<patients::PatientRecord> patients;
  std::vector<std::string> errors;  // "file:line: error: reason"
  patients::CodedRead read;
};

// A collection Bundle of a Patient and `entries` (resources as JSON text), one entry a
// line, so entry i (0-based) starts on line i + 3.
Read read_bundle(const std::vector<std::string>& entries) {
  std::string text =
      "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [\n"
      "{\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p1\", \"birthDate\": "
      "\"1960-01-02\", \"gender\": \"female\"}}";
  for (const std::string& entry : entries) text += ",\n{\"resource\": " + entry + "}";
  text += "\n]}\n";
  Read out;
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  out.read = patients::read_fhir_text(
      text, "b.json", options,
      [&](patients::PatientRecord&& r) { out.patients.push_back(std::move(r)); },
      [&](const Diagnostic& e) {
        out.errors.push_back(e.file + ":" + std::to_string(e.span.line) + ": " + e.message);
      });
  return out;
}

// An Observation with one LOINC code and a UCUM valueQuantity.
std::string observation(const std::string& loinc, double value, const std::string& unit,
                        const std::string& ucum, const std::string& date = "2026-11-10") {
  return R"({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": )"
         R"("http://loinc.org", "code": ")" +
         loinc + R"("}]}, "subject": {"reference": "Patient/p1"}, "effectiveDateTime": ")" + date +
         R"(", "valueQuantity": {"value": )" + std::to_string(value) + R"(, "unit": ")" + unit +
         R"(", "system": "http://unitsofmeasure.org", "code": ")" + ucum + R"("}})";
}

// The value in the item's canonical unit, converted as the engine converts it.
double canonical_value(const patients::Observation& o) {
  const VocabularyEntry* entry = Vocabulary::builtin().find(o.item);
  REQUIRE(entry != nullptr);
  const Result<Unit> from = parse_unit(o.unit);
  const Result<Unit> to = parse_unit(entry->canonical_unit);
  REQUIRE(from.ok());
  REQUIRE(to.ok());
  const Result<double> value = convert(o.value, *from, *to, entry->analyte());
  REQUIRE(value.ok());
  return *value;
}

Date day(std::string_view iso) { return *parse_iso_date(iso); }

}  // namespace

TEST_CASE("fhir ehr: UCUM units as the FHIR vital-signs and lab examples write them",
          "[fhir][ucum]") {
  struct Case {
    const char* loinc;
    double value;
    const char* unit;  // the human unit
    const char* ucum;  // Quantity.code
    const char* item;
    double canonical;  // in the item's canonical unit
  };
  const Case cases[] = {
      // observation-example (body weight) and observation-example-body-height
      {"29463-7", 185, "lbs", "[lb_av]", "weight", 83.9146},
      {"8302-2", 66.9, "in", "[in_i]", "height", 169.926},
      {"8302-2", 5.5, "ft", "[ft_i]", "height", 167.64},
      {"8310-5", 99.5, "F", "[degF]", "temperature", 37.5},
      {"8310-5", 37.5, "C", "Cel", "temperature", 37.5},
      {"8867-4", 72, "beats/minute", "/min", "heart_rate", 72},
      {"8867-4", 72, "beats/minute", "{beats}/min", "heart_rate", 72},
      {"9279-1", 18, "breaths/minute", "{breaths}/min", "respiratory_rate", 18},
      {"8480-6", 120, "mmHg", "mm[Hg]", "systolic_bp", 120},
      {"39156-5", 24.5, "kg/m2", "kg/m2", "bmi", 24.5},
      {"59408-5", 97, "%", "%", "spo2", 97},
      // lab Observations: counts with a {cells} annotation, international units
      {"777-3", 150, "K/uL", "10*3/uL{cells}", "platelets", 150},
      {"777-3", 150, "K/uL", "10*3/uL", "platelets", 150},
      {"751-8", 1500, "cells/uL", "{cells}/uL", "anc", 1.5},
      {"6690-2", 6.1, "10^9/L", "10*9/L{cells}", "wbc", 6.1},
      {"3016-3", 2.1, "mIU/L", "m[IU]/L", "tsh", 2.1},
      {"1742-6", 35, "IU/L", "[IU]/L", "alt", 35},
      {"2744-1", 7.4, "pH", "[pH]", "arterial_ph", 7.4},
      {"2951-2", 140, "mEq/L", "meq/L", "sodium", 140},
  };
  for (const Case& c : cases) {
    INFO(c.loinc << " " << c.ucum);
    const Read r = read_bundle({observation(c.loinc, c.value, c.unit, c.ucum)});
    CHECK(r.errors.empty());
    REQUIRE(r.patients.size() == 1);
    REQUIRE(r.patients[0].observations.size() == 1);
    const patients::Observation& o = r.patients[0].observations[0];
    CHECK(o.item == c.item);
    CHECK(canonical_value(o) == Approx(c.canonical).epsilon(1e-4));
  }
}

TEST_CASE("fhir ehr: an annotation that changes the value's meaning is refused", "[fhir][ucum]") {
  const Read r = read_bundle({observation("777-3", 5.2, "log copies/mL", "{Log_copies}/uL")});
  REQUIRE(r.errors.size() == 1);
  CHECK_THAT(r.errors[0], Contains("b.json:3") && Contains("unknown unit"));
  CHECK(r.patients.at(0).observations.empty());
}

TEST_CASE("fhir ehr: the SI-unit LOINC codes of the labs read and convert", "[fhir][loinc]") {
  struct Case {
    const char* loinc;
    double value;
    const char* ucum;
    const char* item;
    double canonical;  // in the item's canonical unit (mg/dL, g/dL, mmol/L)
  };
  const Case cases[] = {
      {"14682-9", 88.4, "umol/L", "creatinine", 1.0},
      {"14631-6", 17.1, "umol/L", "total_bilirubin", 0.99976},
      {"14629-0", 5.13, "umol/L", "direct_bilirubin", 0.29993},
      {"2000-8", 2.5, "mmol/L", "calcium", 10.02},
      {"14749-6", 5.55, "mmol/L", "glucose", 99.989},
      {"15074-8", 5.55, "mmol/L", "glucose", 99.989},
      {"14771-0", 5.0, "mmol/L", "fasting_glucose", 90.08},
      {"59260-0", 8.7, "mmol/L", "hemoglobin", 14.0196},
      {"14647-2", 5.0, "mmol/L", "total_cholesterol", 193.34},
      {"22748-8", 3.0, "mmol/L", "ldl_cholesterol", 116.004},
      {"14646-4", 1.3, "mmol/L", "hdl_cholesterol", 50.268},
      {"14927-8", 1.7, "mmol/L", "triglycerides", 150.57},
      {"14933-6", 357, "umol/L", "uric_acid", 6.0015},
      {"22664-7", 5.0, "mmol/L", "urea", 5.0},
      {"14879-1", 1.0, "mmol/L", "phosphate", 3.0974},
      {"2601-3", 0.8, "mmol/L", "magnesium", 1.9444},
  };
  for (const Case& c : cases) {
    INFO(c.loinc);
    const Read r = read_bundle({observation(c.loinc, c.value, c.ucum, c.ucum)});
    CHECK(r.errors.empty());
    CHECK(r.read.unmapped.distinct() == 0);
    REQUIRE(r.patients.at(0).observations.size() == 1);
    const patients::Observation& o = r.patients[0].observations[0];
    CHECK(o.item == c.item);
    CHECK(canonical_value(o) == Approx(c.canonical).epsilon(2e-3));
  }
}

TEST_CASE("fhir ehr: a medicationReference to a contained Medication", "[fhir][contained]") {
  // The shape of the R4 example medicationrequest0301: "#med0310" in `contained`.
  const auto request = [](const std::string& medication_code, const std::string& reference) {
    return R"({"resourceType": "MedicationRequest", "id": "medrx0301", "contained": [)"
           R"({"resourceType": "Medication", "id": "med0310", "code": {"coding": [)" +
           medication_code +
           R"(]}}, {"resourceType": "Provenance", "id": "signature"}], "status": "completed", )"
           R"("intent": "order", "medicationReference": {"reference": ")" +
           reference + R"("}, "subject": {"reference": "Patient/p1"}, "authoredOn": "2015-01-15"})";
  };
  const std::string rxnorm = R"({"system": "http://www.nlm.nih.gov/research/umls/rxnorm", )"
                             R"("code": "643720", "display": "lenalidomide 25 MG Oral Capsule"})";
  SECTION("an RxNorm code is read as the event") {
    const Read r = read_bundle({request(rxnorm, "#med0310")});
    CHECK(r.errors.empty());
    REQUIRE(r.patients.at(0).events.size() == 1);
    CHECK(r.patients[0].events[0].item == "lenalidomide");
    CHECK(r.patients[0].events[0].date == day("2015-01-15"));
  }
  SECTION("the example's own SNOMED CT product code is counted as unmapped, not refused") {
    const Read r = read_bundle({request(R"({"system": "http://snomed.info/sct", "code": )"
                                        R"("430127000", "display": "Oral Form Oxycodone"})",
                                        "#med0310")});
    CHECK(r.errors.empty());
    CHECK(r.patients.at(0).events.empty());
    CHECK_THAT(patients::describe_unmapped(r.read.unmapped), Contains("430127000"));
  }
  SECTION("a reference to no contained Medication is reported at the resource") {
    const Read r = read_bundle({request(rxnorm, "#signature"), request(rxnorm, "#nothing")});
    REQUIRE(r.errors.size() == 2);
    CHECK_THAT(r.errors[0], Contains("b.json:3") && Contains("names no contained Medication"));
    CHECK_THAT(r.errors[1], Contains("b.json:4"));
    CHECK(r.patients.at(0).events.empty());
  }
}

TEST_CASE("fhir ehr: an Observation with no date takes its DiagnosticReport's", "[fhir][report]") {
  const std::string undated =
      R"({"resourceType": "Observation", "id": "%ID%", "status": "final", "code": {"coding": )"
      R"([{"system": "http://loinc.org", "code": "718-7"}]}, "subject": {"reference": )"
      R"("Patient/p1"}, "valueQuantity": {"value": 12.5, "unit": "g/dL", "system": )"
      R"("http://unitsofmeasure.org", "code": "g/dL"}})";
  const auto with_id = [&](const std::string& id) {
    std::string text = undated;
    text.replace(text.find("%ID%"), 4, id);
    return text;
  };
  // The report lists a contained Observation (no subject, no date), one before it and
  // one after it in the bundle, and one that has a date of its own.
  std::string contained = with_id("c1");
  const std::string subject = R"("subject": {"reference": "Patient/p1"}, )";
  contained.replace(contained.find(subject), subject.size(), "");
  const std::string report =
      R"({"resourceType": "DiagnosticReport", "status": "final", "subject": {"reference": )"
      R"("Patient/p1"}, "effectivePeriod": {"start": "2026-11-02T08:00:00Z"}, "issued": )"
      R"("2026-11-03T10:00:00Z", "contained": [)" +
      contained +
      R"(], "result": [{"reference": "#c1"}, {"reference": "Observation/before"}, )"
      R"({"reference": "Observation/after"}, {"reference": "Observation/dated"}]})";
  const Read r = read_bundle({with_id("before"), report, with_id("after"),
                              observation("718-7", 13.1, "g/dL", "g/dL", "2026-10-30")});
  CHECK(r.errors.empty());
  REQUIRE(r.patients.at(0).observations.size() == 4);
  int dated_by_report = 0;
  for (const patients::Observation& o : r.patients[0].observations) {
    INFO(o.value);
    REQUIRE(o.date.has_value());
    if (o.value == 13.1) {
      CHECK(*o.date == day("2026-10-30"));
      CHECK(o.unit_note.empty());
      continue;
    }
    ++dated_by_report;
    CHECK(*o.date == day("2026-11-02"));  // effectivePeriod.start, before issued
    CHECK(o.unit_note == "undated; the date of its DiagnosticReport at b.json:4");
  }
  CHECK(dated_by_report == 3);
}

TEST_CASE("fhir ehr: data-absent and withdrawn Observations are reported and skipped",
          "[fhir][absent]") {
  const std::string absent =
      R"({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": )"
      R"("http://loinc.org", "code": "29463-7"}]}, "subject": {"reference": "Patient/p1"}, )"
      R"("effectiveDateTime": "2026-11-10", "dataAbsentReason": {"coding": [{"system": )"
      R"("http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-performed"}]}})";
  std::string withdrawn = observation("29463-7", 70, "kg", "kg");
  withdrawn.replace(withdrawn.find("\"final\""), 7, "\"entered-in-error\"");
  const Read r =
      read_bundle({absent, withdrawn, observation("29463-7", 80, "kg", "kg", "2026-01-01")});
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0] ==
        "b.json:3: weight: no value (dataAbsentReason \"not-performed\"); nothing is used");
  CHECK(r.errors[1] == "b.json:4: Observation with status entered-in-error; its value is not used");
  CHECK(r.read.result.stats.rows_rejected == 2);
  // Only the older, valid weight is on record: the withdrawn 70 kg is not used.
  REQUIRE(r.patients.at(0).observations.size() == 1);
  CHECK(r.patients[0].observations[0].value == 80);
}
