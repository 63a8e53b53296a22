// Names of the record's enumerations and locations; see record.hpp.
#include "patients/record.hpp"

#include "core/text.hpp"

namespace eligo::patients {

std::string_view to_string(Sex sex) {
  switch (sex) {
    case Sex::female: return "female";
    case Sex::male: return "male";
    case Sex::other: return "other";
    case Sex::unknown: return "unknown";
  }
  return "unknown";
}

std::optional<Sex> parse_sex(std::string_view text) {
  const std::string_view word = trim(text);
  if (iequals(word, "female") || iequals(word, "f")) return Sex::female;
  if (iequals(word, "male") || iequals(word, "m")) return Sex::male;
  if (iequals(word, "other") || iequals(word, "o")) return Sex::other;
  if (iequals(word, "unknown") || iequals(word, "u")) return Sex::unknown;
  return std::nullopt;
}

SourceName::SourceName(std::string_view name)
    : name_(name.empty() ? nullptr : std::make_shared<const std::string>(name)) {}

const std::string& SourceName::str() const {
  static const std::string empty;
  return name_ ? *name_ : empty;
}

std::string to_string(const SourceLocation& location) {
  if (location.line == 0) return location.file.str();
  return location.file.str() + ":" + std::to_string(location.line);
}

}  // namespace eligo::patients
