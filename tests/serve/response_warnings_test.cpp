// The hook's warnings in the response: in `extension`, the member CDS Hooks reserves, only
// when there are any (no empty members), at most kWarningsLimit and then a count.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cds/cards.hpp"

using namespace eligo;
using nlohmann::json;

TEST_CASE("Warnings go in the response's extension, at most 20 and a count") {
  const api::Screening none;
  CHECK(json::parse(cds::cards_json(none)) == json{{"cards", json::array()}});
  CHECK(json::parse(cds::cards_json(none, cds::random_uuid, {})) == json{{"cards", json::array()}});
  const json two = json::parse(cds::cards_json(none, cds::random_uuid, {"a: one", "b: two"}));
  CHECK(two["extension"]["eligo.warnings"] == json{"a: one", "b: two"});
  std::vector<std::string> many;
  for (int i = 1; i <= 25; ++i)
    many.push_back("prefetch.observations:" + std::to_string(i) + ": x");
  const json listed =
      json::parse(cds::cards_json(none, cds::random_uuid, many))["extension"]["eligo.warnings"];
  REQUIRE(listed.size() == cds::kWarningsLimit + 1);
  CHECK(listed[19] == "prefetch.observations:20: x");
  CHECK(listed[20] == "... and 5 more");
}
