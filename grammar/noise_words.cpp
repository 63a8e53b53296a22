// The noise-word list (see noise_words.hpp). Kept as data so the documentation and the
// tests read the same table the compiler uses.
#include "grammar/noise_words.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "core/text.hpp"

namespace eligo::grammar {
namespace {

constexpr std::string_view kArticles[] = {"a",     "an",   "the",  "any",   "all",   "each",
                                          "every", "this", "that", "these", "those", "their",
                                          "his",   "her",  "its",  "such",  "both",  "either",
                                          "same",  "they", "them", "it",    "whose"};

constexpr std::string_view kAuxiliaries[] = {
    "is",    "are",    "be",      "been",     "being",       "was",      "were",      "am",
    "has",   "have",   "had",     "having",   "must",        "should",   "shall",     "will",
    "would", "need",   "needs",   "required", "require",     "requires", "do",        "does",
    "did",   "who",    "which",   "whom",     "also",        "still",    "currently", "meet",
    "meets", "fulfil", "fulfill", "satisfy",  "demonstrate", "show"};

constexpr std::string_view kPeople[] = {
    "patient",    "patients",    "subject",    "subjects", "participant", "participants",
    "individual", "individuals", "person",     "persons",  "people",      "candidate",
    "candidates", "volunteer",   "volunteers", "case",     "cases",       "population"};

constexpr std::string_view kPrepositions[] = {
    "of",   "with", "in",    "on",     "at",    "by",        "for",     "to",
    "from", "as",   "per",   "into",   "via",   "upon",      "and",     "or",
    "nor",  "than", "while", "during", "using", "according", "whether", "then"};

constexpr std::string_view kFraming[] = {
    "following", "note",       "criteria",   "criterion", "defined",     "definition",
    "defines",   "laboratory", "lab",        "labs",      "value",       "values",
    "level",     "levels",     "result",     "results",   "measurement", "measurements",
    "parameter", "parameters", "serum",      "plasma",    "blood",       "detailed",
    "listed",    "determined", "assessed",   "measured",  "documented",  "confirmed",
    "eg",        "estimated",  "calculated", "ie",        "e.g.",        "i.e."};

constexpr std::string_view kEventFraming[] = {
    "known",     "history",   "prior",     "previous", "previously",   "evidence",
    "diagnosis", "diagnosed", "treatment", "treated",  "therapy",      "received",
    "receiving", "receipt",   "exposure",  "exposed",  "undergone",    "underwent",
    "presence",  "present",   "use",       "used",     "seropositive", "seropositivity"};

constexpr std::string_view kEnrolment[] = {"enroll", "enrol",     "enrollment", "enrolment",
                                           "entry",  "inclusion", "screening",  "baseline",
                                           "time",   "study",     "trial",      "protocol"};

constexpr std::array<NoiseGroup, 7> kGroups = {{
    {"articles, determiners and pronouns", kArticles},
    {"auxiliaries and relative words", kAuxiliaries},
    {"people", kPeople},
    {"prepositions and connectives", kPrepositions},
    {"framing of a measurable statement", kFraming},
    {"framing of an event (a diagnosis, therapy or procedure)", kEventFraming},
    {"enrolment and study framing", kEnrolment},
}};

// Lower case, without a final "'s".
std::string folded(std::string_view word) {
  std::string out = to_lower_ascii(word);
  if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.resize(out.size() - 2);
  return out;
}

const std::unordered_set<std::string>& table() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> all;
    for (const auto& group : kGroups) {
      for (auto w : group.words) all.emplace(w);
    }
    return all;
  }();
  return words;
}

}  // namespace

std::span<const NoiseGroup> noise_groups() { return kGroups; }

bool is_noise_word(std::string_view word) {
  const std::string w = folded(word);
  if (table().count(w)) return true;
  // A plural of a listed word: "studies", "levels".
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) {
    return table().count(w.substr(0, w.size() - 3) + "y") != 0;
  }
  return w.size() > 3 && w.back() == 's' && table().count(w.substr(0, w.size() - 1)) != 0;
}

}  // namespace eligo::grammar
