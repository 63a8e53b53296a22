// A CDS Hooks `patient-view` request -> the patient record, read from the prefetched
// resources as parsed (patients/fhir_json.hpp), without writing them out again.
// The request must be a JSON object with "hook": "patient-view", a "hookInstance" and
// "context.patientId"; its "prefetch" must hold "patient" (a Patient resource whose id is
// context.patientId). The lists of the discovery document ("observations", "conditions",
// "medications", "medicationStatements", "procedures") are read when sent; a list not
// sent, sent as an OperationOutcome, or only in part (paged) is incomplete, and its kinds
// of facts are unknown, never absent (prefetch_completeness.hpp); `null` is an empty
// list. A problem is a HookError carrying the HTTP status: 400 for a malformed request or
// resources that give no patient, 412 when the patient itself is not prefetched (fetching
// from the FHIR server comes before: prefetch_fetch.hpp). Messages never quote patient data;
// warnings locate a resource by its prefetch key and entry ("prefetch.observations:3: reason").
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "api/patient_text.hpp"
#include "core/diagnostic.hpp"

namespace eligo::cds {

// A request that cannot be answered: the HTTP status and the problem, named by the part
// of the request it is about ("request", "prefetch.conditions").
struct HookError {
  int status = 400;
  Diagnostic diagnostic;
};

using HookPatient = api::PatientText;

std::variant<HookPatient, HookError> read_hook_request(std::string_view body);

// The checks of the request's own members (hook, hookInstance, context.patientId) that
// come before its prefetch is read, or fetched: a malformed request sends nothing anywhere.
std::optional<HookError> check_hook_request(const nlohmann::json& request);

// The same, of a request body already parsed.
std::variant<HookPatient, HookError> read_hook_json(const nlohmann::json& request);

}  // namespace eligo::cds
