// Decoding a compact JWT; see jwt_token.hpp.
#include "cds/jwt_token.hpp"

namespace eligo::cds {
namespace {

constexpr std::size_t kMaxTokenLength = 8192;

int base64url_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

std::optional<nlohmann::json> json_object_part(std::string_view part) {
  const auto text = base64url_decode(part);
  if (!text) return std::nullopt;
  nlohmann::json value = nlohmann::json::parse(*text, nullptr, false);
  if (value.is_discarded() || !value.is_object()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::string> base64url_decode(std::string_view text) {
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char c : text) {
    const int value = base64url_value(c);
    if (value < 0) return std::nullopt;
    buffer = ((buffer << 6) | static_cast<std::uint32_t>(value)) & 0xFFFFFF;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

std::variant<JwtParts, std::string> decode_jwt(std::string_view token) {
  if (token.size() > kMaxTokenLength) return "the bearer token is longer than 8192 characters";
  const auto first = token.find('.');
  const auto second = first == token.npos ? token.npos : token.find('.', first + 1);
  if (second == token.npos || token.find('.', second + 1) != token.npos) {
    return "the bearer token is not a signed JWT (three base64url parts joined by dots)";
  }
  auto header = json_object_part(token.substr(0, first));
  if (!header) return "the token's header is not a base64url-encoded JSON object";
  auto claims = json_object_part(token.substr(first + 1, second - first - 1));
  if (!claims) return "the token's claims are not a base64url-encoded JSON object";
  if (!base64url_decode(token.substr(second + 1))) return "the token's signature is not base64url";
  return JwtParts{std::move(*header), std::move(*claims)};
}

}  // namespace eligo::cds
