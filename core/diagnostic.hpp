// Diagnostics: problems found in a text (a rule, a criteria file, a CSV row), collected
// rather than thrown, each with where it is. Rendered as
//   file:line:col: error: message
//   <the source line>
//   <spaces>^
#pragma once

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

  bool operator==(const Diagnostic&) const = default;
};

std::string_view to_string(Severity severity);

// `where` names the text (a file path, "rule", "NCT04270409:I3"); `source` is the text
// the span points into. The caret sits under span.column of span.line.
std::string render(const Diagnostic& diagnostic, std::string_view where, std::string_view source);
std::string render_all(const std::vector<Diagnostic>& diagnostics, std::string_view where,
                       std::string_view source);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// `text` as a message quotes it: at most `max_bytes`, cut at a character boundary and
// followed by "..." when longer, so a 100,000-byte input makes a short message.
std::string shorten(std::string_view text, std::size_t max_bytes = 40);

}  // namespace eligo
