// Unit spellings: folds what registries, labs and UCUM write to one ASCII key and
// looks the key up in one table of {spelling, canonical code}. To accept a new
// spelling, add a row; the key of every canonical code is itself a row, so each code
// parses back to itself. The conversion factors live in units.cpp.
#include "core/unit_spellings.hpp"

#include <cctype>
#include <unordered_map>

#include "core/text.hpp"

namespace eligo {
namespace {

struct Spelling {
  std::string_view key;   // as normalize_unit_text leaves it
  std::string_view code;  // a code of units.cpp's table
};

// clang-format off
constexpr Spelling kSpellings[] = {
  // no unit: scores, ratios, counts (UCUM annotations lose their braces)
  {"", ""}, {"1", ""}, {"score", ""}, {"points", ""}, {"point", ""}, {"ratio", ""}, {"inr", ""}, {"count", ""},
  {"ph", ""},  // UCUM [pH]: a pH is a bare number
  {"%", "%"}, {"percent", "%"}, {"pct", "%"},
  // cells per volume ("cells" is dropped before the lookup)
  {"/ul", "/uL"}, {"/mcl", "/uL"}, {"/mm3", "/uL"}, {"/cumm", "/uL"}, {"/cmm", "/uL"},
  {"/microl", "/uL"}, {"/microliter", "/uL"}, {"/microlitre", "/uL"},
  {"10^3/ul", "10^3/uL"}, {"k/ul", "10^3/uL"}, {"thou/ul", "10^3/uL"}, {"10^3/mcl", "10^3/uL"},
  {"k/mcl", "10^3/uL"}, {"thou/mcl", "10^3/uL"}, {"10^3/mm3", "10^3/uL"}, {"k/mm3", "10^3/uL"},
  {"thou/mm3", "10^3/uL"},
  {"10^6/ul", "10^6/uL"}, {"10^6/mcl", "10^6/uL"}, {"10^6/mm3", "10^6/uL"},
  {"10^9/l", "10^9/L"},
  {"10^12/l", "10^12/L"},
  // viral loads ("copies/mL"; "cells" is dropped as above)
  {"/ml", "/mL"}, {"copies/ml", "/mL"}, {"copy/ml", "/mL"}, {"cp/ml", "/mL"}, {"c/ml", "/mL"},
  // mass concentration
  {"g/dl", "g/dL"}, {"gm/dl", "g/dL"}, {"g/100ml", "g/dL"},
  {"g/l", "g/L"}, {"gm/l", "g/L"},
  {"mg/dl", "mg/dL"}, {"mg/100ml", "mg/dL"}, {"mg%", "mg/dL"},
  {"mg/l", "mg/L"}, {"ug/ml", "mg/L"}, {"mcg/ml", "mg/L"}, {"mg/ml", "g/L"},
  {"ug/l", "ug/L"}, {"mcg/l", "ug/L"},
  {"ng/ml", "ng/mL"}, {"ng/l", "ng/L"}, {"pg/ml", "pg/mL"},
  {"ug/dl", "ug/dL"}, {"mcg/dl", "ug/dL"}, {"ng/dl", "ng/dL"},
  // molar concentration
  {"mmol/l", "mmol/L"}, {"millimol/l", "mmol/L"},
  {"umol/l", "umol/L"}, {"micromol/l", "umol/L"}, {"mcmol/l", "umol/L"},
  {"nmol/l", "nmol/L"}, {"pmol/l", "pmol/L"},
  // catalytic concentration
  {"u/l", "U/L"}, {"iu/l", "U/L"}, {"units/l", "U/L"}, {"unit/l", "U/L"},
  // mass per 24 hours
  {"mg/24h", "mg/24h"}, {"mg/24hr", "mg/24h"}, {"mg/24hrs", "mg/24h"}, {"mg/24hour", "mg/24h"},
  {"mg/24hours", "mg/24h"}, {"mg/day", "mg/24h"}, {"mg/d", "mg/24h"},
  {"g/24h", "g/24h"}, {"g/24hr", "g/24h"}, {"g/24hrs", "g/24h"}, {"g/24hour", "g/24h"},
  {"g/24hours", "g/24h"}, {"g/day", "g/24h"}, {"g/d", "g/24h"},
  // clearance
  {"ml/min", "mL/min"}, {"cc/min", "mL/min"},
  {"ml/min/1.73m2", "mL/min/1.73m2"}, {"ml/min/1.73sqm", "mL/min/1.73m2"},
  {"ml/min/1.73", "mL/min/1.73m2"},
  // volume rates in words ("milliliters per minute"), so that a bare volume word never wins
  {"ml/minute", "mL/min"}, {"ml/minute/1.73m2", "mL/min/1.73m2"}, {"milliliter/min", "mL/min"},
  {"milliliter/min/1.73m2", "mL/min/1.73m2"}, {"milliliter/minute", "mL/min"},
  {"milliliter/minute/1.73m2", "mL/min/1.73m2"}, {"milliliters/min", "mL/min"},
  {"milliliters/min/1.73m2", "mL/min/1.73m2"}, {"milliliters/minute", "mL/min"},
  {"milliliters/minute/1.73m2", "mL/min/1.73m2"}, {"millilitre/min", "mL/min"},
  {"millilitre/min/1.73m2", "mL/min/1.73m2"}, {"millilitre/minute", "mL/min"},
  {"millilitre/minute/1.73m2", "mL/min/1.73m2"}, {"millilitres/min", "mL/min"},
  {"millilitres/min/1.73m2", "mL/min/1.73m2"}, {"millilitres/minute", "mL/min"},
  {"millilitres/minute/1.73m2", "mL/min/1.73m2"},
  // length
  {"mm", "mm"}, {"millimeter", "mm"}, {"millimeters", "mm"}, {"millimetre", "mm"},
  {"millimetres", "mm"},
  {"cm", "cm"}, {"centimeter", "cm"}, {"centimeters", "cm"}, {"centimetre", "cm"},
  {"centimetres", "cm"},
  {"m", "m"}, {"meter", "m"}, {"meters", "m"}, {"metre", "m"}, {"metres", "m"},
  // time
  {"ms", "ms"}, {"msec", "ms"}, {"msecs", "ms"}, {"millisecond", "ms"}, {"milliseconds", "ms"},
  {"s", "s"}, {"sec", "s"}, {"secs", "s"}, {"second", "s"}, {"seconds", "s"},
  {"min", "min"}, {"mins", "min"}, {"minute", "min"}, {"minutes", "min"},
  {"h", "h"}, {"hr", "h"}, {"hrs", "h"}, {"hour", "h"}, {"hours", "h"},
  {"days", "days"}, {"day", "days"}, {"d", "days"},
  {"weeks", "weeks"}, {"week", "weeks"}, {"wk", "weeks"}, {"wks", "weeks"},
  {"months", "months"}, {"month", "months"}, {"mo", "months"}, {"mos", "months"},
  {"mth", "months"}, {"mths", "months"},
  {"years", "years"}, {"year", "years"}, {"yr", "years"}, {"yrs", "years"}, {"y", "years"},
  {"a", "years"},
  // mass
  {"g", "g"}, {"gm", "g"}, {"gram", "g"}, {"grams", "g"},
  {"kg", "kg"}, {"kgs", "kg"}, {"kilogram", "kg"}, {"kilograms", "kg"},
  {"lb", "lb"}, {"lbs", "lb"}, {"pound", "lb"}, {"pounds", "lb"}, {"lbav", "lb"},
  // inches and feet: UCUM [in_i], [ft_i] and the words; a bare "in" is refused (a word)
  {"ini", "[in_i]"}, {"inch", "[in_i]"}, {"inches", "[in_i]"},
  {"fti", "[ft_i]"}, {"ft", "[ft_i]"}, {"foot", "[ft_i]"}, {"feet", "[ft_i]"},
  // pressure (UCUM mm[Hg], cm[H2O])
  {"mmhg", "mmHg"}, {"kpa", "kPa"}, {"cmh2o", "cmH2O"},
  // temperature ("°C", "ºC", UCUM Cel and [degF]); bare "C" and "F" are refused
  {"cel", "Cel"}, {"degc", "Cel"}, {"\xC2\xB0" "c", "Cel"}, {"\xC2\xBA" "c", "Cel"}, {"celsius", "Cel"},
  {"degreesc", "Cel"}, {"degreescelsius", "Cel"}, {"degreec", "Cel"}, {"degreecelsius", "Cel"},
  {"\xC2\xB0" "celsius", "Cel"},
  {"degf", "[degF]"}, {"\xC2\xB0" "f", "[degF]"}, {"\xC2\xBA" "f", "[degF]"}, {"fahrenheit", "[degF]"},
  {"degreesf", "[degF]"}, {"degreesfahrenheit", "[degF]"}, {"degreef", "[degF]"},
  {"degreefahrenheit", "[degF]"}, {"\xC2\xB0" "fahrenheit", "[degF]"},
  // rates per minute
  {"/min", "/min"}, {"/minute", "/min"}, {"min-1", "/min"}, {"bpm", "/min"},
  {"beats/min", "/min"}, {"beats/minute", "/min"}, {"beat/min", "/min"},
  {"breaths/min", "/min"}, {"breaths/minute", "/min"}, {"breath/min", "/min"},
  // events per hour of sleep (apnea-hypopnea index, oxygen desaturation index)
  {"/h", "/h"}, {"/hr", "/h"}, {"/hour", "/h"}, {"h-1", "/h"}, {"events/h", "/h"},
  {"events/hr", "/h"}, {"events/hour", "/h"}, {"event/h", "/h"}, {"event/hour", "/h"},
  // area and body mass index
  {"m2", "m2"}, {"sqm", "m2"}, {"squaremeters", "m2"}, {"squaremetres", "m2"},
  {"kg/m2", "kg/m2"}, {"kg/sqm", "kg/m2"}, {"kilograms/squaremeter", "kg/m2"},
  {"kilogram/squaremeter", "kg/m2"}, {"kilograms/squaremetre", "kg/m2"},
  {"kilogram/squaremetre", "kg/m2"}, {"kilogram/metersquare", "kg/m2"},
  {"kilograms/metersquare", "kg/m2"}, {"kg/metersquare", "kg/m2"},
  {"kilograms/squaremeters", "kg/m2"}, {"kg/squaremeter", "kg/m2"},
  // volume
  {"l", "L"}, {"liter", "L"}, {"liters", "L"}, {"litre", "L"}, {"litres", "L"},
  {"ml", "mL"}, {"milliliter", "mL"}, {"milliliters", "mL"}, {"millilitre", "mL"},
  {"millilitres", "mL"}, {"cc", "mL"},
  {"fl", "fL"}, {"femtoliter", "fL"}, {"femtoliters", "fL"}, {"femtolitre", "fL"},
  {"femtolitres", "fL"}, {"um3", "fL"},
  {"pg", "pg"}, {"picogram", "pg"}, {"picograms", "pg"},
  // urine analyte per urine creatinine
  {"mg/g", "mg/g"}, {"mg/gcr", "mg/g"}, {"mg/gcreat", "mg/g"}, {"mg/gcreatinine", "mg/g"},
  {"g/g", "g/g"}, {"g/gcr", "g/g"}, {"g/gcreatinine", "g/g"}, {"mg/mg", "g/g"},
  {"mg/mmol", "mg/mmol"}, {"mg/mmolcr", "mg/mmol"}, {"mg/mmolcreatinine", "mg/mmol"},
  // international units per volume ("IU/L" stays the enzyme unit U/L above)
  {"miu/l", "mIU/L"}, {"uiu/ml", "uIU/mL"}, {"mciu/ml", "uIU/mL"}, {"miu/ml", "mIU/mL"},
  {"iu/ml", "IU/mL"}, {"kiu/l", "kIU/L"}, {"u/ml", "U/mL"}, {"units/ml", "U/mL"},
  {"ku/l", "kU/L"},
  // equivalents, osmolality, sedimentation rate
  {"meq/l", "mEq/L"}, {"mosm/kg", "mOsm/kg"}, {"mosmol/kg", "mOsm/kg"},
  {"mosm/kgh2o", "mOsm/kg"},
  {"mm/h", "mm/h"}, {"mm/hr", "mm/h"}, {"mm/hour", "mm/h"}, {"mm/1h", "mm/h"},
  {"mm/1sthour", "mm/h"}, {"mm/1hr", "mm/h"},
  // urine output per kilogram per hour
  {"ml/kg/h", "mL/kg/h"}, {"ml/kg/hr", "mL/kg/h"}, {"ml/kg/hour", "mL/kg/h"},
  {"ml/kg/hrs", "mL/kg/h"}, {"cc/kg/h", "mL/kg/h"}, {"cc/kg/hr", "mL/kg/h"},
};
// clang-format on

// Spellings whose case matters, looked up before folding: SI molar shorthands, and the
// European haematology "G/L" and "T/L" (giga, tera per litre), which folding would read
// as grams and which are refused as ambiguous (an empty code means "unknown").
constexpr Spelling kCaseSensitive[] = {
    {"mM", "mmol/L"},
    {"uM", "umol/L"},
    {"\xC2\xB5M", "umol/L"},
    {"\xCE\xBCM", "umol/L"},
    {"nM", "nmol/L"},
    {"G/L", ""},
    {"T/L", ""},
};

// Multi-byte UTF-8 sequences folded to one ASCII character. A superscript digit
// becomes "^digit" (a run of superscripts gets one caret: "10¹²" is "10^12").
struct Fold {
  std::string_view utf8;
  char ascii;
  bool superscript;
};

// clang-format off
constexpr Fold kFolds[] = {
  {"\xC2\xB5", 'u', false},      // µ micro sign
  {"\xCE\xBC", 'u', false},      // μ Greek mu
  {"\xC3\x97", 'x', false},      // × times
  {"\xC2\xB7", '.', false},      // · middle dot
  {"\xE2\x8B\x85", '.', false},  // ⋅ dot operator
  {"\xC2\xA0", ' ', false},      // no-break space
  {"\xE2\x80\xAF", ' ', false},  // narrow no-break space
  {"\xE2\x80\x88", ' ', false},  // punctuation space
  {"\xE2\x80\x89", ' ', false},  // thin space
  {"\xE2\x80\x8A", ' ', false},  // hair space
  {"\xE2\x81\xBB", '-', true},   // ⁻
  {"\xE2\x81\xB0", '0', true},   // ⁰
  {"\xC2\xB9", '1', true},       // ¹
  {"\xC2\xB2", '2', true},       // ²
  {"\xC2\xB3", '3', true},       // ³
  {"\xE2\x81\xB4", '4', true},   // ⁴
  {"\xE2\x81\xB5", '5', true},   // ⁵
  {"\xE2\x81\xB6", '6', true},   // ⁶
  {"\xE2\x81\xB7", '7', true},   // ⁷
  {"\xE2\x81\xB8", '8', true},   // ⁸
  {"\xE2\x81\xB9", '9', true},   // ⁹
};
// clang-format on

// Folds Unicode to ASCII and lowercases; keeps spaces.
std::string fold_characters(std::string_view text) {
  std::string out;
  bool in_superscript = false;
  for (std::size_t i = 0; i < text.size();) {
    bool matched = false;
    for (const Fold& f : kFolds) {
      if (text.substr(i, f.utf8.size()) != f.utf8) continue;
      if (f.superscript && !in_superscript) out += '^';
      out += f.ascii;
      in_superscript = f.superscript;
      i += f.utf8.size();
      matched = true;
      break;
    }
    if (matched) continue;
    out += lower_ascii(text[i]);
    in_superscript = false;
    ++i;
  }
  return out;
}

// Units spelt out in words, by their symbol: "grams per decilitre" is "g/dl",
// "millilitres per minute" "ml/min". A word "cubic" cubes the unit after it.
std::string_view unit_word(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"gram", "g"},         {"grams", "g"},         {"milligram", "mg"},   {"milligrams", "mg"},
      {"microgram", "ug"},   {"micrograms", "ug"},   {"nanogram", "ng"},    {"nanograms", "ng"},
      {"picogram", "pg"},    {"picograms", "pg"},    {"liter", "l"},        {"litre", "l"},
      {"liters", "l"},       {"litres", "l"},        {"deciliter", "dl"},   {"decilitre", "dl"},
      {"deciliters", "dl"},  {"decilitres", "dl"},   {"milliliter", "ml"},  {"millilitre", "ml"},
      {"milliliters", "ml"}, {"millilitres", "ml"},  {"microliter", "ul"},  {"microlitre", "ul"},
      {"microliters", "ul"}, {"microlitres", "ul"},  {"millimole", "mmol"}, {"millimoles", "mmol"},
      {"micromole", "umol"}, {"micromoles", "umol"}, {"minute", "min"},     {"minutes", "min"},
      {"millimeter", "mm"},  {"millimetre", "mm"},   {"millimeters", "mm"}, {"millimetres", "mm"},
      {"kilogram", "kg"},    {"kilograms", "kg"},    {"meter", "m"},        {"metre", "m"},
      {"meters", "m"},       {"metres", "m"},
  };
  const auto it = kWords.find(w);
  return it == kWords.end() ? w : it->second;
}

// A word with each part between slashes spelt as its symbol ("milliliters/minute").
std::string symbol_words(const std::string& word) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = word.find('/', start);
    out += unit_word(std::string_view(word).substr(start, slash - start));
    if (slash == std::string::npos) break;
    out += '/';
    start = slash + 1;
  }
  return out;
}

// Joins the words without spaces, a word "per" becoming "/", units in words becoming
// their symbols: "cubic millimeter" is "mm3", "square meter" and "meter square" "m2".
std::string join_words(const std::string& text) {
  std::string out, word;
  char power = 0;  // a "cubic" or "square" before the next unit
  const auto flush = [&] {
    const bool square = word == "square" || word == "squared";
    if (word == "cubic") {
      power = '3';
    } else if (square && !out.empty() && std::isalpha(static_cast<unsigned char>(out.back()))) {
      out += '2';  // "meter square"
    } else if (square) {
      power = '2';
    } else if (!word.empty()) {
      out += word == "per" ? "/" : symbol_words(word);
      if (power != 0 && word != "per") out += power;
      power = 0;
    }
    word.clear();
  };
  for (const char c : text) {
    if (is_blank(c)) {
      flush();
    } else if (c == '/') {
      // A slash ends a word too: "kilogram/square meter" is "kg/m2".
      flush();
      word += '/';  // empty after flush()
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

// Erases each `word` that stands right before a '/': "cells/uL" -> "/uL".
void erase_before_slash(std::string& s, std::string_view word) {
  std::size_t at = s.find(word);
  while (at != std::string::npos) {
    if (at + word.size() < s.size() && s[at + word.size()] == '/') {
      s.erase(at, word.size());
      at = s.find(word, at);
    } else {
      at = s.find(word, at + 1);
    }
  }
}

// UCUM annotations that only name what is counted: "10*3/uL{cells}", "{beats}/min",
// "{copies}/mL", "{score}". They are dropped whole. Any other annotation keeps its
// text, so "{1.73_m2}" still normalises an eGFR, and one that changes the value's
// meaning ("{Log_copies}/mL", a logarithm) leaves a key no row knows: refused.
constexpr std::string_view kCountAnnotations[] = {
    "cells", "cell",  "beats", "beat", "breaths", "breath", "copies",
    "copy",  "score", "ratio", "rbc",  "wbc",     "#",
};

void drop_count_annotations(std::string& s) {
  std::size_t open = s.find('{');
  while (open != std::string::npos) {
    const std::size_t close = s.find('}', open);
    if (close == std::string::npos) return;
    const std::string_view inside = std::string_view(s).substr(open + 1, close - open - 1);
    bool counted = false;
    for (std::string_view word : kCountAnnotations) counted |= inside == word;
    if (counted) {
      s.erase(open, close - open + 1);
      open = s.find('{', open);
    } else {
      open = s.find('{', close);
    }
  }
}

bool is_ascii_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string normalize_unit_text(std::string_view text) {
  std::string s = join_words(fold_characters(text));
  drop_count_annotations(s);
  std::string t;
  for (const char c : s) {
    if (c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == '_') continue;
    t += c;
  }
  erase_before_slash(t, "cells");  // "cells/uL", "10^9 cells/L"
  erase_before_slash(t, "cell");
  // Leading "x" or "*" of "x10^9/L", "*10^3/uL".
  if (t.size() > 2 && (t[0] == 'x' || t[0] == '*') && t.compare(1, 2, "10") == 0) t.erase(0, 1);
  std::string u;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    const char prev = u.empty() ? '\0' : u.back();
    const char next = i + 1 < t.size() ? t[i + 1] : '\0';
    // "10e9" and "10*9" are 10^9 (the 'e' or '*' right after a "10" that starts a number).
    if ((c == 'e' || c == '*') && is_ascii_digit(next) && u.size() >= 2 &&
        u.compare(u.size() - 2, 2, "10") == 0 &&
        (u.size() == 2 || !is_ascii_digit(u[u.size() - 3]))) {
      u += '^';
      continue;
    }
    if (c == '^' && is_letter(prev)) continue;                          // m^2 -> m2
    if (c == '.' && is_ascii_digit(prev) && is_letter(next)) continue;  // UCUM 24.h -> 24h
    u += c;
  }
  return u;
}

std::optional<std::string_view> unit_code_for(std::string_view text) {
  for (const auto& s : kCaseSensitive) {
    if (trim(text) != s.key) continue;
    if (s.code.empty()) return std::nullopt;
    return s.code;
  }
  static const auto table = [] {
    std::unordered_map<std::string_view, std::string_view> map;
    for (const auto& s : kSpellings) map.emplace(s.key, s.code);
    return map;
  }();
  const auto it = table.find(normalize_unit_text(text));
  if (it == table.end()) return std::nullopt;
  return it->second;
}

}  // namespace eligo
