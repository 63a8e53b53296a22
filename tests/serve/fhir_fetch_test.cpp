// Fetching from the FHIR server what the prefetch lacks (issue 17, item 2): lists fetched
// through every page with the EHR's token decide as a whole list, the patient itself is
// fetched when not sent, and without fhirServer nothing changes.
#include <catch2/catch.hpp>
#include <functional>

#include "cds/prefetch_fetch.hpp"
#include "fhir_fetch_support.hpp"

using namespace eligo;
using namespace eligo::test;
using nlohmann::json;

TEST_CASE("Conditions not prefetched are fetched from fhirServer, page 2 deciding") {
  FhirTestServer fhir;
  serve_two_pages(fhir);
  RunningService service;  // over HTTP, the default 2 s deadline
  const auto res =
      service.client().Post(kHookPath, fetching_request(fhir.base()).dump(), "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const json body = json::parse(res->body);
  std::string text;
  for (const json& card : body["cards"]) text += card.dump();
  // The amyloidosis on page 2 excludes the patient from NCT04883242: no card for it.
  CHECK(text.find(kExcluding) == std::string::npos);
  CHECK(text.find("NCT04965155") != std::string::npos);
  CHECK(!body.contains("extension"));  // no warning: every list whole
  // Both pages, each with the EHR's token, and the template's query.
  const auto received = fhir.received();
  REQUIRE(received.size() == 2);
  CHECK(received[0].target == "/fhir/" + kConditions);
  CHECK(received[1].target == "/fhir/" + kConditions + "&page=2");
  for (const auto& r : received) CHECK(r.authorization == "Bearer " + kAccessToken);
}

TEST_CASE("Without page 2 the same patient keeps the card: the page is what decided") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump()});
  const HookAnswer a = FetchingService().answer(fetching_request(fhir.base()));
  REQUIRE(a.status == 200);
  CHECK(a.trials.count(kExcluding) == 1);
  // Fetched whole: conditions are decided, none unknown.
  CHECK(a.text.find(kConditionsUnknown) == std::string::npos);
  CHECK(!a.warns("prefetch.conditions"));
}

TEST_CASE("A paged conditions prefetch is fetched whole and merged with what was sent") {
  FhirTestServer fhir;
  serve_two_pages(fhir);
  json request = fetching_request(fhir.base());
  request["prefetch"]["conditions"] =
      searchset(p03_conditions(), 3, "https://ehr.example/fhir/Condition?page=2");
  const HookAnswer a = FetchingService().answer(request);
  REQUIRE(a.status == 200);
  CHECK(a.trials.count(kExcluding) == 0);
  CHECK(!a.warns("prefetch.conditions"));
  CHECK(fhir.received().size() == 2);  // the template's search, not the prefetch's link
}

TEST_CASE("Merging keeps each fetched entry once and what only the prefetch had") {
  const json fetched =
      searchset(json::array({{{"resource", {{"resourceType", "Condition"}, {"id", "a"}}}},
                             {{"resource", {{"resourceType", "Condition"}, {"id", "b"}}}}}));
  const json sent =
      searchset(json::array({{{"resource", {{"resourceType", "Condition"}, {"id", "b"}}}},
                             {{"resource", {{"resourceType", "Condition"}, {"id", "c"}}}},
                             {{"resource", {{"resourceType", "Condition"}}}}}),
                9, "https://ehr.example/next");
  const json merged = cds::merge_fetched(&sent, fetched);
  std::vector<std::string> ids;
  for (const json& e : merged["entry"]) ids.push_back(e["resource"].value("id", "-"));
  CHECK(ids == std::vector<std::string>{"a", "b", "c", "-"});
  CHECK(!merged.contains("link"));
  CHECK(!merged.contains("total"));
  const json outcome = {{"resourceType", "OperationOutcome"}};
  CHECK(cds::merge_fetched(&outcome, fetched) == fetched);
  CHECK(cds::merge_fetched(nullptr, fetched) == fetched);
}

TEST_CASE("The patient, when not prefetched, is fetched, when it cannot be, 412") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump()});
  const json sent = fetching_request(fhir.base());
  json request = sent;
  request["prefetch"].erase("patient");
  const FetchingService service;
  // Not there yet: 412, naming the key and the server's answer.
  HookAnswer a = service.answer(request);
  CHECK(a.status == 412);
  const std::string diagnostics = outcome_diagnostics(a.body.dump(), "incomplete");
  CHECK(diagnostics.find("\"patient\"") != std::string::npos);
  CHECK(diagnostics.find("HTTP 404") != std::string::npos);

  fhir.on("Patient/P03-rrmm-fhir", {200, sent["prefetch"]["patient"].dump()});
  a = service.answer(request);
  REQUIRE(a.status == 200);
  CHECK(a.trials == service.answer(sent).trials);
  CHECK(a.trials.count(kExcluding) == 1);

  // Another patient than context.patientId is not this one.
  json other = sent["prefetch"]["patient"];
  other["id"] = "someone-else";
  fhir.on("Patient/P03-rrmm-fhir", {200, other.dump()});
  a = service.answer(request);
  CHECK(a.status == 412);
  CHECK(outcome_diagnostics(a.body.dump(), "incomplete").find("another patient") !=
        std::string::npos);
}

TEST_CASE("Every missing list is fetched, each with its own template") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump()});
  json request = fetching_request(fhir.base());
  const json observations = request["prefetch"]["observations"];
  fhir.on("Observation?subject=P03-rrmm-fhir", {200, observations.dump()});
  request["prefetch"].erase("observations");
  request["prefetch"].erase("procedures");  // not served: 404, so unknown
  const HookAnswer a = FetchingService().answer(request);
  REQUIRE(a.status == 200);
  std::set<std::string> targets;
  for (const auto& r : fhir.received()) targets.insert(r.target);
  CHECK(targets == std::set<std::string>{"/fhir/" + kConditions,
                                         "/fhir/Observation?subject=P03-rrmm-fhir",
                                         "/fhir/Procedure?subject=P03-rrmm-fhir"});
  CHECK(!a.warns("prefetch.observations"));
  CHECK(
      a.warns("prefetch.procedures: not fetched from fhirServer: the FHIR server has no such "
              "resource (HTTP 404"));
}

TEST_CASE("Without fhirServer, or without a usable token, nothing is fetched") {
  FhirTestServer fhir;
  serve_two_pages(fhir);
  const FetchingService service;
  json request = fetching_request(fhir.base());
  request.erase("fhirServer");
  request.erase("fhirAuthorization");
  HookAnswer a = service.answer(request);
  REQUIRE(a.status == 200);
  CHECK(a.text.find(kConditionsUnknown) != std::string::npos);
  CHECK(a.warns("prefetch.conditions: not sent"));
  CHECK(!a.warns("fhirServer"));

  const std::vector<std::pair<std::string, std::function<void(json&)>>> refusals = {
      {"fhirAuthorization is missing", [](json& r) { r.erase("fhirAuthorization"); }},
      {"token_type is not Bearer", [](json& r) { r["fhirAuthorization"]["token_type"] = "MAC"; }},
      {"access_token is missing", [](json& r) { r["fhirAuthorization"]["access_token"] = ""; }},
      {"has expired", [](json& r) { r["fhirAuthorization"]["expires_in"] = 0; }},
      {"not the base URL", [](json& r) { r["fhirServer"] = "ftp://127.0.0.1/fhir"; }},
      {"https is required", [](json& r) { r["fhirServer"] = "http://ehr.example/fhir"; }}};
  for (const auto& [words, change] : refusals) {
    INFO(words);
    json refused = fetching_request(fhir.base());
    change(refused);
    a = service.answer(refused);
    REQUIRE(a.status == 200);
    CHECK(a.warns("fhirServer: nothing fetched: "));
    CHECK(a.warns(words));
    CHECK(a.text.find(kConditionsUnknown) != std::string::npos);
  }
  // A patient id that is not a FHIR id is not put in a URL: the patient cannot be had.
  request = fetching_request(fhir.base());
  request["prefetch"].erase("patient");
  request["context"]["patientId"] = "a/../b";
  a = service.answer(request);
  CHECK(a.status == 412);
  CHECK(outcome_diagnostics(a.body.dump(), "incomplete").find("not a FHIR id") !=
        std::string::npos);
  CHECK(fhir.received().empty());
}

TEST_CASE("eligo serve refuses a --fhir-deadline or --fhir-max-pages out of range") {
  for (const auto& [option, value] : std::vector<std::pair<std::string, std::string>>{
           {"--fhir-deadline", "0"}, {"--fhir-deadline", "60001"}, {"--fhir-max-pages", "0"}}) {
    INFO(option << " " << value);
    CHECK(run_eligo({"serve", "--trials", source_path("criteria"), option, value}).status == 2);
  }
}
