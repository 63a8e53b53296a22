// See needs_person.hpp: a word list, matched on stemmed words.
#include "grammar/needs_person.hpp"

#include <string>
#include <unordered_set>

#include "grammar/prose_lexicon.hpp"

namespace eligo::prose {

bool needs_a_person(std::string_view text) {
  static const std::unordered_set<std::string> kWords = {
      "consent",    "willing",    "willingness", "able",       "ability",   "capable",
      "comply",     "compliance", "complying",   "agree",      "agreement", "investigator",
      "judgment",   "judgement",  "opinion",     "discretion", "deemed",    "physician",
      "understand", "cooperate",  "adhere",      "adherence",  "motivated", "sign",
      "signed",     "signing",    "designee",    "unwilling",  "unable",    "refuse"};
  for (std::size_t p = 0; p < text.size();) {
    if (is_word_start(text, p)) {
      const std::size_t e = word_end(text, p);
      if (kWords.count(stem(text.substr(p, e - p)))) return true;
      p = e;
    } else {
      ++p;
    }
  }
  return false;
}

std::string_view manual_reason(std::string_view text) {
  return needs_a_person(text) ? "needs a person" : "not understood";
}

}  // namespace eligo::prose
