// The security options of `eligo serve`: --trust FILE with --base-url URL (the EHR's JWT
// on every POST, cds/request_auth.hpp) and --tls-cert FILE with --tls-key FILE (https
// only, cds/tls_server.hpp). Without --trust the service is not authenticated and may
// listen on a loopback address only (127.0.0.0/8, ::1, localhost); it says so at start.
#pragma once

#include <string>

#include "cds/service.hpp"

namespace CLI {
class App;
}

namespace eligo::cli {

struct SecurityOptions {
  std::string trust;
  std::string base_url;
  std::string tls_cert;
  std::string tls_key;
};

void add_security_options(CLI::App& cmd, SecurityOptions& o);

// Sets `service`'s authenticator and TLS files from `o`, for listening on `host`. Says
// what is wrong on stderr and returns the exit code (kBadArguments, kUnreadableInput), or
// kSuccess.
int configure_security(const SecurityOptions& o, const std::string& host,
                       cds::ServiceOptions& service);

// 127.0.0.0/8, ::1 or localhost.
bool is_loopback_host(const std::string& host);

}  // namespace eligo::cli
