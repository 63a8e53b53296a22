// An https fhirServer whose certificate the system does not trust: the TLS handshake
// fails, so no request, and no token, reaches it; the conditions stay unknown with the
// reason. The server is httplib's SSLServer on 127.0.0.1 with a self-signed certificate
// made here (OpenSSL, P-256, valid one hour).
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <atomic>
#include <catch2/catch.hpp>

#include "fhir_fetch_support.hpp"

using namespace eligo::test;

namespace {

// A key and a certificate for 127.0.0.1 signed by that key.
struct SelfSigned {
  SelfSigned() : key(EVP_EC_gen("P-256")), cert(X509_new()) {
    REQUIRE(key != nullptr);
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);
  }
  ~SelfSigned() {
    X509_free(cert);
    EVP_PKEY_free(key);
  }
  SelfSigned(const SelfSigned&) = delete;
  SelfSigned& operator=(const SelfSigned&) = delete;
  EVP_PKEY* key;
  X509* cert;
};

}  // namespace

TEST_CASE("An https fhirServer with an untrusted certificate is sent nothing") {
  const SelfSigned credentials;
  httplib::SSLServer server(credentials.cert, credentials.key);
  std::atomic<int> requests{0};
  server.Get(R"(/fhir/.*)", [&](const httplib::Request&, httplib::Response& res) {
    ++requests;
    res.set_content(searchset(p03_conditions(), 2).dump(), "application/fhir+json");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  REQUIRE(port > 0);
  std::thread thread([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  const HookAnswer a = FetchingService().answer(
      fetching_request("https://127.0.0.1:" + std::to_string(port) + "/fhir"));
  server.stop();
  thread.join();
  REQUIRE(a.status == 200);
  CHECK(a.text.find(kConditionsUnknown) != std::string::npos);
  CHECK(
      a.warns("prefetch.conditions: not fetched from fhirServer: the FHIR server's TLS "
              "certificate could not be verified"));
  CHECK(requests == 0);
}
