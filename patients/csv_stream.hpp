// Records from a std::istream, read in 64 KiB blocks: memory stays one block plus one
// record, whatever the size of the input. Drops a UTF-8 byte order mark at the start.
// A streaming input (a pipe fed as rows are produced) is read as it arrives: a read
// takes what the stream has buffered instead of waiting for a whole block.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string_view>
#include <vector>

#include "patients/csv_tokenizer.hpp"

namespace eligo::patients {

class CsvStream {
 public:
  explicit CsvStream(std::istream& in, CsvLimits limits = {}, bool streaming = false);

  // The next record, valid until the next call; nullptr at the end of the input or when
  // reading failed (see failed()).
  const CsvRecord* next();
  // The header's field count, for the records after it (CsvTokenizer::expect_columns).
  void expect_columns(std::size_t columns) { tokenizer_.expect_columns(columns); }

  // The stream reported an error (badbit), as opposed to reaching its end.
  bool failed() const { return failed_; }
  // Bytes read from the stream so far, the byte order mark included.
  std::uint64_t bytes_read() const { return bytes_read_; }

  // For a reader that takes over between records (csv_chunks.cpp), after which this
  // stream is not used, after a record that stands (so nothing is left to read again):
  // the bytes read and not yet consumed, the stream to read the rest
  // from (nothing when input_ended()), the line of the next record, and whether the last
  // record ended at a CR (CsvTokenizer::after_cr).
  std::string_view unread() const { return {buffer_.data() + position_, size_ - position_}; }
  std::istream& input() { return in_; }
  bool input_ended() const { return at_end_; }
  std::uint32_t line() const { return tokenizer_.line(); }
  bool after_cr() const { return tokenizer_.after_cr(); }

 private:
  bool fill();

  std::istream& in_;
  CsvTokenizer tokenizer_;
  std::vector<char> buffer_;
  std::size_t position_ = 0;
  std::size_t size_ = 0;
  std::uint64_t bytes_read_ = 0;
  bool at_end_ = false;
  bool failed_ = false;
  bool streaming_ = false;
};

}  // namespace eligo::patients
