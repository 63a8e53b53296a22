// The default resolver; see item_resolver.hpp.
#include "patients/item_resolver.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"

namespace eligo::patients {

std::string_view to_string(FactKind kind) {
  switch (kind) {
    case FactKind::measurement: return "measurement";
    case FactKind::event: return "event";
    case FactKind::birth_date: return "birth_date";
    case FactKind::sex: return "sex";
    case FactKind::unknown: return "unknown";
    case FactKind::infer: return "infer";
  }
  return "unknown";
}

ItemInfo default_resolver(std::string_view item, std::string_view /*unit*/) {
  if (iequals(item, "birth_date")) return ItemInfo{FactKind::birth_date, "birth_date", {}};
  if (iequals(item, "sex")) return ItemInfo{FactKind::sex, "sex", {}};
  return ItemInfo{FactKind::infer, std::string(item), {}};
}

std::string_view unit_to_store(const ItemInfo& info, std::string_view written) {
  return info.unit_read_as.empty() ? written : std::string_view(info.unit_read_as);
}

namespace {

// `a` below `b` by more than a relative 1e-9 (so a bound converted between units still
// holds the value that sits on it).
bool clearly_below(double a, double b) {
  return a < b && b - a > 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// 12 digits: a bound converted between units prints as its round value.
std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.12g", value);
  return buffer;
}

}  // namespace

std::string check_plausible(const ItemInfo& info, std::string_view item, double value,
                            std::string_view unit) {
  if (!info.plausible_low && !info.plausible_high && std::isfinite(value)) return {};
  const bool low_ok = !info.plausible_low || !clearly_below(value, *info.plausible_low);
  const bool high_ok = !info.plausible_high || !clearly_below(*info.plausible_high, value);
  if (std::isfinite(value) && low_ok && high_ok) return {};
  const std::string_view stored = unit_to_store(info, unit);
  const std::string suffix = stored.empty() ? std::string() : " " + std::string(stored);
  std::string out = std::string(item) + " " + number_text(value) + suffix;
  if (!std::isfinite(value)) return out + " is not a finite number";
  out += " is outside the plausible range ";
  if (info.plausible_low && info.plausible_high) {
    out += number_text(*info.plausible_low) + " to " + number_text(*info.plausible_high);
  } else if (info.plausible_low) {
    out += "from " + number_text(*info.plausible_low);
  } else {
    out += "up to " + number_text(*info.plausible_high);
  }
  return out + suffix;
}

}  // namespace eligo::patients
