// The feedback log of `eligo serve --feedback-log FILE`: JSON Lines, one record per
// feedback entry (feedback.hpp: feedback_record), appended. The file is opened once, for
// appending (created with mode 0600 if missing), and each request's records are written
// with one write under a lock, so concurrent requests never interleave within a line and
// other writers appending to the same file (O_APPEND) do not overwrite them.
#pragma once

#include <mutex>
#include <string>

namespace eligo::cds {

class FeedbackLog {
 public:
  // Throws std::runtime_error naming the path and the reason when it cannot be opened.
  explicit FeedbackLog(const std::string& path);
  ~FeedbackLog();
  FeedbackLog(const FeedbackLog&) = delete;
  FeedbackLog& operator=(const FeedbackLog&) = delete;

  // Appends `lines` (each ending in '\n'); false if the write failed (disk full, ...).
  bool append(std::string_view lines);

 private:
  int fd_ = -1;
  std::mutex mutex_;
};

}  // namespace eligo::cds
