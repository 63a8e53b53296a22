// Reading JWK Sets; see jwks.hpp.
#include "cds/jwks.hpp"

#include <rhonabwy.h>

#include <algorithm>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>

namespace eligo::cds {
namespace {

using nlohmann::json;

constexpr unsigned kMinRsaBits = 2048;

std::string string_member(const json& key, const char* name) {
  const auto it = key.find(name);
  return it != key.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The key's bit size and type flags as librhonabwy reads it (0 when it cannot).
int rhonabwy_key_type(const std::string& jwk_json, unsigned& bits) {
  init_jose_library();
  jwk_t* jwk = nullptr;
  int type = 0;
  if (r_jwk_init(&jwk) == RHN_OK && r_jwk_import_from_json_str(jwk, jwk_json.c_str()) == RHN_OK) {
    type = r_jwk_key_type(jwk, &bits, R_FLAG_IGNORE_REMOTE);
  }
  r_jwk_free(jwk);
  return type;
}

// `key` as a SigningKey, or why it cannot be one.
std::variant<SigningKey, std::string> signing_key(const json& key) {
  if (!key.is_object()) return "is not a JSON object";
  const std::string kid = string_member(key, "kid");
  const std::string kty = string_member(key, "kty");
  if (kid.empty()) return "has no kid (the token's kid chooses the key)";
  if (key.contains("d")) return "is a private key: give the public key only";
  if (const auto use = key.find("use"); use != key.end() && *use != "sig") {
    return "is not for signatures (use is not \"sig\")";
  }
  json minimal{{"kty", kty}, {"kid", kid}};
  SigningKey out{kid, "", ""};
  if (kty == "RSA") {
    out.alg = "RS384";
    minimal["n"] = string_member(key, "n");
    minimal["e"] = string_member(key, "e");
  } else if (kty == "EC") {
    if (string_member(key, "crv") != "P-384") return "is an EC key on a curve other than P-384";
    out.alg = "ES384";
    minimal["crv"] = "P-384";
    minimal["x"] = string_member(key, "x");
    minimal["y"] = string_member(key, "y");
  } else {
    return "is neither an RSA nor an EC key (kty \"RSA\" or \"EC\"; HMAC keys are refused)";
  }
  if (const auto alg = key.find("alg"); alg != key.end() && *alg != out.alg) {
    return "has an alg other than " + out.alg;
  }
  out.jwk = minimal.dump();
  unsigned bits = 0;
  const int type = rhonabwy_key_type(out.jwk, bits);
  if (!(type & R_KEY_TYPE_PUBLIC)) return "is not a valid public key";
  if (kty == "RSA" && bits < kMinRsaBits) return "is an RSA key of fewer than 2048 bits";
  return out;
}

}  // namespace

std::variant<std::vector<SigningKey>, std::string> read_jwks(std::string_view text, bool strict) {
  const json set = json::parse(text, nullptr, false);
  if (set.is_discarded() || !set.is_object()) return std::string("is not a JSON object");
  const auto keys = set.find("keys");
  if (keys == set.end() || !keys->is_array()) return std::string("has no \"keys\" array");
  std::vector<SigningKey> out;
  for (std::size_t i = 0; i < keys->size(); ++i) {
    const std::string where = "keys[" + std::to_string(i) + "]";
    auto key = signing_key((*keys)[i]);
    if (auto* problem = std::get_if<std::string>(&key)) {
      if (strict) return where + " " + *problem;
      continue;
    }
    SigningKey& usable = std::get<SigningKey>(key);
    if (find_key(out, usable.kid) != nullptr) {
      if (strict) return where + " repeats the kid of an earlier key";
      continue;
    }
    out.push_back(std::move(usable));
  }
  if (out.empty()) return std::string("holds no RSA or EC P-384 public key with a kid");
  return out;
}

const SigningKey* find_key(const std::vector<SigningKey>& keys, std::string_view kid) {
  const auto it =
      std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.kid == kid; });
  return it == keys.end() ? nullptr : &*it;
}

void init_jose_library() {
  static std::once_flag once;
  std::call_once(once, [] { r_global_init(); });
}

}  // namespace eligo::cds
