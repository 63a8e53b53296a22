// The trust file of `eligo serve --trust`: read whole when right, and every problem an
// error naming the file and the place in it.
#include "cds/trust_config.hpp"

#include <catch2/catch.hpp>

#include "jwt_support.hpp"
#include "serve_support.hpp"

using nlohmann::json;
using namespace eligo;
using namespace eligo::test;

namespace {

// A trust file of one issuer with these inline keys.
std::string with_keys(std::initializer_list<json> keys) {
  json set = json::array();
  for (const json& key : keys) set.push_back(key);
  return json{{"issuers", {{{"iss", kIssuer}, {"jwks", {{"keys", set}}}}}}}.dump();
}

}  // namespace

TEST_CASE("A trust file of inline keys and jku URLs is read whole") {
  json file = trust_json();
  file["issuers"].push_back({{"iss", "https://other.example.org"},
                             {"jku", {"https://other.example.org/a", "https://keys.example/b"}}});
  const cds::TrustConfig config = cds::parse_trust_config(file.dump(), "trust.json");
  REQUIRE(config.issuers.size() == 2);
  const auto& keys = config.issuers[0].keys;
  REQUIRE(keys.size() == 2);
  CHECK(config.issuers[0].iss == kIssuer);
  CHECK(keys[0].kid == "rsa-1");
  CHECK(keys[0].alg == "RS384");
  CHECK(keys[1].kid == "ec-1");
  CHECK(keys[1].alg == "ES384");
  CHECK(config.issuers[0].jku.empty());
  CHECK(config.issuers[1].keys.empty());
  CHECK(config.issuers[1].jku ==
        std::vector<std::string>{"https://other.example.org/a", "https://keys.example/b"});
  CHECK(config.jku_ca_file.empty());
}

TEST_CASE("A bad trust file is an error naming the file, the place and the problem") {
  json private_key = json::parse(rsa_key().private_jwk);
  json no_kid = rsa_key().public_jwk;
  no_kid.erase("kid");
  json rs256 = rsa_key().public_jwk;
  rs256["alg"] = "RS256";
  json broken = rsa_key().public_jwk;
  broken["n"] = "not base64url!";
  const json p256 = make_key(false, "p256", 256).public_jwk;
  const json small_rsa = {{"kty", "RSA"},
                          {"kid", "small"},
                          {"e", "AQAB"},
                          {"n", base64url(std::string(128, '\xC5'))}};  // 1024 bits
  const json hmac = {{"kty", "oct"}, {"kid", "shared"}, {"k", "c2VjcmV0LXNlY3JldA"}};
  const json same_iss = {{"issuers",
                          {{{"iss", kIssuer}, {"jku", "https://a.example/k"}},
                           {{"iss", kIssuer}, {"jku", "https://b.example/k"}}}}};
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{not json", "trust.json: not a JSON object"},
      {"{}", "trust.json: \"issuers\" is missing or empty"},
      {R"({"issuers": [{"jku": "https://a.example/k"}]})", "trust.json: issuers[0].iss is missing"},
      {same_iss.dump(), "trust.json: issuers[1].iss repeats an earlier issuer"},
      {R"({"issuers": [{"iss": "x"}]})", "trust.json: issuers[0] has neither jwks"},
      {R"({"issuers": [{"iss": "x", "jku": "http://a.example/k"}]})",
       "trust.json: issuers[0].jku: each URL must be a string starting with https://"},
      {with_keys({private_key}), "trust.json: issuers[0].jwks: keys[0] is a private key"},
      {with_keys({hmac}), "keys[0] is neither an RSA nor an EC key"},
      {with_keys({rsa_key().public_jwk, p256}), "keys[1] is an EC key on a curve other than P-384"},
      {with_keys({no_kid}), "keys[0] has no kid"},
      {with_keys({small_rsa}), "keys[0] is an RSA key of fewer than 2048 bits"},
      {with_keys({rs256}), "keys[0] has an alg other than RS384"},
      {with_keys({broken}), "keys[0] is not a valid public key"},
      {with_keys({rsa_key().public_jwk, rsa_key().public_jwk}), "keys[1] repeats the kid"},
      {with_keys({}), "issuers[0].jwks: holds no RSA or EC P-384 public key"},
      {json{{"issuers", trust_json()["issuers"]}, {"jku_ca_file", "absent.pem"}}.dump(),
       "trust.json: jku_ca_file absent.pem cannot be read"},
  };
  for (const auto& [text, message] : cases) {
    INFO(text);
    CHECK_THROWS_WITH(cds::parse_trust_config(text, "trust.json"), Catch::Contains(message));
  }
}

TEST_CASE("The trust file of docs/cds-hooks.md is read as the page says") {
  const std::string page = read_file(source_path("docs/cds-hooks.md"));
  const auto section = page.find("### The trust file");
  REQUIRE(section != std::string::npos);
  const auto start = page.find("```json\n", section) + 8;
  const auto end = page.find("```", start);
  const cds::TrustConfig config = cds::parse_trust_config(page.substr(start, end - start), "doc");
  REQUIRE(config.issuers.size() == 2);
  REQUIRE(config.issuers[0].keys.size() == 1);
  CHECK(config.issuers[0].keys[0].kid == "ehr-2026-12");
  CHECK(config.issuers[0].keys[0].alg == "ES384");
  CHECK(config.issuers[1].jku.size() == 1);
}

TEST_CASE("A trust file that cannot be read is an error naming it") {
  CHECK_THROWS_WITH(cds::read_trust_config("/nonexistent/trust.json"),
                    "/nonexistent/trust.json: cannot be read");
}
