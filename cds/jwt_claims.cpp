// The header and claims a CDS Client's JWT must have; see jwt_claims.hpp.
#include "cds/jwt_claims.hpp"

#include <algorithm>
#include <cmath>

namespace eligo::cds {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxJtiLength = 256;

bool non_empty_string(const json& object, const char* name) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() && !it->get_ref<const std::string&>().empty();
}

bool names_audience(const json& aud, std::string_view audience) {
  const auto is_it = [&](const json& a) {
    return a.is_string() && a.get_ref<const std::string&>() == audience;
  };
  return is_it(aud) || (aud.is_array() && std::any_of(aud.begin(), aud.end(), is_it));
}

}  // namespace

std::optional<std::int64_t> seconds_claim(const json& claims, const char* name) {
  const auto it = claims.find(name);
  if (it == claims.end() || !it->is_number()) return std::nullopt;
  const double value = it->get<double>();
  if (!std::isfinite(value) || value < 0 || value > 1e12) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

std::optional<std::string> check_header(const json& header) {
  const auto alg = header.find("alg");
  if (alg == header.end() || (*alg != "RS384" && *alg != "ES384")) {
    return "the token's alg is not RS384 or ES384 (unsigned, HMAC and other algorithms are "
           "refused)";
  }
  if (!non_empty_string(header, "kid")) return "the token's header has no kid to choose the key";
  if (const auto typ = header.find("typ"); typ != header.end() && *typ != "JWT") {
    return "the token's typ is not \"JWT\"";
  }
  if (const auto jku = header.find("jku"); jku != header.end() && !jku->is_string()) {
    return "the token's jku is not a URL";
  }
  if (header.contains("crit")) return "the token's header has crit extensions this service lacks";
  if (header.contains("zip")) return "the token's header asks for compression (zip)";
  return std::nullopt;
}

std::optional<std::string> check_claims(const json& claims, std::string_view audience,
                                        std::int64_t now, const ClaimLimits& limits) {
  const auto aud = claims.find("aud");
  if (aud == claims.end() || !names_audience(*aud, audience)) {
    return "the token's aud is not the URL of this endpoint, " + std::string(audience);
  }
  const auto exp = seconds_claim(claims, "exp");
  if (!exp) return "the token has no exp (seconds since 1970)";
  if (*exp + limits.skew <= now) return "the token has expired";
  if (*exp > now + limits.max_lifetime + limits.skew) {
    return "the token expires more than " + std::to_string(limits.max_lifetime / 60) +
           " minutes ahead; this service takes short-lived tokens only";
  }
  const auto iat = seconds_claim(claims, "iat");
  if (!iat) return "the token has no iat (seconds since 1970)";
  if (*iat > now + limits.skew) return "the token's iat is in the future";
  if (!non_empty_string(claims, "jti")) return "the token has no jti";
  if (claims.at("jti").get_ref<const std::string&>().size() > kMaxJtiLength) {
    return "the token's jti is longer than 256 characters";
  }
  return std::nullopt;
}

}  // namespace eligo::cds
