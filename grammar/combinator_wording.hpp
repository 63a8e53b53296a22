// Wording that gives a criterion's text a structural role: how its sub-items combine
// ("any of the following", "at least 2 of the following", "both criteria must be met"),
// whether a paragraph reads as a note (a permission or exception, not a condition), and
// the registry's disclaimer. Plain string matching on a lowercased copy of the text,
// with markdown escapes, emphasis and the spellings of >= (≥, â‰¥, \>=) normalised.
#pragma once

#include <cstddef>
#include <string_view>

#include "grammar/document.hpp"

namespace eligo::grammar {

struct CombinatorWording {
  bool found = false;
  Combine combine = Combine::none;
  unsigned k = 0;                  // at_least: k; any: 1
  bool negated = false;            // "none of the following", "must not have any of the following"
  bool plain = false;              // only "the following"/"below": the section decides (see below)
  std::size_t begin = 0, end = 0;  // byte range of the wording in the text
};

// Finds the first combinator wording in `text`. Plain "the following" or "listed below"
// means all under inclusion and any under exclusion.
CombinatorWording find_combinator_wording(std::string_view text, Section section);

// The number of items the wording fixes: 2 for "both of"/"either of", else 0.
unsigned stated_item_count(std::string_view text);

// The text ends in ':' (ignoring emphasis and blanks): a lead-in to sub-items.
bool ends_as_lead_in(std::string_view text);

// Reads as a note rather than a condition: "... are eligible", "is permitted",
// "will be evaluated", "should continue".
bool reads_as_note(std::string_view text);

// Opens a note on the criterion above rather than a criterion of its own: an exception
// ("However, ...", "Except ...", "Exception:") or a label ("Note: ...", "Of note: ...").
bool opens_note(std::string_view text);

// ClinicalTrials.gov's closing disclaimer ("The above information is not intended to
// contain all considerations relevant to a potential participation in a clinical trial.").
bool is_registry_disclaimer(std::string_view text);

}  // namespace eligo::grammar
