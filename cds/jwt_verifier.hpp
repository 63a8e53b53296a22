// Verifies a CDS Client's JWT as CDS Hooks 2.0 ("Trusting CDS Clients") asks, in this
// order: decoded (jwt_token.hpp); header checked (alg RS384 or ES384, kid; jwt_claims.hpp);
// its iss one of the trusted issuers (trust_config.hpp); the key its kid names taken from
// that issuer's inline keys or from the JWK Set of a jku URL, which must be on that
// issuer's allowed list (jwks_fetcher.hpp; a token's own jwk, x5u or x5c is never used);
// the signature checked with librhonabwy; the claims checked (aud, exp, iat, jti); last,
// its jti recorded, so it is accepted once (jti_cache.hpp). Safe from many threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "cds/jti_cache.hpp"
#include "cds/jwks_fetcher.hpp"
#include "cds/jwt_claims.hpp"
#include "cds/trust_config.hpp"

namespace eligo::cds {

// Why a token is refused: 401 for the token itself; 503 when the service cannot check it
// now (the issuer's jku cannot be fetched, the replay cache is full). `reason` never quotes
// the token.
struct JwtRefusal {
  int status = 401;
  std::string reason;
};

class JwtVerifier {
 public:
  explicit JwtVerifier(TrustConfig trust, ClaimLimits limits = {},
                       std::size_t jti_capacity = 100000);

  // Nothing when `token` is valid for `audience` (the URL of the endpoint called) at `now`
  // (seconds since 1970); otherwise why not. A valid token's jti is used up.
  std::optional<JwtRefusal> verify(std::string_view token, std::string_view audience,
                                   std::int64_t now);

  // How many jku fetches were made (for tests).
  std::size_t jku_fetches() const { return fetcher_.fetches(); }

 private:
  std::variant<SigningKey, JwtRefusal> key_for(const TrustedIssuer& issuer,
                                               const nlohmann::json& header);

  TrustConfig trust_;
  ClaimLimits limits_;
  JwksFetcher fetcher_;
  JtiCache jti_;
};

}  // namespace eligo::cds
