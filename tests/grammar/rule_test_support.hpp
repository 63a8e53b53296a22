// Helpers shared by the rule notation tests: reading the fenced examples of
// docs/rules.md, and a short description of a failed parse for test messages.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "grammar/rule_parser.hpp"

namespace eligo::test {

// The fenced blocks of a markdown file whose opening fence is exactly "```" + info,
// each as its lines.
inline std::vector<std::vector<std::string>> fenced_blocks(const std::string& path,
                                                           const std::string& info) {
  std::ifstream file(path);
  std::vector<std::vector<std::string>> blocks;
  std::string line;
  bool inside = false;
  bool wanted = false;
  while (std::getline(file, line)) {
    if (line.rfind("```", 0) == 0) {
      if (!inside) {
        inside = true;
        wanted = line == "```" + info;
        if (wanted) blocks.emplace_back();
      } else {
        inside = false;
      }
      continue;
    }
    if (inside && wanted) blocks.back().push_back(line);
  }
  return blocks;
}

inline std::string docs_path() { return std::string(ELIGO_SOURCE_DIR) + "/docs/rules.md"; }

// The rendered diagnostics of a parse, for failure messages.
inline std::string rendered(const grammar::RuleParse& parse, std::string_view text) {
  return render_all(parse.diagnostics, "rule", text);
}

}  // namespace eligo::test
