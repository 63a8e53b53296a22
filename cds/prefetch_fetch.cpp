// Fetching what the prefetch lacks; see prefetch_fetch.hpp.
#include "cds/prefetch_fetch.hpp"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "cds/discovery.hpp"
#include "cds/fetch_together.hpp"
#include "cds/fhir_access.hpp"
#include "cds/fhir_search.hpp"
#include "cds/json_depth.hpp"
#include "cds/prefetch_completeness.hpp"

namespace eligo::cds {
namespace {

using nlohmann::json;

constexpr std::string_view kToken = "{{context.patientId}}";

// A FHIR id ([A-Za-z0-9-.]{1,64}), not "." or "..": safe in a path once encoded.
bool is_fhir_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.find_first_not_of('.') == std::string_view::npos) {
    return false;
  }
  for (const char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// The keys to fetch: the patient when not sent (or null, or an OperationOutcome: the EHR
// could not prefetch it), and each list the reader would find incomplete.
std::vector<std::string_view> keys_to_fetch(const json& prefetch) {
  std::vector<std::string_view> keys;
  const auto patient = prefetch.find(kPrefetchPatient);
  if (patient == prefetch.end() || patient->is_null() ||
      resource_type(*patient) == "OperationOutcome") {  // the EHR could not prefetch it
    keys.push_back(kPrefetchPatient);
  }
  for (const std::string_view key : list_keys()) {
    const auto found = prefetch.find(key);
    const bool sent = found != prefetch.end();
    if (completeness(sent ? &*found : nullptr, sent) == Completeness::incomplete) {
      keys.push_back(key);
    }
  }
  return keys;
}

// The template of `key` with the patient id in place of its token.
std::string query_of(std::string_view key, const std::string& patient_id) {
  std::string query(prefetch_template(key));
  const std::size_t token = query.find(kToken);
  return query.replace(token, kToken.size(), percent_encode(patient_id));
}

HookError patient_not_fetched(const std::string& reason) {
  return HookError{412, row_diagnostic("prefetch.patient", 0,
                                       "prefetch \"patient\" is missing and could not be "
                                       "fetched from fhirServer: " +
                                           reason)};
}

// What the fetch of `key` does with its connection.
FetchTask task_of(std::string_view key, const FhirAccess& access, std::string target,
                  int max_pages) {
  if (key == kPrefetchPatient) {
    return [target](FhirClient& client, FetchClock::time_point deadline) {
      return fetch_read(client, target, "Patient", deadline);
    };
  }
  return [server = access.server, target, max_pages](FhirClient& client,
                                                     FetchClock::time_point deadline) {
    return fetch_search(client, server, target, max_pages, deadline);
  };
}

// Fetches into `request`'s prefetch what it lacks, adding to `warnings` why a key could
// not be; a patient that cannot be fetched is an error (412).
std::optional<HookError> fetch_into(json& request, const FetchSettings& settings,
                                    FetchClock::time_point deadline,
                                    std::vector<std::string>& warnings) {
  const auto context = request.find("context");
  const json* found =
      context != request.end() && context->is_object() && context->contains("patientId")
          ? &(*context)["patientId"]
          : nullptr;
  const json id = found != nullptr && found->is_string() ? *found : json();
  json& prefetch = request["prefetch"];
  if (prefetch.is_null()) prefetch = json::object();
  if (!prefetch.is_object() || !id.is_string()) return std::nullopt;  // the reader says why
  const std::vector<std::string_view> keys = keys_to_fetch(prefetch);
  if (keys.empty()) return std::nullopt;
  auto access = fhir_access(request, settings.https_only, settings.allowed_origins);
  const std::string patient_id = id.get<std::string>();
  if (std::holds_alternative<FhirAccess>(access) && !is_fhir_id(patient_id)) {
    access = "context.patientId is not a FHIR id";
  }
  if (const auto* reason = std::get_if<std::string>(&access)) {
    if (reason->empty()) return std::nullopt;  // no fhirServer: the reader decides
    if (keys.front() == kPrefetchPatient) return patient_not_fetched(*reason);
    warnings.push_back("fhirServer: nothing fetched: " + *reason);
    return std::nullopt;
  }
  const FhirAccess& fhir = std::get<FhirAccess>(access);
  std::vector<FetchTask> tasks;
  for (const std::string_view key : keys) {
    tasks.push_back(task_of(key, fhir, join_target(fhir.server, query_of(key, patient_id)),
                            settings.max_pages));
  }
  std::vector<FhirAnswer> answers = fetch_together(
      FetchTarget{fhir.server, fhir.token, settings.max_bytes}, std::move(tasks), deadline);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::string key(keys[i]);
    FhirAnswer& answer = answers[i];
    if (key == kPrefetchPatient && answer.failure.empty() &&
        (!answer.resource.contains("id") || answer.resource["id"] != id)) {
      answer.failure = "the FHIR server answered another patient";
    }
    spdlog::debug("fhirServer: {} {}{}", key,
                  answer.failure.empty() ? "fetched" : "not fetched: ", answer.failure);
    if (!answer.failure.empty() && key == kPrefetchPatient) {
      return patient_not_fetched(answer.failure);
    }
    if (!answer.failure.empty()) {
      warnings.push_back("prefetch." + key + ": not fetched from fhirServer: " + answer.failure);
    } else if (key == kPrefetchPatient) {
      prefetch[key] = std::move(answer.resource);
    } else {
      const auto sent = prefetch.find(key);
      prefetch[key] =
          merge_fetched(sent == prefetch.end() ? nullptr : &*sent, std::move(answer.resource));
    }
  }
  return std::nullopt;
}

// "Condition/c1", or "" for a resource with no id.
std::string identity(const json& entry) {
  const auto resource = entry.is_object() ? entry.find("resource") : entry.end();
  if (resource == entry.end() || !resource->is_object()) return "";
  const auto id = resource->find("id");
  return id != resource->end() && id->is_string()
             ? resource_type(*resource) + "/" + id->get<std::string>()
             : "";
}

}  // namespace

json merge_fetched(const json* prefetched, json fetched) {
  if (prefetched == nullptr || resource_type(*prefetched) != "Bundle") return fetched;
  const auto sent_entries = prefetched->find("entry");
  if (sent_entries == prefetched->end() || !sent_entries->is_array()) return fetched;
  const json& sent = *sent_entries;
  std::set<std::string> held;
  for (const json& entry : fetched["entry"]) held.insert(identity(entry));
  for (const json& entry : sent) {
    const std::string id = identity(entry);
    if (id.empty() || !held.contains(id)) fetched["entry"].push_back(entry);
  }
  return fetched;
}

std::variant<HookPatient, HookError> read_and_fetch(std::string_view body,
                                                    const FetchSettings& settings) {
  const auto deadline = FetchClock::now() + settings.deadline;
  ParsedJson parsed = parse_bounded_json(body);
  if (!parsed.value.is_object()) return read_hook_request(body);  // its 400, as before
  json& request = parsed.value;
  // A malformed request is refused before anything is fetched: the token goes nowhere.
  if (auto error = check_hook_request(request)) return *error;
  std::vector<std::string> warnings;
  try {
    if (auto error = fetch_into(request, settings, deadline, warnings)) return *error;
  } catch (const json::exception&) {  // a member of the wrong type: the reader says which
  }
  auto read = read_hook_json(request);
  if (auto* patient = std::get_if<HookPatient>(&read)) {
    patient->warnings.insert(patient->warnings.begin(), warnings.begin(), warnings.end());
  }
  return read;
}

}  // namespace eligo::cds
