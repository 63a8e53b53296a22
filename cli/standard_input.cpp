// A stream buffer over file descriptor 0; see standard_input.hpp.
#include "cli/standard_input.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <streambuf>
#include <vector>

namespace eligo::cli {
namespace {

class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd) : fd_(fd), buffer_(std::size_t{64} << 10) {}

 protected:
  // One read(2): what has arrived, up to the buffer's size.
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t count = 0;
    do {
      count = ::read(fd_, buffer_.data(), buffer_.size());
    } while (count < 0 && errno == EINTR);
    if (count < 0) throw std::ios_base::failure("cannot read standard input");
    if (count == 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + count);
    return traits_type::to_int_type(*gptr());
  }

  pos_type seekoff(off_type offset, std::ios_base::seekdir dir,
                   std::ios_base::openmode which) override {
    if (!(which & std::ios_base::in) || dir == std::ios_base::end) return pos_type(off_type(-1));
    const off_type at = ::lseek(fd_, 0, SEEK_CUR);  // fails on a pipe
    if (at < 0) return pos_type(off_type(-1));
    const off_type here = at - (egptr() - gptr());
    if (dir == std::ios_base::cur && offset == 0) return pos_type(here);
    return seekpos(pos_type(dir == std::ios_base::cur ? here + offset : offset), which);
  }

  pos_type seekpos(pos_type position, std::ios_base::openmode which) override {
    if (!(which & std::ios_base::in)) return pos_type(off_type(-1));
    if (::lseek(fd_, off_type(position), SEEK_SET) < 0) return pos_type(off_type(-1));
    setg(buffer_.data(), buffer_.data(), buffer_.data());
    return position;
  }

 private:
  int fd_;
  std::vector<char> buffer_;
};

}  // namespace

std::istream& standard_input() {
  static DescriptorBuffer buffer(STDIN_FILENO);
  static std::istream stream(&buffer);
  return stream;
}

bool standard_input_is_stream() {
  struct stat status {};
  if (::fstat(STDIN_FILENO, &status) != 0) return true;
  return !S_ISREG(status.st_mode);
}

}  // namespace eligo::cli
