// The service with --trust, over real HTTP: a hook with a valid token gets its cards;
// without one, 401 with an OperationOutcome and WWW-Authenticate, decided before the body
// is read; discovery is open; feedback needs a token for its own URL.
#include <catch2/catch.hpp>

#include "security_support.hpp"

using nlohmann::json;
using namespace eligo::test;

namespace {

httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

// A 401's OperationOutcome diagnostics, after checking its form and its header.
std::string unauthorized(const httplib::Result& res, const std::string& token = {}) {
  REQUIRE(res);
  CHECK(res->status == 401);
  CHECK(res->get_header_value("WWW-Authenticate").starts_with("Bearer realm=\"eligo\""));
  if (!token.empty()) CHECK(res->body.find(token) == std::string::npos);
  return outcome_diagnostics(res->body, "login");
}

}  // namespace

TEST_CASE("A hook with a valid RS384 or ES384 token gets its cards") {
  RunningService service(authenticated_options());
  const std::string body = p03_hook_request().dump();
  for (const TestKey* key : {&rsa_key(), &ec_key()}) {
    auto res = service.client().Post(kHookPath, bearer(token_for(*key)), body, "application/json");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(json::parse(res->body)["cards"].size() > 0);
  }
}

TEST_CASE("Without a valid token a hook gets 401 before its body is read") {
  RunningService service(authenticated_options());
  auto client = service.client();
  // The body is not even JSON: it is never parsed, so the answer is 401, not 400.
  auto res = client.Post(kHookPath, "{this is not read", "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("no Authorization: Bearer token"));
  CHECK(res->get_header_value("WWW-Authenticate") == "Bearer realm=\"eligo\"");

  const std::string garbled = "Bearer abc.def";
  res = client.Post(kHookPath, {{"Authorization", garbled}}, "{}", "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("not a signed JWT"));
  CHECK(res->get_header_value("WWW-Authenticate").find("error=\"invalid_token\"") !=
        std::string::npos);
  res = client.Post(kHookPath, {{"Authorization", "Basic dXNlcjpwYXNz"}}, "{}", "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("no Authorization: Bearer token"));

  const std::string expired = token_for(rsa_key(), [] {
    json claims = claims_for();
    claims["exp"] = now_seconds() - 600;
    claims["iat"] = now_seconds() - 900;
    return claims;
  }());
  res = client.Post(kHookPath, bearer(expired), p03_hook_request().dump(), "application/json");
  CHECK_THAT(unauthorized(res, expired), Catch::Contains("expired"));
  res = client.Post(kHookPath, bearer(unsigned_token()), "{}", "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("alg is not RS384 or ES384"));
}

TEST_CASE("A token is good for one request") {
  RunningService service(authenticated_options());
  const std::string token = token_for(ec_key());
  const std::string body = p03_hook_request().dump();
  auto res = service.client().Post(kHookPath, bearer(token), body, "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  res = service.client().Post(kHookPath, bearer(token), body, "application/json");
  CHECK_THAT(unauthorized(res, token), Catch::Contains("jti was used before"));
}

TEST_CASE("A kept-alive connection serves the next request after a refusal") {
  RunningService service(authenticated_options());
  auto client = service.client();
  client.set_keep_alive(true);
  const std::string body = p03_hook_request().dump();  // 401, its body read and dropped
  auto res = client.Post(kHookPath, body, "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("no Authorization"));
  res = client.Post(kHookPath, bearer(token_for(rsa_key())), body, "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(json::parse(res->body)["cards"].size() > 0);
}

TEST_CASE("Discovery needs no token, feedback needs one for the feedback URL") {
  RunningService service(authenticated_options());
  auto res = service.client().Get("/cds-services");
  REQUIRE(res);
  CHECK(res->status == 200);
  const json feedback = {
      {"feedback",
       {{{"card", "9368d37b-283f-44a0-93ea-547cebab93ed"},
         {"outcome", "accepted"},
         {"acceptedSuggestions", {{{"id", "e56e1945-20b3-4393-8503-a1a20fd73152"}}}},
         {"outcomeTimestamp", "2026-12-07T10:00:00Z"}}}}};
  res = service.client().Post(kFeedbackPath, feedback.dump(), "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("no Authorization"));
  // A token for the hook is not a token for feedback (aud is the endpoint called).
  res = service.client().Post(kFeedbackPath, bearer(token_for(rsa_key())), feedback.dump(),
                              "application/json");
  CHECK_THAT(unauthorized(res), Catch::Contains("aud is not the URL of this endpoint, " +
                                                kHookAudience + "/feedback"));
  res = service.client().Post(kFeedbackPath,
                              bearer(token_for(rsa_key(), claims_for(kHookAudience + "/feedback"))),
                              feedback.dump(), "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(service.service().feedback_received() == 1);
}

TEST_CASE("Every refused token gets 401 with an OperationOutcome saying why") {
  RunningService service(authenticated_options());
  const std::int64_t now = now_seconds();
  const json hmac_key = {{"kty", "oct"}, {"k", base64url(std::string(64, 's'))}};
  const TestKey stranger = make_key(false, "stranger", 384);
  const TestKey impostor = make_key(false, "ec-1", 384);  // the trusted kid, another key
  const std::vector<std::pair<std::string, std::string>> cases = {
      {unsigned_token(), "alg is not RS384 or ES384"},
      {sign({{"alg", "HS384"}, {"kid", "rsa-1"}}, claims_for(), hmac_key.dump()),
       "alg is not RS384 or ES384"},
      {sign({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims_for(), rsa_key().private_jwk),
       "alg is not RS384 or ES384"},
      {token_for(rsa_key(), with_claim(claims_for(), "iss", "https://intruder.example")),
       "iss is not an issuer this service trusts"},
      {token_for(rsa_key(), claims_for(kBaseUrl + "/cds-services")), "aud is not the URL"},
      {token_for(ec_key(),
                 with_claim(with_claim(claims_for(), "iat", now - 900), "exp", now - 600)),
       "expired"},
      {token_for(ec_key(),
                 with_claim(with_claim(claims_for(), "iat", now + 600), "exp", now + 900)),
       "iat is in the future"},
      {token_for(stranger), "no key of the token's issuer has its kid"},
      {token_for(impostor), "signature does not verify"},
      {sign({{"alg", "ES384"}, {"kid", "ec-1"}, {"jku", "https://intruder.example/jwks"}},
            claims_for(), ec_key().private_jwk),
       "jku is not on its issuer's allowed list"},
  };
  const std::string body = p03_hook_request().dump();
  for (const auto& [token, reason] : cases) {
    INFO(reason);
    const auto res = service.client().Post(kHookPath, bearer(token), body, "application/json");
    CHECK_THAT(unauthorized(res, token), Catch::Contains(reason));
  }
}
