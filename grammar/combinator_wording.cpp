// Combinator and note wording: the text is cut into lowercase word tokens (with >=, :
// and ( ) as tokens of their own), and short token patterns are tried at each position,
// the specific ones (at least k, none, any, all) before the plain "the following".
// Only the first 64 KiB of a text are looked at: lead-in wording is never further in.
#include "grammar/combinator_wording.hpp"

#include <array>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace eligo::grammar {

namespace {

constexpr std::size_t kScanLimit = 64 * 1024;

struct Token {
  std::string text;
  std::size_t begin = 0, end = 0;
};

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Lowercase word tokens; ≥ â‰¥ \>= >= => become ">="; ':' '(' ')' ',' ';' are tokens;
// backslashes, emphasis and other bytes separate tokens.
std::vector<Token> tokenize(std::string_view text) {
  text = text.substr(0, kScanLimit);
  std::vector<Token> tokens;
  std::size_t i = 0;
  auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
  while (i < text.size()) {
    const char c = text[i];
    if (is_alnum(c)) {
      Token t;
      t.begin = i;
      while (i < text.size() && is_alnum(text[i])) {
        const char d = text[i++];
        t.text += lower_ascii(d);
      }
      t.end = i;
      tokens.push_back(std::move(t));
      continue;
    }
    std::size_t width = 0;
    if (starts("\xE2\x89\xA5"))
      width = 3;  // ≥
    else if (starts("\xC3\xA2\xE2\x80\xB0\xC2\xA5"))
      width = 7;  // â‰¥ (≥ read as Latin-1)
    else if (starts("\\>="))
      width = 3;
    else if (starts(">=") || starts("=>"))
      width = 2;
    if (width > 0) {
      tokens.push_back({">=", i, i + width});
      i += width;
      continue;
    }
    if (c == ':' || c == '(' || c == ')' || c == ',' || c == ';') {
      tokens.push_back({std::string(1, c), i, i + 1});
    }
    ++i;
  }
  return tokens;
}

// A count written as digits or a word from one to ten; 0 when it is not one.
unsigned count_of(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  for (std::size_t n = 0; n < kWords.size(); ++n) {
    if (word == kWords[n]) return static_cast<unsigned>(n + 1);
  }
  if (word.empty() || word.size() > 2) return 0;
  unsigned value = 0;
  for (const char c : word) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

struct Matcher {
  const std::vector<Token>& t;

  std::string_view at(std::size_t i) const {
    return i < t.size() ? std::string_view(t[i].text) : "";
  }
  // Tokens i, i+1, ... equal the words of `phrase` (separated by single spaces).
  bool words(std::size_t i, std::string_view phrase) const {
    while (!phrase.empty()) {
      const auto space = phrase.find(' ');
      if (at(i++) != phrase.substr(0, space)) return false;
      phrase = space == std::string_view::npos ? "" : phrase.substr(space + 1);
    }
    return true;
  }
  // One of the words that name a list within the next few tokens: "of the following".
  bool names_list(std::size_t i) const {
    static constexpr std::array<std::string_view, 9> kListWords = {
        "following",  "below",  "these", "criteria", "criterion",
        "conditions", "listed", "items", "features"};
    for (std::size_t j = i; j < i + 4 && j < t.size(); ++j) {
      for (const auto w : kListWords) {
        if (t[j].text == w) return true;
      }
    }
    return false;
  }
  bool negated_before(std::size_t i) const {
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < i; ++j) {
      if (t[j].text == "not" || t[j].text == "no" || t[j].text == "without" ||
          t[j].text == "never") {
        return true;
      }
    }
    return false;
  }
};

struct Hit {
  Combine combine = Combine::none;
  unsigned k = 0;
  bool negated = false;
  std::size_t length = 0;  // in tokens
};

// at least k of / k or more of / >= k of / any k of / k of the following.
Hit match_count(const Matcher& m, std::size_t i) {
  auto hit = [](unsigned k, std::size_t length) {
    return k <= 1 ? Hit{Combine::any, 1, false, length} : Hit{Combine::at_least, k, false, length};
  };
  unsigned k = 0;
  if (m.words(i, "at least") && (k = count_of(m.at(i + 2))) > 0 && m.at(i + 3) == "of") {
    return hit(k, 4);
  }
  if (m.words(i, "a minimum of") && (k = count_of(m.at(i + 3))) > 0 && m.at(i + 4) == "of") {
    return hit(k, 5);
  }
  if (m.at(i) == ">=" && (k = count_of(m.at(i + 1))) > 0 && m.at(i + 2) == "of") return hit(k, 3);
  if ((k = count_of(m.at(i))) > 0 && m.words(i + 1, "or more of")) return hit(k, 4);
  if (m.at(i) == "any" && (k = count_of(m.at(i + 1))) > 0 && m.at(i + 2) == "of") return hit(k, 3);
  if ((k = count_of(m.at(i))) > 0 && m.at(i + 1) == "of" && m.names_list(i + 2)) return hit(k, 2);
  return {};
}

Hit match_specific(const Matcher& m, std::size_t i) {
  if (Hit h = match_count(m, i); h.combine != Combine::none) return h;
  if (m.words(i, "none of") || m.words(i, "neither of")) return {Combine::any, 1, true, 2};
  if (m.words(i, "any of") && m.names_list(i + 2)) {
    return {Combine::any, 1, m.negated_before(i), 2};
  }
  if (m.words(i, "either of") || m.words(i, "either criterion") || m.words(i, "either condition")) {
    return {Combine::any, 1, false, 2};
  }
  if (((m.words(i, "all of") || m.words(i, "each of")) && m.names_list(i + 2)) ||
      m.words(i, "all the following") || m.words(i, "all following") || m.words(i, "both of") ||
      m.words(i, "both the following") || m.words(i, "both criteria") ||
      m.words(i, "both conditions") || m.words(i, "all criteria") || m.words(i, "all conditions")) {
    return {Combine::all, 0, false, 2};
  }
  return {};
}

// "the following", "as follows", "listed below", when they lead in to a list.
std::size_t match_plain(const Matcher& m, std::size_t i, bool lead_in) {
  const bool words = m.words(i, "the following") || m.words(i, "as follows");
  const bool below = m.at(i) == "below";
  if (!words && !below) return 0;
  const std::size_t length = below ? 1 : 2;
  return lead_in || m.at(i + length) == ":" ? length : 0;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '*' || c == '_') {
      s.remove_suffix(1);
    } else {
      break;
    }
  }
  return s;
}

bool has_word(const std::vector<Token>& tokens, std::string_view word) {
  for (const auto& t : tokens) {
    if (t.text == word) return true;
  }
  return false;
}

}  // namespace

CombinatorWording find_combinator_wording(std::string_view text, Section section) {
  const auto tokens = tokenize(text);
  const Matcher m{tokens};
  CombinatorWording out;
  auto found = [&](std::size_t i, std::size_t length) {
    out.found = true;
    out.begin = tokens[i].begin;
    out.end = tokens[i + length - 1].end;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Hit h = match_specific(m, i);
    if (h.combine == Combine::none) continue;
    out.combine = h.combine;
    out.k = h.k;
    out.negated = h.negated;
    found(i, h.length);
    return out;
  }
  const bool lead_in = ends_as_lead_in(text.substr(0, kScanLimit));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t length = match_plain(m, i, lead_in);
    if (length == 0) continue;
    out.plain = true;
    out.combine = section == Section::inclusion ? Combine::all : Combine::any;
    out.k = out.combine == Combine::any ? 1 : 0;
    found(i, length);
    return out;
  }
  return out;
}

unsigned stated_item_count(std::string_view text) {
  const auto tokens = tokenize(text);
  const Matcher m{tokens};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (m.words(i, "both of") || m.words(i, "both the following") || m.words(i, "both criteria") ||
        m.words(i, "both conditions") || m.words(i, "either of") ||
        m.words(i, "either criterion") || m.words(i, "neither of")) {
      return 2;
    }
  }
  return 0;
}

bool ends_as_lead_in(std::string_view text) {
  const auto t = trim_right(text);
  return !t.empty() && t.back() == ':';
}

bool reads_as_note(std::string_view text) {
  const auto tokens = tokenize(text);
  for (const auto word :
       {"eligible", "permitted", "allowed", "acceptable", "exempt", "recommended"}) {
    if (has_word(tokens, word)) return true;
  }
  const Matcher m{tokens};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const auto phrase : {"will be", "should be", "should continue", "can be", "may be",
                              "may continue", "not required", "not excluded", "can participate",
                              "may participate", "can enroll", "may enroll"}) {
      if (m.words(i, phrase)) return true;
    }
  }
  return false;
}

bool opens_note(std::string_view text) {
  const auto tokens = tokenize(text.substr(0, 64));
  if (tokens.empty()) return false;
  const Matcher m{tokens};
  const auto& w = tokens.front().text;
  return w == "however" || w == "except" || w == "exception" || w == "exceptions" ||
         w == "excepting" || m.words(0, "note :") || m.words(0, "notes :") ||
         m.words(0, "of note :") || m.words(0, "please note :");
}

bool is_registry_disclaimer(std::string_view text) {
  const auto tokens = tokenize(text.substr(0, 200));
  return Matcher{tokens}.words(0, "the above information is not intended");
}

}  // namespace eligo::grammar
