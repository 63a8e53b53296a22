// Block reading around the tokenizer; see csv_stream.hpp.
#include "patients/csv_stream.hpp"

#include <string_view>

namespace eligo::patients {
namespace {
constexpr std::size_t kBlockBytes = std::size_t{64} << 10;
}  // namespace

CsvStream::CsvStream(std::istream& in, CsvLimits limits, bool streaming)
    : in_(in), tokenizer_(limits), buffer_(kBlockBytes), streaming_(streaming) {}

const CsvRecord* CsvStream::next() {
  for (;;) {
    if (position_ == size_ && !fill()) {
      if (failed_) return nullptr;
      return tokenizer_.finish() ? &tokenizer_.record() : nullptr;
    }
    position_ += tokenizer_.feed(std::string_view(buffer_.data() + position_, size_ - position_));
    if (tokenizer_.ready()) return &tokenizer_.record();
  }
}

bool CsvStream::fill() {
  if (at_end_) return false;
  const bool first = bytes_read_ == 0;
  std::size_t count = 0;
  if (streaming_) {
    // Waits for the first bytes only (three at the start, for a whole byte order mark),
    // then takes what else has arrived.
    in_.read(buffer_.data(), first ? 3 : 1);
    count = static_cast<std::size_t>(in_.gcount());
    if (in_) {
      count += static_cast<std::size_t>(in_.readsome(
          buffer_.data() + count, static_cast<std::streamsize>(buffer_.size() - count)));
    }
  } else {
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    count = static_cast<std::size_t>(in_.gcount());
  }
  if (in_.bad()) failed_ = true;
  if (count == 0 || failed_) {
    at_end_ = true;
    return false;
  }
  bytes_read_ += count;
  position_ = 0;
  size_ = count;
  // The first read is a whole block or at least three bytes unless the input ends, so a
  // BOM is whole in the first block.
  if (first && std::string_view(buffer_.data(), size_).substr(0, 3) == "\xEF\xBB\xBF") {
    position_ = 3;
  }
  if (!streaming_ && count < buffer_.size()) at_end_ = true;
  return true;
}

}  // namespace eligo::patients
