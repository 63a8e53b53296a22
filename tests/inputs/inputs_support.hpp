// Helpers for the real-input tests: paths, file reading, and the seed .criteria text
// without its rule: lines (the registry's own text, as ClinicalTrials.gov gives it).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace eligo::test {

inline std::string source_path(const std::string& relative) {
  return std::string(ELIGO_SOURCE_DIR) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::size_t indentation(const std::string& line) {
  return line.find_first_not_of(' ') == std::string::npos ? line.size()
                                                          : line.find_first_not_of(' ');
}

// The text with every `rule:` line, and the deeper-indented lines that continue it,
// removed: what is left is the registry's text under the header.
inline std::string without_rule_lines(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  std::size_t rule_indent = std::string::npos;
  while (std::getline(in, line)) {
    const std::size_t indent = indentation(line);
    if (rule_indent != std::string::npos) {
      if (indent < line.size() && indent > rule_indent) continue;
      rule_indent = std::string::npos;
    }
    if (line.compare(indent, 5, "rule:") == 0) {
      rule_indent = indent;
      continue;
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace eligo::test
