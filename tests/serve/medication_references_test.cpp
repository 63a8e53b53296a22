// Without _include in the templates, a MedicationRequest may name a Medication the EHR
// did not send: that list is incomplete (its therapies unknown), never read as complete.
#include "cds/medication_references.hpp"

#include <catch2/catch.hpp>

#include "cds/prefetch_completeness.hpp"

using nlohmann::json;
namespace cds = eligo::cds;

namespace {

json request_naming(const std::string& reference) {
  return {{"resourceType", "MedicationRequest"},
          {"status", "active"},
          {"medicationReference", {{"reference", reference}}}};
}

json bundle(json entries) {
  return {{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", std::move(entries)}};
}

}  // namespace

TEST_CASE("A Medication named but not sent makes the medications list incomplete") {
  const json medication = {{"resourceType", "Medication"}, {"id", "med1"}};
  const json coded = {{"resourceType", "MedicationRequest"},
                      {"medicationCodeableConcept", {{"text", "lenalidomide"}}}};
  json contained = request_naming("#m0");
  contained["contained"] = json::array({{{"resourceType", "Medication"}, {"id", "m0"}}});

  // Resolved: coded, contained, sent in the same Bundle (relative, absolute, fullUrl).
  const json whole =
      bundle({{{"resource", coded}},
              {{"resource", contained}},
              {{"resource", request_naming("Medication/med1")}},
              {{"resource", request_naming("https://ehr.example/fhir/Medication/med1")}},
              {{"resource", request_naming("urn:uuid:7")}},
              {{"fullUrl", "urn:uuid:7"}, {"resource", medication}}});
  CHECK(cds::unresolved_medications(whole) == 0);
  CHECK(cds::completeness(&whole, true) == cds::Completeness::complete);

  // Not sent, or contained under another id: incomplete, saying how many.
  const json part = bundle({{{"resource", request_naming("Medication/med2")}},
                            {{"resource", request_naming("#m9")}},
                            {{"resource", coded}}});
  CHECK(cds::unresolved_medications(part) == 2);
  CHECK(cds::completeness(&part, true) == cds::Completeness::incomplete);
  CHECK(cds::incompleteness_reason(&part, true) ==
        "2 of its entries name a Medication not sent with them");
  CHECK(cds::unresolved_medications(bundle(json::array())) == 0);
}
