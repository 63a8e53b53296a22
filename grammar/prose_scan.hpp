// Prose stage 2 driver: runs the scanning grammar (prose_grammar.hpp) over a normalised
// text and returns the top-level pieces it recorded, in text order and covering every
// byte that is not a space. Never throws: a text longer than kMaxProseBytes is not
// scanned (the caller reports it).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "grammar/prose_lexicon.hpp"
#include "grammar/prose_pieces.hpp"

namespace eligo::grammar::prose {

inline constexpr std::size_t kMaxProseBytes = 1 << 20;

std::vector<Item> scan_pieces(std::string_view normalised, const Lexicon& lexicon,
                              bool exclusion = false);

}  // namespace eligo::grammar::prose
