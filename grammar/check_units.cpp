// Vocabulary and unit checks for criteria (see check_units.hpp). Messages quote what
// was written and say what was expected, e.g. "'platelets' takes a number
// concentration (e.g. 10^9/L), but 'mg/dL' is a mass concentration".
#include "grammar/check_units.hpp"

#include <string>

#include "core/diagnostic.hpp"

namespace eligo::grammar {

namespace {

bool is_event(ItemKind kind) {
  return kind == ItemKind::condition || kind == ItemKind::therapy || kind == ItemKind::procedure;
}

// "; did you mean 'anc'?" when `id` (or `id` with spaces for underscores) names an item.
std::string suggestion(const Vocabulary& vocabulary, std::string_view id, bool want_event) {
  const VocabularyEntry* entry = vocabulary.find_name(id);
  if (entry == nullptr) {
    std::string spaced(id);
    for (char& c : spaced) {
      if (c == '_') c = ' ';
    }
    entry = vocabulary.find_name(spaced);
  }
  if (entry == nullptr || is_event(entry->kind) != want_event) return {};
  return "; did you mean '" + entry->id + "'?";
}

// "the number concentration 10^9/L" or "no unit".
std::string expected_unit(const VocabularyEntry& measure) {
  std::string out(describe(measure.dimension));
  if (!measure.canonical_unit.empty()) out += " (e.g. " + measure.canonical_unit + ")";
  return out;
}

}  // namespace

std::string_view describe(Dimension dimension) {
  switch (dimension) {
    case Dimension::count: return "no unit";
    case Dimension::fraction: return "a percentage";
    case Dimension::number_concentration: return "a number concentration";
    case Dimension::mass_concentration: return "a mass concentration";
    case Dimension::molar_concentration: return "a molar concentration";
    case Dimension::catalytic_concentration: return "a catalytic concentration";
    case Dimension::mass_rate: return "a mass rate";
    case Dimension::volume_rate: return "a volume rate";
    case Dimension::normalized_volume_rate: return "a volume rate per body surface";
    case Dimension::time: return "a time";
    case Dimension::length: return "a length";
    case Dimension::mass: return "a mass";
    case Dimension::pressure: return "a pressure";
    case Dimension::temperature: return "a temperature";
    case Dimension::frequency: return "a rate per minute";
    case Dimension::area: return "an area";
    case Dimension::mass_per_area: return "a mass per area";
    case Dimension::volume: return "a volume";
    case Dimension::creatinine_ratio: return "a ratio to urine creatinine";
    case Dimension::arbitrary_concentration: return "international units per volume";
    case Dimension::equivalent_concentration: return "an equivalent concentration";
    case Dimension::osmolality: return "an osmolality";
    case Dimension::velocity: return "a rate in mm/h";
    case Dimension::volume_rate_per_kg: return "a volume rate per body weight";
  }
  return "a unit";
}

Result<const VocabularyEntry*> find_measure(const Vocabulary& vocabulary, std::string_view id) {
  const VocabularyEntry* entry = vocabulary.find(id);
  if (entry == nullptr) {
    return Result<const VocabularyEntry*>::failure("unknown measure '" + shorten(id) + "'" +
                                                   suggestion(vocabulary, id, false));
  }
  if (is_event(entry->kind)) {
    return Result<const VocabularyEntry*>::failure(
        "'" + entry->id + "' is an event (" + std::string(to_string(entry->kind)) +
        "), not a measure; write 'has " + entry->id + "'");
  }
  return entry;
}

Result<const VocabularyEntry*> find_event(const Vocabulary& vocabulary, std::string_view id) {
  const VocabularyEntry* entry = vocabulary.find(id);
  if (entry == nullptr) {
    return Result<const VocabularyEntry*>::failure("unknown event '" + shorten(id) + "'" +
                                                   suggestion(vocabulary, id, true));
  }
  if (!is_event(entry->kind)) {
    return Result<const VocabularyEntry*>::failure(
        "'" + entry->id + "' is a measure, not an event; compare it with a threshold instead");
  }
  return entry;
}

Result<Unit> check_unit(const VocabularyEntry& measure, std::string_view written) {
  if (written.empty()) {
    if (measure.dimension == Dimension::count) return no_unit();
    return Result<Unit>::failure("missing unit: '" + measure.id + "' takes " +
                                 expected_unit(measure));
  }
  Result<Unit> unit = parse_unit(written);
  if (!unit) return unit;
  const Dimension have = unit->dimension;
  const Dimension want = measure.dimension;
  if (convertible(have, want, measure.analyte())) return unit;
  return Result<Unit>::failure("unit '" + std::string(written) + "' is " +
                               std::string(describe(have)) + ", but '" + measure.id + "' takes " +
                               expected_unit(measure));
}

}  // namespace eligo::grammar
