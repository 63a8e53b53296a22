// Prose lexicon: the vocabulary as the prose grammar sees it. Every id, name and synonym
// is cut into words and stemmed ("Platelets" → "platelet", "Gilbert's" → "gilbert"), so
// a mention in criteria text is found by a longest match over normalised words at run
// time; nothing in the grammar names an analyte. Short abbreviations with two or more
// capitals ("ANC", "eGFR", "ALL") match only as written, so "all" or "ast" in running
// text is never an analyte. Words and separators are those of the normalised text
// (prose_normalise.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/vocabulary.hpp"

namespace eligo::grammar::prose {

enum class TermKind { measure, event };

struct TermMatch {
  const VocabularyEntry* entry = nullptr;
  std::size_t end = 0;  // one past the mention (qualifiers and "(ABBR)" included)
  std::string key;      // the stemmed words of the name matched ("hepatitis b")
};

// Byte classes of the normalised text.
bool is_word_byte(char c);  // letters, digits, any non-ASCII byte
std::size_t word_end(std::string_view text, std::size_t pos);  // end of the word at pos
bool is_word_start(std::string_view text, std::size_t pos);
std::string stem(std::string_view word);  // lower case, "'s" and plural "s"/"ies" removed
// The letters right before `end` (past spaces; empty at punctuation), their start in
// `begin`; the letters right after `pos` (past spaces), their end in `end`.
std::string_view letters_before(std::string_view text, std::size_t end, std::size_t& begin);
std::string_view letters_after(std::string_view text, std::size_t pos, std::size_t& end);
// Length of `phrase` matched case-insensitively at text[pos], a space in the phrase
// matching any run of spaces (0 when it does not match). Defined in prose_scan.cpp.
std::size_t match_phrase(std::string_view text, std::size_t pos, std::string_view phrase);

class Lexicon {
 public:
  explicit Lexicon(const Vocabulary& vocabulary);

  // The longest vocabulary mention of `kind` starting at `pos` (a word start), with
  // leading qualifiers ("serum", "total", "absolute", ...), a trailing "(ABBR)" and
  // trailing qualifiers ("level", "count", ...; for events "infection", "therapy", ...).
  std::optional<TermMatch> match(std::string_view text, std::size_t pos, TermKind kind) const;

  // A "(ABBR)" at pos: an abbreviation (one token with a capital letter) or a synonym of
  // `entry`. Returns the end after ")" or pos when there is none.
  std::size_t abbreviation(std::string_view text, std::size_t pos,
                           const VocabularyEntry* entry) const;

  // "hepatitis B or C": the name `key` with its last word replaced by the word at pos,
  // when that is a name of the vocabulary too.
  std::optional<TermMatch> ellipsis(std::string_view text, std::size_t pos, const std::string& key,
                                    TermKind kind) const;

  // A word naming several measures together: "transaminases" and "liver enzymes" are
  // AST and ALT (all of them); "blasts in the bone marrow or peripheral blood" is either
  // compartment (`either` set). The measures (empty when none) and the end of the words
  // in `end`.
  std::vector<const VocabularyEntry*> group(std::string_view text, std::size_t pos,
                                            std::size_t& end, bool& either) const;

  // A condition named by a low value of one measure, used as that measure's name before
  // the bracket that defines it: "neutropenia (less than 1,000 /mm3)" is the ANC. The
  // measure (null when none) and the end of the word in `end`.
  const VocabularyEntry* named_by_value(std::string_view text, std::size_t pos,
                                        std::size_t& end) const;

  const Vocabulary& vocabulary() const { return vocabulary_; }
  // Well-known measures the grammar needs by role (null when the vocabulary lacks them).
  const VocabularyEntry* age() const { return age_; }

 private:
  struct Found {
    const VocabularyEntry* entry = nullptr;
    std::size_t end = 0;
    std::string key;
  };
  std::optional<Found> longest(std::string_view text, std::size_t pos, TermKind kind) const;
  // Past the trailing "(ABBR)", "(s)" and qualifiers of a mention ending at `end`.
  std::size_t extend(std::string_view text, std::size_t end, const VocabularyEntry* entry,
                     TermKind kind) const;
  void add(const std::string& written, const VocabularyEntry* entry);
  // Past "(AST, ALT)" after a group's name when every name in it is an abbreviation of
  // one of the members; `pos` when there is none.
  std::size_t members_in_brackets(std::string_view text, std::size_t pos,
                                  const std::vector<const VocabularyEntry*>& members) const;

  const Vocabulary& vocabulary_;
  std::unordered_map<std::string, std::vector<const VocabularyEntry*>> folded_;  // any case
  std::unordered_map<std::string, std::vector<const VocabularyEntry*>> exact_;   // abbreviations
  std::unordered_set<std::string> prefixes_;  // every word-prefix of a folded key
  std::size_t max_words_ = 1;
  const VocabularyEntry* age_ = nullptr;
};

}  // namespace eligo::grammar::prose
