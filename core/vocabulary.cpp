// The vocabulary's look-ups. The constructor indexes the entries once: by id (exact),
// by folded name (id, id with spaces for underscores, name and synonyms; lowercase,
// trimmed, inner runs of space as one) and by LOINC code. When two entries claim one
// key the first keeps it; the built-in table has no such clash (tests check it).
#include "core/vocabulary.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "core/vocabulary_table.hpp"

namespace eligo {
namespace {

// Lowercase, trimmed, each inner run of space as one space.
std::string fold(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : trim(text)) {
    if (is_blank(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += lower_ascii(c);
  }
  return out;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower_ascii(s[i]) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view to_string(ItemKind kind) {
  switch (kind) {
    case ItemKind::measure: return "measure";
    case ItemKind::demographic: return "demographic";
    case ItemKind::condition: return "condition";
    case ItemKind::therapy: return "therapy";
    case ItemKind::procedure: return "procedure";
  }
  return "measure";
}

Vocabulary::Vocabulary(std::vector<VocabularyEntry> entries) : entries_(std::move(entries)) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const VocabularyEntry& e = entries_[i];
    by_id_.emplace(e.id, i);
    std::string spaced = e.id;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    for (const std::string_view name :
         {std::string_view(e.id), std::string_view(spaced), std::string_view(e.name)}) {
      if (!trim(name).empty()) by_name_.emplace(fold(name), i);
    }
    for (const auto& synonym : e.synonyms) by_name_.emplace(fold(synonym), i);
    for (const auto& code : e.loinc) by_loinc_.emplace(code, i);
  }
  relate();
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary vocabulary(builtin_vocabulary_entries());
  return vocabulary;
}

const VocabularyEntry* Vocabulary::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

const VocabularyEntry* Vocabulary::find_name(std::string_view text) const {
  const auto it = by_name_.find(fold(text));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

const VocabularyEntry* Vocabulary::find_loinc(std::string_view code) const {
  code = trim(code);
  for (const std::string_view prefix : {"http://loinc.org|", "loinc:", "loinc"}) {
    if (starts_with_nocase(code, prefix)) {
      code = trim(code.substr(prefix.size()));
      break;
    }
  }
  const auto it = by_loinc_.find(std::string(code));
  return it == by_loinc_.end() ? nullptr : &entries_[it->second];
}

}  // namespace eligo
