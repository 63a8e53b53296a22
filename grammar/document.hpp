// The .criteria trial file, as a document: header lines, inclusion/exclusion sections,
// and the criteria in them with their nesting, notes and `rule:` annotations
// (docs/criteria-format.md). This stage only finds structure: each criterion keeps its
// text verbatim, with the file spans it came from, for the prose compiler and the rule
// parser to read. parse_criteria_document never throws and never rejects a file: what it
// cannot read becomes a diagnostic with line:col, and the rest is still parsed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/source.hpp"
#include "core/tree.hpp"   // Duration
#include "core/trial.hpp"  // Section, Criterion::Combine

namespace eligo::grammar {

using Combine = Criterion::Combine;

// One `key: value` line of the header, known or not.
struct HeaderField {
  std::string key;
  std::string value;  // verbatim, trimmed
  Span key_span;
  Span value_span;
  bool known = false;  // one of the keys below; unknown keys also get a warning
  bool operator==(const HeaderField&) const = default;
};

// The header lines at the top of the file. Values are kept as written; ages and the lab
// window are also read as durations when they have the form "<number> <unit>".
struct CriteriaHeader {
  std::string id;  // "NCT04270409"
  std::string title;
  std::optional<std::string> min_age, max_age, sex, lab_window, healthy_volunteers;
  std::optional<Duration> min_age_duration, max_age_duration, lab_window_duration;
  std::vector<HeaderField> fields;                       // every header line in file order
  const HeaderField* field(std::string_view key) const;  // the last line with this key
};

// A paragraph attached to a criterion ("Of note:", "NOTE:", "However, ...") or to the
// document (a section preamble, the registry's disclaimer, a note before any criterion).
struct Note {
  std::string text;  // joined like CriterionNode::text
  Span span;
  std::vector<Span> text_pieces;
  bool operator==(const Note&) const = default;
};

struct CriterionNode {
  std::string id;  // I1, I2, I2.1, E4.3: section letter, then 1-based positions
  Section section = Section::inclusion;
  unsigned depth = 0;  // 0 for top level
  std::string marker;  // the bullet as written ("*", "1.", "(a)"); empty for a paragraph
  // Verbatim: the lines' text without bullet and indentation, joined with one space;
  // markdown escapes (\>=, \[) and any bytes (≥, µ, â‰¥) are kept as written.
  std::string text;
  Span span;                        // from the first to the last byte of the text in the file
  std::vector<Span> text_pieces;    // the file spans `text` was joined from (see text_span)
  std::optional<std::string> rule;  // the text after `rule:`, exactly as in the file
  Span rule_span;                   // of that text; line:col for parse_rule's origin
  std::vector<Note> notes;

  // How the children combine, from the wording of this text (any/one or more of the
  // following -> any; all/each/both of -> all; at least k of -> at_least). On a leaf, the
  // wording found in its text, if any (an inline list): a hint for the prose compiler.
  Combine combine = Combine::none;
  unsigned k = 0;                   // at_least: k; any: 1; otherwise 0
  bool negated = false;             // "none of the following": none of the children may hold
  bool combine_is_default = false;  // has children, no wording: inclusion all, exclusion any
  bool children_guessed = false;    // children not indented: their extent is a guess (warned)
  std::size_t wording_begin = 0, wording_end = 0;  // the combinator wording's range in text

  int parent = -1;  // index into CriteriaDocument::criteria, -1 at top level
  std::vector<int> children;
};

struct CriteriaDocument {
  CriteriaHeader header;
  std::vector<CriterionNode> criteria;  // in file order: a parent before its children
  std::vector<Note> notes;              // document-level notes (see Note)
  std::vector<Diagnostic> diagnostics;  // in file order
  bool has_section_headings = false;    // false: everything was taken as inclusion

  const CriterionNode* find(std::string_view id) const;
};

// Parses a .criteria file. `source_name` names it in messages (a path).
CriteriaDocument parse_criteria_document(std::string_view text, std::string_view source_name);

// The file span of text[begin, end) of a criterion or note, given its text_pieces: so a
// later stage can point at a word inside a criterion that spans several lines.
Span text_span(const std::vector<Span>& text_pieces, std::size_t begin, std::size_t end);

// The deepest nesting accepted; deeper items are attached at this depth, with an error.
inline constexpr unsigned kMaxCriterionDepth = 16;

}  // namespace eligo::grammar
