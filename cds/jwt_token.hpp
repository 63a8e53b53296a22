// A bearer JWT as it arrives (RFC 7515 compact serialization): three base64url parts,
// header.claims.signature, the first two decoded as JSON objects. Nothing decoded here is
// trusted yet: jwt_verifier.cpp checks the signature. A token over 8 KiB, with any other
// character, or whose parts are not base64url JSON objects is refused, with a reason that
// never quotes the token.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace eligo::cds {

struct JwtParts {
  nlohmann::json header;  // a JSON object
  nlohmann::json claims;  // a JSON object
};

// The decoded token, or why it is not one.
std::variant<JwtParts, std::string> decode_jwt(std::string_view token);

// Base64url without padding (RFC 4648 section 5), or nothing for any other character.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace eligo::cds
