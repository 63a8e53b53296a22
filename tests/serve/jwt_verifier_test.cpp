// JWT verification as CDS Hooks 2.0 asks: RS384 and ES384 tokens of a trusted issuer for
// this endpoint are accepted once; every other token is refused with a reason that never
// quotes it.
#include "cds/jwt_verifier.hpp"

#include <catch2/catch.hpp>

#include "jwt_support.hpp"

using nlohmann::json;
using namespace eligo;
using namespace eligo::test;

namespace {

// The refusal's reason (401 expected), or "accepted".
std::string refusal(cds::JwtVerifier& verifier, const std::string& token,
                    const std::string& audience = kHookAudience) {
  const auto refused = verifier.verify(token, audience, now_seconds());
  if (!refused) return "accepted";
  CHECK(refused->status == 401);
  // Never the token, nor any of its three parts.
  std::size_t start = 0;
  for (std::size_t dot = token.find('.'); start <= token.size(); dot = token.find('.', start)) {
    const std::string part = token.substr(start, dot == token.npos ? token.npos : dot - start);
    if (part.size() > 4) CHECK(refused->reason.find(part) == std::string::npos);
    if (dot == token.npos) break;
    start = dot + 1;
  }
  return refused->reason;
}

}  // namespace

TEST_CASE("RS384 and ES384 tokens of a trusted issuer for this endpoint are accepted once") {
  cds::JwtVerifier verifier(trust_config());
  const std::string rsa = token_for(rsa_key());
  const std::string ec = token_for(ec_key());
  CHECK(refusal(verifier, rsa) == "accepted");
  CHECK(refusal(verifier, ec) == "accepted");
  // aud may be an array holding the endpoint's URL.
  CHECK(refusal(verifier, token_for(ec_key(), with_claim(claims_for(), "aud",
                                                         {"https://x.example", kHookAudience}))) ==
        "accepted");
  // Replays, of either, are refused.
  CHECK_THAT(refusal(verifier, rsa), Catch::Contains("jti was used before"));
  CHECK_THAT(refusal(verifier, ec), Catch::Contains("jti was used before"));
}

TEST_CASE("Unsigned, HMAC and other algorithms than RS384 and ES384 are refused") {
  cds::JwtVerifier verifier(trust_config());
  const json hmac_key = {{"kty", "oct"}, {"k", base64url(std::string(64, 's'))}};
  const std::string none = unsigned_token();
  const std::string hs384 =
      sign({{"alg", "HS384"}, {"kid", "rsa-1"}}, claims_for(), hmac_key.dump());
  const std::string rs256 =
      sign({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims_for(), rsa_key().private_jwk);
  const std::string ps384 =
      sign({{"alg", "PS384"}, {"kid", "rsa-1"}}, claims_for(), rsa_key().private_jwk);
  for (const std::string& token : {none, hs384, rs256, ps384}) {
    CHECK_THAT(refusal(verifier, token), Catch::Contains("alg is not RS384 or ES384"));
  }
  // An ES384 header over the RSA key's kid: the key decides the algorithm.
  const std::string mixed =
      sign({{"alg", "ES384"}, {"kid", "rsa-1"}}, claims_for(), ec_key().private_jwk);
  CHECK_THAT(refusal(verifier, mixed), Catch::Contains("alg is not that of the key"));
}

TEST_CASE("Tokens of other issuers, for other endpoints, or out of time are refused") {
  cds::JwtVerifier verifier(trust_config());
  const std::int64_t now = now_seconds();
  const std::vector<std::pair<json, std::string>> cases = {
      {with_claim(claims_for(), "iss", "https://intruder.example"), "iss is not an issuer"},
      {with_claim(claims_for(), "aud", kBaseUrl + "/cds-services/other"),
       "aud is not the URL of this endpoint, " + kHookAudience},
      {with_claim(claims_for(), "aud", json::array({kBaseUrl})), "aud is not the URL"},
      {with_claim(with_claim(claims_for(), "exp", now - 600), "iat", now - 900),
       "the token has expired"},
      {with_claim(with_claim(claims_for(), "iat", now + 600), "exp", now + 900),
       "iat is in the future"},
      {with_claim(claims_for(), "exp", now + 4 * 3600), "expires more than 60 minutes ahead"},
      {with_claim(claims_for(), "exp", "tomorrow"), "the token has no exp"},
      {with_claim(claims_for(), "jti", ""), "the token has no jti"},
      {with_claim(claims_for(), "jti", std::string(300, 'j')), "jti is longer than 256"},
  };
  for (const auto& [claims, reason] : cases) {
    INFO(claims.dump());
    CHECK_THAT(refusal(verifier, token_for(rsa_key(), claims)), Catch::Contains(reason));
  }
  json no_iat = claims_for();
  no_iat.erase("iat");
  CHECK_THAT(refusal(verifier, token_for(ec_key(), no_iat)), Catch::Contains("no iat"));
}

TEST_CASE("Unknown kids, wrong signatures and garbled tokens are refused") {
  cds::JwtVerifier verifier(trust_config());
  const TestKey stranger = make_key(true, "stranger", 2048);
  const TestKey impostor = make_key(true, "rsa-1", 2048);  // the trusted kid, another key
  CHECK_THAT(refusal(verifier, token_for(stranger)),
             Catch::Contains("no key of the token's issuer has its kid"));
  CHECK_THAT(refusal(verifier, token_for(impostor)), Catch::Contains("signature does not verify"));
  // A valid token with its claims swapped for others.
  const std::string valid = token_for(rsa_key());
  const std::string other =
      token_for(rsa_key(), with_claim(claims_for(), "aud", "https://x.example"));
  const auto first = valid.find('.');
  const auto second = valid.find('.', first + 1);
  const std::string swapped = valid.substr(0, first) +
                              other.substr(other.find('.'), other.rfind('.') - other.find('.')) +
                              valid.substr(second);
  CHECK_THAT(refusal(verifier, swapped), Catch::Contains("signature does not verify"));
  const std::vector<std::pair<std::string, std::string>> garbled = {
      {"abc", "not a signed JWT"},
      {"a.b.c.d.e", "not a signed JWT"},
      {"e30.e30", "not a signed JWT"},
      {"!!!.e30.e30", "header is not a base64url-encoded JSON object"},
      {base64url("[1]") + ".e30.e30", "header is not a base64url-encoded JSON object"},
      {base64url(R"({"alg":"RS384","kid":"rsa-1"})") + ".bm90IGpzb24.e30", "claims are not"},
      {valid.substr(0, second) + ".sig*", "signature is not base64url"},
      {std::string(9000, 'a'), "longer than 8192"},
  };
  for (const auto& [token, reason] : garbled) {
    INFO(token.substr(0, 60));
    CHECK_THAT(refusal(verifier, token), Catch::Contains(reason));
  }
}

TEST_CASE("A jku not on the issuer's allowed list is refused without being fetched") {
  json file = trust_json();
  file["issuers"][0]["jku"] = "https://127.0.0.1:9/jwks.json";
  cds::JwtVerifier verifier(cds::parse_trust_config(file.dump(), "trust.json"));
  const std::string token =
      sign({{"alg", "RS384"}, {"kid", "rsa-1"}, {"jku", "https://intruder.example/jwks.json"}},
           claims_for(), rsa_key().private_jwk);
  CHECK_THAT(refusal(verifier, token), Catch::Contains("jku is not on its issuer's allowed list"));
  CHECK(verifier.jku_fetches() == 0);
}
