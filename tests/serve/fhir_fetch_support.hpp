// Helpers for the FHIR fetch tests: the CDS Hooks service on the seed trials with the
// fetch options of a test, answering hook bodies without HTTP (Service::answer_hook), and
// P03's hook request pointed at a FHIR test server (fhir_test_server.hpp) with its
// conditions left for the server to give: page 1 holds its two myeloma conditions, page 2
// an AL amyloidosis, which NCT04883242 excludes.
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "fhir_test_server.hpp"
#include "serve_support.hpp"

namespace eligo::test {

inline const std::string kAccessToken = "opaque-token-7f3a";
inline const std::string kConditions = "Condition?subject=P03-rrmm-fhir";
// The trial the amyloidosis excludes, and the words its card gives conditions not known.
inline const std::string kExcluding = "NCT04883242";
inline const std::string kConditionsUnknown =
    "the whole list of conditions: the source sent part of it";

struct HookAnswer {
  int status = 0;
  nlohmann::json body;
  std::set<std::string> trials;       // the trials with a card
  std::string text;                   // every card's summary and detail
  std::vector<std::string> warnings;  // extension."eligo.warnings"
  std::chrono::milliseconds took{0};

  // Whether a warning holds `words`.
  bool warns(const std::string& words) const {
    for (const auto& w : warnings) {
      if (w.find(words) != std::string::npos) return true;
    }
    return false;
  }
};

class FetchingService {
 public:
  explicit FetchingService(std::chrono::milliseconds deadline = std::chrono::milliseconds(2000),
                           int max_pages = 20, std::size_t max_body = 8 * 1024 * 1024) {
    for (const auto& id : seed_trials()) {
      engine_.load_criteria(read_file(seed_trial_path(id)), id + ".criteria");
    }
    cds::ServiceOptions options;
    options.as_of = api::parse_date(kAsOf);
    options.fixed_date = true;
    options.fhir_deadline = deadline;
    options.fhir_max_pages = max_pages;
    options.max_body = max_body;
    service_ = std::make_unique<cds::Service>(engine_, options);
  }
  HookAnswer answer(const nlohmann::json& request) const { return answer_body(request.dump()); }
  HookAnswer answer_body(const std::string& request) const {
    HookAnswer out;
    const auto start = std::chrono::steady_clock::now();
    const auto [status, body] = service_->answer_hook(request);
    out.took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    out.status = status;
    out.body = nlohmann::json::parse(body);
    if (status != 200) return out;
    for (const auto& card : out.body["cards"]) {
      const std::string label = card["source"]["label"];
      out.trials.insert(label.substr(label.rfind(' ') + 1));
      out.text += card["summary"].get<std::string>() + "\n" + card["detail"].get<std::string>();
    }
    if (out.body.contains("extension")) {
      out.warnings = out.body["extension"]["eligo.warnings"].get<std::vector<std::string>>();
    }
    return out;
  }

 private:
  api::Engine engine_;
  std::unique_ptr<cds::Service> service_;
};

// A searchset Bundle of `entries`, with a `total` and a next link when given.
inline nlohmann::json searchset(const nlohmann::json& entries, int total = -1,
                                const std::string& next = "") {
  nlohmann::json bundle = {{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", entries}};
  if (total >= 0) bundle["total"] = total;
  if (!next.empty()) {
    bundle["link"] = nlohmann::json::array({{{"relation", "next"}, {"url", next}}});
  }
  return bundle;
}

// P03's two myeloma conditions, as its prefetch has them.
inline nlohmann::json p03_conditions() {
  return p03_hook_request()["prefetch"]["conditions"]["entry"];
}

inline nlohmann::json amyloidosis() {
  const nlohmann::json condition = {
      {"resourceType", "Condition"},
      {"id", "amyloid-1"},
      {"clinicalStatus",
       {{"coding",
         {{{"system", "http://terminology.hl7.org/CodeSystem/condition-clinical"},
           {"code", "active"}}}}}},
      {"code",
       {{"coding",
         {{{"system", "http://hl7.org/fhir/sid/icd-10-cm"},
           {"code", "E85.81"},
           {"display", "Light chain (AL) amyloidosis"}}}}}},
      {"subject", {{"reference", "Patient/P03-rrmm-fhir"}}},
      {"onsetDateTime", "2025-01-10"}};
  return nlohmann::json::array({{{"fullUrl", "urn:uuid:amyloid-1"}, {"resource", condition}}});
}

// The conditions in two pages: P03's two, then the amyloidosis.
inline void serve_two_pages(FhirTestServer& fhir) {
  const std::string page2 = kConditions + "&page=2";
  fhir.on(kConditions, {200, searchset(p03_conditions(), 3, fhir.base() + "/" + page2).dump()});
  fhir.on(page2, {200, searchset(amyloidosis(), 3).dump()});
}

// P03's request with fhirServer `base` and a Bearer token, without its conditions.
inline nlohmann::json fetching_request(const std::string& base) {
  nlohmann::json request = p03_hook_request();
  request["prefetch"].erase("conditions");
  request["fhirServer"] = base;
  request["fhirAuthorization"] = {{"access_token", kAccessToken},
                                  {"token_type", "Bearer"},
                                  {"expires_in", 300},
                                  {"scope", "patient/Condition.read patient/Patient.read"},
                                  {"subject", "eligo-trial-screening"}};
  return request;
}

}  // namespace eligo::test
