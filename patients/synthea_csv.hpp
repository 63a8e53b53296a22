// Reading a Synthea CSV export directory: patients.csv (Id, BIRTHDATE, GENDER),
// observations.csv (DATE, PATIENT, CODE = LOINC, VALUE, UNITS, TYPE), conditions.csv
// (START, PATIENT, CODE = SNOMED CT, DESCRIPTION), medications.csv (START, PATIENT,
// CODE = RxNorm, DESCRIPTION) and procedures.csv (DATE or START, PATIENT, CODE = SNOMED
// CT, DESCRIPTION). Columns are found by their header name, any order and case; other
// columns are ignored; a file other than patients.csv may be absent. A SYSTEM column,
// when present, names the code system of the row (an ICD-10 code in conditions.csv).
// Codes go through the ItemResolver as in the FHIR reader (coded_facts.hpp), unmapped
// codes are counted, bad rows are reported at file:line and skipped. The rows of one
// patient are spread over five files, so every patient is held until the end and the
// records are delivered in the order of patients.csv.
#pragma once

#include <filesystem>

#include "patients/coded_facts.hpp"
#include "patients/read_patients.hpp"

namespace eligo::patients {

// A directory holding patients.csv.
bool is_synthea_csv_dir(const std::filesystem::path& directory);

CodedRead read_synthea_csv_dir(const std::filesystem::path& directory, const ReadOptions& options,
                               const PatientSink& on_patient, const ErrorSink& on_error);

}  // namespace eligo::patients
