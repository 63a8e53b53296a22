// Appending to the feedback log; see feedback_log.hpp.
#include "cds/feedback_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace eligo::cds {

FeedbackLog::FeedbackLog(const std::string& path)
    : fd_(::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600)) {
  if (fd_ < 0) {
    throw std::runtime_error("cannot open the feedback log " + path + ": " + std::strerror(errno));
  }
}

FeedbackLog::~FeedbackLog() {
  if (fd_ >= 0) ::close(fd_);
}

bool FeedbackLog::append(std::string_view lines) {
  const std::lock_guard lock(mutex_);
  while (!lines.empty()) {
    const ssize_t written = ::write(fd_, lines.data(), lines.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    lines.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace eligo::cds
