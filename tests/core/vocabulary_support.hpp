// Helpers for the vocabulary tests: the built-in vocabulary, and the item a name finds.
#pragma once

#include <string>
#include <string_view>

#include "core/vocabulary.hpp"

namespace eligo::test {

inline const Vocabulary& vocab() { return Vocabulary::builtin(); }

// The id of the item `text` names, or "<none>".
inline std::string named(std::string_view text) {
  const VocabularyEntry* e = vocab().find_name(text);
  return e ? e->id : "<none>";
}

}  // namespace eligo::test
