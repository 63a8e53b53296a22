// Helpers for the CDS Hooks tests: the service on the seed trials, started on a free
// port of 127.0.0.1 in this process, and hook requests built from a FHIR Bundle the way
// an EHR prefetches (the Patient, then searchset Bundles per resource type, subjects
// written "Patient/{id}").
#pragma once

#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "../cli/cli_support.hpp"
#include "api/engine.hpp"
#include "cds/service.hpp"

namespace eligo::test {

// The tests' service options: screening as of kAsOf; `feedback_log`: the JSON Lines file
// feedback is appended to (empty: none).
inline cds::ServiceOptions test_options(std::size_t max_body = 8 * 1024 * 1024,
                                        std::string feedback_log = {}) {
  cds::ServiceOptions options;
  options.max_body = max_body;
  options.as_of = api::parse_date(kAsOf);
  options.fixed_date = true;
  options.feedback_log = std::move(feedback_log);
  return options;
}

class RunningService {
 public:
  explicit RunningService(std::size_t max_body = 8 * 1024 * 1024, std::string feedback_log = {})
      : RunningService(test_options(max_body, std::move(feedback_log))) {}
  // With `options` (served on a free port of 127.0.0.1).
  explicit RunningService(cds::ServiceOptions options) {
    for (const auto& id : seed_trials()) {
      engine_.load_criteria(read_file(seed_trial_path(id)), id + ".criteria");
    }
    options.port = 0;
    service_ = std::make_unique<cds::Service>(engine_, options);
    port_ = service_->bind();
    if (port_ <= 0) throw std::runtime_error("cannot bind a port");
    thread_ = std::thread([this] { service_->run(); });
    service_->wait_until_ready();
  }
  ~RunningService() {
    service_->stop();
    thread_.join();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }
  const api::Engine& engine() const { return engine_; }
  int port() const { return port_; }
  const cds::Service& service() const { return *service_; }

 private:
  api::Engine engine_;
  std::unique_ptr<cds::Service> service_;
  int port_ = 0;
  std::thread thread_;
};

inline const std::string kHookPath = "/cds-services/eligo-trial-screening";
inline const std::string kFeedbackPath = kHookPath + "/feedback";

// An error body is a FHIR OperationOutcome with one error issue of `code`; its
// diagnostics, returned.
inline std::string outcome_diagnostics(const std::string& body, const std::string& code) {
  const nlohmann::json outcome = nlohmann::json::parse(body);
  if (outcome.value("resourceType", "") != "OperationOutcome") return "not an OperationOutcome";
  const nlohmann::json& issue = outcome.at("issue").at(0);
  if (outcome["issue"].size() != 1 || issue.at("severity") != "error") return "not one error";
  if (issue.at("code") != code) return "issue code " + issue.at("code").get<std::string>();
  return issue.at("diagnostics").get<std::string>();
}

// The prefetch key a resource type goes under.
inline std::string prefetch_key(const std::string& type) {
  if (type == "Observation") return "observations";
  if (type == "Condition") return "conditions";
  if (type == "Procedure") return "procedures";
  if (type == "MedicationStatement") return "medicationStatements";
  // MedicationRequest, and the Medication one names (sent along: the reader resolves a
  // reference to a Medication in any prefetch key).
  return "medications";
}

// A patient-view request prefetching everything in `bundle` (one Patient).
inline nlohmann::json hook_request(const nlohmann::json& bundle) {
  using nlohmann::json;
  json patient;
  json prefetch = {{"observations", {{"resourceType", "Bundle"}, {"type", "searchset"}}},
                   {"conditions", {{"resourceType", "Bundle"}, {"type", "searchset"}}}};
  for (const json& entry : bundle["entry"]) {
    if (entry["resource"]["resourceType"] == "Patient") patient = entry["resource"];
  }
  const std::string reference = "Patient/" + patient["id"].get<std::string>();
  for (const json& entry : bundle["entry"]) {
    json resource = entry["resource"];
    const std::string type = resource["resourceType"];
    if (type == "Patient") continue;
    if (resource.contains("subject")) resource["subject"]["reference"] = reference;
    json& searchset = prefetch[prefetch_key(type)];
    searchset["resourceType"] = "Bundle";
    searchset["type"] = "searchset";
    searchset["entry"].push_back({{"fullUrl", entry["fullUrl"]}, {"resource", resource}});
  }
  prefetch["patient"] = patient;
  return {{"hook", "patient-view"},
          {"hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"},
          {"context", {{"userId", "Practitioner/example"}, {"patientId", patient["id"]}}},
          {"prefetch", prefetch}};
}

inline nlohmann::json p03_hook_request() {
  return hook_request(
      nlohmann::json::parse(read_file(source_path("tests/inputs/data/P03-rrmm.bundle.json"))));
}

}  // namespace eligo::test
