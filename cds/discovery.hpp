// The CDS Hooks discovery document (GET /cds-services): one `patient-view` service that
// screens the patient in context against every loaded trial. Its prefetch templates ask
// the EHR for the Patient, its Observations and its Conditions (required), and its
// medications and procedures (optional, used when sent).
#pragma once

#include <string>
#include <string_view>

namespace eligo::cds {

// The service's id, as in POST /cds-services/{id}.
inline constexpr std::string_view kServiceId = "eligo-trial-screening";
inline constexpr std::string_view kHook = "patient-view";

// The prefetch keys, as in the discovery document and the hook request.
inline constexpr std::string_view kPrefetchPatient = "patient";
inline constexpr std::string_view kPrefetchObservations = "observations";
inline constexpr std::string_view kPrefetchConditions = "conditions";
// Optional: read when the EHR sends them (therapies and procedures decide some criteria).
inline constexpr std::string_view kPrefetchMedications = "medications";
inline constexpr std::string_view kPrefetchMedicationStatements = "medicationStatements";
inline constexpr std::string_view kPrefetchProcedures = "procedures";

// `trials`: how many trials the service screens against, for the description.
std::string discovery_json(std::size_t trials);

}  // namespace eligo::cds
