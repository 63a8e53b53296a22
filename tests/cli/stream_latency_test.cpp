// `eligo screen --patients - --grouped` writes a patient's verdicts as soon as the next
// patient's first row arrives, while its standard input is still open: a streaming
// worker's reader gets rows before the end of the input, not only at the end.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace {

using eligo::test::read_file;
using eligo::test::source_path;

// eligo with pipes on its standard input and output (standard error dropped).
struct Worker {
  pid_t pid = -1;
  int in = -1;   // eligo's standard input, to write
  int out = -1;  // eligo's standard output, to read

  explicit Worker(const std::vector<std::string>& args) {
    int to_child[2], from_child[2];
    if (::pipe(to_child) != 0 || ::pipe(from_child) != 0) FAIL("pipe");
    pid = ::fork();
    if (pid == 0) {
      ::dup2(to_child[0], STDIN_FILENO);
      ::dup2(from_child[1], STDOUT_FILENO);
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, STDERR_FILENO);
      ::close(to_child[1]);
      ::close(from_child[0]);
      std::vector<char*> argv{const_cast<char*>(ELIGO_BINARY)};
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      ::execv(ELIGO_BINARY, argv.data());
      ::_exit(127);
    }
    ::close(to_child[0]);
    ::close(from_child[1]);
    in = to_child[1];
    out = from_child[0];
  }
  ~Worker() {
    if (in >= 0) ::close(in);
    if (out >= 0) ::close(out);
    if (pid > 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
    }
  }

  void write(const std::string& text) const {
    std::size_t done = 0;
    while (done < text.size()) {
      const ssize_t n = ::write(in, text.data() + done, text.size() - done);
      REQUIRE(n > 0);
      done += static_cast<std::size_t>(n);
    }
  }

  // Reads until `text` holds `lines` lines, the output ends, or `seconds` pass.
  void read_lines(std::string& text, std::size_t lines, int seconds) const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    char buffer[4096];
    while (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) < lines) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return;
      pollfd p{out, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return;
      const ssize_t n = ::read(out, buffer, sizeof buffer);
      if (n <= 0) return;
      text.append(buffer, static_cast<std::size_t>(n));
    }
  }
};

}  // namespace

TEST_CASE("screen --patients - --grouped: a patient's rows are written before the input ends",
          "[cli][stream]") {
  std::istringstream samples(read_file(source_path(eligo::test::kSamples)));
  std::string header, line, first, second_first_row, rest;
  std::getline(samples, header);
  std::string first_id;
  while (std::getline(samples, line)) {
    const std::string id = line.substr(0, line.find(','));
    if (first_id.empty()) first_id = id;
    if (id == first_id) {
      first += line + "\n";
    } else if (second_first_row.empty()) {
      second_first_row = line + "\n";
    } else {
      rest += line + "\n";
    }
  }
  Worker worker({"screen", "--trials", source_path("criteria"), "--patients", "-", "--grouped",
                 "--as-of", "2026-11-20", "--format", "csv", "--no-header"});
  // The first patient and the second's first row; the input stays open.
  worker.write(header + "\n" + first + second_first_row);
  std::string early;
  worker.read_lines(early, 4, 20);
  std::istringstream rows(early);
  std::size_t count = 0;
  while (std::getline(rows, line)) {
    CHECK(line.rfind(first_id + ",", 0) == 0);
    ++count;
  }
  CHECK(count == 4);  // one row per seed trial, before the input ended

  worker.write(rest);
  ::close(worker.in);
  worker.in = -1;
  std::string all = early;
  worker.read_lines(all, 21 * 4, 60);
  int status = 0;
  REQUIRE(::waitpid(worker.pid, &status, 0) == worker.pid);
  worker.pid = -1;
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(std::count(all.begin(), all.end(), '\n') == 21 * 4);
}
