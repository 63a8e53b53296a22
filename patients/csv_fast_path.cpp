// The tokenizer's fast paths: a whole plain line read at once, and runs of plain bytes
// inside a field. Each gives exactly what step() would give byte by byte
// (csv_tokenizer.hpp); the tests cut the input at random to check that.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "patients/csv_tokenizer.hpp"

namespace eligo::patients {
namespace {

// The high bit of each byte of `word` that equals `c`, and no other bit (exact: no
// carries between bytes).
std::uint64_t bytes_equal(std::uint64_t word, char c) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t x = word ^ (0x0101010101010101ull * static_cast<unsigned char>(c));
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

}  // namespace

std::size_t CsvTokenizer::whole_line(std::string_view input) {
  // The common record: one whole line at the start of `input` with no quote and no CR,
  // within the limits, found and split in one pass; the state machine would give the
  // same fields. Anything else (and a line with very many fields) takes the slow path.
  constexpr std::size_t kMaxCommas = 256;
  if (limits_.max_fields == 0) return 0;
  std::size_t commas[kMaxCommas];
  std::size_t count = 0;
  const std::size_t size = std::min(input.size(), limits_.max_record_bytes);
  std::size_t end = 0;
  const auto comma_at = [&](std::size_t at) {
    if (count == kMaxCommas || count + 1 >= limits_.max_fields) return false;
    commas[count++] = at;
    return true;
  };
  // Eight bytes at a time while no line end, quote or CR is among them.
  if constexpr (std::endian::native == std::endian::little) {
    for (; end + 8 <= size; end += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, input.data() + end, 8);
      const std::uint64_t stop =
          bytes_equal(word, '\n') | bytes_equal(word, '"') | bytes_equal(word, '\r');
      std::uint64_t comma = bytes_equal(word, ',');
      if (stop != 0) comma &= stop - 1;  // only the commas before the first stop
      for (; comma != 0; comma &= comma - 1) {
        if (!comma_at(end + static_cast<std::size_t>(std::countr_zero(comma)) / 8)) return 0;
      }
      if (stop != 0) {
        end += static_cast<std::size_t>(std::countr_zero(stop)) / 8;
        break;
      }
    }
  }
  for (;; ++end) {
    if (end == size) return 0;  // no line end in reach
    const char c = input[end];
    if (c == '\n') break;
    if (c == '"' || c == '\r') return 0;
    if (c == ',' && !comma_at(end)) return 0;
  }
  // As begin_record() and a begin_field() per field would leave it.
  started_ = true;
  record_.line = line_;
  record_.error.clear();
  state_ = State::field_start;
  count_ = count + 1;
  if (record_.fields.size() < count_) {
    record_.fields.resize(count_);
    record_.field_lines.resize(count_);
  }
  std::size_t start = 0;
  for (std::size_t k = 0; k < count_; ++k) {
    const std::size_t stop = k < count ? commas[k] : end;
    record_.fields[k] = std::string_view(input.data() + start, stop - start);
    record_.field_lines[k] = line_;
    start = stop + 1;
  }
  bytes_ = end + 1;
  ++line_;
  end_record(true);
  return end + 1;
}

std::size_t CsvTokenizer::plain_run(std::string_view input) const {
  // Only bytes that step() would append without any other effect; never past the limit.
  const std::size_t room =
      limits_.max_record_bytes > bytes_ ? limits_.max_record_bytes - bytes_ : 0;
  if (input.size() > room) input = input.substr(0, room);
  std::size_t n = 0;
  if (state_ == State::unquoted) {
    while (n < input.size()) {
      const char c = input[n];
      if (c == ',' || c == '"' || c == '\n' || c == '\r') break;
      ++n;
    }
  } else if (state_ == State::quoted) {
    while (n < input.size() && input[n] != '"' && input[n] != '\n' && input[n] != '\r') ++n;
  }
  return n;
}

}  // namespace eligo::patients
