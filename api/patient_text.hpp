// One patient from text, for the Engine: a FHIR Bundle (or NDJSON) or long CSV, read with
// the engine's resolver so items carry vocabulary ids. Rows and resources that cannot be
// used are warnings ("request:12: reason", never the patient's id or values); text that
// holds no patient, or more than one, throws api::Error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "patients/record.hpp"

namespace eligo::api {

struct PatientText {
  PatientRecord record;
  std::vector<std::string> warnings;
};

// Locations in warnings name the text "request".
PatientText read_fhir_patient(std::string_view json);
PatientText read_csv_patient(std::string_view csv);

}  // namespace eligo::api
