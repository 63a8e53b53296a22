// A self-signed certificate for 127.0.0.1 and localhost with its key, made once per test
// run with the openssl command (test-only; it lasts two days), and the CDS Hooks service
// with authentication (jwt_support.hpp) or TLS.
#pragma once

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "cds/request_auth.hpp"
#include "jwt_support.hpp"
#include "serve_support.hpp"

namespace eligo::test {

struct TestCertificate {
  std::string cert;  // PEM; also the CA file that trusts it
  std::string key;   // PEM, unencrypted
};

// A new certificate and key in the scratch folder, under `name`.
inline TestCertificate make_certificate(const std::string& name) {
  const auto& dir = scratch_dir("eligo-tls-");
  TestCertificate made{(dir / (name + ".cert.pem")).string(), (dir / (name + ".key.pem")).string()};
  const std::string command =
      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 "
      "-subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout " +
      shell_quote(made.key) + " -out " + shell_quote(made.cert) + " 2>/dev/null";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("openssl cannot make " + name);
  return made;
}

inline const TestCertificate& test_certificate() {
  static const TestCertificate made = make_certificate("server");
  return made;
}

// The service with authentication by `trust` for the base URL kBaseUrl.
inline cds::ServiceOptions authenticated_options(cds::TrustConfig trust = trust_config()) {
  cds::ServiceOptions options = test_options();
  options.authenticator = std::make_shared<cds::RequestAuthenticator>(std::move(trust), kBaseUrl);
  return options;
}

inline cds::ServiceOptions tls_options() {
  cds::ServiceOptions options = test_options();
  options.tls_cert = test_certificate().cert;
  options.tls_key = test_certificate().key;
  return options;
}

// An https client of 127.0.0.1:`port` that trusts the test certificate only.
inline httplib::Client tls_client(int port) {
  httplib::Client client("https://127.0.0.1:" + std::to_string(port));
  client.set_ca_cert_path(test_certificate().cert);
  client.enable_server_certificate_verification(true);
  client.set_read_timeout(30, 0);
  return client;
}

}  // namespace eligo::test
