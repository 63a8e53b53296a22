// Reading FHIR R4 patients: Bundles (JSON; one patient or many; transaction bundles with
// urn:uuid: references) and Bulk Data NDJSON files (one resource per line; Patient,
// Observation, Condition, MedicationStatement, MedicationRequest, MedicationAdministration,
// Medication, Procedure, DiagnosticReport, told apart by resourceType, not by file name). All the
// files given together are read into one pool, then each resource is joined to its Patient by
// reference, so a bulk export split over several files reads as one population. Records
// are delivered after the last file, in order of the Patient resources.
//   Observation -> an observation by its LOINC code, valueQuantity (UCUM `code` preferred
//                  over `unit`) or valueInteger, effective date, referenceRange low/high;
//   Condition   -> an event by its SNOMED CT or ICD-10-CM code, dated by its onset;
//   Medication* -> an event by its RxNorm code or, failing that, its name;
//   Procedure   -> an event by its SNOMED CT or CPT code;
//   DiagnosticReport -> its results, contained or not; an undated one takes its date.
// Contained resources ("#med0310") are read where they are referenced. An Observation
// with a dataAbsentReason, or entered in error, is reported at its place and not used.
// Items go through the ItemResolver as "LOINC:2160-0", "SNOMED:...", "ICD10:...",
// "RXNORM:...", "CPT:..."; a resource whose codes the resolver does not know is counted
// in CodedRead::unmapped, never silently dropped. Every fact keeps file:line (the line
// where its bundle entry or NDJSON line starts). Problems are Diagnostics that never name
// the patient. docs/fhir.md describes the mapping.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "patients/coded_facts.hpp"
#include "patients/read_patients.hpp"

namespace eligo::patients {

// Reads the files as one pool. A file that cannot be read or is not JSON is listed in
// CodedRead::failures; the others are still read.
CodedRead read_fhir_files(const std::vector<std::filesystem::path>& files,
                          const ReadOptions& options, const PatientSink& on_patient,
                          const ErrorSink& on_error);

// One file's text, for tests; `source` names it in locations.
CodedRead read_fhir_text(std::string_view text, std::string_view source, const ReadOptions& options,
                         const PatientSink& on_patient, const ErrorSink& on_error);

// The line (1-based) where each element of the top-level "entry" array of a JSON object
// starts, in order: where each resource of a Bundle is in its file.
std::vector<std::uint32_t> bundle_entry_lines(std::string_view json);

}  // namespace eligo::patients
