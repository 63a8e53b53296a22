// JSON Web Key Sets (RFC 7517) as the service uses them: the public keys a CDS Client
// signs its JWTs with. Only keys the service verifies with are kept: RSA of 2048 bits or
// more (for RS384) and EC on P-384 (for ES384), each with a `kid`. Each key is checked
// with librhonabwy and kept as a minimal JWK (kty, kid and the public numbers only: no
// x5u or x5c that could make the library fetch anything). A private key is refused.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace eligo::cds {

struct SigningKey {
  std::string kid;
  std::string alg;  // "RS384" or "ES384": the one algorithm this key verifies
  std::string jwk;  // the public key as JSON (a JWK), for librhonabwy
};

// Reads a JWK Set ({"keys": [...]}). `strict` (a trust file): a key that cannot be used
// is an error ("keys[2]: ..."). Otherwise (a set fetched from a jku URL, which may hold
// keys for other uses) such keys are skipped, and only a set without a usable key is an
// error. The keys, or the error.
std::variant<std::vector<SigningKey>, std::string> read_jwks(std::string_view json, bool strict);

// The key whose kid is `kid`, or null.
const SigningKey* find_key(const std::vector<SigningKey>& keys, std::string_view kid);

// librhonabwy's global setup, done once whatever the number of calls (thread-safe).
void init_jose_library();

}  // namespace eligo::cds
