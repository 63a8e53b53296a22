// Diagnostics: the one shape of every problem eligo reports, from the rule and prose
// compilers, the .criteria and study-JSON readers, the patient readers (a row, a cell, a
// header, a whole file) and the CDS Hooks service: collected rather than thrown, each
// with where it is. Rendered in one place (render), in the form compilers use:
//   file:line:col: error: message
//   <the source line>
//   <spaces>^
//   hint: what to write instead
// The column is left out for a whole row (column 0), the line too for a whole file
// (line 0): "patients.csv:12: error: anc: not a number: \"abc\"".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/source.hpp"

namespace eligo {

enum class Severity { note, warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  Span span;
  std::string message;
  std::string hint;  // optional: what to write instead
  // The text it is about: a file path, "rule", "NCT04270409:I3", "prefetch.conditions".
  // Compilers leave it empty; whoever names the text sets it (or passes `where` below).
  std::string file = {};

  bool operator==(const Diagnostic&) const = default;
};

std::string_view to_string(Severity severity);

// A problem with a whole row (line, column 0) or a whole file (line 0) of `file`.
Diagnostic row_diagnostic(std::string file, std::uint32_t line, std::string message,
                          Severity severity = Severity::error);

// The diagnostic as text. `source`, when given, is the text the span points into: its
// line is quoted with a caret under span.column. `where` names the text when the
// diagnostic does not (file empty).
std::string render(const Diagnostic& diagnostic, std::string_view where, std::string_view source);
std::string render(const Diagnostic& diagnostic, std::string_view source = {});
// One line, no source quoted and no newline: "file:line: error: message".
std::string to_string(const Diagnostic& diagnostic);
std::string render_all(const std::vector<Diagnostic>& diagnostics, std::string_view where,
                       std::string_view source);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// `text` as a message quotes it: at most `max_bytes`, cut at a character boundary and
// followed by "..." when longer, so a 100,000-byte input makes a short message.
std::string shorten(std::string_view text, std::size_t max_bytes = 40);

}  // namespace eligo
