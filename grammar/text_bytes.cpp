// NUL and invalid UTF-8 warnings; see text_bytes.hpp.
#include "grammar/text_bytes.hpp"

#include <string>

#include "core/text.hpp"

namespace eligo::grammar {

std::vector<Diagnostic> byte_warnings(std::string_view text, std::size_t max_lines) {
  std::vector<Diagnostic> out;
  const std::string hint = "the text is kept as written";
  std::uint32_t line = 1, line_begin = 0, last_bad_line = 0;
  std::size_t bad_lines = 0;
  Span last_bad;
  bool nul = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto at = static_cast<std::uint32_t>(i);
    const Span here{at, at, line, at - line_begin + 1};
    if (text[i] == '\n') {
      ++line;
      line_begin = at + 1;
    } else if (text[i] == '\0' && !nul) {
      nul = true;
      out.push_back({Severity::warning, here, "NUL byte: is this a text file?", hint});
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      if (line != last_bad_line) {
        if (++bad_lines <= max_lines) {
          out.push_back({Severity::warning, here, "bytes that are not UTF-8", hint});
        }
        last_bad_line = line;
        last_bad = here;
      }
      length = 1;
    }
    i += length;
  }
  if (bad_lines > max_lines) {
    out.push_back({Severity::warning, last_bad,
                   std::to_string(bad_lines - max_lines) +
                       " more lines with bytes that are not UTF-8 (the last is here)",
                   hint});
  }
  return out;
}

}  // namespace eligo::grammar
