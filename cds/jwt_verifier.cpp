// Verifying a CDS Client's JWT; see jwt_verifier.hpp.
#include "cds/jwt_verifier.hpp"

#include <rhonabwy.h>

#include <algorithm>

#include "cds/jwt_token.hpp"

namespace eligo::cds {
namespace {

JwtRefusal refuse(std::string reason) { return JwtRefusal{401, std::move(reason)}; }

// True when `token`'s signature verifies with `key` for the key's algorithm. The token is
// parsed with R_PARSE_NONE (no key taken from its header, no unsigned token) and nothing
// is fetched (R_FLAG_IGNORE_REMOTE).
bool signature_verifies(std::string_view token, const SigningKey& key) {
  jws_t* jws = nullptr;
  jwk_t* jwk = nullptr;
  bool verified = false;
  if (r_jws_init(&jws) == RHN_OK && r_jwk_init(&jwk) == RHN_OK &&
      r_jwk_import_from_json_str(jwk, key.jwk.c_str()) == RHN_OK &&
      r_jws_advanced_compact_parsen(jws, token.data(), token.size(), R_PARSE_NONE,
                                    R_FLAG_IGNORE_REMOTE) == RHN_OK &&
      r_jws_get_alg(jws) == r_str_to_jwa_alg(key.alg.c_str())) {
    verified = r_jws_verify_signature(jws, jwk, R_FLAG_IGNORE_REMOTE) == RHN_OK;
  }
  r_jwk_free(jwk);
  r_jws_free(jws);
  return verified;
}

}  // namespace

JwtVerifier::JwtVerifier(TrustConfig trust, ClaimLimits limits, std::size_t jti_capacity)
    : trust_(std::move(trust)), limits_(limits), fetcher_(trust_.jku_ca_file), jti_(jti_capacity) {
  init_jose_library();
}

std::optional<JwtRefusal> JwtVerifier::verify(std::string_view token, std::string_view audience,
                                              std::int64_t now) {
  auto decoded = decode_jwt(token);
  if (auto* problem = std::get_if<std::string>(&decoded)) return refuse(*problem);
  const JwtParts& jwt = std::get<JwtParts>(decoded);
  if (auto problem = check_header(jwt.header)) return refuse(*problem);
  const auto iss = jwt.claims.find("iss");
  const auto issuer = std::find_if(trust_.issuers.begin(), trust_.issuers.end(), [&](auto& i) {
    return iss != jwt.claims.end() && *iss == i.iss;
  });
  if (issuer == trust_.issuers.end()) {
    return refuse("the token's iss is not an issuer this service trusts (--trust)");
  }
  auto key = key_for(*issuer, jwt.header);
  if (auto* refusal = std::get_if<JwtRefusal>(&key)) return *refusal;
  const SigningKey& signing_key = std::get<SigningKey>(key);
  if (jwt.header.at("alg") != signing_key.alg) {
    return refuse("the token's alg is not that of the key its kid names");
  }
  if (!signature_verifies(token, signing_key)) {
    return refuse("the token's signature does not verify with the issuer's key");
  }
  if (auto problem = check_claims(jwt.claims, audience, now, limits_)) return refuse(*problem);
  const std::string jti = std::to_string(issuer - trust_.issuers.begin()) + ' ' +
                          jwt.claims.at("jti").get<std::string>();
  switch (jti_.remember(jti, *seconds_claim(jwt.claims, "exp") + limits_.skew, now)) {
    case JtiCache::Result::kFirst: return std::nullopt;
    case JtiCache::Result::kReplayed:
      return refuse("the token's jti was used before: a token is good for one request");
    case JtiCache::Result::kFull: break;
  }
  return JwtRefusal{503, "the service holds too many live tokens to detect replays; retry soon"};
}

// The issuer's key the token's kid names: among its inline keys, then in the JWK Set of
// the token's jku (which must be on the issuer's list) or, without a jku, of each URL on
// the issuer's list (the set agreed out of band, as CDS Hooks 2.0 allows).
std::variant<SigningKey, JwtRefusal> JwtVerifier::key_for(const TrustedIssuer& issuer,
                                                          const nlohmann::json& header) {
  const std::string& kid = header.at("kid").get_ref<const std::string&>();
  std::vector<std::string> urls = issuer.jku;
  if (const auto jku = header.find("jku"); jku != header.end()) {
    const std::string url = jku->get<std::string>();
    if (std::find(urls.begin(), urls.end(), url) == urls.end()) {
      return refuse("the token's jku is not on its issuer's allowed list (--trust)");
    }
    urls = {url};
  }
  if (const SigningKey* key = find_key(issuer.keys, kid)) return *key;
  bool fetched = urls.empty();
  for (const std::string& url : urls) {
    const auto keys = fetcher_.keys(url, kid);
    fetched = fetched || keys.has_value();
    if (const SigningKey* key = keys ? find_key(*keys, kid) : nullptr) return *key;
  }
  if (!fetched) return JwtRefusal{503, "the issuer's JWK Set (jku) cannot be fetched now"};
  return refuse("no key of the token's issuer has its kid");
}

}  // namespace eligo::cds
