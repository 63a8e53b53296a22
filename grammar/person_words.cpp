// The words of criteria that need a person; see person_words.hpp. Words are compared
// after prose::stem (lower case, plural "s" removed), one class a row.
#include "grammar/person_words.hpp"

#include <string>
#include <unordered_set>

#include "grammar/prose_lexicon.hpp"

namespace eligo::grammar {
namespace {

const std::unordered_set<std::string>& person_words() {
  static const std::unordered_set<std::string> kWords = {
      // consent, willingness, ability to take part
      "consent", "willing", "willingness", "able", "ability", "capable", "comply", "compliance",
      "complying", "agree", "agreement", "understand", "cooperate", "adhere", "adherence",
      "motivated", "sign", "signed", "signing", "unwilling", "unable", "refuse",
      // an investigator's or physician's judgement
      "investigator", "judgment", "judgement", "opinion", "discretion", "deemed", "physician",
      "designee",
      // language and literacy
      "english", "french", "spanish", "italian", "german", "language", "literate", "literacy",
      "illiterate", "fluent", "fluently", "fluency", "proficiency", "proficient", "speak",
      "speaking",
      // devices and access the study needs
      "smartphone", "phone", "mobile", "internet", "email", "wifi", "computer", "technology",
      "telecommunication",
      // the person's circumstances, known to the site, not to the record
      "insurance", "insured", "guardian", "guardianship", "custody", "incarcerated", "prisoner",
      "detained", "homeless", "residence", "reside", "resident", "relocate", "travel",
      "transportation", "employee",
      // taking part in other research
      "participate", "participating", "participation", "participated", "enrolled",
      // giving blood or tissue to others
      "donate", "donated", "donation", "donor"};
  return kWords;
}

}  // namespace

bool needs_a_person(std::string_view normalised) {
  const auto& words = person_words();
  for (std::size_t p = 0; p < normalised.size();) {
    if (prose::is_word_start(normalised, p)) {
      const std::size_t e = prose::word_end(normalised, p);
      if (words.count(prose::stem(normalised.substr(p, e - p)))) return true;
      p = e;
    } else {
      ++p;
    }
  }
  return false;
}

}  // namespace eligo::grammar
