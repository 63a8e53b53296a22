// What an item of a patient file is. The readers cannot know whether "hiv" is an event
// or "anc [/uL]" a known unit for its item: they ask an ItemResolver, which the engine
// builds from its vocabulary and unit table. The readers call it with the item and the
// unit as written (trimmed, UTF-8) and cache the answer per (item, unit), so a resolver
// must answer the same question the same way every time and may be slow-ish.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace eligo {

enum class FactKind {
  measurement,  // a number with a unit: an Observation
  event,        // yes/no (empty is yes in the long format): an Event
  birth_date,   // an ISO date: PatientRecord::birth_date
  sex,          // female/male/other/unknown: PatientRecord::sex
  unknown,      // not an item the resolver knows: the row or column is an error
  infer,        // decide from the value: a number is a measurement; yes/no/true/false
                // (and empty, in the long format) an event. For the default resolver.
};

std::string_view to_string(FactKind kind);

struct ItemInfo {
  FactKind kind = FactKind::unknown;
  // The id the record stores ("anc" for "LOINC:751-8" or "ANC"); empty means the item
  // as written.
  std::string item;
  // Non-empty: the row (long) or column (wide) is refused with this reason, whatever
  // the kind: "unknown unit \"mg/dL\" for platelets: expected a cell count per volume".
  // For kind unknown an empty error becomes "unknown item \"...\"".
  std::string error;

  bool operator==(const ItemInfo&) const = default;
};

using ItemResolver = std::function<ItemInfo(std::string_view item, std::string_view unit)>;

// For tests and vocabulary-free use: birth_date and sex (any case) are demographics,
// every other item is `infer` under its name as written; units are not checked.
ItemInfo default_resolver(std::string_view item, std::string_view unit);

}  // namespace eligo
