// One reading function per FHIR resource type: what each resource states, as a pending
// fact for its patient; see fhir_pool.hpp and docs/fhir.md.
#include <cmath>

#include "core/text.hpp"
#include "patients/fhir_pool.hpp"

namespace eligo::patients::fhir {
namespace {

constexpr std::string_view kUcum = "http://unitsofmeasure.org";

const json& member(const json& object, const char* key) {
  static const json null_value;
  if (!object.is_object()) return null_value;
  const auto it = object.find(key);
  return it != object.end() ? *it : null_value;
}

// The first of the keys present: "effectiveDateTime", then "effectivePeriod.start", ...
const json& first_date(const json& resource, std::initializer_list<const char*> keys) {
  static const json null_value;
  for (const char* key : keys) {
    const std::string_view k(key);
    const auto dot = k.find('.');
    const json& value = dot == std::string_view::npos
                            ? member(resource, key)
                            : member(member(resource, std::string(k.substr(0, dot)).c_str()),
                                     std::string(k.substr(dot + 1)).c_str());
    if (value.is_string()) return value;
  }
  return null_value;
}

// A Quantity's unit: its UCUM code when it has one, else its human unit.
std::string quantity_unit(const json& quantity) {
  const std::string system = string_at(quantity, "system");
  const std::string code = string_at(quantity, "code");
  if (!code.empty() && (system.empty() || system == kUcum)) return code;
  return string_at(quantity, "unit");
}

// A status code of the resource, lower case.
std::string status_of(const json& resource) {
  return to_lower_ascii(string_at(resource, "status"));
}

// Condition.verificationStatus's code ("confirmed", "refuted", "entered-in-error"), or "".
std::string verification_of(const json& condition) {
  const json& codings = member(member(condition, "verificationStatus"), "coding");
  if (!codings.is_array()) return {};
  for (const json& coding : codings) {
    const std::string code = string_at(coding, "code");
    if (!code.empty()) return to_lower_ascii(code);
  }
  return {};
}

// dataAbsentReason's code ("not-performed", "asked-unknown"), or its text.
std::string absent_reason(const json& absent) {
  const json& codings = member(absent, "coding");
  if (codings.is_array()) {
    for (const json& coding : codings) {
      const std::string code = string_at(coding, "code");
      if (!code.empty()) return code;
    }
  }
  return string_at(absent, "text");
}

// The references a DiagnosticReport's result may name this Observation by.
std::vector<std::string> own_references(const json& observation, std::string_view full_url) {
  std::vector<std::string> refs;
  if (!full_url.empty()) refs.emplace_back(full_url);
  const std::string id = string_at(observation, "id");
  if (!id.empty()) refs.push_back("Observation/" + id);
  return refs;
}

}  // namespace

void Pool::read_observation(const json& resource, std::string_view full_url,
                            const SourceLocation& where, const ReportContext* in_report) {
  const std::string status = status_of(resource);
  if (status == "entered-in-error" || status == "cancelled") {
    // Said, so that a value withdrawn by the lab is seen not to count.
    reject(where, "Observation with status " + status + "; its value is not used");
    return;
  }
  const json& components = member(resource, "component");
  const bool has_value = resource.contains("valueQuantity") || resource.contains("valueInteger") ||
                         resource.contains("valueString") ||
                         resource.contains("valueCodeableConcept");
  // A panel (blood pressure) carries its values in components, not on itself.
  if (has_value || !components.is_array() || components.empty()) {
    read_observation_value(resource, resource, where, false, full_url, in_report);
  }
  if (components.is_array()) {
    for (const json& component : components)
      read_observation_value(resource, component, where, true, full_url, in_report);
  }
}

void Pool::read_observation_value(const json& resource, const json& part,
                                  const SourceLocation& where, bool is_component,
                                  std::string_view full_url, const ReportContext* in_report) {
  const json& coded = member(part, "code");
  const json& quantity = member(part, "valueQuantity");
  const json& integer = member(part, "valueInteger");
  const std::string written_unit = quantity_unit(quantity);
  std::string unit = written_unit;
  const std::optional<Resolution> found =
      resolve(coded, {"LOINC"}, /*by_name=*/false, unit, FactKind::measurement);
  if (!found) {
    tally_unmapped(coded);
    return;
  }
  const std::string item = found->info.item.empty() ? found->written : found->info.item;
  double value = 0;
  if (quantity.is_object() && member(quantity, "value").is_number()) {
    if (!string_at(quantity, "comparator").empty()) {
      reject(where, item + ": a censored value (comparator " +
                        quote_for_message(string_at(quantity, "comparator")) +
                        ") is not a number to compare");
      return;
    }
    value = member(quantity, "value").get<double>();
  } else if (integer.is_number_integer()) {
    value = static_cast<double>(integer.get<long long>());
    unit.clear();
  } else if (const json& absent = member(part, "dataAbsentReason"); absent.is_object()) {
    reject(where, item + ": no value" + std::string(is_component ? " in a component" : "") +
                      " (dataAbsentReason " + quote_for_message(absent_reason(absent)) +
                      "); nothing is used");
    return;
  } else {
    reject(where, item + ": no numeric value (valueQuantity.value or valueInteger)" +
                      std::string(is_component ? " in a component" : ""));
    return;
  }
  if (!std::isfinite(value)) {
    reject(where, item + ": not a finite number");
    return;
  }
  if (!found->info.error.empty()) {  // a unit that does not fit the item
    reject(where, found->info.error);
    return;
  }
  Observation observation;
  observation.item = item;
  observation.value = value;
  observation.unit = unit_to_store(found->info, unit);
  observation.unit_note = found->info.unit_note;
  // The resolver's ids, but the unit's only when the unit it was asked about is the one
  // stored (a valueInteger has none).
  observation.ids = found->info.ids;
  if (unit != written_unit) observation.ids.unit = UnitId::none;
  const json& own_date = first_date(
      resource, {"effectiveDateTime", "effectivePeriod.start", "effectiveInstant", "issued"});
  observation.date = date_of(own_date, where, "effective date");
  observation.source = where;
  std::vector<std::string> undated_refs;
  if (!own_date.is_string() && in_report != nullptr && in_report->date) {
    take_report_date(observation, *in_report);
  } else if (!own_date.is_string() && in_report == nullptr) {
    undated_refs = own_references(resource, full_url);
  }
  const json& ranges = member(part, "referenceRange");
  if (ranges.is_array() && !ranges.empty()) {
    const json& range = ranges.front();
    const json& low = member(range, "low");
    const json& high = member(range, "high");
    std::string range_unit = quantity_unit(low.is_object() ? low : high);
    if (!range_unit.empty() && range_unit != unit) {
      report(where, item + ": reference range in " + quote_for_message(range_unit) + ", value in " +
                        quote_for_message(unit) + "; the range is not used");
    } else {
      if (member(low, "value").is_number())
        observation.ref_low = member(low, "value").get<double>();
      if (member(high, "value").is_number()) {
        observation.ref_high = member(high, "value").get<double>();
      }
      if (observation.ref_low && observation.ref_high &&
          *observation.ref_low > *observation.ref_high) {
        report(where, item + ": reference range is reversed; the range is not used");
        observation.ref_low.reset();
        observation.ref_high.reset();
      }
    }
  }
  // An implausible value is reported and kept, so that the engine names it and the
  // criteria using the item stay unknown.
  if (std::string why = check_plausible(found->info, item, value, unit); !why.empty()) {
    reject(where, std::move(why));
  }
  const std::size_t before = pending_.size();
  pend(resource, where, Fact{std::move(observation)}, {}, in_report);
  if (pending_.size() > before) pending_.back().undated_refs = std::move(undated_refs);
}

void Pool::read_condition(const json& resource, const SourceLocation& where) {
  const std::string verification = verification_of(resource);
  if (verification == "entered-in-error") return;
  const json& coded = member(resource, "code");
  const std::optional<Resolution> found =
      resolve(coded, {"SNOMED", "ICD10"}, /*by_name=*/false, "", FactKind::event);
  if (!found) {
    tally_unmapped(coded);
    return;
  }
  Event event;
  event.item = found->info.item.empty() ? found->written : found->info.item;
  event.ids.item = found->info.ids.item;
  event.present = verification != "refuted";
  event.date = date_of(first_date(resource, {"onsetDateTime", "onsetPeriod.start", "recordedDate"}),
                       where, "onset");
  event.source = where;
  pend(resource, where, Fact{std::move(event)});
}

void Pool::read_procedure(const json& resource, const SourceLocation& where) {
  const std::string status = status_of(resource);
  if (status == "entered-in-error" || status == "preparation") return;
  const json& coded = member(resource, "code");
  const std::optional<Resolution> found =
      resolve(coded, {"SNOMED", "CPT"}, /*by_name=*/false, "", FactKind::event);
  if (!found) {
    tally_unmapped(coded);
    return;
  }
  Event event;
  event.item = found->info.item.empty() ? found->written : found->info.item;
  event.ids.item = found->info.ids.item;
  event.present = status != "not-done";
  event.date = date_of(first_date(resource, {"performedDateTime", "performedPeriod.start"}), where,
                       "performed date");
  event.source = where;
  pend(resource, where, Fact{std::move(event)});
}

void Pool::read_medication_use(const json& resource, std::string_view type,
                               const SourceLocation& where) {
  const std::string status = status_of(resource);
  if (status == "entered-in-error" || status == "cancelled" || status == "draft") return;
  if (type == "MedicationStatement" && status == "intended") return;
  if (type == "MedicationRequest") {
    const std::string intent = to_lower_ascii(string_at(resource, "intent"));
    if (intent == "proposal" || intent == "plan") return;  // not (yet) given
  }
  Event event;
  event.present = !(status == "not-taken" || status == "not-done");
  event.date = date_of(
      type == "MedicationRequest"
          ? first_date(resource, {"authoredOn"})
          : first_date(resource, {"effectiveDateTime", "effectivePeriod.start", "dateAsserted"}),
      where, "date");
  event.source = where;
  const json* coded = &member(resource, "medicationCodeableConcept");
  if (!coded->is_object()) {
    const std::string reference = string_at(member(resource, "medicationReference"), "reference");
    if (reference.empty()) {
      reject(where,
             std::string(type) + " without medicationCodeableConcept or medicationReference");
      return;
    }
    if (reference.front() != '#') {
      pend(resource, where, Fact{std::move(event)}, reference);
      return;
    }
    // A Medication contained in the resource itself ("#med0310").
    const json* medication = contained_resource(resource, reference);
    if (medication == nullptr || string_at(*medication, "resourceType") != "Medication") {
      reject(where, "medicationReference " + quote_for_message(reference) +
                        " names no contained Medication");
      return;
    }
    coded = &member(*medication, "code");
  }
  const std::optional<Resolution> found =
      resolve(*coded, {"RXNORM"}, /*by_name=*/true, "", FactKind::event);
  if (!found) {
    tally_unmapped(*coded);
    return;
  }
  event.item = found->info.item.empty() ? found->written : found->info.item;
  event.ids.item = found->info.ids.item;
  pend(resource, where, Fact{std::move(event)});
}

void Pool::remember_medication(const json& resource, std::string_view full_url) {
  const json& coded = member(resource, "code");
  const std::string id = string_at(resource, "id");
  if (!id.empty()) medications_.emplace("Medication/" + id, coded);
  if (!full_url.empty()) medications_.emplace(std::string(full_url), coded);
}

}  // namespace eligo::patients::fhir
