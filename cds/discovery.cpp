// The discovery document; see discovery.hpp.
#include "cds/discovery.hpp"

#include <nlohmann/json.hpp>

#include "core/json_dump.hpp"

namespace eligo::cds {

std::string discovery_json(std::size_t trials) {
  using nlohmann::json;
  json prefetch = json::object();
  prefetch[std::string(kPrefetchPatient)] = "Patient/{{context.patientId}}";
  prefetch[std::string(kPrefetchObservations)] = "Observation?subject={{context.patientId}}";
  prefetch[std::string(kPrefetchConditions)] = "Condition?subject={{context.patientId}}";
  // No _include: outside the query subset CDS Hooks 2.0 allows in templates. A
  // MedicationRequest's Medication is read when contained or sent along (discovery.hpp).
  prefetch[std::string(kPrefetchMedications)] = "MedicationRequest?subject={{context.patientId}}";
  prefetch[std::string(kPrefetchMedicationStatements)] =
      "MedicationStatement?subject={{context.patientId}}";
  prefetch[std::string(kPrefetchProcedures)] = "Procedure?subject={{context.patientId}}";
  json service = {
      {"hook", kHook},
      {"id", kServiceId},
      {"title", "Clinical trial eligibility"},
      {"description", "Screens the patient against " + std::to_string(trials) +
                          " clinical trials: a card for each trial the patient is eligible "
                          "for or may be, with the per-criterion explanation and the data "
                          "that would decide"},
      {"prefetch", prefetch},
  };
  return dump_json(json{{"services", json::array({service})}});
}

}  // namespace eligo::cds
