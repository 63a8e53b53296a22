// See event_mentions.hpp. Each check looks at a few words around the mention, inside
// its clause (punctuation ends the walk back).
#include "grammar/event_mentions.hpp"

#include <string>
#include <unordered_set>
#include <vector>

#include "grammar/prose_lexicon.hpp"

namespace eligo::grammar::prose {
namespace {

// Up to `n` words before `at`, nearest first, stemmed; stops at punctuation.
std::vector<std::string> words_before(std::string_view text, std::size_t at, int n) {
  std::vector<std::string> out;
  std::size_t b = at;
  while (static_cast<int>(out.size()) < n) {
    std::size_t e = b;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    std::size_t w = e;
    while (w > 0 && (is_word_byte(text[w - 1]) || text[w - 1] == '-')) --w;
    if (w == e) break;
    out.push_back(stem(text.substr(w, e - w)));
    b = w;
  }
  return out;
}

std::string next_word(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '-')) ++at;
  if (!is_word_start(text, at)) return {};
  return stem(text.substr(at, word_end(text, at) - at));
}

// "ER+/PR+", "PR-negative", "ER/PR positive": the progesterone receptor.
bool progesterone_receptor(std::string_view text, Pos pos) {
  if (text.substr(pos.begin, pos.end - pos.begin) != "PR") return false;
  const char after = pos.end < text.size() ? text[pos.end] : ' ';
  const char before = pos.begin > 0 ? text[pos.begin - 1] : ' ';
  if (after == '+' || after == '/' || before == '/') return true;
  static const std::unordered_set<std::string> kReceptor = {
      "positive", "negative", "status", "expression", "receptor", "neg", "pos"};
  return kReceptor.count(next_word(text, pos.end)) > 0;
}

// The study's own product: "the investigational agent", "dose of investigational
// agent", "non-investigational medicinal products".
bool study_product(std::string_view text, Pos pos) {
  if (pos.begin >= 4 && stem(text.substr(pos.begin - 4, 3)) == "non" &&
      text[pos.begin - 1] == '-') {
    return true;
  }
  const auto before = words_before(text, pos.begin, 2);
  if (before.empty()) return false;
  if (before[0] == "the" || before[0] == "this" || before[0] == "study") return true;
  return before[0] == "of" && before.size() > 1 &&
         (before[1] == "dose" || before[1] == "administration" || before[1] == "initiation");
}

// "X requiring steroids", "hypersensitivity to ... excipients in X".
bool not_received(std::string_view text, Pos pos) {
  static const std::unordered_set<std::string> kRequired = {
      "requiring", "required", "require", "requires", "need", "needing", "needed"};
  static const std::unordered_set<std::string> kReaction = {
      "hypersensitivity", "allergy",          "allergic",   "intolerance",
      "intolerant",       "contraindication", "ingredient", "excipient",
      "component",        "contraindicated",  "adverse"};
  static const std::unordered_set<std::string> kPatient = {
      "patient", "subject", "participant", "who", "currently", "individual", "person"};
  const auto before = words_before(text, pos.begin, 6);
  for (std::size_t k = 0; k < before.size(); ++k) {
    if (kReaction.count(before[k])) return true;
    // "infection requiring IV antibiotics", but "patients requiring steroids" is theirs.
    if (k < 3 && kRequired.count(before[k])) {
      return k + 1 < before.size() && !kPatient.count(before[k + 1]);
    }
  }
  return false;
}

// "(2 weeks for palliative radiotherapy)", "5 half-lives of investigational product":
// another window for an event named before, not a further requirement.
bool window_for(std::string_view text, Pos pos) {
  static const std::unordered_set<std::string> kUnits = {"day", "week", "month", "year"};
  static const std::unordered_set<std::string> kHalfLives = {"half-live", "half-life", "half-lives",
                                                             "halflive"};
  const auto before = words_before(text, pos.begin, 5);
  for (std::size_t k = 0; k < before.size() && k < 4; ++k) {
    if (kHalfLives.count(before[k])) return true;
  }
  for (std::size_t k = 0; k < before.size() && k < 3; ++k) {
    if (before[k] == "for") return k + 1 < before.size() && kUnits.count(before[k + 1]) > 0;
  }
  return false;
}

// An abbreviation that names a rating scale here: "PCL scores above 30", "PCL-5" (the
// PTSD Checklist, not plasma cell leukemia).
bool scale_abbreviation(std::string_view text, Pos pos) {
  const std::string_view written = text.substr(pos.begin, pos.end - pos.begin);
  if (written.rfind("PCL-", 0) == 0) return true;  // the PTSD Checklist, PCL-5
  for (const char ch : written) {
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) return false;
  }
  static const std::unordered_set<std::string> kScale = {
      "score", "scale", "questionnaire", "checklist", "inventory", "total", "subscale"};
  return kScale.count(next_word(text, pos.end)) > 0;
}

// "CLL/SLL/RT", "patients with RT" in a criterion about CLL: Richter's transformation,
// not radiotherapy (which the criterion would then spell out).
bool richter(std::string_view text, Pos pos) {
  if (text.substr(pos.begin, pos.end - pos.begin) != "RT") return false;
  return text.find("CLL") != std::string_view::npos ||
         text.find("Richter") != std::string_view::npos;
}

// "transfusion independent", "steroid-free", "ASCT-naive", "independent of transfusions",
// "free from steroids", "naive to lenalidomide", "non-diabetic", "anti-epileptic": freedom
// from the event, or something else than the event.
bool freedom_from(std::string_view text, Pos pos) {
  // "non-diabetic", "pre-diabetic", "anti-epileptic drugs": not the condition.
  for (const std::string_view prefix :
       {"non-", "non ", "pre-", "anti-", "anti ", "Non-", "Non ", "Pre-", "Anti-", "Anti "}) {
    if (pos.begin >= prefix.size() &&
        text.substr(pos.begin - prefix.size(), prefix.size()) == prefix &&
        (pos.begin == prefix.size() || !is_word_byte(text[pos.begin - prefix.size() - 1]))) {
      return true;
    }
  }
  static const std::unordered_set<std::string> kFree = {"independent", "independence", "free",
                                                        "naive"};
  if (kFree.count(next_word(text, pos.end))) return true;
  // "with or without hysterectomy": either way, so not the event.
  const auto three = words_before(text, pos.begin, 3);
  if (three.size() == 3 && three[0] == "without" && three[1] == "or" && three[2] == "with") {
    return true;
  }
  const auto before = words_before(text, pos.begin, 2);
  return before.size() == 2 && (before[0] == "of" || before[0] == "from" || before[0] == "to") &&
         kFree.count(before[1]) > 0;
}

}  // namespace

bool mentioned_in_passing(std::string_view text, Pos pos, std::span<const Item> tokens) {
  bool treatment = false, investigational = false, response = false;
  for (const auto& item : tokens) {
    const auto* e = as<TokEvent>(item);
    if (!e || !e->entry) continue;
    treatment |= e->entry->kind == ItemKind::therapy || e->entry->kind == ItemKind::procedure;
    investigational |= e->entry->id == "investigational_agent";
    response |= e->entry->id == "partial_response";
  }
  if (response && progesterone_receptor(text, pos)) return true;
  if (scale_abbreviation(text, pos) || richter(text, pos) || freedom_from(text, pos)) return true;
  if (investigational && study_product(text, pos)) return true;
  return treatment && (not_received(text, pos) || window_for(text, pos));
}

}  // namespace eligo::grammar::prose
