// Fetching what the prefetch lacks (CDS Hooks 2.0, "FHIR Resource Access"). When a
// patient-view request names a `fhirServer` and gives a Bearer `fhirAuthorization`
// (fhir_access.hpp), the patient, when not prefetched, and each list the service reads
// that is missing or incomplete (prefetch_completeness.hpp) are fetched with the query of
// their discovery template (discovery.hpp), context.patientId percent-encoded into it: all
// at once, by one deadline for the hook (fetch_together.hpp), searches followed through
// their pages (fhir_search.hpp). A list fetched whole takes the key's place, merged with
// what the prefetch held, and is complete. A list that cannot be fetched stays as sent,
// incomplete (its facts unknown, never absent), with the reason in the warnings:
//   prefetch.conditions: not fetched from fhirServer: the FHIR server failed (HTTP 500)
// A patient that cannot be fetched is 412. Without fhirServer nothing is fetched.
#pragma once

#include <chrono>
#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "cds/hook_request.hpp"

namespace eligo::cds {

struct FetchSettings {
  std::chrono::milliseconds deadline{2000};  // for all the fetches of one hook together
  int max_pages = 20;                        // pages of one search followed, at most
  std::size_t max_bytes = 8 * 1024 * 1024;   // the most the answers of one hook may hold
  bool https_only = false;  // --trust: never plain http, not even to the loopback interface
  std::span<const std::string> allowed_origins;  // --fhir-allow; empty: any (fhir_access.hpp)
};

// read_hook_request (hook_request.hpp) once what the prefetch lacks is fetched; the
// warnings name each key that could not be.
std::variant<HookPatient, HookError> read_and_fetch(std::string_view body,
                                                    const FetchSettings& settings);

// A searchset Bundle fetched whole, with each entry of `prefetched` (a Bundle, or anything
// else: no entries) whose resource it lacks: one with no id, or an id not fetched.
nlohmann::json merge_fetched(const nlohmann::json* prefetched, nlohmann::json fetched);

}  // namespace eligo::cds
