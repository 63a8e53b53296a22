// Whether a hook request lets the service query the EHR's FHIR server (CDS Hooks 2.0,
// "FHIR Resource Access"): a `fhirServer` base URL and a `fhirAuthorization` holding a
// Bearer access token. The base must be https, or http to this machine's loopback
// interface only (where tests and a local proxy run): over any other http the token would
// cross the network in clear. With a list of allowed origins (`eligo serve --fhir-allow`),
// only a server of one of them is queried: a request cannot point the service, and the
// EHR's token, at another machine of the network. Reasons name the member at fault, never
// its value.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <variant>

#include "cds/fhir_url.hpp"

namespace eligo::cds {

struct FhirAccess {
  FhirUrl server;     // the base: queries are its target, "/", then the template's
  std::string token;  // fhirAuthorization.access_token
};

// The access the request gives; or why not ("" when it names no fhirServer at all).
// `https_only` (with --trust, where the caller is an authenticated EHR) refuses plain
// http even to the loopback interface. `allowed`: origins as FhirUrl::origin() writes
// them; empty: any.
std::variant<FhirAccess, std::string> fhir_access(const nlohmann::json& request,
                                                  bool https_only = false,
                                                  std::span<const std::string> allowed = {});

// `base`'s target joined to a relative query: "/fhir" and "Patient/p1" give "/fhir/Patient/p1".
std::string join_target(const FhirUrl& base, std::string_view relative);

}  // namespace eligo::cds
