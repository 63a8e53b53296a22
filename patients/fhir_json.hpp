// FHIR resources already parsed, read like a Bundle's entries (fhir_reader.hpp): for a
// caller that holds the JSON anyway, such as the CDS Hooks service with a hook request's
// prefetch, so the text is not written out and parsed again. Each resource says where
// it came from ("prefetch.observations", entry 3).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "patients/coded_facts.hpp"
#include "patients/read_patients.hpp"
#include "patients/record.hpp"

namespace eligo::patients {

struct FhirResource {
  const nlohmann::json* resource = nullptr;  // must outlive the call
  std::string full_url;                      // the bundle entry's fullUrl, or ""
  SourceLocation where;
};

// Reads the resources as one pool (a Bundle among them reads its entries).
CodedRead read_fhir_resources(const std::vector<FhirResource>& resources,
                              const ReadOptions& options, const PatientSink& on_patient,
                              const ErrorSink& on_error);

}  // namespace eligo::patients
