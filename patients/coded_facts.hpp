// What the coded readers (FHIR, Synthea CSV) share: turning a code or a name into an
// item through the ItemResolver, and counting the codes no item was found for. A code
// is written "SYSTEM:code" for the resolver ("LOINC:2160-0", "SNOMED:109989006",
// "ICD10:C90.00", "RXNORM:342369", "CPT:38241"); a medication may also be found by its
// name. Unmapped codes are never dropped silently: they are counted here and the command
// lists them once in its summary.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "patients/item_resolver.hpp"
#include "patients/read_patients.hpp"

namespace eligo::patients {

// The codes (or names) of resources whose item could not be found.
class CodeTally {
 public:
  struct Entry {
    std::string system;   // "LOINC", "SNOMED", ..., or the system URI as written
    std::string code;     // "8302-2"; "" for a name without a code
    std::string display;  // the first display (or text) seen for it
    std::size_t count = 0;
  };

  void add(std::string_view system, std::string_view code, std::string_view display);
  void merge(const CodeTally& other);

  std::size_t distinct() const { return entries_.size(); }
  std::size_t total() const { return total_; }
  // Most frequent first, then by system and code.
  std::vector<Entry> sorted() const;

 private:
  std::map<std::pair<std::string, std::string>, Entry> entries_;
  std::size_t total_ = 0;
};

// "unmapped codes (facts not used): 3 codes in 12 resources: LOINC 8302-2 Body Height
// (5), ...", at most `limit` codes listed; "" when nothing is unmapped.
std::string describe_unmapped(const CodeTally& tally, std::size_t limit = 40);

// A reading of coded input: the usual statistics plus the unmapped codes.
struct CodedRead {
  ReadResult result;
  CodeTally unmapped;
  std::vector<Diagnostic> failures;  // whole files that could not be read
};

// Asks the resolver once per (item, unit) and remembers the answer.
class CachingResolver {
 public:
  explicit CachingResolver(ItemResolver resolver) : resolver_(std::move(resolver)) {}
  const ItemInfo& operator()(std::string_view item, std::string_view unit);

 private:
  ItemResolver resolver_;
  std::unordered_map<std::string, ItemInfo> cache_;
};

// The resolver's answer for the first of `candidates` it knows as `want` (measurement or
// event; `infer`, from the default resolver, is accepted for both), with the candidate
// that gave it. Nothing when no candidate is known as that kind.
struct Resolution {
  ItemInfo info;
  std::string written;
};
std::optional<Resolution> resolve_first(CachingResolver& resolver,
                                        const std::vector<std::string>& candidates,
                                        std::string_view unit, FactKind want);

// Names to try for a medication written as text: the whole text, then its first word
// ("lenalidomide 25 MG Oral Capsule" -> "lenalidomide"), as RxNorm drug names start
// with the ingredient or brand.
void add_name_candidates(std::string_view name, std::vector<std::string>& candidates);

// The short prefix for a FHIR code system URI ("http://loinc.org" -> "LOINC"), or "".
std::string_view system_prefix(std::string_view uri);

}  // namespace eligo::patients
