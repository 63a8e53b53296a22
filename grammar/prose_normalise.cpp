// Prose stage 1: normalisation (see prose_normalise.hpp). A single left-to-right pass
// with a table of source spellings; each output byte keeps the source range it came
// from. Linear in the input; never fails.
#include "grammar/prose_normalise.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace eligo::grammar::prose {
namespace {

struct Replacement {
  std::string_view from;
  std::string_view to;
};

// Longer spellings first where one is a prefix of another.
constexpr std::array kReplacements = {
    // Mojibake of UTF-8 read as Windows-1252 / Latin-1.
    Replacement{"\xC3\xA2\xE2\x80\xB0\xC2\xA5", ">="},     // â‰¥ (double-encoded ≥)
    Replacement{"\xC3\xA2\xE2\x80\xB0\xC2\xA4", "<="},     // â‰¤ (double-encoded ≤)
    Replacement{"\xC3\x83\xE2\x80\x94", "x"},              // Ã— (double-encoded ×)
    Replacement{"\xC3\x82\xC2\xB5", "u"},                  // Âµ
    Replacement{"\xC3\x82\xC2\xA0", " "},                  // Â + nbsp
    Replacement{"\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C", "-"},  // â€“
    Replacement{"\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D", "-"},  // â€”
    Replacement{"\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2", "'"},  // â€™
    Replacement{"\xE2\x80\xB0\xC2\xA5", ">="},             // ‰¥ (â lost)
    Replacement{"\xE2\x80\xB0\xC2\xA4", "<="},             // ‰¤
    // Comparators.
    Replacement{"\xE2\x89\xA5", ">="},  // ≥
    Replacement{"\xE2\x89\xA4", "<="},  // ≤
    Replacement{"\xE2\x89\xA7", ">="},  // ≧
    Replacement{"\xE2\x89\xA6", "<="},  // ≦
    Replacement{"\xE2\xA9\xBE", ">="},  // ⩾
    Replacement{"\xE2\xA9\xBD", "<="},  // ⩽
    Replacement{"\xE2\x89\xA0", "!="},  // ≠
    Replacement{"\xEF\xB9\xA4", "<"},   // small form variant <
    Replacement{"\xEF\xB9\xA5", ">"},   // small form variant >
    Replacement{"\xEF\xBC\x9E", ">"},   // fullwidth >
    Replacement{"\xEF\xBC\x9C", "<"},   // fullwidth <
    Replacement{"\xEF\xBC\x9D", "="},   // fullwidth =
    Replacement{"\xEF\xBC\x88", "("},   // fullwidth (
    Replacement{"\xEF\xBC\x89", ")"},   // fullwidth )
    Replacement{"\xEF\xBC\x8C", ","},   // fullwidth ,
    Replacement{"\xEF\xBC\x9B", ";"},   // fullwidth ;
    Replacement{"\xEF\xBC\x9A", ":"},   // fullwidth :
    Replacement{"&gt;=", ">="},
    Replacement{"&lt;=", "<="},
    Replacement{"&ge;", ">="},
    Replacement{"&le;", "<="},
    Replacement{"&gt;", ">"},
    Replacement{"&lt;", "<"},
    Replacement{"&amp;", "&"},
    Replacement{"&nbsp;", " "},
    Replacement{">/=", ">="},
    Replacement{"> =", ">="},
    Replacement{"< =", "<="},
    Replacement{"10(9)", "10^9"},
    Replacement{"10(12)", "10^12"},
    Replacement{"10(6)", "10^6"},
    Replacement{"10(3)", "10^3"},
    Replacement{"</=", "<="},
    Replacement{"=>", ">="},
    Replacement{"=<", "<="},
    Replacement{"==", "="},
    // List bullets (a bullet between a number and a power of ten is a multiplication,
    // read before this table).
    Replacement{"\xE2\x80\xA2", "*"},  // •
    Replacement{"\xE2\x96\xAA", "*"},  // ▪
    Replacement{"\xE2\x97\xA6", "*"},  // ◦
    Replacement{"\xE2\x80\xA3", "*"},  // ‣
    // Multiplication, dashes, micro.
    Replacement{"\xC3\x97", "x"},      // ×
    Replacement{"\xE2\x9C\x95", "x"},  // ✕
    Replacement{"\xE2\x80\x93", "-"},  // –
    Replacement{"\xE2\x80\x94", "-"},  // —
    Replacement{"\xE2\x80\x91", "-"},  // non-breaking hyphen
    Replacement{"\xE2\x80\x90", "-"},  // hyphen
    Replacement{"\xE2\x88\x92", "-"},  // minus sign
    Replacement{"\xC2\xB5", "u"},      // µ (micro sign)
    Replacement{"\xCE\xBC", "u"},      // μ (Greek mu)
    // Spaces and quotes.
    Replacement{"\xC2\xA0", " "},      // nbsp
    Replacement{"\xE2\x80\x89", " "},  // thin space
    Replacement{"\xE2\x80\xAF", " "},  // narrow nbsp
    Replacement{"\xE2\x80\x82", " "},  // en space
    Replacement{"\xE2\x80\x83", " "},  // em space
    Replacement{"\xE2\x80\x8B", ""},   // zero-width space
    Replacement{"\xE2\x80\x98", "'"},
    Replacement{"\xE2\x80\x99", "'"},
    Replacement{"\xE2\x80\x9C", "\""},
    Replacement{"\xE2\x80\x9D", "\""},
    // Unit spellings of registries: "milli liter per min", copies as "cubic (c)/mL", a
    // ratio to creatinine as "mg/g.cr." (milligrams per gram of creatinine).
    Replacement{"milli liter", "milliliter"},
    // Rating scales with a spaced hyphen: "GAD - 7", "PHQ - 9".
    Replacement{"GAD - 7", "GAD-7"},
    Replacement{"PHQ - 9", "PHQ-9"},
    Replacement{"milli litre", "millilitre"},
    Replacement{"cubic (c)/mL", "c/mL"},
    Replacement{"mg/g.cr.", "mg/g"},
    Replacement{"mg/g.Cr.", "mg/g"},
    Replacement{"\t", " "},
    Replacement{"\r", " "},
};

// Superscript digits and minus: the digit they stand for, or 0 when not one.
char superscript(std::string_view s, std::size_t& length) {
  static constexpr std::array<std::pair<std::string_view, char>, 11> kSup = {{
      {"\xE2\x81\xB0", '0'},
      {"\xC2\xB9", '1'},
      {"\xC2\xB2", '2'},
      {"\xC2\xB3", '3'},
      {"\xE2\x81\xB4", '4'},
      {"\xE2\x81\xB5", '5'},
      {"\xE2\x81\xB6", '6'},
      {"\xE2\x81\xB7", '7'},
      {"\xE2\x81\xB8", '8'},
      {"\xE2\x81\xB9", '9'},
      {"\xE2\x81\xBB", '-'},
  }};
  for (const auto& [spelling, digit] : kSup) {
    if (s.substr(0, spelling.size()) == spelling) {
      length = spelling.size();
      return digit;
    }
  }
  return 0;
}

// "109" or "1012" (10⁹, 10¹² without their superscript; also "10 9" with a space where
// the superscript was) followed by "/": its length, and the exponent in `exponent`.
std::size_t lost_power(std::string_view s, std::size_t i, std::string_view& exponent) {
  for (std::string_view p : {"1012", "109", "106", "103", "10 12", "10 9", "10 6", "10 3"}) {
    if (s.compare(i, p.size(), p) != 0) continue;
    std::size_t j = i + p.size();
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && s[j] == '/') {
      exponent = p.substr(p[2] == ' ' ? 3 : 2);
      return p.size();
    }
  }
  return 0;
}

// A power of ten starts at j ("10^9", "10e9", "10*9", "10(9)", "10⁹", a lost "109/"):
// what makes `•`, `·`, `~` before it a multiplication sign.
bool power_of_ten_at(std::string_view s, std::size_t j) {
  while (j < s.size() && s[j] == ' ') ++j;
  if (s.compare(j, 2, "10") != 0 || j + 2 >= s.size()) return false;
  const char c = s[j + 2];
  std::string_view ignored;
  return c == '^' || c == 'e' || c == 'E' || c == '*' || c == '(' ||
         static_cast<unsigned char>(c) >= 0x80 || lost_power(s, j, ignored) != 0;
}

// A digit at j, after optional spaces.
bool digit_after_spaces(std::string_view s, std::size_t j) {
  while (j < s.size() && s[j] == ' ') ++j;
  return j < s.size() && s[j] >= '0' && s[j] <= '9';
}

// A multiplication sign written as a bullet, middle dot, dot operator or tilde: its
// length at i when a number stands before it and a power of ten after it.
std::size_t odd_times(std::string_view s, std::size_t i, bool after_number) {
  if (!after_number) return 0;
  for (std::string_view sign : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x8B\x85", "~"}) {
    if (s.compare(i, sign.size(), sign) == 0 && power_of_ten_at(s, i + sign.size())) {
      return sign.size();
    }
  }
  return 0;
}

// Bytes that may start something normalise() rewrites: a replacement, a superscript
// (0xC2, 0xE2), a lost power of ten ('1'), an escape ('\\') or a comparator. Every
// other byte is copied as is, without trying the tables.
constexpr std::array<bool, 256> kSpecialFirstBytes = [] {
  std::array<bool, 256> special{};
  for (const auto& r : kReplacements) special[static_cast<unsigned char>(r.from[0])] = true;
  for (const unsigned char c : std::array<unsigned char, 7>{0xC2, 0xE2, '1', '\\', '<', '>', '~'}) {
    special[c] = true;
  }
  return special;
}();

bool is_escapable(char c) {
  return c != 0 && std::strchr("<>=[]^*_~#()+-.!|{}`'\"&/%", c) != nullptr;
}

class Writer {
 public:
  explicit Writer(Normalised& out) : out_(out) {}
  void emit(std::string_view text, std::uint32_t b, std::uint32_t e) {
    for (char c : text) {
      out_.text.push_back(c);
      out_.begin.push_back(b);
      out_.end.push_back(e);
    }
  }
  // A comparator: a stray "-" right before it (after a space, "(" or the start) is
  // dropped and its source byte joins the comparator ("-≤5" → "<=5").
  void emit_comparator(std::string_view text, std::uint32_t b, std::uint32_t e) {
    auto& t = out_.text;
    // "=<" and "=>" written with an escape between ("=\<") reach here as "=" then "<".
    if (text.size() == 1 && !t.empty() && t.back() == '=' &&
        (t.size() < 2 || (t[t.size() - 2] != '<' && t[t.size() - 2] != '>' &&
                          t[t.size() - 2] != '!' && t[t.size() - 2] != '='))) {
      b = out_.begin.back();
      t.pop_back();
      out_.begin.pop_back();
      out_.end.pop_back();
      emit(text[0] == '<' ? "<=" : ">=", b, e);
      return;
    }
    if (!t.empty() && t.back() == '-') {
      const std::size_t n = t.size();
      const char before = n >= 2 ? t[n - 2] : ' ';
      if (before == ' ' || before == '(' || before == '\n' || before == ':') {
        b = out_.begin.back();
        t.pop_back();
        out_.begin.pop_back();
        out_.end.pop_back();
      }
    }
    emit(text, b, e);
  }
  // The text so far ends with a multiplication sign and optional spaces ("1.5 x ").
  bool ends_with_times() const {
    const auto& t = out_.text;
    std::size_t n = t.size();
    while (n > 0 && t[n - 1] == ' ') --n;
    return n >= 2 && (t[n - 1] == 'x' || t[n - 1] == '*') &&
           (t[n - 2] == ' ' || (t[n - 2] >= '0' && t[n - 2] <= '9'));
  }
  // The text so far ends with a digit and optional spaces ("1.5 ").
  bool ends_with_number() const {
    const auto& t = out_.text;
    std::size_t n = t.size();
    while (n > 0 && t[n - 1] == ' ') --n;
    return n > 0 && t[n - 1] >= '0' && t[n - 1] <= '9';
  }
  // The text ends with a "10" that stands alone, and optional spaces ("10 ⁹/L").
  bool ends_with_ten() const {
    const auto& t = out_.text;
    std::size_t n = t.size();
    while (n > 0 && t[n - 1] == ' ') --n;
    if (n < 2 || t[n - 1] != '0' || t[n - 2] != '1') return false;
    return n == 2 || !(t[n - 3] >= '0' && t[n - 3] <= '9');
  }
  // Drops the spaces at the end ("10 ⁹" is "10^9").
  void drop_trailing_spaces() {
    while (!out_.text.empty() && out_.text.back() == ' ') {
      out_.text.pop_back();
      out_.begin.pop_back();
      out_.end.pop_back();
    }
  }

 private:
  Normalised& out_;
};

}  // namespace

std::uint32_t Normalised::source_begin(std::uint32_t nb) const {
  if (begin.empty()) return 0;
  if (nb >= begin.size()) return end.back();
  return begin[nb];
}

std::uint32_t Normalised::source_end(std::uint32_t ne) const {
  if (end.empty() || ne == 0) return begin.empty() ? 0 : begin.front();
  if (ne > end.size()) return end.back();
  return end[ne - 1];
}

Normalised normalise(std::string_view s) {
  Normalised out;
  out.text.reserve(s.size());
  out.begin.reserve(s.size());
  out.end.reserve(s.size());
  Writer w(out);
  std::size_t i = 0;
  bool in_superscript = false;
  bool carry = false;  // a dropped backslash whose byte joins the next character
  std::uint32_t carry_begin = 0;
  while (i < s.size()) {
    const auto b = carry ? carry_begin : static_cast<std::uint32_t>(i);
    carry = false;
    if (!kSpecialFirstBytes[static_cast<unsigned char>(s[i])]) {
      in_superscript = false;
      w.emit(s.substr(i, 1), b, b + 1);
      ++i;
      continue;
    }
    // ClinicalTrials.gov markdown escapes: "\>=" "=\<" "\^" "\[".
    if (s[i] == '\\' && i + 1 < s.size() && is_escapable(s[i + 1])) {
      carry = true;
      carry_begin = b;
      ++i;
      continue;
    }
    std::size_t sup_len = 0;
    if (const char digit = superscript(s.substr(i), sup_len)) {
      if (!in_superscript && w.ends_with_ten()) {
        w.drop_trailing_spaces();
        w.emit("^", b, b + sup_len);
      }
      in_superscript = true;
      const char text[1] = {digit};
      w.emit(std::string_view(text, 1), b, static_cast<std::uint32_t>(i + sup_len));
      i += sup_len;
      continue;
    }
    in_superscript = false;
    // "x 109/L", "x 10 9/L": a power of ten whose superscript was lost in copying.
    std::string_view exponent;
    if (const std::size_t lost = lost_power(s, i, exponent); lost != 0 && w.ends_with_times()) {
      const std::string power = "10^" + std::string(exponent);
      w.emit(power, b, static_cast<std::uint32_t>(i + lost));
      i += lost;
      continue;
    }
    // "1.5 • 10^9/L", "1.5·10^9/L", "1.5 ~ 10^9/L": the sign is a multiplication.
    if (const std::size_t sign = odd_times(s, i, w.ends_with_number()); sign != 0) {
      w.emit("x", b, static_cast<std::uint32_t>(i + sign));
      i += sign;
      continue;
    }
    // "0~2", "18~75 years": a tilde between two numbers is a range.
    if (s[i] == '~' && w.ends_with_number() && digit_after_spaces(s, i + 1)) {
      w.emit("-", b, b + 1);
      ++i;
      continue;
    }
    bool replaced = false;
    for (const auto& r : kReplacements) {
      if (s.compare(i, r.from.size(), r.from) == 0) {
        const auto e = static_cast<std::uint32_t>(i + r.from.size());
        const bool comparator = !r.to.empty() && (r.to[0] == '<' || r.to[0] == '>');
        if (comparator) {
          w.emit_comparator(r.to, b, e);
        } else {
          w.emit(r.to, b, e);
        }
        i += r.from.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    if (s[i] == '<' || s[i] == '>') {
      w.emit_comparator(s.substr(i, 1), b, b + 1);
    } else {
      w.emit(s.substr(i, 1), b, b + 1);
    }
    ++i;
  }
  return out;
}

SpanMapper::SpanMapper(const Normalised& normalised, std::string_view source, Span origin)
    : normalised_(normalised), source_(source), origin_(origin) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

Span SpanMapper::source_span(std::uint32_t sb, std::uint32_t se) const {
  sb = std::min<std::uint32_t>(sb, static_cast<std::uint32_t>(source_.size()));
  se = std::clamp<std::uint32_t>(se, sb, static_cast<std::uint32_t>(source_.size()));
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), sb);
  const auto line_index = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  const std::uint32_t line_start = line_starts_[line_index];
  Span span;
  span.begin = origin_.begin + sb;
  span.end = origin_.begin + se;
  span.line = origin_.line + line_index;
  span.column = (line_index == 0 ? origin_.column : 1) + (sb - line_start);
  return span;
}

Span SpanMapper::map(std::uint32_t nb, std::uint32_t ne) const {
  if (normalised_.text.empty()) return source_span(0, 0);
  const std::uint32_t sb = normalised_.source_begin(nb);
  const std::uint32_t se = ne > nb ? normalised_.source_end(ne) : sb;
  return source_span(sb, std::max(sb, se));
}

}  // namespace eligo::grammar::prose
