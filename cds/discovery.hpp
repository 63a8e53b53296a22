// The CDS Hooks discovery document (GET /cds-services): one `patient-view` service that
// screens the patient in context against every loaded trial. Its prefetch templates ask
// the EHR for the Patient, its Observations and its Conditions (required), and its
// medications and procedures (optional, used when sent). Every template keeps to the
// query subset CDS Hooks 2.0 allows ("Prefetch query restrictions": reads, type-level
// searches on a reference, no _include), so an EHR can honour each one. A
// MedicationRequest naming its drug by a reference to a Medication is read when the
// Medication is contained in it or sent in the same or another prefetch; otherwise that
// request is reported and skipped (it cannot be fetched without _include).
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

// The template of a prefetch key ("Condition?subject={{context.patientId}}"); "" for a
// key the discovery document does not list.
std::string_view prefetch_template(std::string_view key);

// `trials`: how many trials the service screens against, for the description.
std::string discovery_json(std::size_t trials);

}  // namespace eligo::cds
