// The connection threads (cds/connection_pool.hpp): a thread for each connection when none
// is idle, up to the most; extra threads end when idle; queued work runs before shutdown.
#include "cds/connection_pool.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using eligo::cds::ConnectionPool;
using namespace std::chrono_literals;

namespace {

// Jobs that block until released, counting how many run at once.
class Gate {
 public:
  std::function<void()> job() {
    return [this] {
      std::unique_lock lock(mutex_);
      ++running_;
      most_ = std::max(most_, running_);
      changed_.notify_all();
      changed_.wait(lock, [this] { return open_; });
      --running_;
      ++done_;
      changed_.notify_all();
    };
  }
  // Waits (up to 10 s) until `n` jobs run at once; returns how many do.
  int wait_running(int n) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, 10s, [&] { return running_ >= n; });
    return running_;
  }
  int wait_done(int n) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, 10s, [&] { return done_ >= n; });
    return done_;
  }
  void open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }
  int most() {
    std::lock_guard lock(mutex_);
    return most_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int running_ = 0, most_ = 0, done_ = 0;
  bool open_ = false;
};

// Polls `pool.threads()` until it is `n` (up to 10 s).
std::size_t wait_threads(const ConnectionPool& pool, std::size_t n) {
  const auto until = std::chrono::steady_clock::now() + 10s;
  while (pool.threads() != n && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(5ms);
  }
  return pool.threads();
}

}  // namespace

TEST_CASE("The pool starts a thread for a job when none is idle") {
  ConnectionPool pool(2, 6, 60s);
  CHECK(pool.threads() == 2);
  Gate gate;
  for (int i = 0; i < 5; ++i) pool.enqueue(gate.job());
  CHECK(gate.wait_running(5) == 5);  // 2 ready threads could run only 2
  CHECK(pool.threads() == 5);
  gate.open();
  CHECK(gate.wait_done(5) == 5);
}

TEST_CASE("The pool runs no more jobs at once than its most, the rest wait their turn") {
  ConnectionPool pool(1, 3, 60s);
  Gate gate;
  for (int i = 0; i < 7; ++i) pool.enqueue(gate.job());
  CHECK(gate.wait_running(3) == 3);
  std::this_thread::sleep_for(50ms);
  CHECK(pool.threads() == 3);
  gate.open();
  CHECK(gate.wait_done(7) == 7);
  CHECK(gate.most() == 3);
}

TEST_CASE("Threads above the ready ones end once idle, the ready ones stay") {
  ConnectionPool pool(2, 8, 50ms);
  Gate gate;
  for (int i = 0; i < 6; ++i) pool.enqueue(gate.job());
  REQUIRE(gate.wait_running(6) == 6);
  gate.open();
  REQUIRE(gate.wait_done(6) == 6);
  CHECK(wait_threads(pool, 2) == 2);
  // Still serving after the extra threads ended.
  std::atomic<int> ran{0};
  for (int i = 0; i < 4; ++i) pool.enqueue([&] { ++ran; });
  pool.shutdown();
  CHECK(ran == 4);
  CHECK(pool.threads() == 0);
}

TEST_CASE("Shutdown runs the queued jobs first, and a second shutdown does nothing") {
  std::atomic<int> ran{0};
  ConnectionPool pool(1, 1, 60s);
  for (int i = 0; i < 20; ++i)
    pool.enqueue([&] {
      std::this_thread::sleep_for(1ms);
      ++ran;
    });
  pool.shutdown();
  CHECK(ran == 20);
  pool.shutdown();
  CHECK(pool.threads() == 0);
}
