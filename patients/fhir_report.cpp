// DiagnosticReports and contained resources in the FHIR pool; see fhir_pool.hpp. A
// report holds no value of its own: its results are Observations, contained in it
// ("#obs1") or standing beside it ("Observation/1", "urn:uuid:..."). An Observation
// with no date of its own takes the report's (effectiveDateTime, effectivePeriod.start,
// else issued), and a note in every explanation says so.
#include "core/text.hpp"
#include "patients/fhir_pool.hpp"

namespace eligo::patients::fhir {
namespace {

// The report's date as written: effectiveDateTime, effectivePeriod.start, else issued.
const json& report_date(const json& report) {
  static const json null_value;
  const auto period = report.find("effectivePeriod");
  const json* candidates[] = {
      report.contains("effectiveDateTime") ? &report["effectiveDateTime"] : nullptr,
      period != report.end() && period->is_object() && period->contains("start")
          ? &(*period)["start"]
          : nullptr,
      report.contains("issued") ? &report["issued"] : nullptr,
  };
  for (const json* date : candidates) {
    if (date != nullptr && date->is_string()) return *date;
  }
  return null_value;
}

// "Observation/12" from "https://server/fhir/Observation/12/_history/2"; else as written.
std::string observation_key(std::string_view reference) {
  const auto at = reference.rfind("Observation/");
  if (at == std::string_view::npos || at == 0) return std::string(reference);
  std::string_view rest = reference.substr(at);
  const auto history = rest.find("/_history");
  if (history != std::string_view::npos) rest = rest.substr(0, history);
  return std::string(rest);
}

}  // namespace

void take_report_date(Observation& observation, const ReportContext& report) {
  observation.date = report.date;
  // Observation::unit_note is the one note the explanations show beside the source.
  if (!observation.unit_note.empty()) observation.unit_note += "; ";
  observation.unit_note +=
      "undated; the date of its DiagnosticReport at " + to_string(report.where);
}

const json* contained_resource(const json& resource, std::string_view reference) {
  if (reference.size() < 2 || reference.front() != '#' || !resource.is_object()) return nullptr;
  const auto contained = resource.find("contained");
  if (contained == resource.end() || !contained->is_array()) return nullptr;
  const std::string_view id = reference.substr(1);
  for (const json& inner : *contained) {
    if (inner.is_object() && string_at(inner, "id") == id) return &inner;
  }
  return nullptr;
}

void Pool::read_diagnostic_report(const json& resource, const SourceLocation& where) {
  const std::string status = to_lower_ascii(string_at(resource, "status"));
  if (status == "entered-in-error" || status == "cancelled") {
    reject(where, "DiagnosticReport with status " + status + "; its results are not used");
    return;
  }
  ReportContext context;
  context.date = date_of(report_date(resource), where, "report date");
  context.where = where;
  const auto subject = resource.find("subject");
  if (subject != resource.end()) context.subject = string_at(*subject, "reference");
  const auto results = resource.find("result");
  if (results == resource.end() || !results->is_array()) return;
  for (const json& result : *results) {
    const std::string reference = string_at(result, "reference");
    if (reference.empty()) continue;
    if (reference.front() != '#') {
      report_dates_.emplace(observation_key(reference), context);
      continue;
    }
    const json* observation = contained_resource(resource, reference);
    if (observation == nullptr || string_at(*observation, "resourceType") != "Observation") {
      reject(where, "result " + quote_for_message(reference) + " names no contained Observation");
      continue;
    }
    ++out_.result.stats.rows;
    read_observation(*observation, "", where, &context);
  }
}

void Pool::date_by_report(PendingFact& pending) {
  auto* observation = std::get_if<Observation>(&pending.fact);
  if (observation == nullptr || observation->date) return;
  for (const std::string& reference : pending.undated_refs) {
    const auto it = report_dates_.find(observation_key(reference));
    if (it == report_dates_.end() || !it->second.date) continue;
    take_report_date(*observation, it->second);
    return;
  }
}

}  // namespace eligo::patients::fhir
