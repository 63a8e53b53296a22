// Authentication of the service's callers (`eligo serve --trust FILE --base-url URL`).
// Every POST carries `Authorization: Bearer <JWT>`, verified as CDS Hooks 2.0 asks
// (jwt_verifier.hpp) with `aud` the URL of the endpoint called: the base URL, then the
// request's path (".../cds-services/eligo-trial-screening", or ".../feedback"). The
// decision is taken from the headers alone, before the body is read. A refused request
// gets 401 (503 when the service cannot check the token now) with an OperationOutcome
// saying why, never quoting the token, and `WWW-Authenticate: Bearer`; its body is then
// read to the end and dropped unparsed, so a kept-alive connection stays in step.
// GET /cds-services (discovery) needs no token: it holds no patient data, and CDS Hooks
// 2.0 asks services to authenticate calls that risk exposing sensitive data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cds/jwt_verifier.hpp"

namespace httplib {
struct Request;
struct Response;
class ContentReader;
}  // namespace httplib

namespace eligo::cds {

class RequestAuthenticator {
 public:
  // `base_url`: the service's public URL as the EHR calls it (normalize_base_url).
  RequestAuthenticator(TrustConfig trust, std::string base_url)
      : verifier_(std::move(trust)), base_url_(std::move(base_url)) {}

  // Nothing when `authorization` (the header's value) holds a valid token for `path`.
  std::optional<JwtRefusal> check(std::string_view authorization, std::string_view path);

  const std::string& base_url() const { return base_url_; }
  const JwtVerifier& verifier() const { return verifier_; }

 private:
  JwtVerifier verifier_;
  std::string base_url_;
};

// For an httplib POST handler: true when `auth` is null or admits the request; otherwise
// the refusal is in `res`, and the body has been read and dropped.
bool admit(RequestAuthenticator* auth, const httplib::Request& req, httplib::Response& res,
           const httplib::ContentReader& content);

// `url` as a base URL: http:// or https://, a host, an optional port and path, no query
// or fragment; without its trailing slashes. Nothing when it is not one.
std::optional<std::string> normalize_base_url(std::string_view url);

}  // namespace eligo::cds
