// FHIR server URLs; see fhir_url.hpp.
#include "cds/fhir_url.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"

namespace eligo::cds {
namespace {

bool acceptable_bytes(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f) return false;
  }
  return true;
}

// "host", "host:port", "[v6]" or "[v6]:port" into `url`; false when malformed.
bool read_authority(std::string_view authority, FhirUrl& url) {
  std::string_view port;
  if (authority.starts_with('[')) {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return false;
    url.host = std::string(authority.substr(1, close - 1));
    const std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && !rest.starts_with(':')) return false;
    if (!rest.empty()) port = rest.substr(1);
  } else {
    const std::size_t colon = authority.find(':');
    url.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
  }
  if (url.host.empty()) return false;
  url.host = to_lower_ascii(url.host);
  url.port = url.scheme == "https" ? 443 : 80;
  if (port.empty()) return true;
  const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), url.port);
  return error == std::errc() && end == port.data() + port.size() && url.port > 0 &&
         url.port <= 65535;
}

}  // namespace

std::string FhirUrl::origin() const {
  const bool v6 = host.find(':') != std::string::npos;
  return scheme + "://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<std::string> parse_origin(std::string_view text) {
  const auto url = parse_fhir_url(text);
  if (!url || url->target != "/" || text.find('#') != std::string_view::npos) return std::nullopt;
  return url->origin();
}

std::optional<FhirUrl> parse_fhir_url(std::string_view text) {
  if (!acceptable_bytes(text)) return std::nullopt;
  const std::size_t separator = text.find("://");
  if (separator == std::string_view::npos) return std::nullopt;
  FhirUrl url;
  url.scheme = to_lower_ascii(text.substr(0, separator));
  if (url.scheme != "http" && url.scheme != "https") return std::nullopt;
  std::string_view rest = text.substr(separator + 3);
  rest = rest.substr(0, rest.find('#'));
  const std::size_t target = rest.find_first_of("/?");
  const std::string_view authority = rest.substr(0, target);
  if (authority.find('@') != std::string_view::npos) return std::nullopt;  // user information
  if (!read_authority(authority, url)) return std::nullopt;
  url.target = target == std::string_view::npos ? "/" : std::string(rest.substr(target));
  if (url.target.starts_with('?')) url.target.insert(0, "/");
  return url;
}

bool same_origin(const FhirUrl& a, const FhirUrl& b) {
  return a.scheme == b.scheme && a.host == b.host && a.port == b.port;
}

bool is_loopback_host(std::string_view host) {
  if (host == "localhost" || host == "::1") return true;
  // 127.0.0.0/8, written as four decimal numbers.
  if (!host.starts_with("127.")) return false;
  int parts = 0;
  for (std::size_t start = 0; start <= host.size(); ++parts) {
    const std::size_t dot = std::min(host.find('.', start), host.size());
    int value = -1;
    const auto [end, error] = std::from_chars(host.data() + start, host.data() + dot, value);
    if (error != std::errc() || end != host.data() + dot || value > 255) return false;
    start = dot + 1;
  }
  return parts == 4;
}

std::string percent_encode(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    }
  }
  return out;
}

}  // namespace eligo::cds
