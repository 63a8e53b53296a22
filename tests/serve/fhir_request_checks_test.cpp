// What a hook request must be before anything is fetched for it (issue 17, item 2): a
// malformed request is refused without the token going anywhere.
#include <algorithm>
#include <catch2/catch.hpp>

#include "cds/prefetch_fetch.hpp"
#include "fhir_fetch_support.hpp"

using namespace eligo;
using namespace eligo::test;
using nlohmann::json;

TEST_CASE("A malformed request is refused before any fetch: the token goes nowhere") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump()});
  const FetchingService service;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/hook", "\"hook\" is missing"},
      {"/hookInstance", "\"hookInstance\" is missing"},
      {"/context/patientId", "\"context.patientId\" is missing"}};
  for (const auto& [pointer, message] : cases) {
    INFO(pointer);
    json request = fetching_request(fhir.base());
    request[json::json_pointer(pointer)] = nullptr;
    const HookAnswer a = service.answer(request);
    CHECK(a.status == 400);
    CHECK(outcome_diagnostics(a.body.dump(), "invalid").find(message) != std::string::npos);
  }
  json other_hook = fetching_request(fhir.base());
  other_hook["hook"] = "order-select";
  CHECK(service.answer(other_hook).status == 400);
  CHECK(fhir.received().empty());
}

TEST_CASE("A patient prefetched as an OperationOutcome is fetched, or 412 when it cannot be") {
  // The EHR says it could not prefetch the patient: that is a missing patient, not a bad one.
  const json outcome = {{"resourceType", "OperationOutcome"},
                        {"issue", json::array({{{"severity", "error"}, {"code", "processing"}}})}};
  json without_server = p03_hook_request();
  without_server["prefetch"]["patient"] = outcome;
  const FetchingService service;
  HookAnswer a = service.answer(without_server);
  CHECK(a.status == 412);
  CHECK(outcome_diagnostics(a.body.dump(), "incomplete").find("\"patient\" is missing") !=
        std::string::npos);

  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump()});
  fhir.on("Patient/P03-rrmm-fhir", {200, p03_hook_request()["prefetch"]["patient"].dump()});
  json request = fetching_request(fhir.base());
  request["prefetch"]["patient"] = outcome;
  a = service.answer(request);
  CHECK(a.status == 200);
  CHECK(a.trials.count(kExcluding) == 1);
}

TEST_CASE("With --trust, fhirServer must be https, even to the loopback interface") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump()});
  const std::string body = fetching_request(fhir.base()).dump();
  cds::FetchSettings settings;
  settings.https_only = true;  // what Service sets when it has an authenticator (--trust)
  const auto read = cds::read_and_fetch(body, settings);
  REQUIRE(std::holds_alternative<cds::HookPatient>(read));
  const auto& warnings = std::get<cds::HookPatient>(read).warnings;
  CHECK(std::find(warnings.begin(), warnings.end(),
                  "fhirServer: nothing fetched: fhirServer is http: with --trust the FHIR server "
                  "is queried over https only") != warnings.end());
  CHECK(fhir.received().empty());
  // Without --trust, the loopback test server is queried.
  settings.https_only = false;
  CHECK(std::holds_alternative<cds::HookPatient>(cds::read_and_fetch(body, settings)));
  CHECK(!fhir.received().empty());
}
