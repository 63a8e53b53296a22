// JSON nested far deeper than any FHIR resource (200,000 arrays in 400 KB) in a hook
// request or in a FHIR server's answer: nlohmann::json copies and frees such a value by
// recursion and would overflow the stack, killing `eligo serve`. The request is refused
// (400), the FHIR answer leaves its key unknown, and the service goes on.
#include <catch2/catch.hpp>

#include "cds/json_depth.hpp"
#include "fhir_fetch_support.hpp"

using namespace eligo;
using namespace eligo::test;
using nlohmann::json;

namespace {

std::string nested_arrays(std::size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

// `request` as text with a member context.deep holding `levels` nested arrays (the
// context is what the fetch reads first).
std::string with_deep_member(json request, std::size_t levels) {
  request["context"]["deep"] = "@deep@";
  std::string body = request.dump();
  return body.replace(body.find("\"@deep@\""), 8, nested_arrays(levels));
}

}  // namespace

TEST_CASE("JSON is parsed to at most 100 levels") {
  CHECK(cds::parse_bounded_json(nested_arrays(100)).status == cds::JsonParse::ok);
  CHECK(cds::parse_bounded_json(nested_arrays(101)).status == cds::JsonParse::too_deep);
  CHECK(cds::parse_bounded_json(nested_arrays(200000)).status == cds::JsonParse::too_deep);
  CHECK(cds::parse_bounded_json("{\"a\": [1, {\"b\": 2}]}").status == cds::JsonParse::ok);
  CHECK(cds::parse_bounded_json("{\"a\": ").status == cds::JsonParse::invalid);
}

TEST_CASE("A hook request nested 200,000 deep is refused, with or without fhirServer") {
  const FetchingService service;
  FhirTestServer fhir;
  for (const json& request : {p03_hook_request(), fetching_request(fhir.base())}) {
    const HookAnswer a = service.answer_body(with_deep_member(request, 200000));
    INFO(a.body.dump());
    CHECK(a.status == 400);
    CHECK(a.body["resourceType"] == "OperationOutcome");
    CHECK(a.body.dump().find("nested deeper than 100 levels") != std::string::npos);
  }
  CHECK(fhir.received().empty());  // nothing fetched for a refused request
  // A request nested within the bound is still answered.
  CHECK(service.answer_body(with_deep_member(p03_hook_request(), 50)).status == 200);
}

TEST_CASE("A FHIR answer nested 200,000 deep leaves its key unknown") {
  const FetchingService service;
  FhirTestServer fhir;
  const std::string deep = R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":)" +
                           nested_arrays(200000) + "}]}";
  fhir.on(kConditions, {200, deep});
  const HookAnswer a = service.answer(fetching_request(fhir.base()));
  INFO(a.body.dump());
  REQUIRE(a.status == 200);
  CHECK(
      a.warns("prefetch.conditions: not fetched from fhirServer: the FHIR server's answer is "
              "nested deeper than 100 levels"));
  CHECK(a.text.find(kConditionsUnknown) != std::string::npos);
}
