// The ItemResolver (patients/item_resolver.hpp) the engine gives the patient readers:
// it names every item of a patient file by its vocabulary id, so records hold canonical
// ids. Vocabulary ids, synonyms ("ANC", "Platelets") and LOINC codes ("LOINC:751-8",
// "751-8") map to the canonical id; an entry's kind says what the fact is (a measure is a
// measurement; a condition, therapy or procedure an event; birth_date and sex are
// demographics). A measurement's unit must parse and have the item's dimension (mass <->
// molar concentration only for items with a molar mass); otherwise the row is refused
// with a reason naming the unit, the item and the dimension expected. Event codes written
// "SNOMED:...", "ICD10:...", "RXNORM:...", "CPT:..." go through the code maps
// (code_maps.hpp). An item the vocabulary does not know, and a code the maps do not
// hold, is FactKind::unknown.
#pragma once

#include <string_view>

#include "core/code_maps.hpp"
#include "core/vocabulary.hpp"
#include "patients/item_resolver.hpp"

namespace eligo::engine {

patients::ItemInfo resolve_record_item(const Vocabulary& vocabulary, std::string_view item,
                                       std::string_view unit);
patients::ItemInfo resolve_record_item(const Vocabulary& vocabulary, const CodeMaps& codes,
                                       std::string_view item, std::string_view unit);

// A resolver bound to `vocabulary` and `codes`, which must outlive it.
patients::ItemResolver make_record_resolver(const Vocabulary& vocabulary = Vocabulary::builtin(),
                                            const CodeMaps& codes = CodeMaps::builtin());

// "a cell count per volume (e.g. 10^9/L)" and so on: what a dimension is, for messages.
std::string_view dimension_phrase(Dimension dimension);

}  // namespace eligo::engine
