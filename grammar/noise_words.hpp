// The documented list of words that carry no condition in registry criteria text:
// articles, auxiliaries, people nouns ("patients", "subjects"), connectives, and the
// qualifiers that only frame a measurable statement ("serum", "level", "the following",
// "history of", "known"). The prose compiler counts these as covered, so a criterion is
// `full` when every other word belongs to a compiled statement. Words that can change
// a condition ("no", "not", "except", "if", "only", "other", "within", "active") are
// never noise. docs/prose.md prints this list.
#pragma once

#include <span>
#include <string_view>

namespace eligo::grammar {

struct NoiseGroup {
  std::string_view name;                    // "articles and determiners", ...
  std::span<const std::string_view> words;  // lower case
};

// The groups, in documentation order.
std::span<const NoiseGroup> noise_groups();

// True when `word` (any case; a trailing "'s" is ignored) is in one of the groups.
bool is_noise_word(std::string_view word);

}  // namespace eligo::grammar
