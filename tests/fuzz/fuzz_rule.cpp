// Fuzz target: the rule notation. It must never crash, hang or throw; a rule that
// parses must print and parse back to the same tree.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/printer.hpp"
#include "grammar/rule_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const eligo::grammar::RuleParse parsed = eligo::grammar::parse_rule(text);
  if (!parsed.ok()) return 0;
  const std::string printed = eligo::print(parsed.tree);
  const eligo::grammar::RuleParse again = eligo::grammar::parse_rule(printed);
  if (!again.ok() || eligo::print(again.tree) != printed) std::abort();
  return 0;
}
