// Every example row of docs/prose.md is a test: `| `text` | `rule` | coverage |`, where
// the rule is "—" for none. The document's noise-word list is the compiler's list.
#include <fstream>
#include <sstream>

#include "grammar/noise_words.hpp"
#include "prose_test_support.hpp"

namespace eligo::prose_test {
namespace {

std::string read_doc() {
  std::ifstream in(std::string(ELIGO_SOURCE_DIR) + "/docs/prose.md");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  for (std::string line; std::getline(ss, line);) out.push_back(line);
  return out;
}

std::vector<std::string> split(const std::string& s, const std::string& by) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t at; (at = s.find(by, from)) != std::string::npos; from = at + by.size()) {
    out.push_back(s.substr(from, at - from));
  }
  out.push_back(s.substr(from));
  return out;
}

std::string unquote(std::string s) {
  if (s.size() >= 2 && s.front() == '`' && s.back() == '`') return s.substr(1, s.size() - 2);
  return s;
}

}  // namespace

TEST_CASE("prose: every example in docs/prose.md", "[prose][docs]") {
  const auto lines = lines_of(read_doc());
  int examples = 0;
  for (const auto& line : lines) {
    if (line.rfind("| `", 0) != 0) continue;
    const auto cells = split(line.substr(2, line.size() - 4), " | ");
    REQUIRE(cells.size() == 3);
    const std::string text = unquote(cells[0]);
    const std::string rule = cells[1] == "—" ? "" : unquote(cells[1]);
    const Coverage coverage = cells[2] == "full"      ? Coverage::full
                              : cells[2] == "partial" ? Coverage::partial
                                                      : Coverage::none;
    INFO(line);
    CHECK((cells[2] == "full" || cells[2] == "partial" || cells[2] == "none"));
    const grammar::ProseCompile r = grammar::compile_prose(text);
    CHECK(to_string(r.coverage) == to_string(coverage));
    if (coverage != Coverage::none) CHECK(print(r.tree) == rule);
    ++examples;
  }
  CHECK(examples > 80);
}

TEST_CASE("prose: docs/prose.md lists the noise words", "[prose][docs]") {
  const auto lines = lines_of(read_doc());
  for (const auto& group : grammar::noise_groups()) {
    const std::string head = "- **" + std::string(group.name) + "**: ";
    std::string listed;
    for (const auto& line : lines) {
      if (line.rfind(head, 0) == 0) listed = line.substr(head.size());
    }
    INFO(group.name);
    std::string expected;
    for (const auto& w : group.words) expected += (expected.empty() ? "" : ", ") + std::string(w);
    CHECK(listed == expected);
  }
}

}  // namespace eligo::prose_test
