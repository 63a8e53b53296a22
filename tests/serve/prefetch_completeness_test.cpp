// CDS Hooks prefetch completeness (issue 17): "no record means absent" holds only for a
// list the EHR sent whole. A conditions list not sent, sent as an OperationOutcome, or
// sent in part (a `next` link, a `total` above its entries) leaves every condition the
// trials ask about unknown, named in the cards' to-decide; `null` is an empty list.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "serve_support.hpp"

using namespace eligo;
using namespace eligo::test;
using nlohmann::json;

namespace {

const std::string kIncomplete = "the whole list of conditions: the source sent part of it";

// The cards' text, all of it.
std::string cards_text(const RunningService& service, const json& request) {
  auto res = service.client().Post(kHookPath, request.dump(), "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const json body = json::parse(res->body);  // held: the loop below reads into it
  std::string text;
  for (const json& card : body["cards"]) {
    text += card["summary"].get<std::string>() + "\n" + card["detail"].get<std::string>() + "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("An incomplete conditions prefetch leaves conditions unknown, never absent") {
  RunningService service;
  const json whole = p03_hook_request();
  CHECK(cards_text(service, whole).find(kIncomplete) == std::string::npos);

  json conditions = whole["prefetch"]["conditions"];
  json paged = conditions;
  paged["link"] =
      json::array({{{"relation", "next"}, {"url", "https://ehr.example/fhir/Condition?page=2"}}});
  json counted = conditions;
  counted["total"] = conditions["entry"].size() + 5;
  const json outcome = {{"resourceType", "OperationOutcome"},
                        {"issue", json::array({{{"severity", "error"}, {"code", "timeout"}}})}};
  const std::vector<std::pair<std::string, json>> cases = {{"paged, a next link", paged},
                                                           {"a total above its entries", counted},
                                                           {"an OperationOutcome", outcome}};
  for (const auto& [name, value] : cases) {
    INFO(name);
    json request = whole;
    request["prefetch"]["conditions"] = value;
    CHECK(cards_text(service, request).find(kIncomplete) != std::string::npos);
  }
  json unsent = whole;
  unsent["prefetch"].erase("conditions");
  CHECK(cards_text(service, unsent).find(kIncomplete) != std::string::npos);
}

TEST_CASE("A null prefetch is an empty list: decided as no record, as the spec says") {
  RunningService service;
  json empty = p03_hook_request();
  empty["prefetch"]["procedures"] = {{"resourceType", "Bundle"}, {"type", "searchset"}};
  json null = p03_hook_request();
  null["prefetch"]["procedures"] = nullptr;
  const std::string with_null = cards_text(service, null);
  CHECK(with_null == cards_text(service, empty));
  CHECK(with_null.find("the whole list of procedures") == std::string::npos);
}
