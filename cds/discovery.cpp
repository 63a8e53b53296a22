// The discovery document; see discovery.hpp.
#include "cds/discovery.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/json_dump.hpp"

namespace eligo::cds {

namespace {

// The templates, in the discovery document's order. No _include: outside the query subset
// CDS Hooks 2.0 allows in templates. A MedicationRequest's Medication is read when
// contained or sent along (discovery.hpp).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kTemplates{{
    {kPrefetchPatient, "Patient/{{context.patientId}}"},
    {kPrefetchObservations, "Observation?subject={{context.patientId}}"},
    {kPrefetchConditions, "Condition?subject={{context.patientId}}"},
    {kPrefetchMedications, "MedicationRequest?subject={{context.patientId}}"},
    {kPrefetchMedicationStatements, "MedicationStatement?subject={{context.patientId}}"},
    {kPrefetchProcedures, "Procedure?subject={{context.patientId}}"},
}};

}  // namespace

std::string_view prefetch_template(std::string_view key) {
  for (const auto& [name, query] : kTemplates) {
    if (name == key) return query;
  }
  return {};
}

std::string discovery_json(std::size_t trials) {
  using nlohmann::json;
  json prefetch = json::object();
  for (const auto& [name, query] : kTemplates) prefetch[std::string(name)] = query;
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
