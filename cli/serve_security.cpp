// The security options of `eligo serve`; see serve_security.hpp.
#include "cli/serve_security.hpp"

#include <arpa/inet.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

#include "cds/request_auth.hpp"
#include "cli/exit_codes.hpp"

namespace eligo::cli {

void add_security_options(CLI::App& cmd, SecurityOptions& o) {
  auto* trust = cmd.add_option("--trust", o.trust,
                               "JSON file of the trusted CDS Clients (issuers and their keys "
                               "or jku URLs): every POST then needs their JWT");
  auto* base = cmd.add_option("--base-url", o.base_url,
                              "The service's public URL as the EHR calls it (the JWT's aud is "
                              "this, then /cds-services/...); with --trust");
  trust->needs(base);
  base->needs(trust);
  auto* cert = cmd.add_option("--tls-cert", o.tls_cert, "PEM certificate (chain): serve https");
  auto* key = cmd.add_option("--tls-key", o.tls_key, "PEM private key of --tls-cert");
  cert->needs(key);
  key->needs(cert);
}

bool is_loopback_host(const std::string& host) {
  in_addr v4{};
  in6_addr v6{};
  if (host == "localhost") return true;
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  return inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

int configure_security(const SecurityOptions& o, const std::string& host,
                       cds::ServiceOptions& service) {
  for (const std::string* file : {&o.tls_cert, &o.tls_key}) {
    if (!file->empty() && !std::ifstream(*file)) {
      std::cerr << "eligo: " << (file == &o.tls_cert ? "--tls-cert " : "--tls-key ") << *file
                << ": cannot be read\n";
      return kUnreadableInput;
    }
  }
  service.tls_cert = o.tls_cert;
  service.tls_key = o.tls_key;
  if (o.trust.empty()) {
    if (!is_loopback_host(host)) {
      std::cerr << "eligo: --host " << host
                << " is not a loopback address: without --trust the service does not "
                   "authenticate its callers, so it listens on this machine only (127.0.0.1, "
                   "::1); give --trust FILE --base-url URL to serve other hosts\n";
      return kBadArguments;
    }
    std::cerr << "eligo: no --trust: requests are not authenticated; listening on loopback only"
              << std::endl;
    return kSuccess;
  }
  const auto base_url = cds::normalize_base_url(o.base_url);
  if (!base_url) {
    std::cerr << "eligo: --base-url " << o.base_url
              << ": not an http(s) URL without query or fragment, such as "
                 "https://cds.example.org\n";
    return kBadArguments;
  }
  try {
    cds::TrustConfig trust = cds::read_trust_config(o.trust);
    std::cerr << "eligo: --trust: " << trust.issuers.size()
              << " trusted issuers; a hook's JWT must have aud " << *base_url
              << "/cds-services/{service id}" << std::endl;
    service.authenticator =
        std::make_shared<cds::RequestAuthenticator>(std::move(trust), *base_url);
  } catch (const cds::TrustConfigError& e) {
    std::cerr << "eligo: --trust " << e.what() << '\n';
    return kUnreadableInput;
  }
  return kSuccess;
}

}  // namespace eligo::cli
