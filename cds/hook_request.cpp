// Reading a hook request; see hook_request.hpp.
#include "cds/hook_request.hpp"

#include <nlohmann/json.hpp>

#include "cds/discovery.hpp"

namespace eligo::cds {
namespace {

using nlohmann::json;

HookError bad(std::string message) { return HookError{400, std::move(message)}; }
HookError missing(std::string_view key) {
  return HookError{412, "prefetch \"" + std::string(key) +
                            "\" is missing: send the prefetch templates of the discovery "
                            "document (this service does not query the FHIR server)"};
}

const json* member(const json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

bool is_string(const json* value) { return value != nullptr && value->is_string(); }

// Appends the resources of a prefetched searchset Bundle (or a single resource).
std::variant<bool, HookError> add_entries(const json& prefetched, std::string_view key,
                                          json& entries) {
  if (!prefetched.is_object()) {
    return bad("prefetch \"" + std::string(key) + "\" is not a FHIR resource");
  }
  if (prefetched.value("resourceType", "") != "Bundle") {
    entries.push_back(json{{"resource", prefetched}});
    return true;
  }
  const json* list = member(prefetched, "entry");
  if (list == nullptr) return true;  // an empty searchset
  if (!list->is_array()) return bad("prefetch \"" + std::string(key) + "\": entry is not an array");
  for (const json& entry : *list) {
    const json* resource = entry.is_object() ? member(entry, "resource") : nullptr;
    if (resource == nullptr) continue;  // an entry without a resource carries nothing
    json kept = {{"resource", *resource}};
    // fullUrl: how other resources may refer to this one (a Medication, say).
    if (const json* url = member(entry, "fullUrl"); is_string(url)) kept["fullUrl"] = *url;
    entries.push_back(std::move(kept));
  }
  return true;
}

}  // namespace

std::variant<HookPatient, HookError> read_hook_request(std::string_view body) {
  json request = json::parse(body, nullptr, false);
  if (request.is_discarded()) return bad("the request body is not valid JSON");
  if (!request.is_object()) return bad("the request body is not a JSON object");
  const json* hook = member(request, "hook");
  if (!is_string(hook)) return bad("\"hook\" is missing");
  if (hook->get<std::string>() != kHook) {
    return bad("this service answers the \"patient-view\" hook only");
  }
  if (!is_string(member(request, "hookInstance"))) return bad("\"hookInstance\" is missing");
  const json* context = member(request, "context");
  const json* patient_id = context != nullptr && context->is_object()
                               ? member(*context, "patientId")
                               : nullptr;
  if (!is_string(patient_id)) return bad("\"context.patientId\" is missing");

  const json* prefetch = member(request, "prefetch");
  if (prefetch == nullptr) return missing(kPrefetchPatient);
  if (!prefetch->is_object()) return bad("\"prefetch\" is not an object");
  const json* patient = member(*prefetch, kPrefetchPatient);
  if (patient == nullptr) return missing(kPrefetchPatient);
  if (!patient->is_object() || patient->value("resourceType", "") != "Patient") {
    return bad("prefetch \"patient\" is not a Patient resource");
  }
  if (patient->value("id", "") != patient_id->get<std::string>()) {
    return bad("prefetch \"patient\" is not the patient of context.patientId");
  }

  for (const std::string_view key : {kPrefetchObservations, kPrefetchConditions}) {
    if (member(*prefetch, key) == nullptr) return missing(key);
  }
  json entries = json::array({json{{"resource", *patient}}});
  for (const auto& [key, value] : prefetch->items()) {
    if (key == kPrefetchPatient || value.is_null()) continue;
    const auto added = add_entries(value, key, entries);
    if (const auto* error = std::get_if<HookError>(&added)) return *error;
  }
  const json out = {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}};
  return HookPatient{out.dump(-1, ' ', false, json::error_handler_t::replace)};
}

}  // namespace eligo::cds
