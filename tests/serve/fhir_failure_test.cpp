// A FHIR server that fails, refuses, answers wrong, is slow or goes away (issue 17, item
// 2): the hook still answers, by its deadline, the list it could not have stays unknown
// (named in the card's to-decide, never read as "no record"), and the warnings say why.
#include <catch2/catch.hpp>
#include <future>

#include "fhir_fetch_support.hpp"
#include "trickle_server.hpp"

using namespace eligo;
using namespace eligo::test;
using nlohmann::json;
using std::chrono::milliseconds;

namespace {

// The conditions could not be had: the excluding trial still has its card, its to-decide
// names the conditions, and a warning gives `reason`.
void check_unknown(const HookAnswer& a, const std::string& reason) {
  INFO(a.body.dump());
  REQUIRE(a.status == 200);
  CHECK(a.trials.count(kExcluding) == 1);
  CHECK(a.text.find(kConditionsUnknown) != std::string::npos);
  CHECK(a.warns("prefetch.conditions: not fetched from fhirServer: "));
  CHECK(a.warns(reason));
}

const std::string kOutcome =
    R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception",)"
    R"("diagnostics":"database down"}]})";

}  // namespace

TEST_CASE("A refusing or failing FHIR server leaves the conditions unknown, with the reason") {
  const std::vector<std::pair<FhirTestServer::Reply, std::string>> cases = {
      {{401, kOutcome},
       "the FHIR server refused the access token (HTTP 401, issue code exception)"},
      {{403, ""}, "the access token does not allow this query (HTTP 403)"},
      {{404, ""}, "the FHIR server has no such resource (HTTP 404)"},
      {{500, kOutcome}, "the FHIR server failed (HTTP 500, issue code exception)"},
      {{503, "<html>busy</html>"}, "the FHIR server failed (HTTP 503)"},
      // An issue code that is not one ([a-z-]{1,64}) is left out: it could quote anything.
      {{500, R"({"resourceType":"OperationOutcome","issue":[{"severity":"error",)"
             R"("code":"no Patient/P03-rrmm-fhir"}]})"},
       "the FHIR server failed (HTTP 500)"},
      {{302, ""}, "redirected, not followed (HTTP 302)"},
      {{200, kOutcome}, "the FHIR server answered an OperationOutcome (issue code exception)"},
      {{200, "{\"resourceType\": \"Bundle\", "}, "the FHIR server's answer is not valid JSON"},
      {{200, "[1, 2]"}, "the FHIR server's answer is not a FHIR resource"},
      {{200, R"({"resourceType":"Patient","id":"P03-rrmm-fhir"})"},
       "the FHIR server answered a Patient, not a searchset Bundle"},
      {{200, R"({"resourceType":"Bundle","type":"collection"})"}, "not a searchset"},
      {{200, searchset(p03_conditions(), 5).dump()}, "its pages held 2 matches of the 5"},
      {{200, searchset(p03_conditions()).dump(), FhirTestServer::Mode::cut},
       "closed the connection before answering whole"}};
  const FetchingService service;
  for (const auto& [reply, reason] : cases) {
    INFO(reason);
    FhirTestServer fhir;
    fhir.on(kConditions, reply);
    const HookAnswer a = service.answer(fetching_request(fhir.base()));
    check_unknown(a, reason);
    // The token went to the server, and the server's own diagnostics did not come back.
    REQUIRE(!fhir.received().empty());
    CHECK(fhir.received()[0].authorization == "Bearer " + kAccessToken);
    const std::string sent_back = a.body.dump();
    CHECK(sent_back.find("database down") == std::string::npos);
    CHECK(sent_back.find("busy") == std::string::npos);
    CHECK(sent_back.find("no Patient/") == std::string::npos);
  }
}

TEST_CASE("A failing page 2 leaves the conditions unknown even though page 1 came") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 3, fhir.base() + "/page2").dump()});
  fhir.on("page2", {500, kOutcome});
  check_unknown(FetchingService().answer(fetching_request(fhir.base())),
                "page 2: the FHIR server failed (HTTP 500");
}

TEST_CASE("A next link to another origin is not followed: the token stays home") {
  FhirTestServer fhir, elsewhere;
  elsewhere.on(kConditions + "&page=2", {200, searchset(amyloidosis(), 3).dump()});
  fhir.on(
      kConditions,
      {200,
       searchset(p03_conditions(), 3, elsewhere.base() + "/" + kConditions + "&page=2").dump()});
  check_unknown(FetchingService().answer(fetching_request(fhir.base())),
                "its next link goes to another origin, " + elsewhere.origin());
  CHECK(elsewhere.received().empty());
}

TEST_CASE("More pages than --fhir-max-pages leave the list unknown") {
  FhirTestServer fhir;
  serve_two_pages(fhir);
  check_unknown(FetchingService(milliseconds(2000), 1).answer(fetching_request(fhir.base())),
                "more than 1 pages (--fhir-max-pages)");
}

TEST_CASE("A slow FHIR server: the hook answers by its deadline, the conditions unknown") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 2).dump(), FhirTestServer::Mode::slow,
                        milliseconds(30000)});
  const milliseconds deadline(300);
  const HookAnswer a = FetchingService(deadline).answer(fetching_request(fhir.base()));
  check_unknown(a, "no answer within the deadline (--fhir-deadline)");
  CHECK(a.took < deadline + milliseconds(1500));  // a generous margin for a loaded machine
}

TEST_CASE("A FHIR server that is not there: connection refused") {
  std::string base;
  {
    FhirTestServer gone;
    base = gone.base();
  }
  check_unknown(FetchingService().answer(fetching_request(base)),
                "cannot connect to the FHIR server");
}

TEST_CASE("A FHIR server stopped mid-hook: the answer is cut, the hook still answers") {
  FhirTestServer fhir;
  fhir.on(kConditions, {200, searchset(p03_conditions(), 3, fhir.base() + "/page2").dump()});
  fhir.on("page2", {200, searchset(amyloidosis(), 3).dump(), FhirTestServer::Mode::held});
  const FetchingService service;
  auto hook =
      std::async(std::launch::async, [&] { return service.answer(fetching_request(fhir.base())); });
  fhir.wait_until_held();  // page 2 half sent
  fhir.stop();
  check_unknown(hook.get(), "page 2: the FHIR server closed the connection");
}

TEST_CASE("A patient the FHIR server refuses is 412, naming why") {
  FhirTestServer fhir;
  fhir.on("Patient/P03-rrmm-fhir", {401, kOutcome});
  json request = fetching_request(fhir.base());
  request["prefetch"].erase("patient");
  const HookAnswer a = FetchingService().answer(request);
  CHECK(a.status == 412);
  CHECK(outcome_diagnostics(a.body.dump(), "incomplete")
            .find("could not be fetched from fhirServer: the FHIR server refused the access "
                  "token (HTTP 401") != std::string::npos);
}

TEST_CASE("A FHIR server that trickles its TLS handshake: the hook answers by its deadline") {
  // Before, the hook waited on httplib's stop(), which waits for the handshake to end.
  TrickleServer fhir(milliseconds(15000));
  const milliseconds deadline(300);
  const HookAnswer a = FetchingService(deadline).answer(fetching_request(fhir.base()));
  check_unknown(a, "no answer within the deadline (--fhir-deadline)");
  CHECK(a.took < deadline + milliseconds(3000));  // a generous margin for a loaded machine
}

TEST_CASE("The answers of one hook together may hold --max-body bytes at most") {
  // Each page alone is within the bound; the two pages together are not.
  FhirTestServer fhir;
  serve_two_pages(fhir);
  const std::size_t page1 = searchset(p03_conditions(), 3).dump().size();
  const std::size_t page2 = searchset(amyloidosis(), 3).dump().size();
  const std::size_t max_body = std::max(page1, page2) + 200;
  REQUIRE(max_body < page1 + page2);
  check_unknown(
      FetchingService(milliseconds(2000), 20, max_body).answer(fetching_request(fhir.base())),
      "the FHIR server's answers to this hook are larger than " + std::to_string(max_body) +
          " bytes in all (--max-body)");
  // With room for both, the list is fetched whole.
  const HookAnswer whole = FetchingService(milliseconds(2000), 20, page1 + page2 + 1000)
                               .answer(fetching_request(fhir.base()));
  CHECK(whole.trials.count(kExcluding) == 0);
  CHECK(!whole.warns("prefetch.conditions"));
}
