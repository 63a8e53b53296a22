// The service over TLS (--tls-cert, --tls-key): https answers the hook; plain http to the
// same port gets no answer; a certificate or key that cannot be used stops the start,
// naming the file.
#include <catch2/catch.hpp>

#include "security_support.hpp"

using nlohmann::json;
using namespace eligo;
using namespace eligo::test;

TEST_CASE("Over https the service answers discovery and the hook") {
  RunningService service(tls_options());
  auto client = tls_client(service.port());
  auto res = client.Get("/cds-services");
  REQUIRE(res);
  CHECK(res->status == 200);
  res = client.Post(kHookPath, p03_hook_request().dump(), "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(json::parse(res->body)["cards"].size() > 0);
}

TEST_CASE("Plain http to the TLS port gets no hook answer") {
  RunningService service(tls_options());
  httplib::Client plain("127.0.0.1", service.port());
  plain.set_read_timeout(5, 0);
  auto res = plain.Post(kHookPath, p03_hook_request().dump(), "application/json");
  CHECK((!res || res->status != 200));
  if (res) CHECK(res->body.find("cards") == std::string::npos);
  // And a client that does not trust the certificate does not get through either.
  httplib::Client untrusting("https://127.0.0.1:" + std::to_string(service.port()));
  untrusting.enable_server_certificate_verification(true);
  untrusting.set_ca_cert_path(make_certificate("stranger").cert);
  CHECK_FALSE(untrusting.Get("/cds-services"));
}

TEST_CASE("A TLS certificate or key that cannot be used is an error naming the file") {
  api::Engine engine;
  const std::string not_pem =
      scratch_write(scratch_dir("eligo-tls-"), "not.pem", "not a PEM file\n");
  cds::ServiceOptions options = tls_options();
  options.tls_cert = not_pem;
  CHECK_THROWS_WITH(cds::Service(engine, options),
                    Catch::Contains("TLS certificate " + not_pem + ": not a PEM certificate"));
  options = tls_options();
  options.tls_key = make_certificate("other").key;  // a key, but not the certificate's
  CHECK_THROWS_WITH(cds::Service(engine, options),
                    Catch::Contains("TLS key " + options.tls_key +
                                    ": not an unencrypted PEM private key of the certificate"));
}
