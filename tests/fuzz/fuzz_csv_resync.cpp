// Fuzz target, differential (issue 14, item 10): the fuzz input is put as lines between
// the sample patients' rows, and the file is read and screened (tests/cli/damage_check.hpp).
// Every clean patient's verdicts must stay as in the clean run, except: a patient whose
// id the bytes contain (they may be rows of its own) and, with --grouped, the patient
// whose rows the bytes split, which may only turn undetermined or lose facts. Byte 0 picks the read
// mode and CRLF line ends, bytes 1-2 the row before which the bytes go, byte 3 the chunk size; the
// rest are the bytes. Any other change of verdict aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "damage_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using eligo::test::DamageCheck;
  using eligo::test::ReadMode;
  if (size < 4) return 0;
  const DamageCheck& check = DamageCheck::instance();
  const ReadMode mode = static_cast<ReadMode>(data[0] % 3);
  const std::string end = data[0] & 0x80 ? "\r\n" : "\n";
  const std::size_t at = (std::size_t{data[1]} << 8 | data[2]) % (check.rows().size() + 1);
  const std::size_t chunk_bytes = 1 + std::size_t{data[3]} * 16;
  std::string bytes(reinterpret_cast<const char*>(data + 4), size - 4);
  if (bytes.empty() || (bytes.back() != '\n' && bytes.back() != '\r')) bytes += end;

  std::string text = check.header() + end;
  for (std::size_t i = 0; i < check.rows().size(); ++i) {
    if (i == at) text += bytes;
    text += check.rows()[i] + end;
  }
  if (at == check.rows().size()) text += bytes;
  std::set<std::string> damaged, written;
  for (const std::string& id : check.owners()) {
    if (bytes.find(id) != std::string::npos) written.insert(id);
  }
  if (mode != ReadMode::check && at > 0 && at < check.rows().size() &&
      check.owners()[at - 1] == check.owners()[at]) {
    damaged.insert(check.owners()[at]);
  }
  eligo::patients::CsvLimits limits;
  limits.max_record_bytes = 2048;
  for (const std::string& problem :
       check.problems(text, damaged, mode, chunk_bytes, limits, nullptr, written)) {
    std::fprintf(stderr, "%s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
