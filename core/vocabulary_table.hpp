// The built-in vocabulary table (vocabulary_table.cpp): one row per item a criterion or
// a patient record can name. Vocabulary::builtin() indexes it; tests check it.
#pragma once

#include <vector>

#include "core/vocabulary.hpp"

namespace eligo {

std::vector<VocabularyEntry> builtin_vocabulary_entries();

}  // namespace eligo
