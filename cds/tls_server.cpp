// The plain or TLS server; see tls_server.hpp.
#include "cds/tls_server.hpp"

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <stdexcept>

namespace eligo::cds {

std::unique_ptr<httplib::Server> make_http_server(const std::string& tls_cert,
                                                  const std::string& tls_key) {
  if (tls_cert.empty() && tls_key.empty()) return std::make_unique<httplib::Server>();
  std::string problem;
  auto server = std::make_unique<httplib::SSLServer>([&](SSL_CTX& ctx) {
    SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    // An encrypted key fails rather than asking for a passphrase on the terminal.
    SSL_CTX_set_default_passwd_cb(&ctx, [](char*, int, int, void*) { return 0; });
    if (SSL_CTX_use_certificate_chain_file(&ctx, tls_cert.c_str()) != 1) {
      problem = "TLS certificate " + tls_cert + ": not a PEM certificate (chain)";
    } else if (SSL_CTX_use_PrivateKey_file(&ctx, tls_key.c_str(), SSL_FILETYPE_PEM) != 1 ||
               SSL_CTX_check_private_key(&ctx) != 1) {
      problem = "TLS key " + tls_key + ": not an unencrypted PEM private key of the certificate " +
                tls_cert;
    }
    ERR_clear_error();
    return problem.empty();
  });
  if (!server->is_valid()) {
    throw std::runtime_error(problem.empty() ? "TLS cannot be set up" : problem);
  }
  return server;
}

}  // namespace eligo::cds
