// Inside the FHIR reader: the pool every file's resources go into. Resources become
// pending facts that remember their subject reference; finish() joins them to the
// Patient records (once every file is read, so NDJSON files may come in any order) and
// delivers the records. fhir_pool.cpp holds the pool and the joining, fhir_resources.cpp
// one reading function per resource type, fhir_report.cpp DiagnosticReports and contained
// resources. Not a public header.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "patients/coded_facts.hpp"
#include "patients/facts.hpp"

namespace eligo::patients::fhir {

using nlohmann::json;

// A fact waiting for its patient (and, for a medication given by reference, its item;
// for an Observation with no date of its own, the date of a DiagnosticReport that lists
// it among its results).
struct PendingFact {
  std::string subject;         // the subject reference as written
  Fact fact;                   // for medication_ref: an Event whose item is still empty
  std::string medication_ref;  // medicationReference.reference, or ""
  std::vector<std::string> undated_refs = {};  // an undated Observation's own references
};

// What an Observation read as a DiagnosticReport's result takes from the report
// (fhir_report.cpp): its date when it has none, and its subject when it is contained.
struct ReportContext {
  std::optional<Date> date;
  SourceLocation where;  // the report's, for the note
  std::string subject;   // the report's subject reference
};

// Gives an undated Observation its report's date, with a note that says so.
void take_report_date(Observation& observation, const ReportContext& report);

// The string member `key` of `object`, or "".
std::string string_at(const json& object, const char* key);

// The resource `reference` ("#med0310") names among `resource`'s contained resources,
// or nullptr (also for a reference that does not start with '#').
const json* contained_resource(const json& resource, std::string_view reference);

class Pool {
 public:
  Pool(const ReadOptions& options, const ErrorSink& on_error);

  // One resource (a Bundle reads its entries) read at `where`; `full_url` is the bundle
  // entry's fullUrl, "" outside a bundle.
  void add(const json& resource, std::string_view full_url, const SourceLocation& where);
  // A whole file that could not be read.
  void fail(Diagnostic error) { out_.failures.push_back(std::move(error)); }
  // Joins the pending facts to their patients and delivers every record.
  CodedRead finish(const PatientSink& on_patient);

  // For the resource readers (fhir_resources.cpp).
  void report(const SourceLocation& where, std::string reason);
  void reject(const SourceLocation& where, std::string reason);  // report; nothing used
  void tally_unmapped(const json& coded);
  std::optional<Date> date_of(const json& value, const SourceLocation& where,
                              std::string_view what);
  // The item for the first coding of `coded` in one of `systems` (and, if
  // `by_name`, for its text or display names) the resolver knows as `want`.
  std::optional<Resolution> resolve(const json& coded,
                                    std::initializer_list<std::string_view> systems, bool by_name,
                                    std::string_view unit, FactKind want);
  void pend(const json& resource, const SourceLocation& where, Fact fact,
            std::string medication_ref = {}, const ReportContext* in_report = nullptr);

 private:
  void read_patient(const json& resource, std::string_view full_url, const SourceLocation& where);
  void read_observation(const json& resource, std::string_view full_url,
                        const SourceLocation& where, const ReportContext* in_report = nullptr);
  void read_observation_value(const json& resource, const json& part, const SourceLocation& where,
                              bool is_component, std::string_view full_url,
                              const ReportContext* in_report);
  void read_diagnostic_report(const json& resource, const SourceLocation& where);
  // Dates the undated Observation of `pending` by a report that listed it, if any.
  void date_by_report(PendingFact& pending);
  void read_condition(const json& resource, const SourceLocation& where);
  void read_procedure(const json& resource, const SourceLocation& where);
  void read_medication_use(const json& resource, std::string_view type,
                           const SourceLocation& where);
  void remember_medication(const json& resource, std::string_view full_url);
  std::size_t patient_for(const std::string& reference, const SourceLocation& where);

  ReadOptions options_;
  ErrorSink on_error_;
  CachingResolver resolver_;
  CodedRead out_;
  std::vector<PatientRecord> records_;
  std::unordered_map<std::string, std::size_t> by_reference_;  // fullUrl, Patient/id
  std::vector<PendingFact> pending_;
  std::unordered_map<std::string, json> medications_;  // fullUrl, Medication/id -> code
  // An Observation reference in a DiagnosticReport's result -> the report's date.
  std::unordered_map<std::string, ReportContext> report_dates_;
};

}  // namespace eligo::patients::fhir
