// What the service logs while fetching from a FHIR server: at debug, each key and whether
// it came; never the token, the patient id, a URL holding it, or a resource; at the
// default level (warn), nothing.
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "fhir_fetch_support.hpp"

using namespace eligo::test;

namespace {

// The log written while `request` is answered, at `level`.
std::string log_of(const nlohmann::json& request, spdlog::level::level_enum level) {
  std::ostringstream out;
  const auto saved = spdlog::default_logger();
  auto logger = std::make_shared<spdlog::logger>(
      "test", std::make_shared<spdlog::sinks::ostream_sink_mt>(out));
  logger->set_level(level);
  spdlog::set_default_logger(logger);
  const HookAnswer a = FetchingService().answer(request);
  spdlog::set_default_logger(saved);
  CHECK(a.status == 200);
  return out.str();
}

}  // namespace

TEST_CASE("Fetching logs no token, patient id or resource, at the default level nothing") {
  FhirTestServer fhir;
  serve_two_pages(fhir);
  nlohmann::json request = fetching_request(fhir.base());
  request["prefetch"].erase("procedures");  // not served: 404 with a body
  const std::string debug = log_of(request, spdlog::level::debug);
  CHECK_THAT(debug, Catch::Contains("fhirServer: conditions fetched"));
  CHECK_THAT(debug, Catch::Contains("fhirServer: procedures not fetched: the FHIR server has no "
                                    "such resource (HTTP 404"));
  for (const std::string& secret : {kAccessToken, std::string("P03"), std::string("subject="),
                                    std::string("amyloid"), std::string("E85.81")}) {
    INFO(secret);
    CHECK(debug.find(secret) == std::string::npos);
  }
  CHECK(log_of(request, spdlog::level::warn).empty());
}
