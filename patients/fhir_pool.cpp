// The FHIR pool: dispatching resources, resolving codes, joining facts to patients and
// delivering records; see fhir_pool.hpp.
#include "patients/fhir_pool.hpp"

#include "core/text.hpp"

namespace eligo::patients::fhir {

std::string string_at(const json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

namespace {

// "Patient/123" from "https://server/fhir/Patient/123/_history/2", or "".
std::string relative_patient_reference(std::string_view reference) {
  const auto at = reference.rfind("Patient/");
  if (at == std::string_view::npos) return {};
  std::string_view rest = reference.substr(at);
  const auto history = rest.find("/_history");
  if (history != std::string_view::npos) rest = rest.substr(0, history);
  return std::string(rest);
}

// The id part of a reference: "urn:uuid:abc" -> "abc", "Patient/12" -> "12".
std::string id_of_reference(std::string_view reference) {
  if (reference.substr(0, 9) == "urn:uuid:") return std::string(reference.substr(9));
  const std::string relative = relative_patient_reference(reference);
  if (!relative.empty()) return relative.substr(8);
  const auto slash = reference.rfind('/');
  return std::string(slash == std::string_view::npos ? reference : reference.substr(slash + 1));
}

}  // namespace

Pool::Pool(const ReadOptions& options, const ErrorSink& on_error)
    : options_(options), on_error_(on_error), resolver_(options.resolver) {}

void Pool::report(const SourceLocation& where, std::string reason) {
  ++out_.result.stats.errors;
  if (on_error_) on_error_(row_diagnostic(where.file.str(), where.line, std::move(reason)));
}

void Pool::reject(const SourceLocation& where, std::string reason) {
  ++out_.result.stats.rows_rejected;
  report(where, std::move(reason));
}

void Pool::add(const json& resource, std::string_view full_url, const SourceLocation& where) {
  if (!resource.is_object()) {
    reject(where, "not a FHIR resource (a JSON " + std::string(resource.type_name()) + ")");
    return;
  }
  const std::string type = string_at(resource, "resourceType");
  if (type == "Bundle") {
    const auto entries = resource.find("entry");
    if (entries == resource.end() || !entries->is_array()) return;
    for (const json& entry : *entries) {
      const auto inner = entry.find("resource");
      if (inner == entry.end()) continue;
      add(*inner, string_at(entry, "fullUrl"), where);
    }
    return;
  }
  ++out_.result.stats.rows;
  if (type == "Patient") {
    read_patient(resource, full_url, where);
  } else if (type == "Observation") {
    read_observation(resource, full_url, where);
  } else if (type == "DiagnosticReport") {
    read_diagnostic_report(resource, where);
  } else if (type == "Condition") {
    read_condition(resource, where);
  } else if (type == "Procedure") {
    read_procedure(resource, where);
  } else if (type == "MedicationRequest" || type == "MedicationStatement" ||
             type == "MedicationAdministration") {
    read_medication_use(resource, type, where);
  } else if (type == "Medication") {
    remember_medication(resource, full_url);
  } else if (type.empty()) {
    reject(where, "a JSON object without resourceType");
  }
  // Any other resource type (Encounter, Claim, Immunization, ...) holds nothing the
  // criteria ask about; it is read past.
}

void Pool::tally_unmapped(const json& coded) {
  const auto codings = coded.find("coding");
  if (coded.is_object() && codings != coded.end() && codings->is_array()) {
    for (const json& coding : *codings) {
      const std::string system = string_at(coding, "system");
      const std::string code = string_at(coding, "code");
      if (code.empty()) continue;
      const std::string_view prefix = system_prefix(system);
      out_.unmapped.add(
          prefix.empty() ? (system.empty() ? "(no system)" : system) : std::string(prefix), code,
          string_at(coding, "display"));
      return;
    }
  }
  const std::string text = string_at(coded, "text");
  out_.unmapped.add("(text)", "", text.empty() ? "(no code)" : text);
}

std::optional<Date> Pool::date_of(const json& value, const SourceLocation& where,
                                  std::string_view what) {
  if (!value.is_string()) return std::nullopt;
  const std::string text = value.get<std::string>();
  const Result<Date> parsed = parse_iso_date(text);
  if (parsed) return *parsed;
  report(where, std::string(what) + " " + quote_for_message(text) +
                    " is not a full date (YYYY-MM-DD); the fact is kept without a date");
  return std::nullopt;
}

std::optional<Resolution> Pool::resolve(const json& coded,
                                        std::initializer_list<std::string_view> systems,
                                        bool by_name, std::string_view unit, FactKind want) {
  std::vector<std::string> candidates;
  const auto codings = coded.is_object() ? coded.find("coding") : coded.end();
  if (codings != coded.end() && codings->is_array()) {
    for (const json& coding : *codings) {
      const std::string_view prefix = system_prefix(string_at(coding, "system"));
      const std::string code = string_at(coding, "code");
      if (code.empty() || prefix.empty()) continue;
      for (std::string_view wanted : systems) {
        if (prefix == wanted) candidates.push_back(std::string(prefix) + ":" + code);
      }
    }
  }
  if (by_name) {
    add_name_candidates(string_at(coded, "text"), candidates);
    if (codings != coded.end() && codings->is_array()) {
      for (const json& coding : *codings)
        add_name_candidates(string_at(coding, "display"), candidates);
    }
  }
  return resolve_first(resolver_, candidates, unit, want);
}

void Pool::pend(const json& resource, const SourceLocation& where, Fact fact,
                std::string medication_ref, const ReportContext* in_report) {
  const auto subject = resource.find("subject");
  std::string reference = subject != resource.end() ? string_at(*subject, "reference") : "";
  if (reference.empty() && in_report != nullptr) reference = in_report->subject;  // contained
  if (reference.empty()) {
    reject(where, string_at(resource, "resourceType") + " without subject.reference");
    return;
  }
  pending_.push_back(PendingFact{std::move(reference), std::move(fact), std::move(medication_ref)});
}

void Pool::read_patient(const json& resource, std::string_view full_url,
                        const SourceLocation& where) {
  std::string id = string_at(resource, "id");
  if (id.empty() && !full_url.empty()) id = id_of_reference(full_url);
  if (id.empty()) {
    reject(where, "Patient without id or fullUrl");
    return;
  }
  const std::string relative = "Patient/" + id;
  std::size_t index;
  if (const auto it = by_reference_.find(relative); it != by_reference_.end()) {
    index = it->second;
  } else {
    index = records_.size();
    records_.emplace_back();
    records_.back().id = id;
    by_reference_.emplace(relative, index);
  }
  if (!full_url.empty()) by_reference_.emplace(std::string(full_url), index);
  PatientRecord& record = records_[index];
  std::size_t used = 0;
  if (const auto birth = resource.find("birthDate"); birth != resource.end()) {
    if (std::optional<Date> date = date_of(*birth, where, "birthDate")) {
      if (auto error = add_fact(record, BirthDateFact{*date, where})) {
        report(where, error->message);
      } else {
        ++used;
      }
    }
  }
  const std::string gender = string_at(resource, "gender");
  if (!gender.empty()) {
    if (const std::optional<Sex> sex = parse_sex(gender)) {
      if (auto error = add_fact(record, SexFact{*sex, where})) {
        report(where, error->message);
      } else {
        ++used;
      }
    } else {
      report(where,
             "gender: expected female, male, other or unknown, found " + quote_for_message(gender));
    }
  }
  out_.result.stats.facts += used;
}

std::size_t Pool::patient_for(const std::string& reference, const SourceLocation& where) {
  if (const auto it = by_reference_.find(reference); it != by_reference_.end()) return it->second;
  const std::string relative = relative_patient_reference(reference);
  if (!relative.empty()) {
    if (const auto it = by_reference_.find(relative); it != by_reference_.end()) {
      by_reference_.emplace(reference, it->second);
      return it->second;
    }
  }
  // A subject with no Patient resource in the input: its facts are kept under the id
  // the reference gives, without birth date or sex. Said once; the id is not repeated.
  report(where,
         "the subject reference does not name a Patient in the input; its facts are "
         "kept for a patient without birth date or sex");
  const std::size_t index = records_.size();
  records_.emplace_back();
  records_.back().id = id_of_reference(reference);
  by_reference_.emplace(reference, index);
  if (!relative.empty()) by_reference_.emplace(relative, index);
  return index;
}

CodedRead Pool::finish(const PatientSink& on_patient) {
  for (PendingFact& pending : pending_) {
    const SourceLocation where = source_of(pending.fact);
    if (!pending.undated_refs.empty()) date_by_report(pending);
    if (!pending.medication_ref.empty()) {
      const auto it = medications_.find(pending.medication_ref);
      if (it == medications_.end()) {
        reject(where, "medicationReference does not name a Medication resource in the input");
        continue;
      }
      const std::optional<Resolution> found =
          resolve(it->second, {"RXNORM"}, /*by_name=*/true, "", FactKind::event);
      if (!found) {
        tally_unmapped(it->second);
        ++out_.result.stats.rows_rejected;
        continue;
      }
      Event& event = std::get<Event>(pending.fact);
      event.item = found->info.item.empty() ? found->written : found->info.item;
      event.ids.item = found->info.ids.item;
    }
    PatientRecord& record = records_[patient_for(pending.subject, where)];
    if (auto error = add_fact(record, std::move(pending.fact))) {
      report(where, error->message);
    } else {
      ++out_.result.stats.facts;
    }
  }
  pending_.clear();
  for (PatientRecord& record : records_) {
    ++out_.result.stats.patients;
    if (on_patient) on_patient(std::move(record));
  }
  records_.clear();
  return std::move(out_);
}

}  // namespace eligo::patients::fhir
