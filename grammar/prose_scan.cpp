// Prose stage 2 driver (see prose_scan.hpp): the control class that keeps the recorded
// items consistent with backtracking (a failed rule drops what it pushed), the leaf
// matchers behind prose_rules.hpp, and the parse call.
#include "grammar/prose_scan.hpp"

#include <array>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "grammar/prose_actions_history.hpp"
#include "grammar/prose_actions_pairs.hpp"

namespace eligo::grammar::prose {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Marks: every rule remembers how many items existed when it started; on failure the
// items it pushed are dropped, so only the successful path leaves tokens behind.
//
// A terminal rule (no sub-rules) without an action cannot push anything, so it needs
// no mark: its control is disabled, which makes the scan several times faster.
template <typename Rule>
struct scan_control : tao::pegtl::normal<Rule> {
  static constexpr bool enable =
      !std::is_same_v<typename Rule::subs_t, tao::pegtl::empty_list> ||
      !std::is_base_of_v<tao::pegtl::nothing<Rule>, grammar::action<Rule>>;
  template <typename Input>
  static void start(const Input& /*in*/, ScanState& s) {
    s.marks.push_back(s.items.size());
  }
  template <typename Input>
  static void success(const Input& /*in*/, ScanState& s) {
    s.marks.pop_back();
  }
  template <typename Input>
  static void failure(const Input& /*in*/, ScanState& s) {
    s.items.erase(s.items.begin() + static_cast<std::ptrdiff_t>(s.marks.back()), s.items.end());
    s.marks.pop_back();
  }
};

// parse_unit, remembered: the scan asks about the same few words many times.
const Result<Unit>& parse_unit_cached(std::string_view text) {
  thread_local std::unordered_map<std::string, Result<Unit>> cache;
  if (cache.size() > 4096) cache.clear();
  const std::string key(text);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, parse_unit(text)).first;
  return it->second;
}

enum class Atom { none, slash, per, power, number, word };

// The unit atom at p: its kind and end.
Atom unit_atom(std::string_view t, std::size_t p, std::size_t& end) {
  if (p >= t.size()) return Atom::none;
  const char c = t[p];
  if (c == '/') {
    end = p + 1;
    return Atom::slash;
  }
  if (match_phrase(t, p, "per") != 0) {
    end = p + 3;
    return Atom::per;
  }
  if (c == 'x' || c == 'X' || c == '*') {
    std::size_t q = p + 1;
    while (q < t.size() && t[q] == ' ') ++q;
    if (t.compare(q, 2, "10") == 0) {
      end = q;
      return Atom::power;
    }
    if (c == '*') return Atom::none;
  }
  if (is_digit(c)) {
    std::size_t q = p;
    while (q < t.size() && is_digit(t[q])) ++q;
    if (q + 1 < t.size() && t[q] == '.' && is_digit(t[q + 1])) {
      ++q;
      while (q < t.size() && is_digit(t[q])) ++q;
    }
    // An exponent: 10^9, 10e9, 10*9, 10**9, 10^-5.
    std::size_t r = q;
    if (r < t.size() && (t[r] == '^' || t[r] == 'e' || t[r] == 'E' || t[r] == '*')) {
      ++r;
      if (r < t.size() && t[r] == '*') ++r;
      if (r < t.size() && t[r] == '-') ++r;
      if (r < t.size() && is_digit(t[r])) {
        while (r < t.size() && is_digit(t[r])) ++r;
        q = r;
      }
    }
    end = q;
    return Atom::number;
  }
  if (c == '%') {
    end = p + 1;
    return Atom::word;
  }
  if (c == '{') {
    const std::size_t close = t.find('}', p);
    if (close == std::string_view::npos || close - p > 24) return Atom::none;
    end = close + 1;
    return Atom::word;
  }
  // "°C", "ºF": a degree sign and the letters of its scale.
  const bool degree = t.compare(p, 2, "\xC2\xB0") == 0 || t.compare(p, 2, "\xC2\xBA") == 0;
  if (degree && p + 2 < t.size() && is_letter(t[p + 2])) {
    std::size_t q = p + 2;
    while (q < t.size() && is_letter(t[q])) ++q;
    if (q < t.size() && is_word_byte(t[q])) return Atom::none;
    end = q;
    return Atom::word;
  }
  if (is_letter(c)) {
    std::size_t q = p;
    while (q < t.size() && is_letter(t[q])) ++q;
    if (q + 1 < t.size() && t[q] == '^' && is_digit(t[q + 1])) ++q;  // "mm^3"
    while (q < t.size() && is_digit(t[q])) ++q;
    if (q < t.size() && is_word_byte(t[q])) return Atom::none;  // not a plain word
    end = q;
    return Atom::word;
  }
  return Atom::none;
}

}  // namespace

std::size_t match_phrase(std::string_view t, std::size_t pos, std::string_view phrase) {
  std::size_t q = pos;
  for (const char pc : phrase) {
    if (pc == ' ') {
      const std::size_t start = q;
      while (q < t.size() && (t[q] == ' ' || t[q] == '\n')) ++q;
      if (q == start) return 0;
      continue;
    }
    if (q >= t.size() || lower_ascii(t[q]) != lower_ascii(pc)) return 0;
    ++q;
  }
  if (!phrase.empty() && is_word_byte(phrase.back()) && q < t.size() && is_word_byte(t[q]))
    return 0;
  return q - pos;
}

std::size_t match_unit(std::string_view t, std::size_t pos, TokUnit& out) {
  // "1-3 per physical exam", "per the investigator": "per" before a word that names who
  // or what decides, not a unit.
  for (std::string_view by : {"per physical", "per the", "per investigator", "per protocol",
                              "per local", "per institutional", "per physician"}) {
    if (match_phrase(t, pos, by) != 0) return 0;
  }
  std::vector<std::size_t> ends;
  bool unit_like = false;
  Atom prev = Atom::none;
  bool cubic = false;  // the word before was "cubic", "square" or "degree(s)": a unit word follows
  std::size_t p = pos;
  for (int n = 0; n < 10; ++n) {
    std::size_t q = p;
    while (q < t.size() && t[q] == ' ') ++q;
    const bool spaced = q > p;
    std::size_t end = q;
    const Atom atom = unit_atom(t, q, end);
    if (atom == Atom::none) break;
    if (n == 0 && spaced) break;
    // A unit starts with a number only when it is a power of ten ("10^9/L").
    if (n == 0 && atom == Atom::number &&
        t.substr(q, end - q).find_first_of("^eE*") == std::string_view::npos) {
      break;
    }
    // Two words make no unit, except "cubic millimeter", "square meter", "meter square".
    const auto is = [&](std::string_view w) {
      return atom == Atom::word && match_phrase(t, q, w) == end - q;
    };
    const bool power_after = prev == Atom::word && (is("square") || is("squared"));
    // "mm Hg": millimetres of mercury written as two words.
    const bool mercury =
        prev == Atom::word && is("Hg") && p - pos == 2 && match_phrase(t, pos, "mm") == 2;
    if (spaced) {
      const bool joins = prev == Atom::slash || prev == Atom::per || prev == Atom::power ||
                         atom == Atom::slash || atom == Atom::per ||
                         (prev == Atom::number && atom == Atom::word) || cubic || power_after ||
                         mercury;
      if (!joins) break;
    }
    if (atom == Atom::number && prev == Atom::word) break;  // "mg 24"
    if (atom == Atom::word && prev == Atom::word && !cubic && !power_after && !mercury) break;
    cubic = is("cubic") || is("degree") || is("degrees") || (is("square") && !power_after);
    p = end;
    prev = atom;
    if (atom == Atom::slash || atom == Atom::per || atom == Atom::power) {
      unit_like = true;
    } else {
      if (!cubic) ends.push_back(p);
      if (t[q] == '%') unit_like = true;
    }
  }
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    const std::string_view text = t.substr(pos, *it - pos);
    if (auto unit = parse_unit_cached(text)) {
      out.unit = *unit;
      out.written = std::string(text);
      return *it - pos;
    }
  }
  if (unit_like && !ends.empty()) {
    const std::string_view text = t.substr(pos, ends.back() - pos);
    out.written = std::string(text);
    out.error = parse_unit_cached(text).error();
    if (out.error.empty()) out.error = "unknown unit '" + out.written + "'";
    return ends.back() - pos;
  }
  return 0;
}

std::size_t match_roman(std::string_view t, std::size_t pos, double& value) {
  if (pos > 0 && is_word_byte(t[pos - 1])) return 0;
  std::size_t e = pos;
  while (e < t.size() && (t[e] == 'I' || t[e] == 'V' || t[e] == 'X')) ++e;
  if (e == pos || (e < t.size() && is_word_byte(t[e]))) return 0;
  static constexpr std::array<std::string_view, 10> kRoman = {"I",  "II",  "III",  "IV", "V",
                                                              "VI", "VII", "VIII", "IX", "X"};
  const std::string_view word = t.substr(pos, e - pos);
  for (std::size_t i = 0; i < kRoman.size(); ++i) {
    if (word == kRoman[i]) {
      value = static_cast<double>(i + 1);
      return e - pos;
    }
  }
  return 0;
}

namespace grammar {

bool event_in_context(std::string_view text, Pos pos) {
  static const std::unordered_set<std::string> kPurpose = {
      "treatment",   "therapy",     "drug",       "agent",        "medication", "regimen",
      "candidate",   "eligible",    "ineligible", "approved",     "indicated",  "vaccine",
      "vaccination", "prophylaxis", "test",       "testing",      "screening",  "screened",
      "risk",        "criteria",    "line",       "chemotherapy", "evaluated",  "considered",
      "referred",    "planned",     "scheduled"};
  static const std::unordered_set<std::string> kList = {"a",  "an",  "the", "any",
                                                        "or", "and", "nor"};
  // Walk back over the words before: "anti-HCV", "against HBV", "treatment for SMM",
  // "treatments for SMM or multiple myeloma" (but "positive for HIV" is HIV).
  std::size_t b = pos.begin;
  int others = 0;  // words passed that are not articles or connectives
  bool first = true;
  for (int guard = 0; guard < 8; ++guard) {
    std::size_t e = b;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == ',')) --e;
    if (first && e >= 5 && match_phrase(text, e - 5, "anti-") == 5) return false;
    std::size_t w = e;
    while (w > 0 && is_word_byte(text[w - 1])) --w;
    if (w == e) break;  // punctuation or the start
    const std::string word = stem(text.substr(w, e - w));
    if (first && !kList.count(word) && (word == "anti" || word == "against")) return false;
    if (word == "for") {
      std::size_t e2 = w;
      while (e2 > 0 && (text[e2 - 1] == ' ' || text[e2 - 1] == '\n')) --e2;
      std::size_t w2 = e2;
      while (w2 > 0 && is_word_byte(text[w2 - 1])) --w2;
      return !kPurpose.count(stem(text.substr(w2, e2 - w2)));
    }
    if (!kList.count(word)) {
      first = false;
      if (++others > 3) break;
    }
    b = w;
  }
  // The word after ("HIV-1 RNA": past a number).
  std::size_t a = pos.end;
  while (a < text.size() && (text[a] == ' ' || text[a] == '-')) ++a;
  if (a < text.size() && text[a] >= '0' && text[a] <= '9') {
    a = word_end(text, a);
    while (a < text.size() && text[a] == ' ') ++a;
  }
  if (is_word_start(text, a)) {
    static const std::unordered_set<std::string> kTests = {
        "dna",        "rna",          "antigen",     "antibody",  "antibodie", "serology",
        "load",       "pcr",          "test",        "testing",   "titer",     "titre",
        "status",     "vaccine",      "vaccination", "screening", "surface",   "core",
        "serostatus", "reactivation", "prophylaxis", "assay"};
    if (kTests.count(stem(text.substr(a, word_end(text, a) - a)))) return false;
  }
  return true;
}

}  // namespace grammar

std::vector<Item> scan_pieces(std::string_view normalised, const Lexicon& lexicon, bool exclusion) {
  ScanState state{normalised, lexicon, {}, {}, exclusion, {}};
  if (normalised.size() > kMaxProseBytes) return {};
  state.items.reserve(normalised.size() / 4 + 8);
  try {
    tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(normalised.data(),
                                                                 normalised.size(), "prose");
    tao::pegtl::parse<grammar::scan, grammar::action, scan_control>(in, state);
  } catch (const std::exception&) {
    return {};
  }
  return std::move(state.items);
}

}  // namespace eligo::grammar::prose
