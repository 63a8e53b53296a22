// Fuzz target: a whole .criteria document (header, sections, nesting, notes, rule:
// lines, prose). It must never crash, hang or throw; parents come before children.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "grammar/trial_compiler.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const eligo::grammar::TrialCompile compiled =
      eligo::grammar::compile_trial(std::move(text), "fuzz.criteria");
  const auto& criteria = compiled.trial.criteria;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const int parent = criteria[i].parent;
    if (parent >= static_cast<int>(i)) std::abort();
  }
  return 0;
}
