// FHIR server URLs and what a hook request must give to be fetched for: origins (the
// token goes only to fhirServer's), http only to the loopback interface, ids
// percent-encoded into queries.
#include "cds/fhir_url.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>

#include "cds/fhir_access.hpp"

using namespace eligo::cds;
using nlohmann::json;

TEST_CASE("A FHIR URL is split into its origin and its target") {
  const auto url = parse_fhir_url("HTTPS://EHR.example/fhir/Condition?subject=p1&page=2#frag");
  REQUIRE(url);
  CHECK(url->scheme == "https");
  CHECK(url->host == "ehr.example");
  CHECK(url->port == 443);
  CHECK(url->target == "/fhir/Condition?subject=p1&page=2");
  CHECK(url->origin() == "https://ehr.example:443");
  const auto v6 = parse_fhir_url("http://[::1]:8081?x=1");
  REQUIRE(v6);
  CHECK(v6->host == "::1");
  CHECK(v6->port == 8081);
  CHECK(v6->target == "/?x=1");
  CHECK(v6->origin() == "http://[::1]:8081");
  CHECK(parse_fhir_url("http://127.0.0.1:9")->target == "/");
  for (const char* bad : {"ehr.example/fhir", "ftp://ehr.example/", "https://user:pw@ehr.example/",
                          "https:///fhir", "https://ehr.example:0/", "https://ehr.example:99999/",
                          "https://ehr.example:8x/", "https://ehr.example/a b",
                          "https://ehr.example/\r\nX: y", "https://[::1/", "https://ehr.é/"}) {
    INFO(bad);
    CHECK(!parse_fhir_url(bad));
  }
}

TEST_CASE("Same origin: scheme, host and port, the default port written or not") {
  const auto a = *parse_fhir_url("https://ehr.example/fhir");
  CHECK(same_origin(a, *parse_fhir_url("https://EHR.example:443/other?page=2")));
  CHECK(!same_origin(a, *parse_fhir_url("http://ehr.example/fhir")));
  CHECK(!same_origin(a, *parse_fhir_url("https://ehr.example:8443/fhir")));
  CHECK(!same_origin(a, *parse_fhir_url("https://evil.example/fhir")));
  CHECK(!same_origin(a, *parse_fhir_url("https://ehr.example.evil.example/fhir")));
}

TEST_CASE("Loopback hosts, and percent-encoding") {
  for (const char* host : {"localhost", "127.0.0.1", "127.1.2.3", "::1"}) {
    CHECK(is_loopback_host(host));
  }
  for (const char* host : {"128.0.0.1", "127.0.0", "127.0.0.1.", "127.0.0.256",
                           "127.0.0.1.ehr.example", "localhost.ehr.example", "0.0.0.0", "::"}) {
    INFO(host);
    CHECK(!is_loopback_host(host));
  }
  CHECK(percent_encode("P03-rrmm.fhir_~") == "P03-rrmm.fhir_~");
  CHECK(percent_encode("a b&c=/?#%\xc3\xa9") == "a%20b%26c%3D%2F%3F%23%25%C3%A9");
}

TEST_CASE("fhirServer and fhirAuthorization: what a request must give to be fetched for") {
  const json request = {
      {"fhirServer", "https://ehr.example/fhir/"},
      {"fhirAuthorization",
       {{"access_token", "abc.def"}, {"token_type", "bearer"}, {"expires_in", 60}}}};
  const auto access = fhir_access(request);
  REQUIRE(std::holds_alternative<FhirAccess>(access));
  CHECK(std::get<FhirAccess>(access).token == "abc.def");
  CHECK(join_target(std::get<FhirAccess>(access).server, "Patient/p1") == "/fhir/Patient/p1");
  CHECK(join_target(*parse_fhir_url("https://ehr.example"), "Patient/p1") == "/Patient/p1");
  CHECK(std::get<std::string>(fhir_access(json::object())).empty());  // no fhirServer
  const auto reason = [&](const std::function<void(json&)>& change) {
    json r = request;
    change(r);
    const auto a = fhir_access(r);
    return std::holds_alternative<std::string>(a) ? std::get<std::string>(a) : "fetched";
  };
  CHECK(reason([](json& r) { r["fhirServer"] = "http://localhost:8080/fhir"; }) == "fetched");
  CHECK(reason([](json& r) { r["fhirServer"] = "http://ehr.example/fhir"; }).find("https") !=
        std::string::npos);
  CHECK(reason([](json& r) { r["fhirServer"] = "https://ehr.example/fhir?x=1"; }).find("base") !=
        std::string::npos);
  CHECK(reason([](json& r) { r["fhirServer"] = 5; }).find("base") != std::string::npos);
  CHECK(reason([](json& r) {
          r["fhirAuthorization"]["access_token"] = "a\r\nX: y";
        }).find("access_token") != std::string::npos);
  CHECK(reason([](json& r) { r["fhirAuthorization"] = "abc"; }).find("not an object") !=
        std::string::npos);
  CHECK(reason([](json& r) { r["fhirAuthorization"].erase("token_type"); }).find("Bearer") !=
        std::string::npos);
}

TEST_CASE("Allowed FHIR servers (--fhir-allow): origins as written, and requests held to them") {
  CHECK(parse_origin("https://EHR.example") == "https://ehr.example:443");
  CHECK(parse_origin("https://ehr.example:8443/") == "https://ehr.example:8443");
  CHECK(parse_origin("http://127.0.0.1:8080") == "http://127.0.0.1:8080");
  CHECK_FALSE(parse_origin("https://ehr.example/fhir"));
  CHECK_FALSE(parse_origin("https://ehr.example/?x=1"));
  CHECK_FALSE(parse_origin("https://ehr.example/#x"));
  CHECK_FALSE(parse_origin("ftp://ehr.example"));
  CHECK_FALSE(parse_origin("ehr.example"));

  const json request = {
      {"fhirServer", "https://ehr.example/fhir"},
      {"fhirAuthorization", {{"access_token", "abc.def"}, {"token_type", "Bearer"}}}};
  const std::vector<std::string> same{"https://other.example:443", "https://ehr.example:443"};
  CHECK(std::holds_alternative<FhirAccess>(fhir_access(request, true, same)));
  // Another port, another host, another scheme: not queried, and the reason says why.
  for (const char* origin :
       {"https://ehr.example:8443", "https://ehr2.example:443", "http://ehr.example:443"}) {
    INFO(origin);
    const std::vector<std::string> allowed{origin};
    const auto access = fhir_access(request, false, allowed);
    REQUIRE(std::holds_alternative<std::string>(access));
    CHECK(std::get<std::string>(access).find("--fhir-allow") != std::string::npos);
  }
}
