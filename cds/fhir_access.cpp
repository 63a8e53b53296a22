// FHIR server access from a hook request; see fhir_access.hpp.
#include "cds/fhir_access.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace eligo::cds {
namespace {

using nlohmann::json;

// RFC 6750's token characters, at least one.
bool is_token(const json& value) {
  if (!value.is_string() || value.get_ref<const std::string&>().empty()) return false;
  for (const char c : value.get_ref<const std::string&>()) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f) return false;
  }
  return true;
}

std::variant<FhirAccess, std::string> read_authorization(const json& request, FhirUrl server) {
  const auto auth = request.find("fhirAuthorization");
  if (auth == request.end() || auth->is_null()) {
    return "fhirAuthorization is missing: the FHIR server is queried only with the EHR's token";
  }
  if (!auth->is_object()) return "fhirAuthorization is not an object";
  const auto type = auth->find("token_type");
  if (type == auth->end() || !type->is_string() ||
      to_lower_ascii(type->get<std::string>()) != "bearer") {
    return "fhirAuthorization.token_type is not Bearer";
  }
  const auto token = auth->find("access_token");
  if (token == auth->end() || !is_token(*token)) {
    return "fhirAuthorization.access_token is missing or not a token";
  }
  const auto expires = auth->find("expires_in");
  if (expires != auth->end() && expires->is_number() && expires->get<double>() <= 0) {
    return "fhirAuthorization.expires_in says the token has expired";
  }
  return FhirAccess{std::move(server), token->get<std::string>()};
}

}  // namespace

std::variant<FhirAccess, std::string> fhir_access(const json& request, bool https_only,
                                                  std::span<const std::string> allowed) {
  const auto base = request.find("fhirServer");
  if (base == request.end() || base->is_null()) return std::string();
  const auto server = base->is_string() ? parse_fhir_url(base->get<std::string>()) : std::nullopt;
  if (!server || server->target.find('?') != std::string::npos) {
    return "fhirServer is not the base URL of a FHIR server (http or https, no query)";
  }
  if (server->scheme == "http" && https_only) {
    return "fhirServer is http: with --trust the FHIR server is queried over https only";
  }
  if (server->scheme == "http" && !is_loopback_host(server->host)) {
    return "fhirServer is http to another machine: the token would cross the network in clear "
           "(https is required, http only to this machine's loopback interface)";
  }
  if (!allowed.empty() &&
      std::find(allowed.begin(), allowed.end(), server->origin()) == allowed.end()) {
    return "fhirServer is not one of the FHIR servers this service may query (--fhir-allow)";
  }
  return read_authorization(request, *server);
}

std::string join_target(const FhirUrl& base, std::string_view relative) {
  std::string target = base.target;
  if (!target.ends_with('/')) target += '/';
  return target + std::string(relative);
}

}  // namespace eligo::cds
