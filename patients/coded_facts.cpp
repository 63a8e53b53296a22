// Coded items and the unmapped-code tally; see coded_facts.hpp.
#include "patients/coded_facts.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace eligo::patients {

void CodeTally::add(std::string_view system, std::string_view code, std::string_view display) {
  Entry& entry = entries_[{std::string(system), std::string(code)}];
  if (entry.count == 0) {
    entry.system = system;
    entry.code = code;
    entry.display = display;
  }
  ++entry.count;
  ++total_;
}

void CodeTally::merge(const CodeTally& other) {
  for (const auto& [key, entry] : other.entries_) {
    Entry& mine = entries_[key];
    if (mine.count == 0) mine = Entry{entry.system, entry.code, entry.display, 0};
    mine.count += entry.count;
  }
  total_ += other.total_;
}

std::vector<CodeTally::Entry> CodeTally::sorted() const {
  std::vector<Entry> out;
  out.reserve(entries_.size());
  for (const auto& [key, entry] : entries_) out.push_back(entry);
  std::stable_sort(out.begin(), out.end(),
                   [](const Entry& a, const Entry& b) { return a.count > b.count; });
  return out;
}

std::string describe_unmapped(const CodeTally& tally, std::size_t limit) {
  if (tally.distinct() == 0) return {};
  std::string out = "unmapped codes (facts not used): " + std::to_string(tally.distinct()) +
                    (tally.distinct() == 1 ? " code" : " codes") + " in " +
                    std::to_string(tally.total()) +
                    (tally.total() == 1 ? " resource or row" : " resources or rows") + ": ";
  const auto entries = tally.sorted();
  for (std::size_t i = 0; i < entries.size() && i < limit; ++i) {
    const auto& e = entries[i];
    if (i > 0) out += "; ";
    out += e.system;
    if (!e.code.empty()) out += " " + e.code;
    if (!e.display.empty()) out += " " + quote_for_message(e.display);
    out += " (" + std::to_string(e.count) + ")";
  }
  if (entries.size() > limit) {
    out += "; and " + std::to_string(entries.size() - limit) + " more";
  }
  return out;
}

const ItemInfo& CachingResolver::operator()(std::string_view item, std::string_view unit) {
  std::string key(item);
  key += '\x1f';
  key += unit;
  auto it = cache_.find(key);
  if (it == cache_.end()) it = cache_.emplace(std::move(key), resolver_(item, unit)).first;
  return it->second;
}

std::optional<Resolution> resolve_first(CachingResolver& resolver,
                                        const std::vector<std::string>& candidates,
                                        std::string_view unit, FactKind want) {
  for (const std::string& candidate : candidates) {
    const ItemInfo& info = resolver(candidate, unit);
    if (info.kind == want || info.kind == FactKind::infer) return Resolution{info, candidate};
  }
  return std::nullopt;
}

void add_name_candidates(std::string_view name, std::vector<std::string>& candidates) {
  const std::string_view whole = trim(name);
  if (whole.empty()) return;
  candidates.emplace_back(whole);
  const auto space = whole.find_first_of(" \t/[(,");
  if (space != std::string_view::npos && space > 0) candidates.emplace_back(whole.substr(0, space));
}

std::string_view system_prefix(std::string_view uri) {
  uri = trim(uri);
  if (uri == "http://loinc.org") return "LOINC";
  if (uri == "http://snomed.info/sct") return "SNOMED";
  if (uri == "http://hl7.org/fhir/sid/icd-10-cm" || uri == "http://hl7.org/fhir/sid/icd-10") {
    return "ICD10";
  }
  if (uri == "http://www.nlm.nih.gov/research/umls/rxnorm") return "RXNORM";
  if (uri == "http://www.ama-assn.org/go/cpt") return "CPT";
  return {};
}

}  // namespace eligo::patients
