// Sensible thresholds (threshold_sense.hpp): the range check and the unit inference
// for numbers written without a unit, over the vocabulary's written units.
#include "grammar/threshold_sense.hpp"

#include <cmath>
#include <sstream>

namespace eligo::grammar {
namespace {

// The common units of a dimension, for rows without written_units.
std::vector<std::string_view> common_units(Dimension dimension) {
  switch (dimension) {
    case Dimension::number_concentration: return {"/uL", "10^9/L"};
    case Dimension::mass_concentration: return {"g/dL", "g/L", "mg/dL", "mg/L"};
    case Dimension::catalytic_concentration: return {"U/L"};
    case Dimension::fraction: return {"%"};
    default: return {};
  }
}

std::string number_text(double v) {
  std::ostringstream out;
  out.precision(6);
  out << v;
  return out.str();
}

std::string range_text(const SensibleRange& r, const std::string& unit) {
  std::string text;
  if (r.low && r.high) {
    text = number_text(*r.low) + "-" + number_text(*r.high);
  } else if (r.low) {
    text = "at least " + number_text(*r.low);
  } else if (r.high) {
    text = "at most " + number_text(*r.high);
  }
  if (!unit.empty()) text += " " + unit;
  return text;
}

bool inside(const SensibleRange& r, double v) {
  return (!r.low || compare_values(v, *r.low) >= 0) && (!r.high || compare_values(v, *r.high) <= 0);
}

}  // namespace

std::vector<Unit> accepted_units(const VocabularyEntry& entry) {
  std::vector<Unit> out;
  auto add = [&](std::string_view code) {
    auto u = parse_unit(code);
    if (!u) return;
    for (const auto& seen : out) {
      if (seen.code == u->code) return;
    }
    out.push_back(*u);
  };
  if (!entry.written_units.empty()) {
    for (const auto& code : entry.written_units) add(code);
    return out;
  }
  add(entry.canonical_unit);
  for (const auto code : common_units(entry.dimension)) add(code);
  return out;
}

SensibleRange sensible_range(const VocabularyEntry& entry) {
  SensibleRange r;
  r.low = entry.threshold_low ? entry.threshold_low : entry.plausible_low;
  r.high = entry.threshold_high ? entry.threshold_high : entry.plausible_high;
  return r;
}

std::optional<std::string> implausible_threshold(const VocabularyEntry& entry, double value,
                                                 const Unit* unit) {
  const SensibleRange range = sensible_range(entry);
  double canonical = value;
  if (unit != nullptr && !unit->code.empty() && unit->dimension != Dimension::fraction) {
    const auto to = parse_unit(entry.canonical_unit);
    if (!to) return std::nullopt;
    const auto v = convert(value, *unit, *to, entry.analyte());
    if (!v) return std::nullopt;  // the unit check reports it
    canonical = *v;
  }
  if (inside(range, canonical)) return std::nullopt;
  std::string reason = number_text(value);
  if (unit != nullptr && !unit->code.empty()) reason += " " + unit->code;
  const bool converted = unit != nullptr && !unit->code.empty() &&
                         unit->dimension != Dimension::fraction &&
                         unit->code != entry.canonical_unit;
  if (converted) reason += " is " + number_text(canonical) + " " + entry.canonical_unit + ",";
  reason += " outside " + range_text(range, entry.canonical_unit) + " for " + entry.id;
  if (converted) reason += " (unit typo?)";
  return reason;
}

std::optional<std::string> implausible_factor(const VocabularyEntry& entry, double factor) {
  if (factor > 0 && factor <= 100) return std::nullopt;
  return number_text(factor) + " x the reference limit is not a sensible threshold for " + entry.id;
}

Result<Unit> infer_unit(const VocabularyEntry& entry, double value) {
  const auto canonical = parse_unit(entry.canonical_unit);
  if (!canonical) return Result<Unit>::failure("no canonical unit for " + entry.id);
  std::vector<Unit> fits;
  std::vector<double> values;
  for (const auto& unit : accepted_units(entry)) {
    const auto v = convert(value, unit, *canonical, entry.analyte());
    if (!v || implausible_threshold(entry, value, &unit)) continue;
    bool same = false;
    for (double seen : values) same |= compare_values(seen, *v) == 0;
    if (same) continue;
    fits.push_back(unit);
    values.push_back(*v);
  }
  if (fits.size() == 1) return fits.front();
  if (fits.empty()) {
    return Result<Unit>::failure("no unit written for " + entry.id + ", and " + number_text(value) +
                                 " is not a sensible threshold in any of its units");
  }
  std::string units;
  for (const auto& u : fits) units += (units.empty() ? "" : ", ") + u.code;
  return Result<Unit>::failure("no unit written for " + entry.id + ", and " + number_text(value) +
                               " reads in several of its units (" + units + ")");
}

}  // namespace eligo::grammar
