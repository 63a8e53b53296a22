// A first-come, first-served limit on how many requests screen at once. httplib gives
// every connection a thread (connection_pool.hpp): with 64 clients on 2 cores, 64
// threads screening at once share the cores as the scheduler deals them out, and a
// request can lose its turn again and again (measured: p50 83 ms, p99 533 ms at 64
// connections). Through the gate, at most `limit` screen at a time and the others wait in
// the order they came: the same throughput, and a wait near the average for everyone.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>

namespace eligo::cds {

class FairGate {
 public:
  explicit FairGate(std::size_t limit) : limit_(limit == 0 ? 1 : limit) {}

  // Holds a place through the gate for its lifetime.
  class Pass {
   public:
    explicit Pass(FairGate& gate);
    ~Pass();
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;

   private:
    FairGate& gate_;
  };

  std::size_t limit() const { return limit_; }
  std::size_t waiting() const;  // tickets taken and not yet let in

 private:
  const std::size_t limit_;
  mutable std::mutex mutex_;
  std::condition_variable turn_;
  std::uint64_t next_ticket_ = 0, serving_ = 0;  // the next ticket given, the next let in
  std::size_t inside_ = 0;
};

}  // namespace eligo::cds
