// Medications named by reference in a prefetched list. The discovery document's
// templates keep to the query subset CDS Hooks 2.0 allows, which has no _include, so an
// EHR sends a MedicationRequest (or MedicationStatement) without the Medication its
// medicationReference names unless that Medication is contained in it. Such a drug
// cannot be read, and the reader skips the request; the list it came in is then not all
// the patient's therapies, and is incomplete (prefetch_completeness.hpp).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>

namespace eligo::cds {

// How many entries of `bundle` name their drug by a reference to a Medication that is
// neither contained in them ("#id") nor an entry of the same Bundle (by fullUrl, or
// "Medication/{id}" at the end of the reference).
std::size_t unresolved_medications(const nlohmann::json& bundle);

}  // namespace eligo::cds
