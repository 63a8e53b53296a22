// Rendering of diagnostics with the offending source line and a caret.
#include "core/diagnostic.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace eligo {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

namespace {

// The text of 1-based line `line` of `source`, without its line break.
std::string_view line_of(std::string_view source, std::uint32_t line) {
  std::size_t start = 0;
  for (std::uint32_t l = 1; l < line; ++l) {
    const auto nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  auto end = source.find('\n', start);
  if (end == std::string_view::npos) end = source.size();
  auto text = source.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// A longer line is shown as a window around the caret, its cut ends written "...", so a
// 100,000-character line gives a readable message.
constexpr std::size_t kMaxShown = 160;
constexpr std::size_t kShownBeforeCaret = 60;

}  // namespace

Diagnostic row_diagnostic(std::string file, std::uint32_t line, std::string message,
                          Severity severity) {
  Diagnostic d{severity, Span{0, 0, line, 0}, std::move(message), {}};
  d.file = std::move(file);
  return d;
}

std::string to_string(const Diagnostic& d) {
  std::string out = d.file;
  if (d.span.line > 0) {
    out += ':' + std::to_string(d.span.line);
    if (d.span.column > 0) out += ':' + std::to_string(d.span.column);
  }
  out += ": ";
  out += to_string(d.severity);
  out += ": " + d.message;
  return out;
}

std::string render(const Diagnostic& d, std::string_view source) { return render(d, {}, source); }

std::string render(const Diagnostic& d, std::string_view where, std::string_view source) {
  std::string out;
  if (d.file.empty() && !where.empty()) {
    Diagnostic named = d;
    named.file = std::string(where);
    out = to_string(named);
  } else {
    out = to_string(d);
  }
  out += '\n';
  if (d.span.line == 0 || d.span.column == 0) {
    if (!d.hint.empty()) out += "hint: " + d.hint + '\n';
    return out;
  }
  const auto line = line_of(source, d.span.line);
  if (!line.empty() || d.span.column <= 1) {
    std::size_t col = d.span.column > 0 ? d.span.column - 1 : 0;
    std::string text(line);
    if (line.size() > kMaxShown) {
      const std::size_t start = utf8_char_start(
          line, std::min(col > kShownBeforeCaret ? col - kShownBeforeCaret : 0, line.size()));
      const std::size_t end = utf8_char_start(line, std::min(line.size(), start + kMaxShown));
      text = (start > 0 ? "..." : "") + std::string(line.substr(start, end - start)) +
             (end < line.size() ? "..." : "");
      col = col - start + (start > 0 ? 3 : 0);
    }
    out += text;
    out += '\n';
    // Tabs stay tabs so the caret lines up in a terminal.
    for (std::size_t i = 0; i < col && i < text.size(); ++i) out += text[i] == '\t' ? '\t' : ' ';
    for (std::size_t i = text.size(); i < col; ++i) out += ' ';
    out += "^\n";
  }
  if (!d.hint.empty()) out += "hint: " + d.hint + '\n';
  return out;
}

std::string render_all(const std::vector<Diagnostic>& diagnostics, std::string_view where,
                       std::string_view source) {
  auto sorted = diagnostics;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.span.begin < b.span.begin;
  });
  std::string out;
  for (const auto& d : sorted) out += render(d, where, source);
  return out;
}

std::string shorten(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  return std::string(utf8_prefix(text, max_bytes)) + "...";
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace eligo
