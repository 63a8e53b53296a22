// Prose lexicon (see prose_lexicon.hpp): keys are stemmed words joined by " " (space or
// hyphen in the text) or "/" (a slash in the text). A match reads at most as many words
// as the longest key and stops as soon as the words read are no key's prefix.
#include "grammar/prose_lexicon.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"
#include "grammar/prose_normalise.hpp"

namespace eligo::grammar::prose {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }

bool fits(const VocabularyEntry* e, TermKind kind) {
  switch (e->kind) {
    case ItemKind::measure:
    case ItemKind::demographic: return kind == TermKind::measure;
    case ItemKind::condition:
    case ItemKind::therapy:
    case ItemKind::procedure: return kind == TermKind::event;
  }
  return false;
}

const VocabularyEntry* pick(const std::vector<const VocabularyEntry*>& entries, TermKind kind) {
  for (const auto* e : entries) {
    if (fits(e, kind)) return e;
  }
  return nullptr;
}

// Words that may stand before a measure without changing it.
bool is_measure_prefix(std::string_view w) {
  static const std::unordered_set<std::string> k = {
      "serum",      "blood",    "plasma",    "absolute", "total",     "peripheral",
      "calculated", "measured", "estimated", "baseline", "screening", "circulating"};
  return k.count(stem(w)) != 0;
}

// Words that may follow a mention without changing it.
bool is_suffix(std::string_view w, TermKind kind) {
  // "Mini-Mental State Exam Score (MMSE)": a score's own word may stand before its
  // abbreviation, which then still names the same measure.
  static const std::unordered_set<std::string> measure = {"level",         "count",  "value",
                                                          "concentration", "result", "measurement",
                                                          "score",         "scale",  "test"};
  static const std::unordered_set<std::string> event = {
      "infection", "disease", "syndrome", "therapy",    "treatment", "use",   "exposure",
      "regimen",   "history", "based",    "containing", "diagnosis", "virus", "viral"};
  return (kind == TermKind::measure ? measure : event).count(stem(w)) != 0;
}

// The exact form of an abbreviation: a plural "s" after a capital is dropped ("ANCs").
std::string exact_form(std::string_view w) {
  if (w.size() > 2 && w.back() == 's' && is_upper(w[w.size() - 2])) w.remove_suffix(1);
  return std::string(w);
}

// Abbreviations match only as written: "ANC", "eGFR", and any synonym of one or two
// letters ("K", "Mg", "Hb"), so the unit "mg" or the word "all" is never an analyte.
bool is_abbreviation(std::string_view w) {
  if (w.find(' ') != std::string_view::npos) return false;
  return (std::count_if(w.begin(), w.end(), is_upper) >= 2 && w.size() <= 8) || w.size() <= 2;
}

// Skips the separator between two words of a mention; returns the position of the next
// word (or npos) and sets `sep` to ' ' or '/'.
std::size_t skip_separator(std::string_view text, std::size_t p, char& sep) {
  sep = ' ';
  bool seen = false;
  while (p < text.size()) {
    const char c = text[p];
    if (c == ' ' || c == '\n') {
      ++p;
    } else if ((c == '-' || c == ':') && !seen) {
      ++p;
    } else if (c == '/' && sep == ' ') {
      sep = '/';
      ++p;
    } else {
      break;
    }
    seen = true;
  }
  return seen ? p : std::string_view::npos;
}

std::vector<std::pair<char, std::string>> words_of(std::string_view s) {
  std::vector<std::pair<char, std::string>> out;
  std::size_t p = 0;
  char sep = ' ';
  while (p < s.size()) {
    if (is_word_start(s, p)) {
      const std::size_t e = word_end(s, p);
      out.emplace_back(sep, std::string(s.substr(p, e - p)));
      sep = ' ';
      p = e;
    } else {
      if (s[p] == '/') sep = '/';
      ++p;
    }
  }
  return out;
}

std::string folded_key(std::string_view s) {
  std::string key;
  for (const auto& [sep, w] : words_of(s)) {
    if (!key.empty()) key.push_back(sep);
    key += stem(w);
  }
  return key;
}

}  // namespace

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= '0' && c <= '9') || is_alpha(c) || u >= 0x80;
}

bool is_word_start(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_word_byte(text[pos]) && (pos == 0 || !is_word_byte(text[pos - 1]));
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p < text.size()) {
    if (is_word_byte(text[p])) {
      ++p;
    } else if (text[p] == '\'' && p + 1 < text.size() && is_alpha(text[p + 1]) && p > pos) {
      ++p;  // "Gilbert's", "Crohn's"
    } else {
      break;
    }
  }
  return p;
}

std::string stem(std::string_view word) {
  std::string w;
  w.reserve(word.size());
  for (char c : word) w.push_back(lower_ascii(c));
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  if (!w.empty() && w.back() == '\'') w.pop_back();
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) {
    w.replace(w.size() - 3, 3, "y");
  } else if (w.size() > 3 && w.back() == 's') {
    const char before = w[w.size() - 2];
    if (before != 's' && before != 'u' && before != 'i') w.pop_back();
  }
  return w;
}

namespace {
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

std::string_view letters_before(std::string_view text, std::size_t end, std::size_t& begin) {
  std::size_t e = std::min(end, text.size());
  while (e > 0 && text[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && is_ascii_letter(text[b - 1])) --b;
  begin = b;
  return text.substr(b, e - b);
}

std::string_view letters_after(std::string_view text, std::size_t pos, std::size_t& end) {
  std::size_t b = std::min(pos, text.size());
  while (b < text.size() && text[b] == ' ') ++b;
  std::size_t e = b;
  while (e < text.size() && is_ascii_letter(text[e])) ++e;
  end = e;
  return text.substr(b, e - b);
}

Lexicon::Lexicon(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {
  for (const auto& entry : vocabulary.entries()) {
    std::string id = entry.id;
    std::replace(id.begin(), id.end(), '_', ' ');
    add(id, &entry);
    if (!entry.name.empty()) add(entry.name, &entry);
    for (const auto& synonym : entry.synonyms) add(synonym, &entry);
  }
  age_ = vocabulary.find_name("age");
  if (age_ && age_->kind != ItemKind::measure && age_->kind != ItemKind::demographic) {
    age_ = nullptr;
  }
}

void Lexicon::add(const std::string& written, const VocabularyEntry* entry) {
  const std::string text = normalise(written).text;
  const auto words = words_of(text);
  if (words.empty()) return;
  if (words.size() == 1 && is_abbreviation(words.front().second)) {
    auto& list = exact_[exact_form(words.front().second)];
    if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
    return;
  }
  std::string key;
  for (const auto& [sep, w] : words) {
    if (!key.empty()) key.push_back(sep);
    key += stem(w);
    prefixes_.insert(key);
  }
  auto& list = folded_[key];
  if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
  max_words_ = std::max(max_words_, words.size());
}

std::optional<Lexicon::Found> Lexicon::longest(std::string_view text, std::size_t pos,
                                               TermKind kind) const {
  std::optional<Found> best;
  std::string key;
  std::size_t p = pos;
  for (std::size_t n = 0; n < max_words_ && is_word_start(text, p); ++n) {
    const std::size_t we = word_end(text, p);
    const std::string_view w = text.substr(p, we - p);
    if (n == 0) {
      if (auto it = exact_.find(exact_form(w)); it != exact_.end()) {
        if (const auto* e = pick(it->second, kind)) best = Found{e, we, exact_form(w)};
      }
    }
    key += stem(w);
    if (auto it = folded_.find(key); it != folded_.end()) {
      if (const auto* e = pick(it->second, kind)) best = Found{e, we, key};
    }
    if (!prefixes_.count(key)) break;
    char sep = ' ';
    std::size_t q = skip_separator(text, we, sep);
    if (q == std::string_view::npos) break;
    // "Eastern Cooperative Oncology Group (ECOG) Performance Status": skip the "(ECOG)".
    if (q < text.size() && (text[q] == '(' || text[q] == '[') && sep == ' ') {
      const std::size_t a = abbreviation(text, q, nullptr);
      if (a == q) break;
      // "Eastern Cooperative Oncology Group (ECOG) score": the words begin a name and the
      // abbreviation names the item.
      std::string_view inner = text.substr(q + 1, a - q - 2);
      while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
      while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
      if (const auto it = exact_.find(exact_form(inner)); it != exact_.end()) {
        const auto* e = pick(it->second, kind);
        if (e && (!best || best->entry == e)) best = Found{e, a, best ? best->key : key};
      }
      q = skip_separator(text, a, sep);
      if (q == std::string_view::npos) break;
    }
    key.push_back(sep);
    // "involved:uninvolved serum free light chain ratio": a qualifier inside a name.
    if (is_word_start(text, q)) {
      const std::size_t qe = word_end(text, q);
      const std::string qualifier = stem(text.substr(q, qe - q));
      if ((qualifier == "serum" || qualifier == "plasma" || qualifier == "blood" ||
           qualifier == "the") &&
          !prefixes_.count(key + qualifier)) {
        char ignored = ' ';
        const std::size_t r = skip_separator(text, qe, ignored);
        if (r != std::string_view::npos && is_word_start(text, r)) q = r;
      }
    }
    p = q;
  }
  return best;
}

std::size_t Lexicon::abbreviation(std::string_view text, std::size_t pos,
                                  const VocabularyEntry* entry) const {
  // "(ANC)" or, as some registries write it, "[ANC]".
  if (pos >= text.size() || (text[pos] != '(' && text[pos] != '[')) return pos;
  const char closing = text[pos] == '(' ? ')' : ']';
  const std::size_t close = text.substr(0, std::min(text.size(), pos + 62)).find(closing, pos);
  if (close == std::string_view::npos) return pos;
  std::string_view inner = text.substr(pos + 1, close - pos - 1);
  if (inner.find_first_of("([") != std::string_view::npos) return pos;
  while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
  while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
  if (inner.empty()) return pos;
  if (entry) {
    if (auto it = exact_.find(exact_form(inner)); it != exact_.end()) {
      if (std::find(it->second.begin(), it->second.end(), entry) != it->second.end()) {
        return close + 1;
      }
    }
    if (auto it = folded_.find(folded_key(inner)); it != folded_.end()) {
      if (std::find(it->second.begin(), it->second.end(), entry) != it->second.end()) {
        return close + 1;
      }
    }
  }
  // An abbreviation of a measure is not another name of an event: "CHF (NYHA) class III".
  if (entry && entry->kind != ItemKind::measure) {
    if (auto it = exact_.find(exact_form(inner)); it != exact_.end()) {
      for (const auto* other : it->second) {
        if (other != entry && other->kind == ItemKind::measure) return pos;
      }
    }
  }
  // One to three tokens, each with a capital letter, none starting with a digit.
  const auto words = words_of(inner);
  if (words.empty() || words.size() > 3 || inner.size() > 16) return pos;
  for (const auto& [sep, w] : words) {
    if (w.empty() || !is_alpha(w.front())) return pos;
    if (std::none_of(w.begin(), w.end(), is_upper)) return pos;
  }
  for (char c : inner) {
    if (!is_word_byte(c) && c != ' ' && c != '-' && c != '/' && c != '\'') return pos;
  }
  return close + 1;
}

std::size_t Lexicon::extend(std::string_view text, std::size_t end, const VocabularyEntry* entry,
                            TermKind kind) const {
  // "HIV-1": a type number written onto an event's name.
  if (kind == TermKind::event && end + 2 <= text.size() && text[end] == '-' &&
      text[end + 1] >= '1' && text[end + 1] <= '9' &&
      (end + 2 == text.size() || !is_word_byte(text[end + 2]))) {
    end += 2;
  }
  for (int guard = 0; guard < 4; ++guard) {
    std::size_t q = end;
    while (q < text.size() && text[q] == ' ') ++q;
    if (q < text.size() && (text[q] == '(' || text[q] == '[')) {
      if (text.compare(q, 3, "(s)") == 0) {
        end = q + 3;
        continue;
      }
      const std::size_t a = abbreviation(text, q, entry);
      if (a > q) {
        end = a;
        continue;
      }
      break;
    }
    if (q < text.size() && text[q] == '-') ++q;
    if (is_word_start(text, q) && is_suffix(text.substr(q, word_end(text, q) - q), kind)) {
      end = word_end(text, q);
      continue;
    }
    break;
  }
  return end;
}

std::optional<TermMatch> Lexicon::ellipsis(std::string_view text, std::size_t pos,
                                           const std::string& key, TermKind kind) const {
  const std::size_t last = key.rfind(' ');
  if (last == std::string::npos || !is_word_start(text, pos)) return std::nullopt;
  const std::size_t we = word_end(text, pos);
  if (we - pos > 3) return std::nullopt;  // "B or C", "1 or 2": a short distinguishing word
  const std::string replaced = key.substr(0, last + 1) + stem(text.substr(pos, we - pos));
  const auto it = folded_.find(replaced);
  if (it == folded_.end()) return std::nullopt;
  const auto* e = pick(it->second, kind);
  if (!e) return std::nullopt;
  return TermMatch{e, extend(text, we, e, kind), replaced};
}

std::optional<TermMatch> Lexicon::match(std::string_view text, std::size_t pos,
                                        TermKind kind) const {
  std::size_t p = pos;
  for (int attempt = 0; attempt < 3 && is_word_start(text, p); ++attempt) {
    if (auto found = longest(text, p, kind)) {
      return TermMatch{found->entry, extend(text, found->end, found->entry, kind),
                       std::move(found->key)};
    }
    if (kind != TermKind::measure) break;
    const std::size_t we = word_end(text, p);
    if (!is_measure_prefix(text.substr(p, we - p))) break;
    p = we;
    while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
  }
  return std::nullopt;
}

std::vector<const VocabularyEntry*> Lexicon::group(std::string_view text, std::size_t pos,
                                                   std::size_t& end, bool& either) const {
  struct Group {
    std::string_view words;
    std::array<std::string_view, 2> ids;
    bool either = false;  // one of the measures, not all of them
  };
  static constexpr std::array<std::string_view, 2> kBlasts = {"blasts_marrow_percent",
                                                              "blasts_blood_percent"};
  static constexpr Group kGroups[] = {
      {"transaminases", {"ast", "alt"}},
      {"transaminase", {"ast", "alt"}},
      {"aminotransferases", {"ast", "alt"}},
      {"liver transaminases", {"ast", "alt"}},
      {"hepatic transaminases", {"ast", "alt"}},
      {"serum transaminases", {"ast", "alt"}},
      {"liver enzymes", {"ast", "alt"}},
      {"liver enzyme", {"ast", "alt"}},
      {"hepatic enzymes", {"ast", "alt"}},
      {"hepatic enzyme", {"ast", "alt"}},
      {"serum transaminase", {"ast", "alt"}},
      // A blast count in either compartment: "... or peripheral blood", "... and/or blood".
      {"blasts in the bone marrow or peripheral blood", kBlasts, true},
      {"blasts in the bone marrow and/or peripheral blood", kBlasts, true},
      {"blasts in the bone marrow (BM) or peripheral blood", kBlasts, true},
      {"blasts in the bone marrow (BM) or peripheral blood (PB)", kBlasts, true},
      {"blasts in the bone marrow or blood", kBlasts, true},
      {"blasts in the bone marrow and/or blood", kBlasts, true},
      {"blasts in bone marrow or peripheral blood", kBlasts, true},
      {"blasts in bone marrow and/or peripheral blood", kBlasts, true},
      {"blasts in the blood or bone marrow", kBlasts, true},
      {"blasts in blood or bone marrow", kBlasts, true},
      {"blasts in the peripheral blood or bone marrow", kBlasts, true},
      {"blasts in peripheral blood or bone marrow", kBlasts, true},
      {"blasts in peripheral blood (PB) or bone marrow (BM)", kBlasts, true},
      {"blasts in the peripheral blood and/or bone marrow", kBlasts, true},
      {"blasts in peripheral blood and/or bone marrow", kBlasts, true},
      {"blasts (blood or bone marrow)", kBlasts, true},
      {"blasts (bone marrow or peripheral blood)", kBlasts, true},
  };
  // Every group's name starts with one of these letters: most words need no look.
  if (pos >= text.size()) return {};
  const char first = static_cast<char>(text[pos] | 0x20);
  if (first != 't' && first != 'a' && first != 'l' && first != 'h' && first != 's' &&
      first != 'b') {
    return {};
  }
  std::size_t best = 0;
  const Group* found = nullptr;
  for (const auto& g : kGroups) {
    const std::size_t n = match_phrase(text, pos, g.words);
    if (n > best) best = n, found = &g;
  }
  std::vector<const VocabularyEntry*> out;
  if (!found) return out;
  either = found->either;
  for (const auto id : found->ids) {
    const auto* e = vocabulary_.find(id);
    if (!e) return {};
    out.push_back(e);
  }
  end = extend(text, pos + best, out.front(), TermKind::measure);
  end = members_in_brackets(text, end, out);
  return out;
}

const VocabularyEntry* Lexicon::named_by_value(std::string_view text, std::size_t pos,
                                               std::size_t& end) const {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"neutropenia", "anc"},
      {"leukopenia", "wbc"},
      {"leucopenia", "wbc"},
      {"lymphopenia", "lymphocytes"},
      {"lymphocytopenia", "lymphocytes"},
      {"thrombocytopenia", "platelets"},
      {"anemia", "hemoglobin"},
      {"anaemia", "hemoglobin"},
      // Vital signs named by a high value: "tachypnea (>= 20 per minute)", "fever (> 38 C)".
      {"tachypnea", "respiratory_rate"},
      {"tachypnoea", "respiratory_rate"},
      {"tachycardia", "heart_rate"},
      {"fever", "temperature"}};
  // Every name starts with one of these letters: most words need no look.
  if (pos >= text.size()) return nullptr;
  const char first = lower_ascii(text[pos]);
  if (first != 'n' && first != 'l' && first != 't' && first != 'a' && first != 'f') {
    return nullptr;
  }
  for (const auto& [name, id] : kNames) {
    const std::size_t n = match_phrase(text, pos, name);
    if (n == 0) continue;
    // A vital sign is a value of now: "history of fever (> 38 C)" or "an episode of
    // tachycardia" is a past event, not the latest temperature or heart rate.
    const bool vital = id == "respiratory_rate" || id == "heart_rate" || id == "temperature";
    if (vital) {
      const std::string before = to_lower_ascii(text.substr(0, pos));
      const std::string after =
          to_lower_ascii(text.substr(pos, std::min<std::size_t>(40, text.size() - pos)));
      for (std::string_view past : {"history", "episode", "prior", "previous", "past"}) {
        if (before.find(past) != std::string::npos || after.find(past) != std::string::npos) {
          return nullptr;
        }
      }
    }
    end = pos + n;
    return vocabulary_.find(id);
  }
  return nullptr;
}

std::size_t Lexicon::members_in_brackets(std::string_view text, std::size_t pos,
                                         const std::vector<const VocabularyEntry*>& members) const {
  std::size_t q = pos;
  while (q < text.size() && text[q] == ' ') ++q;
  if (q >= text.size() || (text[q] != '(' && text[q] != '[')) return pos;
  const std::size_t close = text.find(text[q] == '(' ? ')' : ']', q);
  if (close == std::string_view::npos || close - q > 40) return pos;
  // "(AST, ALT)", "(AST/ALT)", "(SGOT and SGPT)": each name one of the members.
  std::string_view inner = text.substr(q + 1, close - q - 1);
  std::size_t named = 0;
  for (std::size_t p = 0; p < inner.size();) {
    while (p < inner.size() && !is_word_byte(inner[p])) ++p;
    if (p >= inner.size()) break;
    const std::size_t e = word_end(inner, p);
    const std::string_view w = inner.substr(p, e - p);
    p = e;
    if (match_phrase(w, 0, "and") == w.size()) continue;
    bool member = false;
    for (const auto* m : members) {
      if (const auto it = exact_.find(exact_form(w)); it != exact_.end()) {
        member |= std::find(it->second.begin(), it->second.end(), m) != it->second.end();
      }
    }
    if (!member) return pos;
    ++named;
  }
  return named > 0 ? close + 1 : pos;
}

}  // namespace eligo::grammar::prose
