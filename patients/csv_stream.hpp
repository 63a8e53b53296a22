// Records from a std::istream, read in 64 KiB blocks: memory stays one block plus one
// record, whatever the size of the input. Drops a UTF-8 byte order mark at the start.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "patients/csv_tokenizer.hpp"

namespace eligo {

class CsvStream {
 public:
  explicit CsvStream(std::istream& in, CsvLimits limits = {});

  // The next record, valid until the next call; nullptr at the end of the input or when
  // reading failed (see failed()).
  const CsvRecord* next();

  // The stream reported an error (badbit), as opposed to reaching its end.
  bool failed() const { return failed_; }
  // Bytes read from the stream so far, the byte order mark included.
  std::uint64_t bytes_read() const { return bytes_read_; }
  // From now on, appends every byte the tokenizer consumes to `*sink` (null: stop), so a
  // caller can keep the bytes of the records it is given (csv_chunks.hpp).
  void capture(std::string* sink) { capture_ = sink; }
  // The last record ended at a CR (CsvTokenizer::after_cr).
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
  std::string* capture_ = nullptr;
};

}  // namespace eligo
