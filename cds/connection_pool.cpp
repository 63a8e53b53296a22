// The connection threads; see connection_pool.hpp.
#include "cds/connection_pool.hpp"

namespace eligo::cds {

ConnectionPool::ConnectionPool(std::size_t ready, std::size_t most,
                               std::chrono::milliseconds idle_limit)
    : ready_(ready), most_(most < ready ? ready : most), idle_limit_(idle_limit) {
  std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < ready_; ++i) start_thread();
}

ConnectionPool::~ConnectionPool() { shutdown(); }

void ConnectionPool::start_thread() {
  ++running_;
  ++idle_;  // idle from the start: a job queued before it first waits is its own
  threads_.emplace_front();
  const auto self = threads_.begin();
  *self = std::thread([this, self] { work(self); });
}

void ConnectionPool::enqueue(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    join_finished();
    jobs_.push_back(std::move(job));
    // Every idle thread is already spoken for by an earlier job: one more.
    if (jobs_.size() > idle_ && running_ < most_) start_thread();
  }
  wake_.notify_one();
}

void ConnectionPool::work(std::list<std::thread>::iterator self) {
  std::unique_lock lock(mutex_);
  for (;;) {  // counted in idle_ here
    const bool woken =
        wake_.wait_for(lock, idle_limit_, [this] { return stopping_ || !jobs_.empty(); });
    if (jobs_.empty()) {
      if (stopping_) break;
      if (!woken && running_ > ready_) {  // idle too long, and not one of the ready ones
        finished_.push_back(std::move(*self));
        threads_.erase(self);
        break;
      }
      continue;
    }
    --idle_;
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
    ++idle_;
  }
  --idle_;
  --running_;
}

void ConnectionPool::join_finished() {
  for (std::thread& t : finished_) t.join();
  finished_.clear();
}

void ConnectionPool::shutdown() {
  std::list<std::thread> threads;
  std::vector<std::thread> finished;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  // No thread starts once stopping_ is set (httplib enqueues nothing after shutdown), and
  // a thread ending of idleness moves itself from threads_ to finished_ under the mutex:
  // take both lists whole and join them outside it.
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      threads.splice(threads.end(), threads_);
      for (std::thread& t : finished_) finished.push_back(std::move(t));
      finished_.clear();
      if (threads.empty() && finished.empty()) return;
    }
    for (std::thread& t : threads) t.join();
    for (std::thread& t : finished) t.join();
    threads.clear();
    finished.clear();
  }
}

std::size_t ConnectionPool::threads() const {
  std::lock_guard lock(mutex_);
  return running_;
}

}  // namespace eligo::cds
