// Parsed FHIR resources into the pool; see fhir_json.hpp.
#include "patients/fhir_json.hpp"

#include "patients/fhir_pool.hpp"

namespace eligo::patients {

CodedRead read_fhir_resources(const std::vector<FhirResource>& resources,
                              const ReadOptions& options, const PatientSink& on_patient,
                              const ErrorSink& on_error) {
  fhir::Pool pool(options, on_error);
  for (const FhirResource& r : resources) pool.add(*r.resource, r.full_url, r.where);
  return pool.finish(on_patient);
}

}  // namespace eligo::patients
