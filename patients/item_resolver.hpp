// What an item of a patient file is. The readers cannot know whether "hiv" is an event
// or "anc [/uL]" a known unit for its item: they ask an ItemResolver, which the engine
// builds from its vocabulary and unit table. The readers call it with the item and the
// unit as written (trimmed, UTF-8) and cache the answer per (item, unit), so a resolver
// must answer the same question the same way every time and may be slow-ish.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/ids.hpp"

namespace eligo::patients {

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
  // Measurements: the values the item can take, in the unit the value is read in
  // (unit_read_as, else the unit as written), converted by the resolver from the
  // vocabulary's plausible range. A value outside is implausible (check_plausible).
  // Unset: no bound on that side.
  std::optional<double> plausible_low = std::nullopt;
  std::optional<double> plausible_high = std::nullopt;
  // Set when the item's code defines the unit more fully than the text does: the value
  // is read, and stored, in this unit, and `unit_note` says why. eGFR coded LOINC
  // 33914-3 and written "mL/min": "mL/min/1.73m2", "written mL/min; LOINC 33914-3 is
  // per 1.73 m²".
  std::string unit_read_as = {};
  std::string unit_note = {};
  // The item's vocabulary id and the id of the unit a measurement is stored in
  // (unit_to_store), when the resolver knows them: facts carry them (record.hpp) so the
  // engine does not resolve their text again.
  FactIds ids = {};

  bool operator==(const ItemInfo&) const = default;
};

// The unit a measurement of `info` is stored in: unit_read_as, else `written`.
std::string_view unit_to_store(const ItemInfo& info, std::string_view written);

// Empty when `value` (in unit_to_store(info, unit)) lies within info's plausible range;
// else the reason, naming the item, the value and the range: "anc -1 10^9/L is outside
// the plausible range 0 to 1000 10^9/L". Values on a bound (within a relative 1e-9)
// are plausible. The readers report such a row at its file:line, and still store the
// value, so that the engine names it and the criteria using the item stay unknown.
std::string check_plausible(const ItemInfo& info, std::string_view item, double value,
                            std::string_view unit);

using ItemResolver = std::function<ItemInfo(std::string_view item, std::string_view unit)>;

// For tests and vocabulary-free use: birth_date and sex (any case) are demographics,
// every other item is `infer` under its name as written; units are not checked.
ItemInfo default_resolver(std::string_view item, std::string_view unit);

}  // namespace eligo::patients
