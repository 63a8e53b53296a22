// URLs of the EHR's FHIR server as the fetch needs them (fhir_client.hpp): an absolute
// http or https URL split into its origin (scheme, host, port) and its target (path and
// query, sent as written), whether two URLs share an origin (the bearer token goes only to
// the fhirServer's own), whether a host is this machine's loopback interface (the only
// place plain http is allowed), and the percent-encoding of a value put into a query.
// A URL with user information, a space, a control character or a byte outside ASCII is
// refused: servers send their links encoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace eligo::cds {

struct FhirUrl {
  std::string scheme;  // "http" or "https", lower case
  std::string host;    // lower case; an IPv6 address without its brackets
  int port = 0;        // as written, or the scheme's default (80, 443)
  std::string target;  // the path and query, at least "/"; the fragment dropped

  // The scheme, host and port, as httplib and messages write them.
  std::string origin() const;
};

// Nothing when `text` is not an absolute http or https URL this client accepts.
std::optional<FhirUrl> parse_fhir_url(std::string_view text);

bool same_origin(const FhirUrl& a, const FhirUrl& b);

// An origin as written on the command line ("https://ehr.example", "https://ehr.example:8443",
// a "/" after it allowed) as FhirUrl::origin() writes it; nothing for anything else (a
// path, a query, another scheme).
std::optional<std::string> parse_origin(std::string_view text);

// localhost, 127.0.0.0/8 or ::1.
bool is_loopback_host(std::string_view host);

// `value` with every byte but RFC 3986's unreserved ones (A-Z a-z 0-9 - . _ ~) as %XX.
std::string percent_encode(std::string_view value);

}  // namespace eligo::cds
