// The default resolver; see item_resolver.hpp.
#include "patients/item_resolver.hpp"

#include "patients/text.hpp"

namespace eligo {

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

}  // namespace eligo
