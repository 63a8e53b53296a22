// The trust file of `eligo serve --trust FILE`: the CDS Clients (EHRs) whose JWTs the
// service accepts. Each is an issuer (`iss`) with its public keys inline (`jwks`, a JWK
// Set) and/or the `jku` URLs its tokens may name (one URL or a list: the allowed list):
//   {"issuers": [{"iss": "https://ehr.example.org", "jwks": {"keys": [...]}},
//                {"iss": "https://other.example.org", "jku": "https://other.example.org/jwks"}],
//    "jku_ca_file": "ca.pem"}
// `jku_ca_file` (optional) holds the CA certificates (PEM) that jku servers are checked
// against instead of the system's; a relative path is taken from the trust file's folder.
// Reading checks all that can be checked before a request: a non-empty, unique iss each;
// https jku URLs; every inline key a usable public key with a kid (jwks.hpp). A problem
// is an error naming the file and the place in it.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cds/jwks.hpp"

namespace eligo::cds {

struct TrustedIssuer {
  std::string iss;
  std::vector<SigningKey> keys;  // its inline keys ("jwks")
  std::vector<std::string> jku;  // the JWK Set URLs its tokens may name
};

struct TrustConfig {
  std::vector<TrustedIssuer> issuers;
  std::string jku_ca_file;  // empty: the system's CA certificates
};

// What is wrong with a trust file; what() is "FILE: where: problem".
struct TrustConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Parses the text of the trust file at `path` (named in errors). Throws TrustConfigError.
TrustConfig parse_trust_config(std::string_view text, const std::string& path);

// Reads the file and parses it. Throws TrustConfigError, also when it cannot be read.
TrustConfig read_trust_config(const std::string& path);

}  // namespace eligo::cds
