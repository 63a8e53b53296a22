// Reading a hook request; see hook_request.hpp.
#include "cds/hook_request.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "api/engine.hpp"
#include "cds/discovery.hpp"
#include "cds/json_depth.hpp"
#include "cds/prefetch_completeness.hpp"
#include "patients/fhir_json.hpp"

namespace eligo::cds {
namespace {

using nlohmann::json;

HookError bad(std::string message, std::string where = "request") {
  return HookError{400, row_diagnostic(std::move(where), 0, std::move(message))};
}
HookError missing(std::string_view key) {
  return HookError{412, row_diagnostic("prefetch." + std::string(key), 0,
                                       "prefetch \"" + std::string(key) +
                                           "\" is missing: send the prefetch templates of the "
                                           "discovery document, or a fhirServer and "
                                           "fhirAuthorization to fetch it")};
}

const json* member(const json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

bool is_string(const json* value) { return value != nullptr && value->is_string(); }

// Lists the resources of a prefetched searchset Bundle (or a single resource), each
// located by its key and its 1-based entry.
std::optional<HookError> add_resources(const json& prefetched, const std::string& key,
                                       std::vector<patients::FhirResource>& out) {
  const std::string where = "prefetch." + key;
  if (!prefetched.is_object()) return bad("prefetch \"" + key + "\" is not a FHIR resource", where);
  if (prefetched.value("resourceType", "") != "Bundle") {
    out.push_back(patients::FhirResource{&prefetched, "", patients::SourceLocation{where, 1}});
    return std::nullopt;
  }
  const json* list = member(prefetched, "entry");
  if (list == nullptr) return std::nullopt;  // an empty searchset
  if (!list->is_array()) return bad("prefetch \"" + key + "\": entry is not an array", where);
  std::uint32_t index = 0;
  for (const json& entry : *list) {
    ++index;
    const json* resource = entry.is_object() ? member(entry, "resource") : nullptr;
    if (resource == nullptr) continue;  // an entry without a resource carries nothing
    // fullUrl: how other resources may refer to this one (a Medication, say).
    const json* url = member(entry, "fullUrl");
    out.push_back(patients::FhirResource{resource, is_string(url) ? url->get<std::string>() : "",
                                         patients::SourceLocation{where, index}});
  }
  return std::nullopt;
}

std::variant<HookPatient, HookError> read_request(const json& request) {
  if (auto error = check_hook_request(request)) return *error;
  const json* patient_id = member(*member(request, "context"), "patientId");

  const json* prefetch = member(request, "prefetch");
  if (prefetch == nullptr) return missing(kPrefetchPatient);
  if (!prefetch->is_object()) return bad("\"prefetch\" is not an object");
  const json* patient = member(*prefetch, kPrefetchPatient);
  // An OperationOutcome in its place: the EHR could not prefetch the patient.
  const bool outcome = patient != nullptr && patient->is_object() &&
                       patient->value("resourceType", "") == "OperationOutcome";
  if (patient == nullptr || outcome) return missing(kPrefetchPatient);
  if (!patient->is_object() || patient->value("resourceType", "") != "Patient") {
    return bad("prefetch \"patient\" is not a Patient resource");
  }
  if (patient->value("id", "") != patient_id->get<std::string>()) {
    return bad("prefetch \"patient\" is not the patient of context.patientId");
  }

  // Which lists are all the EHR holds: only of those is "no record" read as absent.
  std::vector<std::string> warnings;
  std::vector<ItemKind> incomplete;
  for (const std::string_view key : list_keys()) {
    const auto found = prefetch->find(key);
    const bool sent = found != prefetch->end();
    const std::string reason = incompleteness_reason(sent ? &*found : nullptr, sent);
    if (reason.empty()) continue;
    warnings.push_back("prefetch." + std::string(key) + ": " + reason + "; its items are unknown");
    for (const ItemKind kind : kinds_of(key)) {
      if (std::find(incomplete.begin(), incomplete.end(), kind) == incomplete.end()) {
        incomplete.push_back(kind);
      }
    }
  }
  std::vector<patients::FhirResource> resources{
      patients::FhirResource{patient, "", patients::SourceLocation{"prefetch.patient", 1}}};
  for (const auto& [key, value] : prefetch->items()) {
    if (key == kPrefetchPatient || value.is_null()) continue;
    if (value.is_object() && value.value("resourceType", "") == "OperationOutcome") continue;
    if (auto error = add_resources(value, key, resources)) return *error;
  }
  std::vector<patients::PatientRecord> patients;
  patients::read_fhir_resources(
      resources, api::patient_read_options(),
      [&](patients::PatientRecord&& p) { patients.push_back(std::move(p)); },
      [&](const Diagnostic& e) { warnings.push_back(to_string(e)); });
  try {
    HookPatient read = api::only_patient(patients, warnings, "prefetched resources");
    read.record.incomplete = std::move(incomplete);
    return read;
  } catch (const api::Error& e) {
    return bad(e.what());
  }
}

}  // namespace

std::optional<HookError> check_hook_request(const json& request) {
  if (!request.is_object()) return bad("the request body is not a JSON object");
  const json* hook = member(request, "hook");
  if (!is_string(hook)) return bad("\"hook\" is missing");
  if (hook->get<std::string>() != kHook) {
    return bad("this service answers the \"patient-view\" hook only");
  }
  if (!is_string(member(request, "hookInstance"))) return bad("\"hookInstance\" is missing");
  const json* context = member(request, "context");
  const json* patient_id =
      context != nullptr && context->is_object() ? member(*context, "patientId") : nullptr;
  if (!is_string(patient_id)) return bad("\"context.patientId\" is missing");
  return std::nullopt;
}

std::variant<HookPatient, HookError> read_hook_request(std::string_view body) {
  const ParsedJson request = parse_bounded_json(body);
  if (request.status == JsonParse::too_deep) return bad("the request body is " + too_deep_words());
  if (request.status != JsonParse::ok) return bad("the request body is not valid JSON");
  return read_hook_json(request.value);
}

std::variant<HookPatient, HookError> read_hook_json(const json& request) {
  try {
    return read_request(request);
  } catch (const json::exception& e) {
    // A member of the wrong type ("id": 5): the request is malformed. nlohmann's message
    // names the type expected, never the value.
    return bad(std::string("malformed request: ") + e.what());
  }
}

}  // namespace eligo::cds
