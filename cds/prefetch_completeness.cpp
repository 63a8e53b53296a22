// Prefetch completeness; see prefetch_completeness.hpp.
#include "cds/prefetch_completeness.hpp"

#include "cds/discovery.hpp"
#include "cds/medication_references.hpp"

namespace eligo::cds {
namespace {

// A Bundle that says there is more than it holds.
bool paged(const nlohmann::json& bundle) {
  if (const auto links = bundle.find("link"); links != bundle.end() && links->is_array()) {
    for (const auto& link : *links) {
      if (link.is_object() && link.value("relation", "") == "next") return true;
    }
  }
  const auto total = bundle.find("total");
  if (total == bundle.end() || !total->is_number_integer()) return false;
  const auto entries = bundle.find("entry");
  const std::size_t held = entries != bundle.end() && entries->is_array() ? entries->size() : 0;
  return total->get<long long>() > static_cast<long long>(held);
}

}  // namespace

std::string incompleteness_reason(const nlohmann::json* value, bool sent) {
  if (!sent) return "not sent: the EHR did not prefetch it";
  if (value == nullptr || value->is_null()) return "";
  if (!value->is_object()) return "";
  const std::string type = value->value("resourceType", "");
  if (type == "OperationOutcome") return "the EHR could not fetch it (an OperationOutcome)";
  if (type == "Bundle" && paged(*value)) return "only its first page was sent";
  if (type == "Bundle") {
    if (const std::size_t n = unresolved_medications(*value); n > 0) {
      return std::to_string(n) + " of its entries name a Medication not sent with them";
    }
  }
  return "";
}

Completeness completeness(const nlohmann::json* value, bool sent) {
  return incompleteness_reason(value, sent).empty() ? Completeness::complete
                                                    : Completeness::incomplete;
}

std::vector<ItemKind> kinds_of(std::string_view key) {
  if (key == kPrefetchObservations) return {ItemKind::measure};
  if (key == kPrefetchConditions) return {ItemKind::condition};
  if (key == kPrefetchMedications || key == kPrefetchMedicationStatements) {
    return {ItemKind::therapy};
  }
  if (key == kPrefetchProcedures) return {ItemKind::procedure};
  return {};
}

const std::vector<std::string_view>& list_keys() {
  static const std::vector<std::string_view> keys{
      kPrefetchObservations, kPrefetchConditions, kPrefetchMedications,
      kPrefetchMedicationStatements, kPrefetchProcedures};
  return keys;
}

}  // namespace eligo::cds
