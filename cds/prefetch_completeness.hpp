// Whether a prefetched list is all the EHR holds (CDS Hooks 2.0, "Prefetch"): a key the
// client did not send, an OperationOutcome in its place (it could not fetch it), or a
// searchset Bundle with more pages (a `next` link, or a `total` above its entries), or
// one whose medications name a Medication not sent (medication_references.hpp) is
// incomplete; `null` (no data) and a whole Bundle are complete. eligo assumes "no record
// means absent" only of complete lists: the kinds of facts of incomplete ones are set on
// the record (PatientRecord::incomplete), and those facts are unknown.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocabulary.hpp"

namespace eligo::cds {

enum class Completeness { complete, incomplete };

// `value` is the prefetch member, or null when the key is absent (`sent` false).
Completeness completeness(const nlohmann::json* value, bool sent);

// Why a list is incomplete, for the warnings ("prefetch.conditions: ..."); "" if complete.
std::string incompleteness_reason(const nlohmann::json* value, bool sent);

// The kinds of facts a prefetch key of the discovery document lists (observations:
// measures; conditions; medications and medicationStatements: therapies; procedures).
std::vector<ItemKind> kinds_of(std::string_view key);

// The keys of the discovery document whose lists the engine reads, besides the patient.
const std::vector<std::string_view>& list_keys();

}  // namespace eligo::cds
