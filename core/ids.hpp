// Ids, not strings, between stages: an item is an index into the vocabulary's entries
// (Vocabulary::id_of, Vocabulary::entry), a unit an index into the unit table
// (units.hpp: Unit::id, unit_by_id). Readers resolve the item and unit of each fact once,
// when they read it (patients/item_resolver.hpp), so the evaluator's index of a patient
// looks them up instead of hashing and parsing text again.
#pragma once

#include <cstdint>

namespace eligo {

enum class ItemId : std::uint32_t { none = 0xFFFFFFFFu };
enum class UnitId : std::uint16_t { none = 0xFFFFu };

constexpr std::uint32_t index_of(ItemId id) { return static_cast<std::uint32_t>(id); }
constexpr std::uint32_t index_of(UnitId id) { return static_cast<std::uint32_t>(id); }

// The ids a reader resolved for a fact's item and unit. They are derived from the fact's
// item and unit text, so they take no part in a fact's equality: two facts with the same
// text are the same fact, whether or not a resolver named their ids. Whoever changes a
// fact's item or unit text afterwards must reset its ids ({}), or the engine reads the
// old ones.
struct FactIds {
  ItemId item = ItemId::none;
  UnitId unit = UnitId::none;  // of the unit as stored (ItemInfo::unit_read_as, else written)
  bool operator==(const FactIds&) const { return true; }
};

}  // namespace eligo
