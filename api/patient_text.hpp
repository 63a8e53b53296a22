// One patient from text, for the Engine: a FHIR Bundle (or NDJSON) or long CSV, read with
// the engine's resolver so items carry vocabulary ids. Rows and resources that cannot be
// used are warnings ("request:12: reason", never the patient's id or values); text that
// holds no patient, or more than one, throws api::Error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "patients/read_patients.hpp"
#include "patients/record.hpp"

namespace eligo::api {

struct PatientText {
  patients::PatientRecord record;
  std::vector<std::string> warnings;
};

// Locations in warnings name the text "request".
PatientText read_fhir_patient(std::string_view json);
PatientText read_csv_patient(std::string_view csv);

// The one patient of `patients`, with the warnings; throws api::Error when there is
// none ("no patient found in the {what}", with the first warning) or several.
PatientText only_patient(std::vector<patients::PatientRecord>& patients,
                         std::vector<std::string>& warnings, std::string_view what);

// How the front ends read a patient: items resolved by the built-in vocabulary
// (record_resolver.hpp), every patient held in memory.
patients::ReadOptions patient_read_options();

}  // namespace eligo::api
