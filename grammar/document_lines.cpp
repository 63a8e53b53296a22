// Line classification of a .criteria file: runs the PEGTL line grammar and turns each
// matched line into a Line. Actions fire on sub-rules of alternatives that may still
// fail, so they only fill a scratch Line that every line kind's action copies and
// clears; a kind action reads only fields its own sub-rules have just written.
#include <string>

#include "grammar/document_grammar.hpp"
#include "grammar/document_phases.hpp"

namespace eligo::grammar::document {

namespace {

namespace g = document_grammar;
namespace pegtl = tao::pegtl;

struct ScanState {
  const char* base = nullptr;
  std::vector<Line> lines;
  Line scratch;
};

template <class Input>
Span span_of(const Input& in, const ScanState& s) {
  const auto& it = in.iterator();
  Span span;
  span.begin = static_cast<std::uint32_t>(in.begin() - s.base);
  span.end = static_cast<std::uint32_t>(span.begin + in.size());
  span.line = static_cast<std::uint32_t>(it.line);
  span.column = static_cast<std::uint32_t>(it.column);
  return span;
}

// The value of a roman numeral made of i, v and x.
std::uint32_t roman_value(std::string_view s) {
  auto digit = [](char c) -> std::uint32_t {
    switch (c | 0x20) {
      case 'i': return 1;
      case 'v': return 5;
      default: return 10;
    }
  };
  std::uint32_t total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto d = digit(s[i]);
    if (i + 1 < s.size() && digit(s[i + 1]) > d) {
      total -= d;
    } else {
      total += d;
    }
  }
  return total;
}

// The code point of the UTF-8 sequence (at most 3 bytes here) at the start of `s`.
std::uint32_t code_point(std::string_view s) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s.empty()) return 0;
  if (b(0) < 0x80) return b(0);
  if (b(0) < 0xE0 && s.size() >= 2) return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
  if (s.size() >= 3) return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  return b(0);
}

template <class Rule>
struct action : pegtl::nothing<Rule> {};

// Every line kind: stamp the line's place, keep it, clear the scratch.
template <LineKind Kind>
struct push_line {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    Line line = s.scratch;
    line.kind = Kind;
    line.number = static_cast<std::uint32_t>(in.iterator().line);
    line.begin = static_cast<std::uint32_t>(in.begin() - s.base);
    if (line.first < line.begin) line.first = line.begin;
    s.lines.push_back(line);
    s.scratch = Line{};
  }
};

template <>
struct action<g::blank_line> : push_line<LineKind::blank> {};
template <>
struct action<g::empty_line> : push_line<LineKind::blank> {};
template <>
struct action<g::comment_line> : push_line<LineKind::comment> {};
template <>
struct action<g::header_line> : push_line<LineKind::header> {};
template <>
struct action<g::heading_line> : push_line<LineKind::heading> {};
template <>
struct action<g::note_line> : push_line<LineKind::note> {};
template <>
struct action<g::rule_line> : push_line<LineKind::rule> {};
template <>
struct action<g::bullet_line> : push_line<LineKind::bullet> {};
template <>
struct action<g::text_line> : push_line<LineKind::text> {};

template <>
struct action<g::indentation> {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    s.scratch = Line{};
    std::uint32_t columns = 0;
    for (const char c : std::string_view(in.begin(), in.size())) {
      columns = c == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
    }
    s.scratch.indent = columns;
    s.scratch.first = static_cast<std::uint32_t>(in.end() - s.base);
  }
};

// The text part of a line, whatever its kind.
struct content_action {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    s.scratch.content = span_of(in, s);
  }
};
template <>
struct action<g::header_value> : content_action {};
template <>
struct action<g::heading_text> : content_action {};
template <>
struct action<g::note_text> : content_action {};
template <>
struct action<g::rule_text> : content_action {};
template <>
struct action<g::item_text> : content_action {};
template <>
struct action<g::plain_text> : content_action {};

template <>
struct action<g::header_key> {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    s.scratch = Line{};
    s.scratch.key = span_of(in, s);
  }
};

template <>
struct action<g::inclusion_word> {
  static void apply0(ScanState& s) { s.scratch.section = Section::inclusion; }
};
template <>
struct action<g::exclusion_word> {
  static void apply0(ScanState& s) { s.scratch.section = Section::exclusion; }
};

template <>
struct action<g::number_ordinal> {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    std::uint32_t value = 0;
    for (const char c : std::string_view(in.begin(), in.size())) {
      if (c == '.') break;
      value = value * 10 + static_cast<std::uint32_t>(c - '0');
    }
    s.scratch.family = MarkerFamily::number;
    s.scratch.ordinal = value;
  }
};

template <>
struct action<g::roman_ordinal> {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    const std::string_view text(in.begin(), in.size());
    const bool upper = text[0] >= 'A' && text[0] <= 'Z';
    if (text.size() == 1) {
      s.scratch.family =
          upper ? MarkerFamily::upper_letter_or_roman : MarkerFamily::lower_letter_or_roman;
    } else {
      s.scratch.family = upper ? MarkerFamily::upper_roman : MarkerFamily::lower_roman;
    }
    s.scratch.ordinal = roman_value(text);
  }
};

template <>
struct action<g::letter_ordinal> {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    const char c = *in.begin();
    const bool upper = c >= 'A' && c <= 'Z';
    s.scratch.family = upper ? MarkerFamily::upper_letter : MarkerFamily::lower_letter;
    s.scratch.ordinal = static_cast<std::uint32_t>((c | 0x20) - 'a' + 1);
  }
};

template <MarkerStyle Style>
struct marker_action {
  template <class Input>
  static void apply(const Input& in, ScanState& s) {
    s.scratch.marker = span_of(in, s);
    s.scratch.style = Style;
    if constexpr (Style == MarkerStyle::symbol) {
      s.scratch.family = MarkerFamily::symbol;
      s.scratch.ordinal = code_point(std::string_view(in.begin(), in.size()));
    }
  }
};
template <>
struct action<g::symbol_marker> : marker_action<MarkerStyle::symbol> {};
template <>
struct action<g::tight_symbol> : marker_action<MarkerStyle::symbol> {};
template <>
struct action<g::dot_marker> : marker_action<MarkerStyle::dot> {};
template <>
struct action<g::paren_marker> : marker_action<MarkerStyle::paren> {};
template <>
struct action<g::parens_marker> : marker_action<MarkerStyle::parens> {};

}  // namespace

std::vector<Line> scan_lines(std::string_view text, std::string_view source_name, bool* failed) {
  ScanState state;
  state.base = text.data();
  if (failed) *failed = false;
  try {
    pegtl::memory_input<> in(text.data(), text.size(), std::string(source_name));
    if (!pegtl::parse<g::document, action>(in, state) && failed) *failed = true;
  } catch (...) {
    // The grammar has no must<>; only allocation can throw here. Keep what was read.
    if (failed) *failed = true;
  }
  return std::move(state.lines);
}

}  // namespace eligo::grammar::document
