// What CDS Hooks 2.0 ("Trusting CDS Clients") asks of a CDS Client's JWT, checked on its
// decoded header and claims (jwt_token.hpp):
//   header  alg RS384 or ES384 (never none, HMAC or any other), kid, typ "JWT" when
//           given, a string jku when given, no crit and no zip;
//   claims  aud the URL of the endpoint called (a string, or an array holding it); exp in
//           the future, and at most `max_lifetime` ahead (the replay cache keeps a token
//           until it expires); iat not in the future; jti of 1 to 256 characters.
// Times allow `skew` seconds of clock difference. Each check returns the reason for
// refusal, which never quotes the token, or nothing.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace eligo::cds {

struct ClaimLimits {
  std::int64_t skew = 60;            // seconds
  std::int64_t max_lifetime = 3600;  // seconds from now to exp
};

std::optional<std::string> check_header(const nlohmann::json& header);

// `audience`: the URL of the endpoint called; `now`: seconds since 1970.
std::optional<std::string> check_claims(const nlohmann::json& claims, std::string_view audience,
                                        std::int64_t now, const ClaimLimits& limits);

// A time claim (exp, iat) in whole seconds, when it is a number in range.
std::optional<std::int64_t> seconds_claim(const nlohmann::json& claims, const char* name);

}  // namespace eligo::cds
