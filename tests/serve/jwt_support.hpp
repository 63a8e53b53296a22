// Helpers for the authentication tests: RSA and EC P-384 key pairs made with librhonabwy
// at test time, JWTs signed with them (or unsigned) as a CDS Client makes them, and a
// trust configuration naming the keys.
#pragma once

#include <rhonabwy.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "cds/jwks.hpp"
#include "cds/trust_config.hpp"

namespace eligo::test {

inline const std::string kIssuer = "https://ehr.example.org";
inline const std::string kBaseUrl = "https://cds.example.org";
inline const std::string kHookAudience = kBaseUrl + "/cds-services/eligo-trial-screening";

struct TestKey {
  std::string kid;
  std::string private_jwk;    // JSON
  nlohmann::json public_jwk;  // as in a JWK Set
};

// A new key pair: RSA of `bits`, or EC on P-384 (`bits` 384) or P-256 (256).
inline TestKey make_key(bool rsa, const std::string& kid, unsigned bits) {
  cds::init_jose_library();
  jwk_t* priv = nullptr;
  jwk_t* pub = nullptr;
  r_jwk_init(&priv);
  r_jwk_init(&pub);
  const int made =
      r_jwk_generate_key_pair(priv, pub, rsa ? R_KEY_TYPE_RSA : R_KEY_TYPE_EC, bits, kid.c_str());
  char* priv_text = r_jwk_export_to_json_str(priv, 0);
  char* pub_text = r_jwk_export_to_json_str(pub, 0);
  TestKey key{kid, priv_text ? priv_text : "", nlohmann::json::parse(pub_text ? pub_text : "{}")};
  r_free(priv_text);
  r_free(pub_text);
  r_jwk_free(priv);
  r_jwk_free(pub);
  if (made != RHN_OK) throw std::runtime_error("librhonabwy cannot make a key pair");
  return key;
}

// The keys the trusted issuer signs with, made once per test run.
inline const TestKey& rsa_key() {
  static const TestKey key = make_key(true, "rsa-1", 2048);
  return key;
}
inline const TestKey& ec_key() {
  static const TestKey key = make_key(false, "ec-1", 384);
  return key;
}

inline std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Valid claims for `aud`, with a new jti each time.
inline nlohmann::json claims_for(const std::string& aud = kHookAudience) {
  static std::atomic<int> count{0};
  const std::int64_t now = now_seconds();
  return {{"iss", kIssuer},
          {"aud", aud},
          {"exp", now + 300},
          {"iat", now},
          {"jti", "jti-" + std::to_string(++count) + "-" + std::to_string(now)}};
}

// `claims` with `name` set to `value`.
inline nlohmann::json with_claim(nlohmann::json claims, const std::string& name,
                                 const nlohmann::json& value) {
  claims[name] = value;
  return claims;
}

// `claims` signed with `private_jwk` under `header` (alg and other members, all strings).
inline std::string sign(const nlohmann::json& header, const nlohmann::json& claims,
                        const std::string& private_jwk) {
  jws_t* jws = nullptr;
  jwk_t* jwk = nullptr;
  r_jws_init(&jws);
  r_jwk_init(&jwk);
  r_jwk_import_from_json_str(jwk, private_jwk.c_str());
  for (const auto& [name, value] : header.items()) {
    if (name != "alg")
      r_jws_set_header_str_value(jws, name.c_str(), value.get<std::string>().c_str());
  }
  r_jws_set_alg(jws, r_str_to_jwa_alg(header.at("alg").get<std::string>().c_str()));
  const std::string payload = claims.dump();
  r_jws_set_payload(jws, reinterpret_cast<const unsigned char*>(payload.data()), payload.size());
  char* token = r_jws_serialize(jws, jwk, 0);
  std::string out = token ? token : "";
  r_free(token);
  r_jwk_free(jwk);
  r_jws_free(jws);
  if (out.empty()) throw std::runtime_error("librhonabwy cannot sign the token");
  return out;
}

// A token of the trusted issuer signed with `key` (RS384 for RSA, ES384 for EC).
inline std::string token_for(const TestKey& key, const nlohmann::json& claims = claims_for()) {
  const std::string alg = key.public_jwk.at("kty") == "RSA" ? "RS384" : "ES384";
  return sign({{"alg", alg}, {"typ", "JWT"}, {"kid", key.kid}}, claims, key.private_jwk);
}

inline std::string base64url(const std::string& bytes) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) out += digits[(buffer >> (bits -= 6)) & 63];
  }
  if (bits > 0) out += digits[(buffer << (6 - bits)) & 63];
  return out;
}

// An unsigned token (alg "none"): header.claims. with no signature.
inline std::string unsigned_token(const nlohmann::json& claims = claims_for()) {
  const nlohmann::json header = {{"alg", "none"}, {"typ", "JWT"}, {"kid", rsa_key().kid}};
  return base64url(header.dump()) + "." + base64url(claims.dump()) + ".";
}

// The trust configuration of kIssuer with both keys inline.
inline nlohmann::json trust_json() {
  return {
      {"issuers",
       {{{"iss", kIssuer}, {"jwks", {{"keys", {rsa_key().public_jwk, ec_key().public_jwk}}}}}}}};
}

inline cds::TrustConfig trust_config() {
  return cds::parse_trust_config(trust_json().dump(), "trust.json");
}

}  // namespace eligo::test
