// Fuzz target: the patient CSV readers (long and wide, by the header) with the engine's
// record resolver. The first byte picks the grouping; the rest is the file. They must
// never crash, hang or throw, and every error must name a line of the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/record_resolver.hpp"
#include "patients/read_patients.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const eligo::patients::ItemResolver resolver = eligo::engine::make_record_resolver();
  eligo::patients::ReadOptions options;
  options.resolver = resolver;
  constexpr eligo::patients::Grouping kGroupings[] = {eligo::patients::Grouping::check,
                                                      eligo::patients::Grouping::assume_grouped,
                                                      eligo::patients::Grouping::in_memory};
  options.grouping = kGroupings[data[0] % 3];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const eligo::patients::PatientFile file =
      eligo::patients::read_patients_text(text, "fuzz.csv", options);
  std::size_t lines = 1;
  for (const char c : text) lines += c == '\n' || c == '\r' ? 1 : 0;
  for (const eligo::Diagnostic& error : file.errors) {
    if (error.span.line == 0 || error.span.line > lines) std::abort();
  }
  return 0;
}
