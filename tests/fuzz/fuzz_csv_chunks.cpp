// Fuzz target, differential: a patient CSV read in chunks (screen --jobs, csv_chunks.hpp)
// must give exactly what one pass gives with Grouping::assume_grouped: the same records
// (with their file:line sources), the same errors in the same order, the same counts.
// The first byte picks the chunk size (1 to 256 bytes, so that there are many cuts),
// the second the record limit (small, so that over-long records happen), the third how
// many times the rest is repeated (mostly once; up to 128 times, so that files span the
// readers' 64 KiB blocks and patients come back in later chunks); the rest is the
// file. Any difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "engine/record_resolver.hpp"
#include "patients/csv_chunks.hpp"
#include "patients/read_patients.hpp"

namespace {

struct Outcome {
  std::vector<eligo::patients::PatientRecord> patients;
  std::vector<eligo::Diagnostic> errors;
  eligo::patients::ReadStats stats;
  bool ok = true;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  static const eligo::patients::ItemResolver resolver = eligo::engine::make_record_resolver();
  eligo::patients::ReadOptions options;
  options.resolver = resolver;
  options.grouping = eligo::patients::Grouping::assume_grouped;
  const std::size_t chunk_bytes = 1 + data[0];
  if (data[1] % 2 == 1) options.limits.max_record_bytes = 16 + data[1];
  const std::string once(reinterpret_cast<const char*>(data + 3), size - 3);
  const std::size_t repeats = data[2] < 224 ? 1 : std::size_t{4} * (data[2] - 223);
  std::string text;
  text.reserve(once.size() * repeats);
  for (std::size_t i = 0; i < repeats; ++i) text += once;

  Outcome one;
  {
    std::istringstream in(text);
    const eligo::patients::ReadResult result = eligo::patients::read_patients(
        in, "fuzz.csv", options,
        [&](eligo::patients::PatientRecord&& p) { one.patients.push_back(std::move(p)); },
        [&](const eligo::Diagnostic& e) { one.errors.push_back(e); });
    one.stats = result.stats;
    one.ok = result.ok();
  }
  Outcome chunked;
  {
    std::vector<eligo::patients::CsvChunk> chunks;
    std::istringstream in(text);
    const eligo::patients::ReadResult result = eligo::patients::read_patients_chunked(
        in, "fuzz.csv", options,
        [&](eligo::patients::CsvChunk&& c) { chunks.push_back(std::move(c)); },
        [&](const eligo::Diagnostic& e) { chunked.errors.push_back(e); }, chunk_bytes);
    chunked.stats = result.stats;
    chunked.ok = result.ok();
    for (const eligo::patients::CsvChunk& chunk : chunks) {
      chunked.stats += eligo::patients::read_chunk(
          chunk,
          [&](eligo::patients::PatientRecord&& p) { chunked.patients.push_back(std::move(p)); },
          [&](const eligo::Diagnostic& e) { chunked.errors.push_back(e); });
    }
  }
  if (one.ok != chunked.ok || one.patients != chunked.patients || one.errors != chunked.errors ||
      one.stats != chunked.stats) {
    std::abort();
  }
  return 0;
}
