// Vital signs written as "RR" and "HR" (vital_abbreviations.hpp).
#include "grammar/vital_abbreviations.hpp"

#include <array>

#include "core/text.hpp"

namespace eligo::grammar::prose {
namespace {

struct Abbreviation {
  std::string_view written;
  std::string_view id;
};
constexpr std::array<Abbreviation, 2> kAbbreviations = {{
    {"RR", "respiratory_rate"},
    {"HR", "heart_rate"},
}};

// Words that make the criterion one about vital signs.
constexpr std::array<std::string_view, 19> kVitalContext = {"oxygen saturation",
                                                            "spo2",
                                                            "sao2",
                                                            "pulse oximetry",
                                                            "temperature",
                                                            "blood pressure",
                                                            "vital sign",
                                                            "breaths",
                                                            "beats",
                                                            "bpm",
                                                            "/min",
                                                            "per minute",
                                                            "respiratory",
                                                            "heart rate",
                                                            "tachycardia",
                                                            "tachypnea",
                                                            "pneumonia",
                                                            "sbp",
                                                            "mmhg"};
// Other meanings of the letters; any of them in the criterion and they name nothing.
constexpr std::array<std::string_view, 12> kOtherMeanings = {
    "hazard",   "relative risk", "risk ratio", "rate ratio", "odds ratio", "respon",
    "ratio of", "receptor",      "hormone",    "remission",  "relapse",    "recurrence"};

bool mentions(std::string_view lower, std::string_view word) {
  return lower.find(word) != std::string_view::npos;
}

}  // namespace

const VocabularyEntry* vital_abbreviation(const Lexicon& lexicon, std::string_view text,
                                          std::size_t pos, std::size_t& end) {
  if (pos + 2 > text.size()) return nullptr;
  const Abbreviation* found = nullptr;
  for (const auto& a : kAbbreviations) {
    if (text.substr(pos, 2) == a.written) found = &a;
  }
  if (!found || word_end(text, pos) != pos + 2) return nullptr;
  // A comparator right after: "RR <20", "HR >= 90" (normalised to ASCII).
  std::size_t next = pos + 2;
  while (next < text.size() && (text[next] == ' ' || text[next] == '\n')) ++next;
  if (next >= text.size() || (text[next] != '<' && text[next] != '>' && text[next] != '=')) {
    return nullptr;
  }
  const std::string lower = to_lower_ascii(text);
  bool vital = false;
  for (const auto w : kVitalContext) vital |= mentions(lower, w);
  if (!vital) return nullptr;
  for (const auto w : kOtherMeanings) {
    if (mentions(lower, w)) return nullptr;
  }
  const auto* e = lexicon.vocabulary().find(found->id);
  if (e) end = pos + 2;
  return e;
}

}  // namespace eligo::grammar::prose
