// The HTTP server under the service: plain httplib::Server, or, given a certificate and
// its private key (PEM files, `eligo serve --tls-cert FILE --tls-key FILE`), an
// httplib::SSLServer that speaks TLS 1.2 or later only. A certificate or key that cannot
// be used (not PEM, an encrypted key, a key not of the certificate) is an error naming
// the file, thrown before anything listens.
#pragma once

#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace eligo::cds {

// Both empty: plain http. Throws std::runtime_error naming the file at fault.
std::unique_ptr<httplib::Server> make_http_server(const std::string& tls_cert,
                                                  const std::string& tls_key);

}  // namespace eligo::cds
