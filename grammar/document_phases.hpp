// The phases of reading a .criteria file (private to grammar/document_*.cpp):
//   scan_lines      (document_lines.cpp)   the PEGTL line grammar gives each line a kind
//   read_header     (document_header.cpp)  header lines -> CriteriaHeader
//   build_criteria  (document_nesting.cpp, document_lists.cpp) sections, nesting, notes,
//                   rules
//   then ids and combinators (document_parser.cpp)
// Each phase keeps file spans, so diagnostics of later phases still point at the text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source.hpp"
#include "core/trial.hpp"
#include "grammar/document.hpp"

namespace eligo::grammar::document {

enum class LineKind { blank, comment, header, heading, bullet, rule, note, text };

// How an ordered marker is written: "1." "1)" "(1)"; `symbol` for * - + •.
enum class MarkerStyle { symbol, dot, paren, parens };

// What an ordered marker counts with. i, v and x alone are `letter_or_roman` until the
// parser sees which list they continue.
enum class MarkerFamily {
  symbol,
  number,
  lower_letter,
  upper_letter,
  lower_roman,
  upper_roman,
  lower_letter_or_roman,
  upper_letter_or_roman
};

struct Line {
  LineKind kind = LineKind::text;
  std::uint32_t number = 1;  // 1-based line number
  std::uint32_t begin = 0;   // byte offset of the line's first byte
  std::uint32_t first = 0;   // byte offset of its first visible byte (after indentation)
  std::uint32_t indent = 0;  // columns of indentation (a tab advances to a multiple of 4)
  // The line's text part, trimmed: the value of a header, the text of a heading, bullet,
  // note, rule or text line; empty (begin == end) when there is none.
  Span content;
  Span key;                              // header: the key
  Section section = Section::inclusion;  // heading
  // bullet
  Span marker;  // the marker as written
  MarkerStyle style = MarkerStyle::symbol;
  MarkerFamily family = MarkerFamily::symbol;
  std::uint32_t ordinal = 0;  // 1-based value of an ordered marker; the code point of a symbol
};

// Classifies the lines of `text`. `source_name` names the input for PEGTL.
// Throws nothing; on an internal failure returns what was read so far and sets `*failed`.
std::vector<Line> scan_lines(std::string_view text, std::string_view source_name, bool* failed);

// Fills doc.header from the header lines; warns about unknown keys, repeated keys,
// values that do not read, and a missing id.
void read_header(const std::vector<Line>& lines, std::string_view text, CriteriaDocument& doc);

// Builds doc.criteria and doc.notes from the body lines.
void build_criteria(const std::vector<Line>& lines, std::string_view text, CriteriaDocument& doc);

// Adds a diagnostic unless the document already has too many (then one error says so).
void add_diagnostic(CriteriaDocument& doc, Severity severity, Span span, std::string message,
                    std::string hint = {});

// An empty span at byte `offset` of `line` (which must be on that line).
inline Span span_at(const Line& line, std::uint32_t offset) {
  return Span{offset, offset, line.number, offset - line.begin + 1};
}

}  // namespace eligo::grammar::document
