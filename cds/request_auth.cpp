// Authenticating requests; see request_auth.hpp.
#include "cds/request_auth.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <cctype>
#include <chrono>
#include <regex>

#include "cds/operation_outcome.hpp"

namespace eligo::cds {
namespace {

// The token of "Bearer <token>" (the scheme in any case, RFC 7235), or nothing.
std::optional<std::string_view> bearer_token(std::string_view header) {
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(header[i])) != kScheme[i]) return std::nullopt;
  }
  std::string_view token = header.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  if (token.empty()) return std::nullopt;
  return token;
}

}  // namespace

std::optional<JwtRefusal> RequestAuthenticator::check(std::string_view authorization,
                                                      std::string_view path) {
  const auto token = bearer_token(authorization);
  if (!token) {
    return JwtRefusal{401,
                      "no Authorization: Bearer token; this service takes a JWT signed by a "
                      "trusted CDS Client (CDS Hooks 2.0, \"Trusting CDS Clients\")"};
  }
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  return verifier_.verify(*token, base_url_ + std::string(path), now);
}

bool admit(RequestAuthenticator* auth, const httplib::Request& req, httplib::Response& res,
           const httplib::ContentReader& content) {
  if (auth == nullptr) return true;
  const std::string authorization = req.get_header_value("Authorization");
  const auto refusal = auth->check(authorization, req.path);
  if (!refusal) return true;
  content([](const char*, std::size_t) { return true; });  // read to the end, dropped
  res.status = refusal->status;
  if (refusal->status == 401) {
    res.set_header("WWW-Authenticate", authorization.empty()
                                           ? "Bearer realm=\"eligo\""
                                           : "Bearer realm=\"eligo\", error=\"invalid_token\"");
  }
  res.set_content(operation_outcome(refusal->status, refusal->reason), "application/json");
  spdlog::debug("{} {} refused: {}", req.method, req.path, refusal->reason);
  return false;
}

std::optional<std::string> normalize_base_url(std::string_view url) {
  static const std::regex base(
      R"(https?://([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?(/[^?#\s]*)?)");
  std::string out(url);
  if (!std::regex_match(out, base)) return std::nullopt;
  while (out.back() == '/') out.pop_back();
  return out;
}

}  // namespace eligo::cds
