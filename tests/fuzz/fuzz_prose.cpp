// Fuzz target: the prose compiler on one criterion's text. It must never crash, hang or
// throw, and every span it reports must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "grammar/prose_compiler.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const eligo::grammar::ProseCompile compiled = eligo::grammar::compile_prose(text);
  for (const eligo::Span& span : compiled.uncovered) {
    if (span.begin > span.end || span.end > size) std::abort();
  }
  return 0;
}
