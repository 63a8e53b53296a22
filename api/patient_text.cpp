// Reading exactly one patient from a request's text.
#include "api/patient_text.hpp"

#include "api/engine.hpp"
#include "engine/record_resolver.hpp"
#include "patients/fhir_reader.hpp"
#include "patients/read_patients.hpp"

namespace eligo::api {
namespace {

constexpr std::string_view kSource = "request";

}  // namespace

PatientText only_patient(std::vector<patients::PatientRecord>& patients,
                         std::vector<std::string>& warnings, std::string_view what) {
  if (patients.size() != 1) {
    std::string message = patients.empty()
                              ? "no patient found in the " + std::string(what)
                              : std::to_string(patients.size()) + " patients found in the " +
                                    std::string(what) + "; give one patient per call";
    if (patients.empty() && !warnings.empty()) message += " (" + warnings.front() + ")";
    throw Error(message);
  }
  return PatientText{std::move(patients.front()), std::move(warnings)};
}

patients::ReadOptions patient_read_options() {
  patients::ReadOptions o;
  o.resolver = engine::make_record_resolver();
  o.grouping = patients::Grouping::in_memory;
  return o;
}

PatientText read_fhir_patient(std::string_view json) {
  std::vector<patients::PatientRecord> patients;
  std::vector<std::string> warnings;
  const patients::CodedRead read = patients::read_fhir_text(
      json, kSource, patient_read_options(),
      [&](patients::PatientRecord&& p) { patients.push_back(std::move(p)); },
      [&](const Diagnostic& e) { warnings.push_back(to_string(e)); });
  for (const Diagnostic& failure : read.failures) throw Error(to_string(failure));
  if (read.result.failure) throw Error(to_string(*read.result.failure));
  return only_patient(patients, warnings, "FHIR JSON");
}

PatientText read_csv_patient(std::string_view csv) {
  patients::ReadOptions o = patient_read_options();
  o.format = patients::CsvFormat::long_format;
  patients::PatientFile file = patients::read_patients_text(csv, kSource, o);
  if (file.result.failure) throw Error(to_string(*file.result.failure));
  std::vector<std::string> warnings;
  for (const Diagnostic& e : file.errors) warnings.push_back(to_string(e));
  return only_patient(file.patients, warnings, "CSV text");
}

}  // namespace eligo::api
