// Readings a measure statement must not take; see statement_guards.hpp. The text is
// the normalised one: comparators in ASCII, "×" as "x".
#include "grammar/statement_guards.hpp"

#include <array>
#include <cctype>
#include <unordered_set>

#include "core/text.hpp"
#include "grammar/prose_lexicon.hpp"

namespace eligo::grammar::prose {
namespace {

// Nouns (and present-tense verbs) of change. Not "increased", "elevated", "reduced":
// those describe the state ("increased serum calcium > 11 mg/dL" is a value).
const std::unordered_set<std::string>& change_words() {
  static const std::unordered_set<std::string> kWords = {
      "change",    "changes",     "increase",  "increases",    "increment",   "decrease",
      "decreases", "reduction",   "rise",      "drop",         "fall",        "decline",
      "loss",      "gain",        "variation", "doubling",     "improvement", "worsening",
      "delta",     "fluctuation", "decrement", "deterioration"};
  return kWords;
}

// Words that may stand between a change and its measure: "increase in serum creatinine".
const std::unordered_set<std::string>& linking_words() {
  static const std::unordered_set<std::string> kWords = {"in",   "of",    "the", "serum", "plasma",
                                                         "body", "blood", "a",   "an",    "total"};
  return kWords;
}

}  // namespace

std::optional<std::string> change_of_measure(std::string_view text, Pos subject) {
  if (subject.end > text.size() || subject.begin > subject.end) return std::nullopt;
  // Before: up to three linking words, then a word of change.
  std::size_t at = subject.begin;
  for (int i = 0; i < 4; ++i) {
    std::size_t b = 0;
    const std::string w = to_lower_ascii(letters_before(text, at, b));
    if (w.empty()) break;
    if (change_words().count(w)) {
      return "'" + std::string(text.substr(b, at - b)) +
             "' is a change of the measure, not its value";
    }
    if (!linking_words().count(w)) break;
    at = b;
  }
  // After: "weight change", "weight loss of > 5%".
  std::size_t e = 0;
  const std::string w = to_lower_ascii(letters_after(text, subject.end, e));
  if (change_words().count(w) || w == "compared" || w == "relative") {
    return "'" + std::string(text.substr(subject.begin, e - subject.begin)) +
           "' is a change of the measure, not its value";
  }
  return std::nullopt;
}

std::optional<std::string> item_of_scale(std::string_view text, Pos subject) {
  if (subject.end > text.size() || subject.begin > subject.end) return std::nullopt;
  const auto is_item = [](const std::string& w) {
    return w == "item" || w == "items" || w == "question" || w == "questions";
  };
  // Before: "item G BDI", "question 3 of the ISI" (past a short label, "of", "the").
  std::size_t at = subject.begin;
  for (int i = 0; i < 4; ++i) {
    std::size_t q = at;
    while (q > 0 && text[q - 1] == ' ') --q;
    std::size_t b = q;
    while (b > 0 && std::isalnum(static_cast<unsigned char>(text[b - 1])) != 0) --b;
    if (b == q) break;
    const std::string w = to_lower_ascii(text.substr(b, q - b));
    if (is_item(w)) {
      return "'" + std::string(text.substr(b, subject.end - b)) + "' is one item of a scale";
    }
    if (!(w == "of" || w == "the" || q - b <= 2)) break;
    at = b;
  }
  // After: "PHQ-9 item 9".
  std::size_t e = 0;
  if (is_item(to_lower_ascii(letters_after(text, subject.end, e)))) {
    return "'" + std::string(text.substr(subject.begin, e - subject.begin)) +
           "' is one item of a scale";
  }
  return std::nullopt;
}

std::optional<std::string> not_a_quantity_after(std::string_view text, Pos number) {
  if (number.end > text.size() || number.begin > number.end) return std::nullopt;
  std::size_t p = number.end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p < text.size() && text[p] == '+') {
    return "'" + std::string(text.substr(number.begin, p + 1 - number.begin)) +
           "' is a grade, not a quantity";
  }
  std::size_t e = 0;
  std::string w = to_lower_ascii(letters_after(text, p, e));
  if (w == "fold") return "a multiple of a value the text does not give";
  if (w != "x" && w != "times") return std::nullopt;
  std::size_t e2 = 0;
  std::string next = to_lower_ascii(letters_after(text, e, e2));
  if (next == "the" || next == "their" || next == "its" || next == "his" || next == "her") {
    next = to_lower_ascii(letters_after(text, e2, e2));
  }
  static const std::array<std::string_view, 6> kBases = {"baseline", "nadir", "normal",
                                                         "upper",    "lower", "pre"};
  for (const auto base : kBases) {
    if (next.rfind(base, 0) == 0) {
      return "'" + std::string(text.substr(number.begin, e2 - number.begin)) +
             "' is a multiple of a value the record does not hold as such";
    }
  }
  return std::nullopt;
}

bool comparator_after(std::string_view text, Pos number) {
  if (number.end > text.size()) return false;
  std::size_t p = number.end;
  while (p < text.size() && text[p] == ' ') ++p;
  return p < text.size() && (text[p] == '<' || text[p] == '>' || text[p] == '=');
}

bool comparator_before(std::string_view text, Pos subject) {
  if (subject.begin > text.size()) return false;
  std::size_t e = subject.begin;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '(')) --e;
  if (e > 0 && (text[e - 1] == '<' || text[e - 1] == '>' || text[e - 1] == '=')) return true;
  std::size_t b = 0;
  const std::string w = to_lower_ascii(letters_before(text, e, b));
  if (w == "above" || w == "below" || w == "over" || w == "under" || w == "exceeding") {
    return true;
  }
  if (w != "than") return false;
  std::size_t b2 = 0;
  const std::string before = to_lower_ascii(letters_before(text, b, b2));
  return before == "higher" || before == "greater" || before == "more" || before == "less" ||
         before == "lower" || before == "worse" || before == "better" || before == "fewer";
}

std::string_view qtc_formula_named(std::string_view statement_text) {
  const std::string t = to_lower_ascii(statement_text);
  const bool fridericia =
      t.find("fridericia") != std::string::npos || t.find("friderica") != std::string::npos;
  const bool bazett = t.find("bazett") != std::string::npos;
  if (fridericia == bazett) return {};
  return fridericia ? "qtcf" : "qtcb";
}

}  // namespace eligo::grammar::prose
