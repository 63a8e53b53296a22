// The record resolver; see record_resolver.hpp.
#include "engine/record_resolver.hpp"

#include <cctype>
#include <optional>

#include "core/diagnostic.hpp"
#include "core/loinc_units.hpp"
#include "core/text.hpp"

namespace eligo::engine {
namespace {

bool looks_like_loinc(std::string_view item) {
  if (item.size() >= 5 && iequals(item.substr(0, 5), "loinc")) return true;
  // A bare code: digits, a dash, one check digit ("751-8").
  const auto dash = item.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 2 != item.size()) return false;
  for (std::size_t i = 0; i < item.size(); ++i) {
    if (i != dash && !std::isdigit(static_cast<unsigned char>(item[i]))) return false;
  }
  return true;
}

const VocabularyEntry* find_entry(const Vocabulary& vocabulary, const CodeMaps& codes,
                                  std::string_view item) {
  if (looks_like_loinc(item)) return vocabulary.find_loinc(item);
  if (split_code(item)) {
    const CodeMapping* mapping = codes.find(item);
    return mapping ? vocabulary.find(mapping->item) : nullptr;
  }
  if (const VocabularyEntry* e = vocabulary.find(item)) return e;
  return vocabulary.find_name(item);
}

std::string quoted(std::string_view text) { return "\"" + shorten(text) + "\""; }

// Empty when `unit` is acceptable for `entry`, else the reason.
std::string check_unit(const VocabularyEntry& entry, std::string_view unit) {
  const Result<Unit> parsed = parse_unit(unit);
  const std::string expected = std::string(dimension_phrase(entry.dimension));
  if (!parsed) {
    return "unknown unit " + quoted(unit) + " for " + entry.id + ": expected " + expected;
  }
  const Dimension d = parsed->dimension;
  if (d == entry.dimension) return {};
  if (convertible(d, entry.dimension, entry.analyte())) return {};
  if (unit.empty()) return "no unit for " + entry.id + ": expected " + expected;
  return "unit " + quoted(unit) + " is a " + std::string(to_string(d)) + ", not a unit for " +
         entry.id + ": expected " + expected;
}

// A bound of the entry's plausible range (canonical unit) in `unit`.
std::optional<double> bound_in(const VocabularyEntry& entry, std::optional<double> bound,
                               std::string_view unit) {
  if (!bound) return std::nullopt;
  const Result<Unit> canonical = parse_unit(entry.canonical_unit);
  const Result<Unit> target = parse_unit(unit);
  if (!canonical || !target) return std::nullopt;
  const Result<double> value = convert(*bound, *canonical, *target, entry.analyte());
  if (!value) return std::nullopt;
  return *value;
}

// A measurement of `entry` written `item` (a LOINC code, a name) in `unit`: the unit
// checked, completed where the code defines it (loinc_units.hpp), and the plausible
// range in the unit the value is read in.
patients::ItemInfo measurement_info(const VocabularyEntry& entry, std::string_view item,
                                    std::string_view unit) {
  patients::ItemInfo info{patients::FactKind::measurement, entry.id, check_unit(entry, unit)};
  if (!info.error.empty() && looks_like_loinc(item)) {
    if (std::optional<UnitByCode> by_code = unit_by_code(item, unit)) {
      if (check_unit(entry, by_code->unit).empty()) {
        info.error.clear();
        info.unit_read_as = std::move(by_code->unit);
        info.unit_note = std::move(by_code->note);
      }
    }
  }
  if (!info.error.empty()) return info;
  const std::string_view read_in = info.unit_read_as.empty() ? unit : info.unit_read_as;
  info.plausible_low = bound_in(entry, entry.plausible_low, read_in);
  info.plausible_high = bound_in(entry, entry.plausible_high, read_in);
  return info;
}

}  // namespace

std::string_view dimension_phrase(Dimension dimension) {
  switch (dimension) {
    case Dimension::count: return "a plain number (no unit)";
    case Dimension::fraction: return "a percentage (%)";
    case Dimension::number_concentration: return "a cell count per volume (e.g. 10^9/L, /uL)";
    case Dimension::mass_concentration: return "a mass concentration (e.g. mg/dL, g/L)";
    case Dimension::molar_concentration: return "a molar concentration (e.g. mmol/L)";
    case Dimension::catalytic_concentration: return "an enzyme activity (U/L)";
    case Dimension::mass_rate: return "a mass per time (e.g. mg/24h)";
    case Dimension::volume_rate: return "a volume per time (mL/min)";
    case Dimension::normalized_volume_rate: return "a rate per body surface (mL/min/1.73m2)";
    case Dimension::time: return "a time (e.g. ms, days, years)";
    case Dimension::length: return "a length (e.g. cm)";
    case Dimension::mass: return "a mass (e.g. kg)";
    case Dimension::pressure: return "a pressure (e.g. mmHg, kPa)";
    case Dimension::temperature: return "a temperature (Cel, [degF])";
    case Dimension::frequency: return "a rate per minute (/min)";
    case Dimension::area: return "an area (m2)";
    case Dimension::mass_per_area: return "a mass per area (kg/m2)";
    case Dimension::volume: return "a volume (e.g. L, mL)";
    case Dimension::creatinine_ratio: return "a ratio to urine creatinine (e.g. mg/g, mg/mmol)";
    case Dimension::arbitrary_concentration: return "international units per volume (e.g. mIU/L)";
    case Dimension::equivalent_concentration: return "an equivalent concentration (mEq/L)";
    case Dimension::osmolality: return "an osmolality (mOsm/kg)";
    case Dimension::velocity: return "a rate in mm/h";
    case Dimension::volume_rate_per_kg: return "a volume rate per body weight";
  }
  return "a plain number (no unit)";
}

patients::ItemInfo resolve_record_item(const Vocabulary& vocabulary, std::string_view item,
                                       std::string_view unit) {
  return resolve_record_item(vocabulary, CodeMaps::builtin(), item, unit);
}

namespace {

patients::ItemInfo info_of(const VocabularyEntry& entry, std::string_view item,
                           std::string_view unit) {
  switch (entry.kind) {
    case ItemKind::demographic:
      if (entry.id == "birth_date")
        return patients::ItemInfo{patients::FactKind::birth_date, entry.id, {}};
      if (entry.id == "sex") return patients::ItemInfo{patients::FactKind::sex, entry.id, {}};
      return patients::ItemInfo{
          patients::FactKind::unknown, entry.id,
          "demographic item " + quoted(entry.id) + " is not read from patient files"};
    case ItemKind::condition:
    case ItemKind::therapy:
    case ItemKind::procedure: return patients::ItemInfo{patients::FactKind::event, entry.id, {}};
    case ItemKind::measure: return measurement_info(entry, item, unit);
  }
  return patients::ItemInfo{patients::FactKind::unknown, {}, {}};
}

}  // namespace

patients::ItemInfo resolve_record_item(const Vocabulary& vocabulary, const CodeMaps& codes,
                                       std::string_view item, std::string_view unit) {
  const VocabularyEntry* entry = find_entry(vocabulary, codes, item);
  if (entry == nullptr) return patients::ItemInfo{patients::FactKind::unknown, {}, {}};
  patients::ItemInfo info = info_of(*entry, item, unit);
  // The ids travel with each fact read (core/ids.hpp): the entry, and the unit stored.
  // Only ids of the built-in vocabulary are given, the one every view can trust them for.
  if (&vocabulary != &Vocabulary::builtin()) return info;
  info.ids.item = vocabulary.id_of(*entry);
  if (info.kind == patients::FactKind::measurement && info.error.empty()) {
    const Result<Unit> stored = parse_unit(patients::unit_to_store(info, unit));
    if (stored) info.ids.unit = stored->id;
  }
  return info;
}

patients::ItemResolver make_record_resolver(const Vocabulary& vocabulary, const CodeMaps& codes) {
  const Vocabulary* v = &vocabulary;
  const CodeMaps* c = &codes;
  return [v, c](std::string_view item, std::string_view unit) {
    return resolve_record_item(*v, *c, item, unit);
  };
}

}  // namespace eligo::engine
