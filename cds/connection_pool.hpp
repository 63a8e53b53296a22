// The threads that serve the HTTP connections (httplib::TaskQueue): httplib serves a
// connection on one thread from its first byte to its close, so a client that sends its
// request a byte at a time holds a thread for as long as it likes. With a fixed pool
// (httplib's ThreadPool), as many slow clients as threads stop every other request. This
// pool keeps `ready` threads and starts another whenever a connection arrives with none
// idle, up to `most`; threads above `ready` that stay idle for `idle_limit` end. Past
// `most`, connections wait for a thread. With authentication on, a client without a valid
// token never gets to send a body (request_auth.hpp), so what a slow client holds is one
// thread and its request head.
#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace eligo::cds {

class ConnectionPool final : public httplib::TaskQueue {
 public:
  ConnectionPool(std::size_t ready, std::size_t most, std::chrono::milliseconds idle_limit);
  ~ConnectionPool() override;
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  void enqueue(std::function<void()> job) override;
  // Runs the jobs already queued, then ends every thread; returns once they have ended.
  void shutdown() override;

  std::size_t threads() const;  // running now, idle or not

 private:
  void start_thread();  // with mutex_ held
  void work(std::list<std::thread>::iterator self);
  void join_finished();  // with mutex_ held: the threads that ended of idleness

  const std::size_t ready_, most_;
  const std::chrono::milliseconds idle_limit_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::list<std::thread> threads_;
  std::vector<std::thread> finished_;
  std::size_t running_ = 0, idle_ = 0;
  bool stopping_ = false;
};

}  // namespace eligo::cds
