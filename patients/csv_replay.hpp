// The tokenizer's resynchronisation buffer (csv_tokenizer.hpp): while a record spans
// lines, the bytes it reads after its first line are kept; if the record is rejected they
// are read again, as fresh records, before any more input. What is kept is bounded by the
// record limits, and the unread replay is always the last bytes taken from the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace eligo::patients {

class CsvReplay {
 public:
  // The record in progress spans lines: `bytes` come after its first line.
  void keep(std::string_view bytes) { kept_.append(bytes); }
  // The record ended and stands: nothing of it is read again.
  void drop_kept() { kept_.clear(); }
  // The record was rejected: what it kept is read next, then the rest of the replay.
  void replay_kept() {
    kept_.append(pending_, position_);
    pending_.swap(kept_);
    kept_.clear();
    position_ = 0;
  }

  // Bytes to read before any more input.
  bool pending() const { return position_ < pending_.size(); }
  std::string_view unread() const { return std::string_view(pending_).substr(position_); }
  // The bytes read stay as they are until the next replay_kept(): a record read from
  // them may view them (CsvRecord).
  void advance(std::size_t bytes) { position_ += bytes; }

 private:
  std::string kept_;     // of the record in progress
  std::string pending_;  // to read again, from position_
  std::size_t position_ = 0;
};

}  // namespace eligo::patients
