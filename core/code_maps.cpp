// Code look-ups; see code_maps.hpp.
#include "core/code_maps.hpp"

#include "core/text.hpp"

namespace eligo {
namespace {

// ICD-10-CM without its dot, upper case ("c90.00" -> "C9000"); other systems trimmed.
std::string normalise(CodeSystem system, std::string_view code) {
  code = trim(code);
  if (system != CodeSystem::icd10cm) return std::string(code);
  std::string out;
  for (char c : code) {
    if (c != '.') out += upper_ascii(c);
  }
  return out;
}

std::string key(CodeSystem system, std::string_view normalised) {
  return std::string(to_string(system)) + "|" + std::string(normalised);
}

}  // namespace

std::string_view to_string(CodeSystem system) {
  switch (system) {
    case CodeSystem::snomed: return "SNOMED";
    case CodeSystem::icd10cm: return "ICD10";
    case CodeSystem::rxnorm: return "RXNORM";
    case CodeSystem::cpt: return "CPT";
  }
  return "SNOMED";
}

std::optional<std::pair<CodeSystem, std::string_view>> split_code(std::string_view item) {
  const auto colon = item.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string prefix = to_upper_ascii(trim(item.substr(0, colon)));
  const std::string_view code = trim(item.substr(colon + 1));
  if (code.empty()) return std::nullopt;
  if (prefix == "SNOMED" || prefix == "SCT" || prefix == "SNOMEDCT" || prefix == "SNOMED-CT") {
    return std::pair{CodeSystem::snomed, code};
  }
  if (prefix == "ICD10" || prefix == "ICD10CM" || prefix == "ICD-10-CM" || prefix == "ICD-10") {
    return std::pair{CodeSystem::icd10cm, code};
  }
  if (prefix == "RXNORM") return std::pair{CodeSystem::rxnorm, code};
  if (prefix == "CPT") return std::pair{CodeSystem::cpt, code};
  return std::nullopt;
}

CodeMaps::CodeMaps(std::vector<CodeMapping> rows) : rows_(std::move(rows)) {
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    by_key_.emplace(key(rows_[i].system, normalise(rows_[i].system, rows_[i].code)), i);
  }
}

const CodeMaps& CodeMaps::builtin() {
  static const CodeMaps maps(builtin_code_mappings());
  return maps;
}

const CodeMapping* CodeMaps::find(CodeSystem system, std::string_view code) const {
  const std::string normalised = normalise(system, code);
  if (normalised.empty()) return nullptr;
  if (system != CodeSystem::icd10cm) {
    const auto it = by_key_.find(key(system, normalised));
    return it == by_key_.end() ? nullptr : &rows_[it->second];
  }
  // Longest prefix first: "C9002" tries C9002, C900, C90, C9.
  for (std::size_t length = normalised.size(); length >= 3; --length) {
    const auto it = by_key_.find(key(system, std::string_view(normalised).substr(0, length)));
    if (it == by_key_.end()) continue;
    const CodeMapping& row = rows_[it->second];
    if (length == normalised.size() || row.prefix) return &row;
  }
  return nullptr;
}

const CodeMapping* CodeMaps::find(std::string_view item) const {
  const auto split = split_code(item);
  return split ? find(split->first, split->second) : nullptr;
}

}  // namespace eligo
