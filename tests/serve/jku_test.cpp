// Keys from a jku URL: a JWK Set served over https by a test server in this process (the
// test certificate, trusted through the trust file's jku_ca_file), fetched once and kept,
// not fetched again for unknown kids within 30 s, and never for a URL off the list.
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "cds/jwt_verifier.hpp"
#include "security_support.hpp"

using nlohmann::json;
using namespace eligo;
using namespace eligo::test;

namespace {

// An https server of /jwks.json (the JWK Set of `key`) on a free port of 127.0.0.1.
class JwksServer {
 public:
  explicit JwksServer(const TestKey& key)
      : server_(test_certificate().cert.c_str(), test_certificate().key.c_str()) {
    const std::string jwks = json{{"keys", {key.public_jwk}}}.dump();
    server_.Get("/jwks.json", [this, jwks](const httplib::Request&, httplib::Response& res) {
      ++hits_;
      res.set_content(jwks, "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~JwksServer() {
    server_.stop();
    thread_.join();
  }
  std::string url(const std::string& path = "/jwks.json") const {
    return "https://127.0.0.1:" + std::to_string(port_) + path;
  }
  int hits() const { return hits_; }

 private:
  httplib::SSLServer server_;
  int port_ = 0;
  std::atomic<int> hits_{0};
  std::thread thread_;
};

// kIssuer with no inline key, and `url` as its one jku.
cds::TrustConfig jku_trust(const std::string& url, bool with_ca = true) {
  json file = {{"issuers", {{{"iss", kIssuer}, {"jku", url}}}}};
  if (with_ca) file["jku_ca_file"] = test_certificate().cert;
  return cds::parse_trust_config(file.dump(), "trust.json");
}

std::string jku_token(const TestKey& key, const std::string& jku) {
  return sign({{"alg", "ES384"}, {"typ", "JWT"}, {"kid", key.kid}, {"jku", jku}}, claims_for(),
              key.private_jwk);
}

}  // namespace

TEST_CASE("A token naming its issuer's jku is verified with the keys fetched from it, once") {
  const TestKey key = make_key(false, "jku-ec", 384);
  JwksServer keys(key);
  cds::JwtVerifier verifier(jku_trust(keys.url()));
  const auto now = now_seconds();
  CHECK_FALSE(verifier.verify(jku_token(key, keys.url()), kHookAudience, now));
  CHECK_FALSE(verifier.verify(jku_token(key, keys.url()), kHookAudience, now));
  // Without a jku header, the issuer's listed URL is the set agreed out of band.
  const std::string plain =
      sign({{"alg", "ES384"}, {"kid", key.kid}}, claims_for(), key.private_jwk);
  CHECK_FALSE(verifier.verify(plain, kHookAudience, now));
  CHECK(keys.hits() == 1);
  CHECK(verifier.jku_fetches() == 1);

  // An unknown kid does not fetch the set again within 30 s of the last fetch, however
  // many tokens name one.
  const TestKey other = make_key(false, "rotated-away", 384);
  for (int i = 0; i < 3; ++i) {
    const auto refused = verifier.verify(jku_token(other, keys.url()), kHookAudience, now);
    REQUIRE(refused);
    CHECK(refused->status == 401);
    CHECK_THAT(refused->reason, Catch::Contains("no key of the token's issuer has its kid"));
  }
  CHECK(keys.hits() == 1);

  // A jku off the list is refused and never fetched, even on the same server.
  const auto refused = verifier.verify(jku_token(key, keys.url("/other.json")), kHookAudience, now);
  REQUIRE(refused);
  CHECK_THAT(refused->reason, Catch::Contains("jku is not on its issuer's allowed list"));
  CHECK(keys.hits() == 1);
}

TEST_CASE("A hook signed with a key from a jku gets its cards over HTTP") {
  const TestKey key = make_key(true, "jku-rsa", 2048);
  JwksServer keys(key);
  RunningService service(authenticated_options(jku_trust(keys.url())));
  const std::string token = sign({{"alg", "RS384"}, {"kid", key.kid}, {"jku", keys.url()}},
                                 claims_for(), key.private_jwk);
  auto res = service.client().Post(kHookPath, {{"Authorization", "Bearer " + token}},
                                   p03_hook_request().dump(), "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(json::parse(res->body)["cards"].size() > 0);
}

TEST_CASE("A jku server whose certificate is not trusted gives no keys: 503, not a hang") {
  const TestKey key = make_key(false, "jku-ec", 384);
  JwksServer keys(key);
  cds::JwtVerifier verifier(jku_trust(keys.url(), /*with_ca=*/false));
  const auto refused = verifier.verify(jku_token(key, keys.url()), kHookAudience, now_seconds());
  REQUIRE(refused);
  CHECK(refused->status == 503);
  CHECK_THAT(refused->reason, Catch::Contains("JWK Set (jku) cannot be fetched"));
  CHECK(keys.hits() == 0);  // the TLS handshake failed before any request
}
